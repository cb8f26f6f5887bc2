/**
 * Node's own message for an unknown option ("Unknown option '--jsn'. To specify a positional
 * argument starting with a '-', place it …") says nothing an analyst can act on. This one names
 * the command's options and the nearest by spelling ("did you mean --json?").
 */

/** Most letters changed, added or dropped for an option to count as a likely misspelling. */
const MAX_EDITS = 2;

/** Letters changed, added or dropped to turn `a` into `b`. */
function edits(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The options (`--name`) a command's usage text names. */
export function optionsOf(usage: string): string[] {
  return [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])].filter((o) => o !== "--help");
}

/** "unknown option --jsn for extract (did you mean --json?)", or null when `message` is no such error. */
export function unknownOptionMessage(message: string, cmd: string, usage: string): string | null {
  const m = /^Unknown option '([^']+)'/.exec(message);
  if (!m) return null;
  const given = m[1]!;
  const known = optionsOf(usage);
  const near = known.map((o) => ({ o, d: edits(given, o) })).filter((x) => x.d <= MAX_EDITS).sort((a, b) => a.d - b.d)[0];
  const hint = near ? `did you mean ${near.o}?` : known.length ? `its options: ${known.join(", ")}` : "it takes no options";
  return `unknown option ${given} for ${cmd} (${hint})`;
}
