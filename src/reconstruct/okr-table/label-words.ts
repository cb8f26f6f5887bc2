/**
 * The shapes of header label words, and what a header of few known labels must show, shared by the
 * PDF and text header readers (`header.ts`, `label-band.ts`, `label-line.ts`, `text-header.ts`): a
 * module of its own so that none of them imports another only for these, and both paths accept the
 * same headers.
 */

/** A word that opens a header label: a capital, then a small letter ("Lohko"; not "ICT", not "tilanne"). */
export const LABEL_OPENING = /^\p{Lu}\p{Ll}/u;
/** A year wrapped off a label onto a line or place of its own ("Arvio vuonna" / "2026"): the one figure a label holds. */
export const LABEL_YEAR = /^(19|20)\d\d$/u;
/** A word of small letters only: a label's wrapped rest ("Kustannus" / "arvio") or a word going on with one. */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** Punctuation that ends a clause or a sentence at a word's end (prose, a row's cell): no label's. */
export const CLAUSE_END = /[.,:;!?]$/u;

/** Fewest columns (known and unknown) a header of few known labels has: a table of the rules' five main fields. */
export const MIN_FEW_LABEL_COLUMNS = 5;
/** Fewest known fields such a header names: the rest are told by their values. */
export const MIN_FEW_LABEL_KNOWN = 2;
/** Lines under such a header looked at for a row's figure (a row in narrow columns takes many lines). */
export const FEW_LABEL_ROW_LOOKAHEAD = 40;
