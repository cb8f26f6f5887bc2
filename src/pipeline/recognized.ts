/**
 * Whether an extraction recognized anything: a document of no known family, or an OKR table of
 * which no row could be read, is worth saying out loud (exit status 1 for `extract`, a count in
 * the `import` summary) rather than passing as an empty success.
 */
/** The parts of an extraction result this looks at. */
interface Extracted {
  document: { family: string; warnings: readonly string[] };
  rows: readonly unknown[];
}

/** How the extraction's warning for a document of no known family begins (what it found follows). */
export const NO_FAMILY_WARNING = "no known document family matched; no rows read.";

/** The document's warnings that `notRecognized` quotes as its reason (a caller prints them once). */
export function reasonWarnings(res: Extracted): string[] {
  const d = res.document;
  if (d.family === "unknown") return d.warnings.filter((x) => x.startsWith(NO_FAMILY_WARNING));
  if (d.family === "okr-table" && res.rows.length === 0) return d.warnings.filter((x) => !/^line \d+:/.test(x)).slice(0, 3);
  return [];
}

/** Why nothing was recognized (what was found instead), or null when a table or family was read. */
export function notRecognized(res: Extracted): string | null {
  const d = res.document;
  const why = reasonWarnings(res);
  if (d.family === "unknown") {
    return why.length ? `no known table or document family: ${why[0]!.slice(NO_FAMILY_WARNING.length).trim()}` : "no known table or document family";
  }
  if (d.family === "okr-table" && res.rows.length === 0) return `OKR column headers seen but no row read${why.length ? `: ${why.join("; ")}` : ""}`;
  return null;
}
