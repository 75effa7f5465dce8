import { resolve } from 'node:path'
import type { CommandIo } from './CommandIo.ts'

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}

/** A file's text, or the one-line reason it cannot be read (`fdl: cannot read FILE: no such file`). */
export function readSource(io: CommandIo, file: string): { readonly text: string } | { readonly error: string } {
  try {
    return { text: io.readFile(resolve(io.cwd, file)) }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error))
    return { error: `fdl: cannot read ${file}: ${reason}\n` }
  }
}
