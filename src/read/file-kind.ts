/**
 * Names the office formats a user may hand in instead of a PDF or a text (a Word file as published,
 * a zipped download), so the error says what the file is and what to do, not "binary content".
 */

/** Entry names that tell the kind of a ZIP-based office file (they are near the start of the archive). */
const ZIP_KINDS: readonly [marker: string, kind: string][] = [
  ["word/", "a Word document (.docx)"],
  ["ppt/", "a PowerPoint deck (.pptx)"],
  ["xl/", "an Excel workbook (.xlsx)"],
  ["opendocument.text", "an OpenDocument text (.odt)"],
  ["opendocument.presentation", "an OpenDocument presentation (.odp)"],
  ["opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"],
];

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What office format the bytes are, or null when they are none of them. */
export function officeKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored in clear in the local headers; the first few kilobytes hold the telling ones.
    const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString("latin1");
    for (const [marker, kind] of ZIP_KINDS) if (head.includes(marker)) return kind;
    return "a ZIP archive";
  }
  if (startsWith(bytes, OLE_SIGNATURE)) return "an older Office file (.doc, .xls or .ppt)";
  if (startsWith(bytes, [...Buffer.from("{\\rtf")])) return "an RTF document";
  return null;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}
