/** Runtime settings the performance work relies on (README "Performance"): cheap to break, costly to lose. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { readPdf } from "../src/read/pdf.js";
import { copyMessage, createInThreadWorker, loadPdfjs, SyncDecompressionStream } from "../src/read/pdfjs-runtime.js";
import { chooseBackgroundJit, setupProcess, WORKER_SEMI_SPACE_MB } from "../src/pipeline/setup.js";
import { Worker } from "node:worker_threads";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { AffineMatrix } from "../src/read/canvas-free.js";

/** What pushing nothing onto an array with a read-only length does: core-js and V8 11 disagree. */
function pushOnReadOnlyLength(push: (...items: unknown[]) => number): string {
  try {
    push.call(Object.defineProperty([], "length", { writable: false }));
    return "no error";
  } catch (err) {
    return (err as Error).constructor.name;
  }
}

describe("process set-up", () => {
  it("is one explicit call: importing the modules changes no global, setupProcess and pdf.js's loading do", () => {
    // A process of its own: this one has made the set-up already (test/setup.ts).
    const code = `const push = Array.prototype.push, inflate = globalThis.DecompressionStream;
      const { createRequire } = await import("node:module");
      const standIn = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("@napi-rs/canvas"));
      for (const m of ["cli/main", "pipeline/pool", "pipeline/setup", "pipeline/extract", "read/pdf", "read/pdfjs-runtime", "read/canvas-free"]) await import("./dist/" + m + ".js");
      const untouched = { push: Array.prototype.push === push, inflate: globalThis.DecompressionStream === inflate, matrix: !("DOMMatrix" in globalThis), cache: !standIn() };
      (await import("./dist/pipeline/setup.js")).setupProcess();
      await (await import("./dist/read/pdfjs-runtime.js")).loadPdfjs();
      const set = { inflate: globalThis.DecompressionStream !== inflate, matrix: "DOMMatrix" in globalThis, cache: standIn() };
      console.log(JSON.stringify({ untouched, set }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ untouched: { push: true, inflate: true, matrix: true, cache: true }, set: { inflate: true, matrix: true, cache: true } });
  }, 60_000);
});

describe("pdf.js loading", () => {
  it("leaves Array.prototype.push as the engine's own after reading a PDF", async () => {
    const doc = await readPdf("fixtures/pdf/kh-okr-public.pdf", readFileSync("fixtures/pdf/kh-okr-public.pdf"), { pages: [1], rulings: false });
    expect(doc.pages[0]!.words.length).toBeGreaterThan(50);
    // A fresh context has the engine's push; pdf.js's core-js copy would behave differently on Node 20.
    const enginePush = runInNewContext("Array.prototype.push") as (...items: unknown[]) => number;
    expect(pushOnReadOnlyLength(Array.prototype.push)).toBe(pushOnReadOnlyLength(enginePush));
    expect(Object.getOwnPropertyDescriptor(Array.prototype, "push")?.enumerable).toBe(false);
  });
});

describe("pdf.js without its canvas library", () => {
  it("reads a PDF, drawing operators included, without mapping the canvas library into the process", () => {
    // A process of its own (the built reader, as the CLI runs it): the memory maps are per process.
    const code = `(await import("./dist/pipeline/setup.js")).setupProcess();
      const { readPdf } = await import("./dist/read/pdf.js");
      const { readFileSync } = await import("node:fs");
      const f = "fixtures/pdf/kh-okr-public.pdf";
      const doc = await readPdf(f, readFileSync(f), { rulings: true });
      const maps = readFileSync("/proc/self/maps", "utf8");
      console.log(JSON.stringify({ words: doc.pages.reduce((n, p) => n + p.words.length, 0), rulings: doc.pages.reduce((n, p) => n + p.rulings.length, 0), canvas: /canvas|skia/i.test(maps) }));`;
    if (!existsSync("/proc/self/maps")) return; // Linux only; CI runs there
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { words: number; rulings: number; canvas: boolean };
    expect(out.words).toBeGreaterThan(1000);
    expect(out.rulings).toBeGreaterThan(0);
    expect(out.canvas).toBe(false);
  });

  it("gives pdf.js a matrix that computes what the canvas library's DOMMatrix computes", () => {
    const cases: { init?: number[]; ops: [string, number[]][] }[] = [
      { ops: [["scaleSelf", [1 / 37, -1 / 12]], ["translateSelf", [0, -12]]] }, // what pdf.js's worker builds for a Type3 glyph
      { init: [2, 0.5, -0.25, 3, 10, -4], ops: [["translateSelf", [7, 9]], ["scaleSelf", [0.5]], ["multiplySelf", [1, 2, 3, 4, 5, 6]]] },
      { init: [0, 1, -1, 0, 100, 200], ops: [["scaleSelf", [3, 5]]] },
    ];
    const apply = (M: new (init?: number[]) => Record<string, unknown>, c: (typeof cases)[number]) => {
      const m = new M(c.init);
      for (const [op, args] of c.ops) (m[op] as (...a: unknown[]) => unknown).apply(m, op === "multiplySelf" ? [new M(args)] : args);
      return ["a", "b", "c", "d", "e", "f"].map((k) => m[k] as number);
    };
    const mine = cases.map((c) => apply(AffineMatrix as unknown as new (init?: number[]) => Record<string, unknown>, c));
    // The reference, loaded in a process of its own so that this one's pdf.js stays canvas-free.
    const reference = `const { createRequire } = await import("node:module");
      const req = createRequire(createRequire(import.meta.url).resolve("pdfjs-dist/legacy/build/pdf.mjs"));
      const { DOMMatrix } = req("@napi-rs/canvas");
      const apply = ${apply.toString()};
      console.log(JSON.stringify(${JSON.stringify(cases)}.map((c) => apply(DOMMatrix, c))));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", reference], { encoding: "utf8" });
    if (r.status !== 0 && /Cannot find module '@napi-rs\/canvas'/.test(r.stderr)) return; // optional dependency not installed here
    const theirs = JSON.parse(r.stdout) as number[][];
    for (let i = 0; i < cases.length; i++) for (let j = 0; j < 6; j++) expect(mine[i]![j]).toBeCloseTo(theirs[i]![j]!, 9);
    expect(() => new AffineMatrix([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toThrow(/six numbers/);
  });
});

/** Everything a DecompressionStream-like type yields for `input`, or the error it fails with. */
async function decompress(Type: new (format: "deflate" | "deflate-raw" | "gzip") => TransformStream, format: "deflate" | "deflate-raw" | "gzip", input: Uint8Array): Promise<Buffer | string> {
  const { readable, writable } = new Type(format);
  const writer = writable.getWriter();
  void writer.write(input).then(() => writer.close()).catch(() => undefined);
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of readable as ReadableStream<Uint8Array>) chunks.push(chunk);
  } catch (err) {
    return `error: ${(err as Error).constructor.name}`;
  }
  return Buffer.concat(chunks);
}

describe("synchronous inflate for pdf.js", () => {
  const BuiltIn = globalThis.DecompressionStream as unknown as new (format: "deflate" | "deflate-raw" | "gzip") => TransformStream;
  const text = Buffer.from("Kanta-Hämeen hyvinvointialue — tavoite, avaintulos, toteuma. ".repeat(500));

  it("inflates what the built-in inflates, in all three formats", async () => {
    for (const [format, packed] of [["deflate", deflateSync(text)], ["deflate-raw", deflateRawSync(text)], ["gzip", gzipSync(text)]] as const) {
      const mine = await decompress(SyncDecompressionStream, format, packed);
      expect(mine).toEqual(await decompress(BuiltIn, format, packed));
      expect(mine).toEqual(text);
    }
  });

  it("fails where the built-in fails (pdf.js then falls back to its own decoder)", async () => {
    const truncated = deflateSync(text).subarray(0, 40);
    expect(await decompress(SyncDecompressionStream, "deflate", truncated)).toMatch(/^error/);
    expect(await decompress(BuiltIn, "deflate", truncated)).toMatch(/^error/);
    expect(() => new SyncDecompressionStream("brotli" as "gzip")).toThrow(TypeError);
  });

  it("is what pdf.js uses after loading, and reads the same words as with the built-in", async () => {
    const file = "fixtures/variants/v3-landscape-dejavu8-split.pdf";
    const fast = await readPdf(file, readFileSync(file), { rulings: false });
    expect(globalThis.DecompressionStream).toBe(SyncDecompressionStream);
    globalThis.DecompressionStream = BuiltIn as unknown as typeof DecompressionStream;
    try {
      const slow = await readPdf(file, readFileSync(file), { rulings: false });
      expect(fast.pages.map((p) => p.words.length)).toEqual(slow.pages.map((p) => p.words.length));
      expect(fast.pages.flatMap((p) => p.words.map((w) => w.text)).join(" ")).toBe(slow.pages.flatMap((p) => p.words.map((w) => w.text)).join(" "));
      expect(fast.pages[0]!.words.length).toBeGreaterThan(100);
    } finally {
      globalThis.DecompressionStream = SyncDecompressionStream as unknown as typeof DecompressionStream;
    }
  });
});

describe("pdf.js messages inside the thread", () => {
  class Ref {
    constructor(
      readonly num: number,
      readonly gen: number,
    ) {}
  }
  const message = () => ({
    action: "GetTextContent",
    data: { items: [{ str: "Tavoite", dir: "ltr", transform: [8, 0, 0, 8, 56.7, 500.1], width: 30.5, hasEOL: false }], styles: Object.assign(Object.create(null), { g_d0_f1: { ascent: 0.9, vertical: false } }), lang: null },
    nested: [[1, [2, [3]]], { a: undefined, b: NaN, c: -0, d: "ä" }],
    bytes: new Uint8Array([1, 2, 3]),
    floats: new Float32Array([0.5, 1.5]),
    ref: new Ref(12, 0),
    map: new Map([["k", { v: 1 }]]),
    when: new Date(0),
  });

  it("copies what pdf.js sends as structuredClone would", () => {
    const m = message();
    expect(copyMessage(m)).toStrictEqual(structuredClone(m));
  });

  it("shares nothing with the sender (pdf.js reuses its objects after sending)", () => {
    const m = message();
    const copy = copyMessage(m) as ReturnType<typeof message>;
    m.data.items[0]!.str = "changed";
    m.data.items.length = 0;
    m.bytes[0] = 9;
    (m.nested[0] as number[])[0] = 7;
    expect(copy.data.items[0]!.str).toBe("Tavoite");
    expect(copy.bytes[0]).toBe(1);
    expect((copy.nested[0] as number[])[0]).toBe(1);
  });

  it("hands transferred buffers over without copying, and survives cyclic data", () => {
    const bytes = new Uint8Array(16);
    expect((copyMessage({ data: bytes }, new Set([bytes.buffer])) as { data: Uint8Array }).data).toBe(bytes);
    expect((copyMessage({ data: bytes }) as { data: Uint8Array }).data).not.toBe(bytes);
    const cyclic: Record<string, unknown> = { name: "loop" };
    cyclic.self = cyclic;
    const copy = copyMessage(cyclic) as Record<string, unknown>;
    expect(copy.name).toBe("loop");
    expect(copy).not.toBe(cyclic);
  });

  it("gives pdf.js the same text items as its own in-thread worker", async () => {
    const lib = await loadPdfjs();
    const items = async (worker?: ReturnType<typeof createInThreadWorker>) => {
      const file = "fixtures/pdf/lu-eval-public.pdf";
      const doc = await lib.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0, ...(worker ? { worker } : {}) }).promise;
      try {
        const out: unknown[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const items = (await (await doc.getPage(n)).getTextContent()).items as { fontName?: string }[];
          // Font names carry the document's number ("g_d3_f1"), which differs between the two opens.
          out.push(items.map((i) => ({ ...i, fontName: i.fontName?.replace(/^g_d\d+_/, "g_") })));
        }
        return out;
      } finally {
        await doc.destroy();
        worker?.destroy();
      }
    };
    const mine = await items(createInThreadWorker(lib));
    expect(mine).toEqual(await items());
    expect((mine[0] as unknown[]).length).toBeGreaterThan(20);
  });
});

describe("reading PDFs concurrently", () => {
  it("reads documents started while another is being read (two lanes, as a pool worker would be fed)", async () => {
    const files = ["fixtures/pdf/kh-okr-public.pdf", "fixtures/pdf/lu-eval-public.pdf", "fixtures/variants/v2-portrait-serif8-plain.pdf", "fixtures/variants/v3-landscape-dejavu8-split.pdf", "fixtures/variants/v4-portrait-sans10-wide.pdf", "fixtures/variants/h6-portrait-narrow8-plain-split.pdf"];
    const queue = [...files, ...files];
    const pages: Record<string, number[]> = {};
    const errors: string[] = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          try {
            (pages[f] ??= []).push((await readPdf(f, readFileSync(f), { rulings: false })).pages.length);
          } catch (err) {
            errors.push(`${f}: ${(err as Error).message}`);
          }
        }
      }),
    );
    expect(errors).toEqual([]);
    expect(pages["fixtures/pdf/kh-okr-public.pdf"]).toEqual([22, 22]);
    expect(pages["fixtures/pdf/lu-eval-public.pdf"]).toEqual([27, 27]);
  }, 60_000);
});

describe("worker pool", () => {
  it("gives the workers started after the set-up the small young generation that keeps a batch's memory flat", async () => {
    setupProcess({ workers: 1 });
    // Any isolate created after the set-up gets the setting: allocate, then read its new space.
    const code = `
      const v8 = require("node:v8");
      let keep = [];
      for (let i = 0; i < 3e6; i++) { keep.push({ i }); if (keep.length > 100000) keep = []; }
      require("node:worker_threads").parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size);`;
    const w = new Worker(code, { eval: true });
    const newSpace = await new Promise<number>((resolve, reject) => w.once("message", resolve).once("error", reject));
    await w.terminate();
    expect(newSpace).toBeLessThanOrEqual(2 * WORKER_SEMI_SPACE_MB * 1024 * 1024);
    expect(newSpace).toBeGreaterThan(0);
  });

  it("keeps V8's background compiler only when a core is left for it", () => {
    expect(chooseBackgroundJit(1, 2)).toBe(true);
    expect(chooseBackgroundJit(2, 2)).toBe(false);
    expect(chooseBackgroundJit(4, 2)).toBe(false);
    chooseBackgroundJit(0, 2); // V8's default again for the rest of this process
  });
});
