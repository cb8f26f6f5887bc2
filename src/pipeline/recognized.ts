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

/** The document's warnings that `notRecognized` quotes as its reason (a caller prints them once). */
export function reasonWarnings(res: Extracted): string[] {
  const d = res.document;
  if (d.family === "unknown") return d.warnings.filter((x) => x.startsWith(UNKNOWN_FAMILY));
  if (d.family === "okr-table" && res.rows.length === 0) return d.warnings.filter((x) => !/^line \d+:/.test(x)).slice(0, 3);
  return [];
}

/** How the extraction's warning for a document of no known family begins. */
const UNKNOWN_FAMILY = "no known document family matched";

/** Why nothing was recognized (what was found instead), or null when a table or family was read. */
export function notRecognized(res: Extracted): string | null {
  const d = res.document;
  const why = reasonWarnings(res);
  if (d.family === "unknown") {
    return why.length ? why[0]!.replace(/^[^;]*; no rows read\.\s*/, "no known table or document family: ") : "no known table or document family";
  }
  if (d.family === "okr-table" && res.rows.length === 0) return `OKR column headers seen but no row read${why.length ? `: ${why.join("; ")}` : ""}`;
  return null;
}
