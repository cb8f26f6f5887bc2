import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252, decodeWithCharset } from "../src/read/decode.js";
import { toLines } from "../src/read/text.js";

describe("windows-1252 / iso-8859-1", () => {
  it("maps bytes 0x80–0x9F to the right characters", () => {
    const bytes = Uint8Array.from([0x80, 0x96, 0x97, 0x93, 0x94, 0x85, 0x91, 0x92, 0x8a, 0x9a]);
    expect(decodeWindows1252(bytes)).toBe("€–—“”…‘’Šš");
    expect(decodeWithCharset(bytes, "ISO-8859-1")).toBe("€–—“”…‘’Šš");
  });
  it("decodes Finnish letters", () => {
    expect(decodeWindows1252(Uint8Array.from([0xe4, 0xf6, 0xc4, 0xd6, 0xe5]))).toBe("äöÄÖå");
  });
  it("is chosen when a file is not valid UTF-8", () => {
    const r = decodeText(Uint8Array.from([0x4b, 0x79, 0x6c, 0x6c, 0xe4, 0x20, 0x96, 0x20, 0x31, 0x30, 0x80]));
    expect(r).toEqual({ text: "Kyllä – 10€", encoding: "windows-1252" });
  });
});

describe("other encodings and refusals", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decodeText(new TextEncoder().encode("Päijät-Häme")).text).toBe("Päijät-Häme");
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("ä")])).text).toBe("ä");
  });
  it("reads UTF-16 LE with BOM and without", () => {
    const le = Buffer.from("\ufeffKyllä – 10 %", "utf16le");
    expect(decodeText(le)).toEqual({ text: "Kyllä – 10 %", encoding: "utf-16le" });
    expect(decodeText(Buffer.from("Toimiala Tulosalue", "utf16le")).text).toBe("Toimiala Tulosalue");
  });
  it("refuses binary content", () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(() => decodeText(random)).toThrow(/binary/);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(/binary/);
  });
});

describe("content checked against the encoding, over the whole file", () => {
  it("refuses a UTF-8 BOM before UTF-16 text", () => {
    const mixed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Toimiala Tulosalue Avaintulos", "utf16le")]);
    expect(() => decodeText(mixed)).toThrow(/UTF-8 byte-order mark but the content is UTF-16LE/);
  });
  it("refuses a NUL anywhere, not only in the first 64 KiB", () => {
    const late = Buffer.concat([Buffer.alloc(100_000, 0x61), Buffer.from([0]), Buffer.from("b")]);
    expect(() => decodeText(late)).toThrow(/NUL byte at byte 100000/);
  });
  it("stores NFC: decomposed letters compare equal to composed ones", () => {
    const r = decodeText(new TextEncoder().encode("Ika\u0308ihmisten palvelut"));
    expect(r.text).toBe("Ikäihmisten palvelut");
  });
});

describe("numbered lines", () => {
  it("numbers lines from 1 and keeps pages from form feeds", () => {
    const lines = toLines("a\r\nb\n\fc\nd\f");
    expect(lines.map((l) => [l.n, l.text, l.page])).toEqual([
      [1, "a", 1],
      [2, "b", 1],
      [3, "c", 2],
      [4, "d", 2],
    ]);
  });
});
