/**
 * A text whose words run together without spaces. Some PDFs are drawn with word gaps too narrow
 * for `pdftotext -raw` to take for spaces (a browser's print with a font that spaces by kerning):
 * each cell's words come out as one ("Asiakaspalveluparaneevuonna2027"), while the gaps between
 * cells are kept. Nothing in such a text tells where one word ends, so its cells cannot be read
 * back; read as a table it gives hundreds of wrong rows. It is refused with one line instead, and
 * the user is told to import the PDF, whose word positions show the gaps.
 *
 * The sign: most of the letters stand in runs too long for words. Long compounds exist
 * ("työterveyshuoltopalvelut"), but in texts with spaces few letters are in such runs (at most 7 %
 * over all tuning texts and fixtures), while a text without spaces has over half of its letters in them.
 */

/** Letters in a run (no space, digit or sign between them) that few words reach. */
export const GLUED_RUN_LETTERS = 20;
/** Share of all letters in such runs over which a text's words are taken as run together. */
export const GLUED_LETTER_SHARE = 0.3;
/** Fewest letters a text needs for the share to be judged (a title page alone is not). */
export const GLUED_MIN_LETTERS = 300;

/** Soft hyphens (U+00AD) a browser leaves at hyphenation points: they are inside words. */
const SOFT_HYPHEN = /\u00ad/g;
const LETTER_RUN = /\p{L}+/gu;

/** The share of a text's letters that stand in runs of `GLUED_RUN_LETTERS` letters or more. */
export function gluedLetterShare(text: string): { share: number; letters: number } {
  let letters = 0;
  let glued = 0;
  for (const run of text.replace(SOFT_HYPHEN, "").match(LETTER_RUN) ?? []) {
    letters += run.length;
    if (run.length >= GLUED_RUN_LETTERS) glued += run.length;
  }
  return { share: letters ? glued / letters : 0, letters };
}

/** Why a text cannot be read for its words run together, or undefined when it can. */
export function gluedWordsProblem(text: string): string | undefined {
  const { share, letters } = gluedLetterShare(text);
  if (letters < GLUED_MIN_LETTERS || share <= GLUED_LETTER_SHARE) return undefined;
  return (
    `the words run together without spaces (${Math.round(share * 100)} % of the letters stand in runs of ` +
    `${GLUED_RUN_LETTERS} or more), so its cells cannot be read: import the PDF itself`
  );
}
