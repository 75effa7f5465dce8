import { resolve } from 'node:path'
import type { CommandIo } from './CommandIo.ts'

/** A {@link CommandIo} over in-memory files, recording what the command prints and writes (for tests). */
export function memoryIo(files: Readonly<Record<string, string>>, cwd = '/work'): CommandIo & { out: string; err: string; written: Map<string, string> } {
  const store = new Map(Object.entries(files).map(([name, text]) => [resolve(cwd, name), text]))
  const io = {
    out: '',
    err: '',
    written: new Map<string, string>(),
    cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: (path: string) => {
      const text = store.get(path)
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })
      return text
    },
    writeFile: (path: string, text: string) => {
      store.set(path, text)
      io.written.set(path, text)
    },
  }
  return io
}
