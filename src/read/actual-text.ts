/**
 * `/ActualText` of marked-content spans, which pdf.js reads but does not expose. Producers put
 * there the text that the drawn glyphs do not carry: Chromium draws a ligature such as "tti" as
 * one glyph with no Unicode of its own (pdf.js gives U+0000) and every unused soft hyphen as a
 * space glyph, both inside `/Span <</ActualText (…)>> BDC … EMC`.
 *
 * This is a small reader of just what that needs: the document's objects (found by scanning for
 * `n g obj`, object streams included, so a damaged cross-reference table does not matter), the
 * page tree, and each page's content streams (and the form XObjects they paint) scanned for the
 * marked-content operators, in the order pdf.js meets them. Anything it cannot read (an unknown
 * filter, a missing object) gives `null` for that page: the page is then read as pdf.js gives it.
 */
import { inflateSync } from "node:zlib";
import { MAX_INFLATED_BYTES } from "./pdfjs-runtime.js";

/** A marked-content span's start, in content-stream order: its tag and its ActualText, if any. */
export interface MarkedSpan {
  tag: string | null;
  actualText: string | null;
}

type Value = number | boolean | null | Name | PdfString | Ref | Value[] | Dict | Keyword;
class Name {
  constructor(readonly name: string) {}
}
class Keyword {
  constructor(readonly word: string) {}
}
class PdfString {
  constructor(readonly bytes: string) {}
}
class Ref {
  constructor(readonly num: number) {}
}
type Dict = Map<string, Value>;

const WS = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set("()<>[]{}/%".split("").map((c) => c.charCodeAt(0)));

/** A PDF token reader over a latin1 string (one char per byte). */
class Lexer {
  pos: number;
  constructor(
    readonly s: string,
    start = 0,
    readonly end = s.length,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const s = this.s;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (WS.has(c)) this.pos++;
      else if (c === 37) {
        while (this.pos < this.end && s[this.pos] !== "\n" && s[this.pos] !== "\r") this.pos++;
      } else break;
    }
  }

  /** The next value, or a Keyword for an operator or `]`/`>>`; undefined at the end. */
  next(): Value | undefined {
    this.skipSpace();
    const s = this.s;
    if (this.pos >= this.end) return undefined;
    const c = s[this.pos]!;
    if (c === "/") {
      let j = this.pos + 1;
      while (j < this.end && !WS.has(s.charCodeAt(j)) && !DELIM.has(s.charCodeAt(j))) j++;
      const raw = s.slice(this.pos + 1, j);
      this.pos = j;
      return new Name(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === "(") return this.literal();
    if (c === "<") {
      if (s[this.pos + 1] === "<") {
        this.pos += 2;
        return this.dict();
      }
      const j = s.indexOf(">", this.pos);
      const hex = s.slice(this.pos + 1, j < 0 ? this.end : j).replace(/[^0-9a-fA-F]/g, "");
      this.pos = j < 0 ? this.end : j + 1;
      let out = "";
      for (let k = 0; k < hex.length; k += 2) out += String.fromCharCode(parseInt((hex[k]! + (hex[k + 1] ?? "0")), 16));
      return new PdfString(out);
    }
    if (c === "[") {
      this.pos++;
      const arr: Value[] = [];
      for (;;) {
        const v = this.value();
        if (v === undefined || (v instanceof Keyword && v.word === "]")) return arr;
        arr.push(v);
      }
    }
    if (c === "]" || c === ">" || c === "{" || c === "}" || c === ")") {
      const two = c === ">" && s[this.pos + 1] === ">";
      this.pos += two ? 2 : 1;
      return new Keyword(two ? ">>" : c);
    }
    let j = this.pos;
    while (j < this.end && !WS.has(s.charCodeAt(j)) && !DELIM.has(s.charCodeAt(j))) j++;
    if (j === this.pos) j++;
    const word = s.slice(this.pos, j);
    this.pos = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    return new Keyword(word);
  }

  private dict(): Dict {
    const d: Dict = new Map();
    for (;;) {
      const k = this.next();
      if (k === undefined || (k instanceof Keyword && k.word === ">>")) return d;
      if (!(k instanceof Name)) continue;
      const v = this.value();
      if (v !== undefined) d.set(k.name, v);
    }
  }

  /** A value with `n g R` references folded in (object bodies and dictionaries only). */
  value(): Value | undefined {
    const v = this.next();
    if (typeof v !== "number" || !Number.isInteger(v)) return v;
    const save = this.pos;
    const g = this.next();
    if (typeof g === "number") {
      const r = this.next();
      if (r instanceof Keyword && r.word === "R") return new Ref(v);
    }
    this.pos = save;
    return v;
  }

  private literal(): PdfString {
    const s = this.s;
    let depth = 0;
    let out = "";
    let i = this.pos + 1;
    const ESC: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
    for (; i < this.end; i++) {
      const ch = s[i]!;
      if (ch === "\\") {
        const n = s[++i] ?? "";
        if (n in ESC) out += ESC[n];
        else if (/[0-7]/.test(n)) {
          let oct = n;
          while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) oct += s[++i];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (n === "\r") {
          if (s[i + 1] === "\n") i++;
        } else if (n !== "\n") out += n;
      } else if (ch === "(") {
        depth++;
        out += ch;
      } else if (ch === ")") {
        if (depth === 0) break;
        depth--;
        out += ch;
      } else out += ch;
    }
    this.pos = i + 1;
    return new PdfString(out);
  }
}

/** A PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (taken as Latin-1). */
export function decodeTextString(bytes: string): string {
  if (bytes.startsWith("\xfe\xff")) {
    let out = "";
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  if (bytes.startsWith("\xef\xbb\xbf")) return Buffer.from(bytes.slice(3), "latin1").toString("utf8");
  return bytes;
}

interface PdfObject {
  value: Value;
  /** Offset of the stream data, when the object is a stream. */
  streamAt?: number;
}

/** The document's objects, by number (a later definition wins, as an incremental update does). */
class ObjectTable {
  private readonly objects = new Map<number, PdfObject>();
  private expanded = false;

  constructor(private readonly s: string) {
    const re = /(\d+)\s+(\d+)\s+obj\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const lx = new Lexer(s, re.lastIndex);
      const value = lx.value();
      if (value === undefined) continue;
      const obj: PdfObject = { value };
      const after = new Lexer(s, lx.pos);
      const kw = after.next();
      if (kw instanceof Keyword && kw.word === "stream") {
        let at = after.pos;
        if (s[at] === "\r") at++;
        if (s[at] === "\n") at++;
        obj.streamAt = at;
        // Past the data (binary data can look like "n g obj"), by a direct /Length or by endstream.
        const length = value instanceof Map ? value.get("Length") : undefined;
        const end = typeof length === "number" ? at + length : s.indexOf("endstream", at);
        re.lastIndex = end >= at ? Math.min(end, s.length) : at;
      }
      this.objects.set(Number(m[1]), obj);
    }
  }

  get(v: Value | undefined, depth = 0): Value | undefined {
    if (!(v instanceof Ref)) return v;
    if (depth > 16) return undefined;
    let o = this.objects.get(v.num);
    if (!o && !this.expanded) {
      this.expandObjectStreams();
      o = this.objects.get(v.num);
    }
    return o ? this.get(o.value, depth + 1) : undefined;
  }

  object(v: Value | undefined): PdfObject | undefined {
    if (!(v instanceof Ref)) return undefined;
    if (!this.objects.has(v.num) && !this.expanded) this.expandObjectStreams();
    return this.objects.get(v.num);
  }

  /** Every object's value (for finding the catalog). */
  values(): Value[] {
    if (!this.expanded) this.expandObjectStreams();
    return [...this.objects.values()].map((o) => o.value);
  }

  /** The decoded data of a stream object, or null for a filter this reader does not know. */
  streamData(o: PdfObject): string | null {
    if (o.streamAt === undefined || !(o.value instanceof Map)) return null;
    const d = o.value;
    const length = this.get(d.get("Length"));
    let end = typeof length === "number" && o.streamAt + length <= this.s.length ? o.streamAt + length : -1;
    if (end < 0 || !/^\s*endstream/.test(this.s.slice(end, end + 20))) {
      end = this.s.indexOf("endstream", o.streamAt);
      if (end < 0) return null;
    }
    let data = this.s.slice(o.streamAt, end);
    const f = this.get(d.get("Filter"));
    const filters = (Array.isArray(f) ? f : f === undefined ? [] : [f]).map((x) => (x instanceof Name ? x.name : ""));
    const parms = this.get(d.get("DecodeParms"));
    for (const [i, name] of filters.entries()) {
      if (name !== "FlateDecode" && name !== "Fl") return null;
      const p = this.get(Array.isArray(parms) ? parms[i] : parms);
      if (p instanceof Map && ((this.get(p.get("Predictor")) as number) ?? 1) > 1) return null;
      try {
        data = inflateSync(Buffer.from(data, "latin1"), { maxOutputLength: MAX_INFLATED_BYTES }).toString("latin1");
      } catch {
        return null;
      }
    }
    return data;
  }

  private expandObjectStreams(): void {
    this.expanded = true;
    for (const o of [...this.objects.values()]) {
      const d = o.value;
      if (!(d instanceof Map) || (d.get("Type") as Name | undefined)?.name !== "ObjStm") continue;
      const data = this.streamData(o);
      const n = this.get(d.get("N"));
      const first = this.get(d.get("First"));
      if (data === null || typeof n !== "number" || typeof first !== "number") continue;
      const head = new Lexer(data, 0, first);
      for (let k = 0; k < n; k++) {
        const num = head.next();
        const off = head.next();
        if (typeof num !== "number" || typeof off !== "number") break;
        if (this.objects.has(num)) continue; // a direct object of an update wins
        const value = new Lexer(data, first + off).value();
        if (value !== undefined) this.objects.set(num, { value });
      }
    }
  }
}

const MAX_FORM_DEPTH = 8;

/**
 * The marked-content spans of every page, in page order, as pdf.js meets them (content streams,
 * then the form XObjects painted from them, recursively); null for a page this reader cannot
 * read, and null for the whole document when its page tree cannot be found.
 */
export function markedSpans(bytes: Uint8Array): (MarkedSpan[] | null)[] | null {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const table = new ObjectTable(s);
  const catalog = table.values().filter((v): v is Dict => v instanceof Map && (v.get("Type") as Name | undefined)?.name === "Catalog").pop();
  const root = catalog ? table.get(catalog.get("Pages")) : undefined;
  if (!(root instanceof Map)) return null;
  const pages: (MarkedSpan[] | null)[] = [];
  const seen = new Set<Dict>();
  const walk = (node: Dict, resources: Value | undefined): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const res = node.has("Resources") ? table.get(node.get("Resources")) : resources;
    const kids = table.get(node.get("Kids"));
    if (Array.isArray(kids)) {
      for (const k of kids) {
        const kid = table.get(k);
        if (kid instanceof Map) walk(kid, res);
      }
      return;
    }
    pages.push(pageSpans(table, node, res));
  };
  walk(root, undefined);
  return pages;
}

function pageSpans(table: ObjectTable, page: Dict, resources: Value | undefined): MarkedSpan[] | null {
  const contents = page.get("Contents");
  const resolved = table.get(contents);
  const refs = Array.isArray(resolved) ? resolved : [contents];
  let data = "";
  for (const r of refs) {
    const o = table.object(r);
    if (!o) continue;
    const d = table.streamData(o);
    if (d === null) return null;
    data += d + "\n";
  }
  const out: MarkedSpan[] = [];
  return scan(table, data, resources, out, 0, new Set()) ? out : null;
}

/** Scans one content stream for BMC/BDC (and forms painted with Do); false if something is unreadable. */
function scan(table: ObjectTable, data: string, resources: Value | undefined, out: MarkedSpan[], depth: number, forms: Set<number>): boolean {
  const res = table.get(resources);
  const lx = new Lexer(data);
  const operands: Value[] = [];
  for (;;) {
    const t = lx.next();
    if (t === undefined) return true;
    if (!(t instanceof Keyword)) {
      operands.push(t);
      continue;
    }
    switch (t.word) {
      case "BMC":
        out.push({ tag: nameOf(operands[operands.length - 1]), actualText: null });
        break;
      case "BDC": {
        let props = operands[operands.length - 1];
        if (props instanceof Name && res instanceof Map) {
          const all = table.get(res.get("Properties"));
          props = all instanceof Map ? table.get(all.get(props.name)) : undefined;
        }
        const at = props instanceof Map ? table.get(props.get("ActualText")) : undefined;
        out.push({ tag: nameOf(operands[operands.length - 2]), actualText: at instanceof PdfString ? decodeTextString(at.bytes) : null });
        break;
      }
      case "BI": {
        // Inline image: its data is binary; skip to the EI that ends it.
        const m = /\sEI(?=[\s]|$)/g;
        m.lastIndex = data.indexOf("ID", lx.pos) + 3;
        if (!m.exec(data)) return true;
        lx.pos = m.lastIndex;
        break;
      }
      case "Do": {
        const name = operands[operands.length - 1];
        const xobjects = res instanceof Map ? table.get(res.get("XObject")) : undefined;
        const ref = name instanceof Name && xobjects instanceof Map ? xobjects.get(name.name) : undefined;
        const o = table.object(ref);
        const d = o?.value;
        if (!o || !(d instanceof Map) || (d.get("Subtype") as Name | undefined)?.name !== "Form") break;
        if (depth >= MAX_FORM_DEPTH || !(ref instanceof Ref) || forms.has(ref.num)) return false;
        const body = table.streamData(o);
        if (body === null) return false;
        forms.add(ref.num);
        const ok = scan(table, body, d.has("Resources") ? d.get("Resources") : resources, out, depth + 1, forms);
        forms.delete(ref.num);
        if (!ok) return false;
        break;
      }
    }
    operands.length = 0;
  }
}

function nameOf(v: Value | undefined): string | null {
  return v instanceof Name ? v.name : null;
}

/** A pdf.js text item, or one of its marked-content markers (`getTextContent({ includeMarkedContent: true })`). */
export type ContentItem =
  | { str: string; transform: number[]; width: number; height: number; fontName: string; hasEOL?: boolean }
  | { type: string; tag?: string | null; id?: string | null };

type TextItem = Extract<ContentItem, { str: string }>;

/** Whether `it` starts on `prev`'s line right where `prev` ends (a hair either way): one word's run. */
function followsRightAfter(prev: TextItem, it: TextItem): boolean {
  const size = Math.abs(it.transform[3]!) || it.height || 10;
  const gap = it.transform[4]! - (prev.transform[4]! + prev.width);
  return Math.abs(it.transform[5]! - prev.transform[5]!) < size * 0.2 && Math.abs(gap) < size * 0.12;
}

/**
 * The text items with each ActualText span's glyphs replaced by its ActualText, drawn where the
 * glyphs were. A span whose glyphs gave no text (a soft hyphen drawn as a space glyph, which pdf.js
 * drops) becomes an item at the end of the text before it, stretched to the text after it on the
 * same line, so that the word around it stays one word. The spans must be the page's own, in
 * order: if their tags do not match the markers, the items are returned as pdf.js gave them.
 */
export function applyActualText(items: readonly ContentItem[], spans: readonly MarkedSpan[] | null): TextItem[] {
  const text = items.filter((i): i is TextItem => "str" in i);
  if (!spans?.some((s) => s.actualText !== null)) return text;
  const begins = items.filter((i) => !("str" in i) && (i.type === "beginMarkedContent" || i.type === "beginMarkedContentProps"));
  if (begins.length !== spans.length || begins.some((b, k) => ("tag" in b ? b.tag ?? null : null) !== spans[k]!.tag)) return text;
  const out: TextItem[] = [];
  /** Per open marker: whether it opened the ActualText span being replaced. */
  const stack: boolean[] = [];
  let span: { text: string; glyphs: TextItem[] } | null = null;
  let stretch: TextItem | null = null;
  /** The last item emitted for a span's drawn glyphs (a ligature), while it is the last item. */
  let replaced: TextItem | null = null;
  /** Whether that span's text holds a soft hyphen: its drawn glyphs then end in the space glyph Chromium draws for it. */
  let replacedSoft = false;
  let k = 0;
  const emit = (item: TextItem) => {
    let it = item;
    // A hyphen right after a ligature ("me.fi" + "-") is a run of its own only because the span
    // ended there: it belongs to the word's run, as the author's hyphen it is. (The typesetter's
    // hyphen comes after a soft-hyphen span, which leaves no drawn glyphs.)
    const lig = replaced !== null && out[out.length - 1] === replaced && followsRightAfter(replaced, it) ? replaced : null;
    if (lig && /^[-\u2010]$/u.test(it.str)) {
      lig.str += it.str;
      lig.width = it.transform[4]! + it.width - lig.transform[4]!;
      if (it.hasEOL) lig.hasEOL = true;
      replaced = null;
      return;
    }
    // A ligature drawn across an unused soft hyphen ("t\u00adt" as one "tt" glyph and the space
    // glyph Chromium draws for the soft hyphen): pdf.js writes that space at the head of the next
    // run, right at the ligature's end. It is the span's own glyph, not a word break.
    if (lig && replacedSoft && /^\s/.test(it.str)) it = { ...it, str: it.str.trimStart() };
    replaced = null;
    if (stretch && it.str.trim()) {
      const gap = it.transform[4]! - stretch.transform[4]!;
      const size = Math.abs(it.transform[3]!) || it.height || 10;
      // (gap may be a rounding error below zero: the next glyph starts where the dropped one began.)
      if (Math.abs(it.transform[5]! - stretch.transform[5]!) < size * 0.2 && gap > -0.05 * size && gap < size * 0.6) {
        stretch.width = Math.max(0, gap);
        // The space pdf.js wrote for the gap the dropped glyph left is that glyph: not a word break.
        if (/^\s/.test(it.str)) it = { ...it, str: it.str.trimStart() };
      }
      stretch = null;
    }
    out.push(it);
  };
  for (const it of items) {
    if ("str" in it) {
      if (span) span.glyphs.push(it);
      else emit(it);
      continue;
    }
    if (it.type === "beginMarkedContent" || it.type === "beginMarkedContentProps") {
      const actual = spans[k++]!.actualText;
      const opens = span === null && actual !== null;
      if (opens) span = { text: actual, glyphs: [] };
      stack.push(opens);
    } else if (it.type === "endMarkedContent" && stack.pop() && span) {
      // pdf.js writes a space of its own where glyphs leave a gap: it is kept before the span's text.
      const inked = span.glyphs.filter((g) => g.str.trim().length > 0);
      if (inked.length) for (const g of span.glyphs.slice(0, span.glyphs.indexOf(inked[0]!))) emit(g);
      const drawn = inked.length ? span.glyphs.slice(span.glyphs.indexOf(inked[0]!)) : span.glyphs.filter((g) => g.str.length > 0);
      const first = drawn[0];
      if (first) {
        const right = Math.max(...drawn.map((g) => g.transform[4]! + g.width));
        emit({ ...first, str: span.text, width: right - first.transform[4]! });
        replaced = out[out.length - 1] ?? null;
        replacedSoft = span.text.includes("\u00ad");
      } else {
        const prev = [...out].reverse().find((g) => g.str.trim());
        if (prev && span.text) {
          const at = prev.transform.slice();
          at[4] = prev.transform[4]! + prev.width;
          const item = { ...prev, str: span.text, transform: at, width: 0, hasEOL: false };
          out.push(item);
          stretch = item;
        }
      }
      span = null;
    }
  }
  return out;
}
