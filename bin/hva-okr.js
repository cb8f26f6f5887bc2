#!/usr/bin/env -S node --max-semi-space-size=1
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the package's prepare script).
// The flag above (also in package.json's scripts and the bench): the main thread only dispatches
// and stores, and a 1 MiB semi-space keeps its heap ~25 MiB smaller in a long batch. It must be
// given when node starts; the workers get theirs from the pool (WORKER_SEMI_SPACE_MB).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("hva-okr: dist/ is missing; run `npm install` (or `npm run build`) in the repository first.\n");
  process.exit(2);
}
// `hva-okr extract … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
