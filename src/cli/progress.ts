/**
 * Progress of long commands: a bar that redraws in place on a terminal; nothing per file when
 * output goes to a file or a pipe (only failures and the summary), unless --verbose; with --quiet,
 * no bar and no failure as it happens (the summary lists them).
 */
import { printable } from "./escape.js";

export type Verbosity = "quiet" | "normal" | "verbose";

export interface ProgressEvent {
  label: string;
  ok: boolean;
  detail: string;
  warnings?: string[];
}

export class Progress {
  private readonly tty: boolean;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly verbosity: Verbosity,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(stream.isTTY) && verbosity !== "quiet";
  }

  update(done: number, total: number, ev: ProgressEvent): void {
    const line = `[${done}/${total}] ${printable(ev.label)}: ${printable(ev.detail)}`;
    // A failure is said as it happens, except under --quiet: the summary's list of failures says it once.
    if ((!ev.ok && this.verbosity !== "quiet") || this.verbosity === "verbose") {
      this.clear();
      this.stream.write(line + "\n");
      if (this.verbosity === "verbose") for (const w of ev.warnings ?? []) this.stream.write(`        warning: ${printable(w)}\n`);
    }
    if (this.tty) {
      const secs = ((Date.now() - this.started) / 1000).toFixed(1);
      this.stream.write(`\r\x1b[2K${progressLine(done, total, secs, printable(ev.label), this.stream.columns || 80)}`);
      this.drawn = true;
    }
  }

  clear(): void {
    if (this.drawn) {
      this.stream.write("\r\x1b[2K");
      this.drawn = false;
    }
  }
}

/**
 * The bar line, never wider than the terminal (`columns` − 1, so no terminal wraps it: a wrapped
 * line is not erased by the next redraw and the bars stack up). The bar shrinks first, then the
 * name is shortened in its middle with an ellipsis, keeping its end (the file name).
 */
export function progressLine(done: number, total: number, secs: string, label: string, columns: number): string {
  const room = Math.max(10, columns - 1);
  const counts = ` ${done}/${total} ${secs}s`;
  const barWidth = Math.max(0, Math.min(28, room - counts.length - 2 - 1 - 12));
  const filled = Math.round((done / Math.max(1, total)) * barWidth);
  const bar = barWidth > 0 ? `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]` : "";
  const head = `${bar}${counts} `;
  const left = room - [...head].length;
  if (left <= 0) return [...head].slice(0, room).join("");
  return head + ellipsize(label, left);
}

/** `text` in at most `width` characters: the start and the end kept, "…" between. */
export function ellipsize(text: string, width: number): string {
  const chars = [...text.replace(/[\r\n\t]/g, " ")];
  if (chars.length <= width) return chars.join("");
  if (width <= 1) return "…".slice(0, width);
  const tail = Math.ceil((width - 1) * 0.6);
  return chars.slice(0, width - 1 - tail).join("") + "…" + chars.slice(chars.length - tail).join("");
}
