/**
 * Whether an extraction recognized anything: a document of no known family, an OKR table of
 * which no row could be read, or a text of a family read from a PDF only, is worth saying out
 * loud (exit status 1 for `extract`, a count in the `import` summary) rather than passing as an
 * empty success.
 */
/** The parts of an extraction result this looks at. */
interface Extracted {
  document: { family: string; warnings: readonly string[] };
  rows: readonly unknown[];
}

/** How the extraction's warning for a document of no known family begins (what it found follows). */
export const NO_FAMILY_WARNING = "no known document family matched; no rows read.";

/** How a family that reads a PDF's positions only ends its warning for a text: nothing was read. */
export const NO_ROWS_FROM_TEXT = "no rows from text";

/** The document's warnings that `notRecognized` quotes as its reason (a caller prints them once). */
export function reasonWarnings(res: Extracted): string[] {
  const d = res.document;
  if (d.family === "unknown") return d.warnings.filter((x) => x.startsWith(NO_FAMILY_WARNING));
  if (d.family === "okr-table" && res.rows.length === 0) return d.warnings.filter((x) => !/^line \d+:/.test(x)).slice(0, 3);
  // A text taken for goal blocks (their labels, and no OKR header accepted) gives nothing either.
  return d.warnings.filter((x) => x.endsWith(NO_ROWS_FROM_TEXT));
}

/** Why nothing was recognized (what was found instead), or null when a table or family was read. */
export function notRecognized(res: Extracted): string | null {
  const d = res.document;
  const why = reasonWarnings(res);
  if (d.family === "unknown") {
    return why.length ? `no known table or document family: ${why[0]!.slice(NO_FAMILY_WARNING.length).trim()}` : "no known table or document family";
  }
  if (d.family === "okr-table" && res.rows.length === 0) return `OKR column headers seen but no row read${why.length ? `: ${why.join("; ")}` : ""}`;
  if (why.length) return `${d.family}: ${why[0]}`;
  return null;
}
