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

/** Why nothing was recognized (what was found instead), or null when a table or family was read. */
export function notRecognized(res: Extracted): string | null {
  const d = res.document;
  if (d.family === "unknown") {
    const w = d.warnings.find((x) => x.startsWith("no known document family matched"));
    return w ? w.replace(/^no known document family matched; stored without rows\.\s*/, "no known table or document family: ") : "no known table or document family";
  }
  if (d.family === "okr-table" && res.rows.length === 0) {
    const why = d.warnings.filter((x) => !/^line \d+:/.test(x)).slice(0, 3).join("; ");
    return `OKR column headers seen but no row read${why ? `: ${why}` : ""}`;
  }
  return null;
}
