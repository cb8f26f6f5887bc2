/**
 * The file system as an import meets it: folders walked without ever throwing, and files read
 * only when they are regular files. A link loop, a dangling link, a folder that cannot be listed,
 * a FIFO or device, or a name that is not valid UTF-8 is one entry of `skipped` with its reason;
 * the walk goes on. Why: one odd entry in a folder must not lose the batch's good documents, and a
 * FIFO read to hash it would block the import forever.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join } from "node:path";

/** An entry the walk did not import, and why (one line, for import_errors and the summary). */
export interface SkippedEntry {
  path: string;
  errorClass: string;
  reason: string;
}

/** What a node error code means to a user. */
function describeFsError(err: unknown): { errorClass: string; reason: string } {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  switch (code) {
    case "ENOENT":
      return { errorClass: "NotFound", reason: "no such file or folder (or a link to nothing)" };
    case "ELOOP":
      return { errorClass: "LinkLoop", reason: "symbolic link loop" };
    case "EACCES":
    case "EPERM":
      return { errorClass: "PermissionDenied", reason: "permission denied" };
    case "ENOTDIR":
      return { errorClass: "NotFound", reason: "a path part is not a folder" };
    default:
      return { errorClass: "ReadError", reason: `cannot read (${code || (err as Error).message})` };
  }
}

/** Kind of a non-regular, non-folder entry, for the message. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** A file name as text, or null when its bytes are not UTF-8 (Node would show U+FFFD and lose the real name). */
function decodeName(raw: Buffer): string | null {
  try {
    return UTF8.decode(raw);
  } catch {
    return null;
  }
}

/** Bytes of an undecodable name shown as \xNN, so the user can find the file. */
function escapeName(raw: Buffer): string {
  let out = "";
  for (const b of raw) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0").toUpperCase()}`;
  return out;
}

/**
 * Expands paths (files and folders; folders recursively, sorted, hidden entries skipped, only
 * `importable` endings) into the files to import. Links are followed, each real folder at most
 * once (a link back up the tree is not walked again). Never throws.
 */
export function walkPaths(paths: readonly string[], importable: ReadonlySet<string>): { files: string[]; skipped: SkippedEntry[] } {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const seenDirs = new Set<string>();
  // A file reached under two names (a link) is imported under both: the second is stored as a duplicate source.
  const seenFiles = new Set<string>();
  const addFile = (p: string) => {
    if (seenFiles.has(p)) return;
    seenFiles.add(p);
    files.push(p);
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      skipped.push({ path: dir, ...describeFsError(err) });
      return;
    }
    if (seenDirs.has(real)) return; // a link back into a folder already walked
    seenDirs.add(real);
    let names: Buffer[];
    try {
      names = readdirSync(dir, { encoding: "buffer" });
    } catch (err) {
      const e = describeFsError(err);
      skipped.push({ path: dir, errorClass: e.errorClass, reason: `folder cannot be listed: ${e.reason}` });
      return;
    }
    const entries = names.map((raw) => ({ raw, name: decodeName(raw) }));
    entries.sort((a, b) => Buffer.compare(a.raw, b.raw));
    for (const { raw, name } of entries) {
      if (raw[0] === 0x2e) continue; // hidden
      if (name === null) {
        skipped.push({ path: join(dir, escapeName(raw)), errorClass: "BadFileName", reason: "file name is not valid UTF-8: rename the file" });
        continue;
      }
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p); // follows links
      } catch (err) {
        // A dangling or looping link is worth telling only where it would have been imported.
        if (importable.has(extname(name).toLowerCase()) || (err as NodeJS.ErrnoException).code === "ELOOP") skipped.push({ path: p, ...describeFsError(err) });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!importable.has(extname(name).toLowerCase())) continue;
      else if (st.isFile()) addFile(p);
      else skipped.push({ path: p, errorClass: "NotRegularFile", reason: `${kindOf(st)}, not a regular file` });
    }
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (err) {
      const e = describeFsError(err);
      skipped.push({ path: p, errorClass: e.errorClass, reason: e.errorClass === "NotFound" ? "no such file or folder" : e.reason });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) addFile(p);
    else skipped.push({ path: p, errorClass: "NotRegularFile", reason: `${kindOf(st)}, not a regular file` });
  }
  return { files, skipped };
}

/** A file that could not be read: why, as one line. */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly errorClass: string,
  ) {
    super(message);
    this.name = "FileReadError";
  }
}

/**
 * Reads a whole regular file. Opened with O_NONBLOCK and checked with fstat on the open
 * descriptor before any byte is read: a FIFO, socket or device (or a file swapped for one after
 * the walk) is refused instead of blocking, and the check and the read are of the same file.
 */
export function readRegularFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const e = describeFsError(err);
    throw new FileReadError(e.errorClass === "NotFound" ? "no such file" : e.reason, e.errorClass);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new FileReadError("a folder, not a file", "NotRegularFile");
    if (!st.isFile()) throw new FileReadError(`${kindOf(st)}, not a regular file`, "NotRegularFile");
    const size = st.size;
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break; // shrank while read
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    const e = describeFsError(err);
    throw new FileReadError(e.reason, e.errorClass);
  } finally {
    closeSync(fd);
  }
}
