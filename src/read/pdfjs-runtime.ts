/**
 * The environment pdf.js runs in, set up once per thread by preparePdfThread (which the process
 * set-up calls: pipeline/setup.ts), never on import. pdf.js's Node build makes choices that cost
 * far more than they should in a batch extractor, and each is undone here (measured with `--cpu-prof` and `npm run bench`, see docs/performance.md):
 *
 * - its core-js copy replaces `Array.prototype.push` (restoreNativePush);
 * - it inflates every content stream through `DecompressionStream`, which in Node hops to libuv's
 *   thread pool and back through web streams for each page (installSyncInflate);
 * - its in-thread "worker" talks to the API through a port that runs every message, text content
 *   included, through `structuredClone` (createInThreadWorker);
 * - it loads a native canvas library for rendering, which is never done here (canvas-free.ts).
 */
import { createRequire } from "node:module";
import { constants, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { keepCanvasOut } from "./canvas-free.js";

const require = createRequire(import.meta.url);

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** The engine's own `Array.prototype.push`, taken before pdf.js is loaded. */
const NATIVE_PUSH = Array.prototype.push;

/**
 * Puts the engine's `Array.prototype.push` back after pdf.js is loaded. Why: the legacy build
 * bundles core-js, which on Node 20 replaces `push` with a JavaScript version (V8 11 does not throw
 * when nothing is pushed onto an array with a read-only length — a corner case no code here relies
 * on). That slowed every push in the thread, pdf.js's own included.
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
 * streaming, and the per-page round trip to libuv's pool
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

/** Deepest nesting copied in JavaScript; anything deeper (or cyclic) goes to structuredClone. */
const MAX_COPY_DEPTH = 32;

/**
 * A copy of a message with structured-clone semantics for what pdf.js sends (plain objects,
 * arrays, typed arrays, primitives), done in JavaScript: cheaper than `structuredClone`, which
 * serializes and parses every text item. Anything else — class instances, Maps, errors, deep or
 * cyclic data — is left to `structuredClone` itself. Buffers listed in `transfer` change hands
 * without a copy, as a transfer does.
 */
export function copyMessage(value: unknown, transfer: ReadonlySet<ArrayBufferLike> | null = null, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_COPY_DEPTH) return structuredClone(value);
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyMessage(value[i], transfer, depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === Object.prototype || proto === null) {
    // Always a plain object, as structuredClone gives (pdf.js sends some null-prototype maps).
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = copyMessage((value as Record<string, unknown>)[k], transfer, depth + 1);
      if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView) && transfer?.has(value.buffer)) return value;
  if (value instanceof Uint8Array || value instanceof Float32Array || value instanceof Int32Array || value instanceof Uint32Array || value instanceof Float64Array || value instanceof Uint8ClampedArray || value instanceof Int16Array || value instanceof Uint16Array) {
    return value.slice();
  }
  return structuredClone(value);
}

type Listener = (this: InThreadPort, event: { data: unknown }) => void;

/**
 * One end of a message channel inside the thread, for pdf.js's API and its worker side: messages
 * are copied (copyMessage) when sent and delivered in a later microtask, as pdf.js's own loopback
 * port does.
 */
export class InThreadPort {
  peer: InThreadPort | null = null;
  private readonly listeners = new Set<Listener>();

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const peer = this.peer;
    if (!peer) return;
    const moved = transfer?.length ? new Set(transfer.filter((t): t is ArrayBuffer => t instanceof ArrayBuffer)) : null;
    const data = copyMessage(message, moved);
    void Promise.resolve().then(() => {
      for (const l of peer.listeners) l.call(peer, { data });
    });
  }
  addEventListener(_type: "message", listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "message", listener: Listener): void {
    this.listeners.delete(listener);
  }
  /** Both ends, connected. */
  static pair(): [InThreadPort, InThreadPort] {
    const a = new InThreadPort();
    const b = new InThreadPort();
    a.peer = b;
    b.peer = a;
    return [a, b];
  }
}

/**
 * A pdf.js worker for one document, in this thread, speaking through InThreadPort instead of
 * pdf.js's cloning loopback port. Uses pdf.js's public hooks: `PDFWorker({ port })` on the API side
 * and `WorkerMessageHandler.initializeFromPort` on the worker side (what a real worker does).
 * Pass it as `worker` to `getDocument` and destroy it after the document.
 */
export function createInThreadWorker(lib: PdfJs): InstanceType<PdfJs["PDFWorker"]> {
  const [api, worker] = InThreadPort.pair();
  const handler = (globalThis as { pdfjsWorker?: typeof import("pdfjs-dist/legacy/build/pdf.worker.mjs") }).pdfjsWorker!.WorkerMessageHandler;
  handler.initializeFromPort(worker);
  return new lib.PDFWorker({ port: api as unknown as NonNullable<ConstructorParameters<PdfJs["PDFWorker"]>[0]>["port"] });
}

let pdfjsPromise: Promise<PdfJs> | undefined;
/** Whether preparePdfThread ran in this thread. */
let prepared = false;

/**
 * Gives this thread pdf.js's environment: the canvas package kept out and synchronous inflate now
 * (before pdf.js is loaded), the native push put back when loadPdfjs has loaded pdf.js. Called by
 * setupProcess (pipeline/setup.ts); safe to call again.
 */
export function preparePdfThread(): void {
  if (prepared) return;
  keepCanvasOut();
  installSyncInflate();
  prepared = true;
  // pdf.js already loaded in this thread (before the set-up): put the push back now.
  if (pdfjsPromise) void pdfjsPromise.then(() => restoreNativePush());
}

/**
 * pdf.js and its worker module, both in this thread (in Node pdf.js runs its "worker" in the same
 * thread anyway; `globalThis.pdfjsWorker` is its documented hook to skip loading it by URL), in
 * the environment above if preparePdfThread ran, else as shipped.
 */
export function loadPdfjs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    if (prepared) restoreNativePush();
    return lib;
  })();
  return pdfjsPromise;
}

/** Where pdfjs-dist is installed (its fonts and CMaps are read from there). */
export const PDFJS_PACKAGE_JSON = require.resolve("pdfjs-dist/package.json");
