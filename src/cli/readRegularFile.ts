import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { overLimit } from '../fdl/files/byteSizes.ts'
import { Refusal } from './Refusal.ts'

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
