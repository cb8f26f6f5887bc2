/**
 * Text for the terminal: control characters escaped. Why: a file named "a\rb.pdf" or one with a
 * newline or an escape sequence in its name, echoed raw, rewrites or forges lines of the output.
 * Tab stays; newline, CR and the rest of C0, DEL and C1 are shown as \n, \r, \xNN.
 */
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

export function printable(text: string): string {
  return text.replace(CONTROLS, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`));
}
