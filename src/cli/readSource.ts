import { resolve } from 'node:path'
import { flowTextProblem, decodeText, type DecodedText } from '../fdl/files/flowText.ts'
import { parseFdl, type ParsedFdl } from '../fdl/parse/parseFdl.ts'
import { readRegularFile } from './io.ts'
import { Refusal } from './runCli.ts'
import { overLimit } from '../fdl/files/byteSizes.ts'

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

/**
 * A file's bytes as text, with the checks the app's Open applies (the core's `decodeText`): binary data and text
 * that is neither UTF-8 nor UTF-16 with a byte-order mark are refused rather than garbled. Throws {@link Refusal}.
 */
export function decodeInput(bytes: Uint8Array): DecodedText {
  if (bytes.length > INPUT_LIMIT_BYTES) throw new Refusal(overLimit(bytes.length, INPUT_LIMIT_BYTES))
  const decoded = decodeText(bytes)
  if (!('refused' in decoded)) return decoded
  throw new Refusal(decoded.refused === 'binary' ? 'not a text file (it holds binary data)' : 'not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8')
}

/**
 * The most the `fdl` command reads from one file: the FDL core refuses longer texts unparsed (`document-too-large`),
 * so reading further only costs memory. Reading stops here, so `/dev/zero` or a runaway log cannot fill memory.
 */
export const INPUT_LIMIT_BYTES = 4 * 1024 * 1024
