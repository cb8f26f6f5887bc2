/**
 * The environment pdf.js runs in, set up once per thread when pdf.js is first loaded. pdf.js's
 * Node build makes two choices that cost far more than they should in a batch extractor, and both
 * are undone here (measured with `--cpu-prof` and `npm run bench`, see README "Performance"):
 *
 * - its core-js copy replaces `Array.prototype.push` (restoreNativePush);
 * - it inflates every content stream through `DecompressionStream`, which in Node hops to libuv's
 *   thread pool and back through web streams for each page (installSyncInflate).
 */
import { createRequire } from "node:module";
import { constants, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

const require = createRequire(import.meta.url);

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** The engine's own `Array.prototype.push`, taken before pdf.js is loaded. */
const NATIVE_PUSH = Array.prototype.push;

/**
 * Puts the engine's `Array.prototype.push` back after pdf.js is loaded. Why: the legacy build
 * bundles core-js, which on Node 20 replaces `push` with a JavaScript version (V8 11 does not throw
 * when nothing is pushed onto an array with a read-only length — a corner case no code here relies
 * on). That slowed every push in the thread, pdf.js's own included: ~20 % of an import's CPU time.
 * Where core-js keeps the native, this changes nothing.
 */
export function restoreNativePush(): boolean {
  if (Array.prototype.push === NATIVE_PUSH) return false;
  Object.defineProperty(Array.prototype, "push", { value: NATIVE_PUSH, writable: true, enumerable: false, configurable: true });
  return true;
}

/** Largest inflated stream accepted (a page's content stream is kilobytes; this stops bombs). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

const DECODERS = { deflate: inflateSync, "deflate-raw": inflateRawSync, gzip: gunzipSync } as const;

/**
 * A `DecompressionStream` that inflates in the calling thread, in one call when the input ends.
 * Same formats, output and errors as the built-in (both are zlib); what differs is where the work
 * runs. pdf.js reads a page's content streams whole before parsing them, so nothing is lost by not
 * streaming, and the per-page round trip to libuv's pool (the thread sat idle ~10 % of the time)
 * and its web-stream plumbing go away.
 */
export class SyncDecompressionStream extends TransformStream<ArrayBuffer | ArrayBufferView, Uint8Array> {
  constructor(format: "deflate" | "deflate-raw" | "gzip") {
    const decode = DECODERS[format as keyof typeof DECODERS];
    if (!decode) throw new TypeError(`The provided value '${String(format)}' is not a valid enum value of type CompressionFormat.`);
    const chunks: Uint8Array[] = [];
    super({
      transform(chunk: ArrayBuffer | ArrayBufferView) {
        // Copied: the writer may reuse its buffer once the write has resolved.
        if (chunk instanceof ArrayBuffer) chunks.push(new Uint8Array(chunk).slice());
        else if (ArrayBuffer.isView(chunk)) chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice());
        else throw new TypeError("The provided value is not of type '(ArrayBuffer or ArrayBufferView)'");
      },
      flush(controller) {
        const out = decode(Buffer.concat(chunks), { finishFlush: constants.Z_FINISH, maxOutputLength: MAX_INFLATED_BYTES });
        controller.enqueue(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      },
    });
  }
}

/** Node's own `DecompressionStream`, taken before anything replaces it. */
const BUILT_IN_DECOMPRESSION = globalThis.DecompressionStream;

/**
 * Makes `DecompressionStream` in this thread the synchronous one. Only threads that read PDFs call
 * this (a pool worker, or the CLI when it extracts in-process); a stream type set by someone else
 * is left alone.
 */
export function installSyncInflate(): boolean {
  if (globalThis.DecompressionStream !== BUILT_IN_DECOMPRESSION) return globalThis.DecompressionStream === SyncDecompressionStream;
  globalThis.DecompressionStream = SyncDecompressionStream as unknown as typeof DecompressionStream;
  return true;
}

let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js and its worker module, both in this thread (in Node pdf.js runs its "worker" in the same
 * thread anyway; `globalThis.pdfjsWorker` is its documented hook to skip loading it by URL), with
 * the environment above.
 */
export function loadPdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    restoreNativePush();
    installSyncInflate();
    return lib;
  })();
  return pdfjsPromise;
}

/** Where pdfjs-dist is installed (its fonts and CMaps are read from there). */
export const PDFJS_PACKAGE_JSON = require.resolve("pdfjs-dist/package.json");
