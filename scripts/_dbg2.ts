import { readFileSync } from "node:fs";
import { loadPdfjs } from "../src/read/pdfjs-runtime.js";
const lib: any = await loadPdfjs();
const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(process.argv[2]!)) }).promise;
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const tc = await page.getTextContent({ includeMarkedContent: true });
let i = 0;
for (const it of tc.items as any[]) {
  if (i++ > Number(process.argv[4] ?? 80)) break;
  if ("str" in it) console.log(JSON.stringify(it.str), it.transform[4].toFixed(2), it.transform[5].toFixed(2), it.width.toFixed(2), it.hasEOL);
  else console.log("  ", it.type, it.tag ?? "", it.id ?? "");
}
