/**
 * Looking at the report as a person would: headless Chromium (Debian's `chromium`) renders it,
 * takes a screenshot, and dumps the DOM after the page's script ran.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean) as string[];
  return candidates.find((c) => existsSync(c)) ?? null;
}

function run(chromium: string, args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), "hva-okr-chromium-"));
  try {
    return execFileSync(
      chromium,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, ...args],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A screenshot of the page at a desktop (default 1400 px) or phone (390 px) width. */
export function screenshot(html: string, png: string, chromium = findChromium(), size: { width: number; height: number } = { width: 1400, height: 2200 }): void {
  if (!chromium) throw new Error("Chromium not found (apt-get install chromium, or set CHROMIUM)");
  run(chromium, [`--screenshot=${resolve(png)}`, `--window-size=${size.width},${size.height}`, "--hide-scrollbars", "--force-device-scale-factor=1", pathToFileURL(resolve(html)).href]);
}

export function dumpDom(html: string, chromium = findChromium()): string {
  if (!chromium) throw new Error("Chromium not found (apt-get install chromium, or set CHROMIUM)");
  return run(chromium, ["--dump-dom", "--virtual-time-budget=3000", pathToFileURL(resolve(html)).href]);
}
