/**
 * pdf.js without its canvas library. On Node, pdf.js's display module requires `@napi-rs/canvas`
 * (an optional dependency: Skia, a 32 MB native library) as soon as it is loaded, only to take
 * `DOMMatrix`, `ImageData` and `Path2D` from it for rendering. This project never renders: it
 * reads text and drawing operators. Loading it cost every thread that reads PDFs CPU time and the
 * process memory (docs/performance.md).
 *
 * keepCanvasOut() runs before pdf.js is imported. It gives pdf.js the one matrix type its text and
 * operator paths use, and puts an empty module in Node's require cache under the canvas package's
 * path, so pdf.js's `require("@napi-rs/canvas")` finds that instead of loading Skia (Node
 * documents adding entries to `require.cache`). Rendering stays unavailable, with a clear error.
 */
import { createRequire, Module } from "node:module";

const require = createRequire(import.meta.url);

type Six = [number, number, number, number, number, number];

/**
 * A 2-D affine matrix with DOMMatrix's semantics for the members pdf.js uses outside rendering:
 * `new DOMMatrix()` (pdf.js makes one when loaded), `new DOMMatrix([a, b, c, d, e, f])`, and
 * `scaleSelf` / `translateSelf` / `multiplySelf`, which post-multiply as DOMMatrix's do (the worker
 * builds a Type3 glyph's transform with them).
 */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: readonly number[]) {
    if (init === undefined) return;
    if (!Array.isArray(init) || init.length !== 6 || init.some((x) => typeof x !== "number")) {
      throw new TypeError("AffineMatrix: expected six numbers [a, b, c, d, e, f] (hva-okr does not render, so pdf.js's 3-D matrices are not supported)");
    }
    [this.a, this.b, this.c, this.d, this.e, this.f] = init as Six;
  }

  /** this = this × m */
  multiplySelf(m: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: tx, f: ty });
  }
}

/** Stands in for a rendering type: pdf.js only checks that it exists until something renders. */
function unavailable(name: string): new () => object {
  return class {
    constructor() {
      throw new Error(`${name} is not available: hva-okr reads PDFs' text and does not render them`);
    }
  };
}

/** What pdf.js gets instead of `@napi-rs/canvas`. */
export const CANVAS_STANDIN = Object.freeze({ DOMMatrix: AffineMatrix, ImageData: unavailable("ImageData"), Path2D: unavailable("Path2D") });

/**
 * Call before importing pdf.js in a thread. Returns whether the canvas package is kept out (false
 * when it is not installed — pdf.js then warns that it cannot load it and uses the globals set
 * here — or when this thread already loaded it).
 */
export function keepCanvasOut(): boolean {
  const g = globalThis as Record<string, unknown>;
  for (const [name, type] of Object.entries(CANVAS_STANDIN)) g[name] ??= type;
  let path: string;
  try {
    // Resolved from pdf.js's own location, as pdf.js resolves it.
    path = createRequire(require.resolve("pdfjs-dist/legacy/build/pdf.mjs")).resolve("@napi-rs/canvas");
  } catch {
    return false;
  }
  if (require.cache[path]) return require.cache[path]!.exports === CANVAS_STANDIN;
  const standin = new Module(path);
  standin.filename = path;
  standin.loaded = true;
  standin.exports = CANVAS_STANDIN;
  require.cache[path] = standin;
  return true;
}
