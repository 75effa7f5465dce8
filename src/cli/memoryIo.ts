import { resolve } from 'node:path'
import { encodeText, type TextEncodingName } from '../fdl/files/flowText.ts'
import type { CommandIo } from './CommandIo.ts'
import { decodeInput } from './decodeInput.ts'

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
