import { once } from 'node:events'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { encodeText, type TextEncodingName } from '../fdl/files/flowText.ts'
import type { CommandIo } from './CommandIo.ts'
import { decodeInput } from './decodeInput.ts'
import { INPUT_LIMIT_BYTES } from './INPUT_LIMIT.ts'
import { readRegularFile, type FileStamp } from './readRegularFile.ts'
import { replaceFile } from './replaceFile.ts'

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
