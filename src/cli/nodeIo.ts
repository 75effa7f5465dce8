import { once } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import type { CommandIo } from './CommandIo.ts'

/** The real process's streams, working directory and file system. */
export function nodeIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
    },
    cwd: process.cwd(),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  }
}
