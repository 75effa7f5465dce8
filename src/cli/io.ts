import { resolve, dirname, basename, join } from 'node:path'
import { encodeText, type TextEncodingName } from '../fdl/files/flowText.ts'
import { decodeInput, INPUT_LIMIT_BYTES } from './readSource.ts'
import { once } from 'node:events'
import { mkdirSync, closeSync, constants, fstatSync, openSync, readSync, type Stats, accessSync, fchmodSync, fchownSync, fsyncSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { overLimit } from '../fdl/files/byteSizes.ts'
import { Refusal } from './runCli.ts'

/**
 * Everything the `fdl` command touches outside itself, injected so tests run it in-process: output streams,
 * the working directory, and file access (paths are resolved against `cwd` before they get here).
 */
export interface CommandIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Resolves once stdout has room again; streamed output awaits it so a slow reader bounds memory. */
  readonly drain?: () => Promise<void>
  readonly cwd: string
  /**
   * Reads a text file: a regular file within the input limit, UTF-8 or UTF-16 with a byte-order mark. Throws a
   * `Refusal` for anything else (binary, another encoding, too big, a FIFO or device), or a Node-style error
   * (with `code`) when it cannot be read.
   */
  readonly readFile: (path: string) => string
  /**
   * Writes a text file atomically, in the encoding it was read in (UTF-8 for a new file). Throws a `Refusal`
   * when the file changed on disk since `readFile` read it, or a Node-style error; the file is then untouched.
   */
  readonly writeFile: (path: string, text: string) => void
}

/**
 * A {@link CommandIo} over in-memory files (text, or bytes as they would be on disk), recording what the command
 * prints and writes (for tests). Bytes go through the same checks as the real files'.
 */
export function memoryIo(files: Readonly<Record<string, string | Uint8Array>>, cwd = '/work'): CommandIo & { out: string; err: string; written: Map<string, string> } {
  const store = new Map(Object.entries(files).map(([name, content]) => [resolve(cwd, name), typeof content === 'string' ? encodeText(content, 'utf-8') : content]))
  const encodings = new Map<string, TextEncodingName>()
  const io = {
    out: '',
    err: '',
    written: new Map<string, string>(),
    cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: (path: string) => {
      const bytes = store.get(path)
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
      const decoded = decodeInput(bytes)
      encodings.set(path, decoded.encoding)
      return decoded.text
    },
    writeFile: (path: string, text: string) => {
      store.set(path, encodeText(text, encodings.get(path) ?? 'utf-8'))
      io.written.set(path, text)
    },
  }
  return io
}

/**
 * The real process's streams, working directory and file system. Remembers how each file looked when it was
 * read, so writing it back keeps its encoding and refuses to overwrite someone else's change.
 */
export function nodeIo(): CommandIo {
  const read = new Map<string, { stamp: FileStamp; encoding: TextEncodingName }>()
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
    },
    cwd: process.cwd(),
    readFile: (path) => {
      const stamp = readRegularFile(path, INPUT_LIMIT_BYTES)
      const decoded = decodeInput(stamp.bytes)
      read.set(path, { stamp, encoding: decoded.encoding })
      return decoded.text
    },
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true }) // fdl kit writes into folders that may not exist yet
      const known = read.get(path)
      replaceFile(path, encodeText(text, known?.encoding ?? 'utf-8'), known?.stamp ?? null)
      read.delete(path)
    },
  }
}

/** What a file looked like when it was read, to tell later whether someone else changed it since. */
export interface FileStamp {
  readonly size: number
  readonly mtimeMs: number
  readonly ino: number
  readonly bytes: Uint8Array
}

const CHUNK = 64 * 1024

/**
 * Reads a regular file's bytes, at most `limit` of them. What is not a regular file is refused before reading
 * (opened without blocking, so a FIFO with no writer does not hang), a file whose size is over the limit is
 * refused unread, and reading stops one byte past the limit, so a file that grows or lies about its size cannot
 * fill memory. Throws {@link Refusal}, or a Node error with `code` (ENOENT, EACCES, EISDIR…).
 */
export function readRegularFile(path: string, limit: number): FileStamp {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' })
    if (!stat.isFile()) throw new Refusal(`not a regular file (${kindOf(stat)})`)
    if (stat.size > limit) throw new Refusal(overLimit(stat.size, limit))
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, limit + 1 - total))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      total += n
      if (total > limit) throw new Refusal(overLimit(null, limit))
    }
    return { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, bytes: new Uint8Array(Buffer.concat(chunks, total)) }
  } finally {
    closeSync(fd)
  }
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  if (stat.isSocket()) return 'a socket'
  return 'not a plain file'
}

let nextTemp = 0

/**
 * Replaces a file's content so that it is never half written: the bytes go to a temporary file beside it, which
 * is flushed to disk (fsync) and then renamed over the original, so a full disk, a crash or a kill leaves either
 * the old file or the new one. The file keeps its permissions (and its owner, where the process may set it); a
 * symbolic link stays a link and its target is replaced. With `expected` (how the file looked when it was read),
 * a file that someone else changed, moved or deleted meanwhile is not overwritten: {@link Refusal}. Other
 * failures throw a Node error with `code`, and the original file is as it was.
 */
export function replaceFile(path: string, bytes: Uint8Array, expected: FileStamp | null): void {
  const target = resolveLink(path)
  const before = statOrNull(target)
  if (expected !== null && before === null) throw new Refusal('it was moved or deleted while fdl was working, so it was not written')
  if (before !== null) {
    if (!before.isFile()) throw new Refusal('not a regular file, so it was not written')
    // Renaming needs only a writable directory; a read-only file must stay read-only for us, as it did before.
    accessSync(target, constants.W_OK)
  }
  const temp = join(dirname(target), `.${basename(target)}.fdl-${process.pid}-${nextTemp++}.tmp`)
  const fd = openSync(temp, 'wx', 0o600)
  let open = true
  try {
    for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written)
    if (before !== null) keepOwnership(fd, before)
    else fchmodSync(fd, 0o666 & ~process.umask())
    fsyncSync(fd)
    closeSync(fd)
    open = false
    if (expected !== null) checkUnchanged(target, expected)
    renameSync(temp, target)
  } catch (error) {
    if (open) closeSync(fd)
    unlinkSync(temp)
    throw error
  }
  syncDirectory(dirname(target))
}

function resolveLink(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

function keepOwnership(fd: number, before: Stats): void {
  fchmodSync(fd, before.mode & 0o7777)
  if (process.getuid?.() !== before.uid) {
    try {
      fchownSync(fd, before.uid, before.gid)
    } catch {
      // Only root may give a file away; the permissions are kept either way.
    }
  }
}

/** Compares the file with what was read: size, time, inode, then every byte (a same-size edit within one tick). */
function checkUnchanged(path: string, expected: FileStamp): void {
  const now = statOrNull(path)
  const same = now !== null && now.size === expected.size && now.mtimeMs === expected.mtimeMs && now.ino === expected.ino && Buffer.from(readFileSync(path)).equals(expected.bytes)
  if (!same) throw new Refusal('it changed on disk while fdl was working (someone else saved it), so it was not overwritten; run the command again')
}

/** Makes the rename itself durable; not every file system lets a directory be opened for that, hence best effort. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // The new content is already on disk; only the name's durability across a power cut is left to the system.
  }
}
