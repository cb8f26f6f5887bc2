/** Shared pieces of the local publishing-site doubles: small text PDFs, latin-1 bytes, an HTTP server on 127.0.0.1. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { writePdf } from "./pdf-writer.js";
import { CP1252_HIGH } from "../src/read/decode.js";

/** A one-page PDF whose text is `lines` (WinAnsi: Finnish letters are fine). */
export function textPdf(lines: readonly string[]): Buffer {
  const esc = (s: string) => Buffer.from(s, "latin1").toString("latin1").replace(/[\\()]/g, "\\$&");
  const ops = lines.map((l, i) => `BT /F1 11 Tf 60 ${760 - i * 16} Td (${esc(l)}) Tj ET`).join("\n");
  const content = Buffer.from(ops, "latin1");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content.toString("latin1")}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ]);
}

const high = new Map(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));
/** Text as windows-1252 bytes (what "iso-8859-1" means on these sites); other characters as references. */
export function latin1(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c < 0x100)) out.push(c);
    else if (high.has(c)) out.push(high.get(c)!);
    else for (const b of Buffer.from(`&#${c};`, "latin1")) out.push(b);
  }
  return Buffer.from(out);
}

export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");

export interface LocalSite {
  base: string;
  requests: string[];
  count(pathAndQuery: string): number;
  close(): Promise<void>;
}

export async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<LocalSite> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "/");
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("latin1")));
    req.on("end", () => handler(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    count: (p) => requests.filter((r) => r === p).length,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/**
 * An item's three paragraphs as both site doubles print them: who prepared it, the presentation
 * (its label, then `text`) and the proposal. Only the words differ between the tuning and the
 * held-out sites.
 */
export const itemParagraphs =
  (preparer: string, presentation: string, proposal: string) =>
  (text: string): string[] => [preparer, `${presentation}\n${text}`, proposal];
