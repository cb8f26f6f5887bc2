// CLI start, side by side with `node -e 0` (issue 31 item 3): medians of 10 runs each of
// `node -e 0`, `bin/hva-okr.js --help` and `bin/hva-okr.js extract <seed 002>`, interleaved so
// that the machine's drift hits all three alike. Prints the medians and the ratios.
import { spawnSync } from "node:child_process";

const RUNS = Number(process.argv[2]) || 10;
const seed = "fixtures/seeds/002_2df4dc721c1a0aa2.txt";
const cases = {
  "node -e 0": ["-e", "0"],
  "--help": ["bin/hva-okr.js", "--help"],
  "extract seed 002": ["bin/hva-okr.js", "extract", seed],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times["node -e 0"]);
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(18)} median ${median(xs).toFixed(0).padStart(5)} ms  ×${(median(xs) / base).toFixed(2)}  (${xs.map((x) => x.toFixed(0)).join(" ")})`);
