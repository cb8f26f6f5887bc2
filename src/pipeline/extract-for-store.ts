/**
 * One document made ready for the writer: extracted, corrected by its overrides and prepared
 * (store/prepare.ts). Import runs this in a worker, so the main thread — the one writer, the
 * serial part of a parallel import — receives plain insert values and only inserts.
 */
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
