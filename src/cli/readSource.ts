import { resolve } from 'node:path'
import { flowTextProblem } from '../fdl/files/flowText.ts'
import { parseFdl, type ParsedFdl } from '../fdl/parse/parseFdl.ts'
import { readRegularFile } from './readRegularFile.ts'
import { decodeInput } from './decodeInput.ts'
import { INPUT_LIMIT_BYTES } from './INPUT_LIMIT.ts'
import { Refusal } from './Refusal.ts'

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}

/** Where a command reads files: an injected reader (absolute paths), else the file system with the same checks. */
export interface SourceFiles {
  readonly cwd: string
  readonly readFile?: (path: string) => string
}

/**
 * A file's text, or the one line that says why not: `fdl: cannot read FILE: no such file` when it cannot be read,
 * `fdl: refusing FILE: it is empty` when it is not what the command reads. A `flow` must also be a flow, and comes with its parse (the
 * app's Open applies the same checks: empty files and other YAML / JSON, such as a package.json, are refused).
 */
export function readSource(io: SourceFiles, file: string, kind?: 'flow'): { readonly text: string; readonly parsed: ParsedFdl } | { readonly error: string }
export function readSource(io: SourceFiles, file: string, kind: 'data'): { readonly text: string } | { readonly error: string }
export function readSource(io: SourceFiles, file: string, kind: 'flow' | 'data' = 'flow'): { readonly text: string; readonly parsed?: ParsedFdl } | { readonly error: string } {
  let text: string
  try {
    const path = resolve(io.cwd, file)
    text = io.readFile ? io.readFile(path) : decodeInput(readRegularFile(path, INPUT_LIMIT_BYTES).bytes).text
  } catch (error) {
    if (error instanceof Refusal) return { error: `fdl: refusing ${file}: ${error.message}\n` }
    const code = (error as { code?: string }).code ?? ''
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error))
    return { error: `fdl: cannot read ${file}: ${reason}\n` }
  }
  if (kind === 'data') return { text }
  const parsed = parseFdl(text)
  const problem = flowTextProblem(parsed)
  if (problem !== null) return { error: `fdl: refusing ${file}: ${problem.kind === 'empty' ? 'it is empty' : `not an FDL flow (${problem.detail})`}\n` }
  return { text, parsed }
}
