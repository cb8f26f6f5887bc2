/**
 * The shapes of header label words, shared by the PDF and text header readers (`header.ts`,
 * `label-band.ts`, `label-line.ts`, `text-header.ts`): a module of its own so that none of them
 * imports another only for these.
 */

/** A word that opens a header label: a capital, then a small letter ("Lohko"; not "ICT", not "tilanne"). */
export const LABEL_OPENING = /^\p{Lu}\p{Ll}/u;
/** A year wrapped off a label onto a line or place of its own ("Arvio vuonna" / "2026"): the one figure a label holds. */
export const LABEL_YEAR = /^(19|20)\d\d$/u;
/** A word of small letters only: a label's wrapped rest ("Kustannus" / "arvio") or a word going on with one. */
export const LOWER_WORD = /^\p{Ll}+$/u;
