/**
 * File names that come from documents or URLs never leave the output folder: reduced to a safe
 * base name (no separators, no "..", no control characters), then checked to resolve inside it.
 */
import { basename, join, resolve, sep } from "node:path";

export function safeName(name: string, fallback = "file"): string {
  const base = basename(name.replace(/\\/g, "/"))
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "_")
    .replace(/^\.+/, "")
    .slice(0, 120);
  return base || fallback;
}

export function safeJoin(root: string, name: string): string {
  const full = resolve(join(root, safeName(name)));
  const r = resolve(root);
  if (full !== r && !full.startsWith(r + sep)) throw new Error(`refusing to write outside ${r}: ${name}`);
  return full;
}
