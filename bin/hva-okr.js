#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the package's prepare script).
// A pool command (import, crawl, main) is started again, once, with the node flags and
// environment of src/cli/launch.ts (V8 reads them only when node starts); every other command
// runs here, with node's default heap settings. Launcher and child die together: the child
// watches the IPC channel, the launcher the npm process that started it, if any.
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const dist = (p) => new URL(`../dist/${p}`, import.meta.url);
if (!existsSync(dist("cli/main.js"))) {
  process.stderr.write("hva-okr: dist/ is missing; run `npm install` (or `npm run build`) in the repository first.\n");
  process.exit(2);
}
const args = process.argv.slice(2);
const { relaunchArgs, launcherChain, watchLauncher } = await import(dist("cli/launch.js").href);
const relaunched = Boolean(process.env.HVA_OKR_RELAUNCHED);
const again = relaunched ? null : relaunchArgs(args, process.execArgv, process.env);
// Started by npx or npm start: when npm goes (even by kill -9), this process goes too.
if (!relaunched) watchLauncher(launcherChain(), () => process.kill(process.pid, "SIGKILL"));
if (again) {
  // The IPC channel tells the child when this process is gone, even by kill -9 (see below).
  const child = spawn(process.execPath, [...again.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, ...again.env, HVA_OKR_RELAUNCHED: "1" } });
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (sig) => child.kill(sig);
  for (const sig of signals) process.on(sig, forward);
  child.on("exit", (code, signal) => {
    for (const sig of signals) process.off(sig, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  // Started again by the launcher: stop as hard as it was stopped, rather than run on orphaned
  // (a rerun of an import must not meet this one still writing).
  if (process.channel) {
    process.channel.unref();
    process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
  }
  // `hva-okr extract … | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
  const { main } = await import(dist("cli/main.js").href);
  process.exitCode = await main(args);
}
