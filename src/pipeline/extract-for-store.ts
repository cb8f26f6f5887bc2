/**
 * One document made ready for the writer: extracted, corrected by its overrides and prepared
 * (store/prepare.ts). Import runs this in a worker, so the main thread — the one writer, the
 * serial part of a parallel import — receives plain insert values and only inserts.
 */
import { deserialize, serialize } from "node:v8";
import { extractFile, type ExtractOptions } from "./extract.js";
import { applyOverrides, type Override, type OverrideOutcome } from "./overrides.js";
import { prepareDocument, type PreparedDocument } from "../store/prepare.js";

export interface PreparedImport {
  prepared: PreparedDocument;
  /** The document's overrides that no longer match anything. */
  orphaned: OverrideOutcome["orphaned"];
}

export async function extractForStore(path: string, source: string, opts: ExtractOptions, overrides: readonly Override[]): Promise<PreparedImport> {
  const res = await extractFile(path, opts);
  res.document.source = source;
  const { orphaned } = applyOverrides(res, overrides);
  return { prepared: prepareDocument(res, opts.rules), orphaned };
}

/**
 * A prepared import as a worker hands it over: its v8 serialization, transferred, not copied. The
 * main thread unpacks it only when its turn to be stored comes. Posted as objects, a result was
 * deserialized on arrival and waited in the import window (two per worker) as thousands of small
 * objects that the main thread's garbage collector copied and promoted; as bytes it waits outside
 * the JS heap, and its objects die young, which lowered the main thread's share of the CPU of a
 * two-worker import (docs/performance.md).
 */
export type PackedImport = Uint8Array<ArrayBuffer>;

export function packImport(p: PreparedImport): PackedImport {
  const b = serialize(p);
  // Its own ArrayBuffer, whole, so it can be transferred (a slice of a shared one cannot).
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer as ArrayBuffer) : new Uint8Array(b);
}

export function unpackImport(b: PackedImport): PreparedImport {
  return deserialize(b) as PreparedImport;
}
