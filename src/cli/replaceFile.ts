import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { FileStamp } from './readRegularFile.ts'
import { Refusal } from './Refusal.ts'

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
