/**
 * Progress of long commands: a bar that redraws in place on a terminal; nothing per file when
 * output goes to a file or a pipe (only failures and the summary), unless --verbose.
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
    if (!ev.ok || this.verbosity === "verbose") {
      this.clear();
      this.stream.write(line + "\n");
      if (this.verbosity === "verbose") for (const w of ev.warnings ?? []) this.stream.write(`        warning: ${printable(w)}\n`);
    }
    if (this.tty) {
      const width = 28;
      const filled = Math.round((done / Math.max(1, total)) * width);
      const secs = ((Date.now() - this.started) / 1000).toFixed(1);
      this.stream.write(`\r\x1b[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${secs}s ${printable(ev.label.slice(-40))}`);
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
