import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { CommandIo } from './CommandIo.ts'

/** The real process's streams, working directory and file system. */
export function nodeIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true }) // fdl kit writes into folders that may not exist yet
      writeFileSync(path, text, 'utf8')
    },
  }
}
