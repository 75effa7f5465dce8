import { resolve } from 'node:path'
import { formatFdl } from '../fdl/format/formatFdl.ts'
import type { CommandIo } from './io.ts'
import { diagnosticLine } from './runValidate.ts'
import { parseArgs, Refusal, USAGE } from './runCli.ts'
import { readSource } from './readSource.ts'

/** `fdl fmt FILE [--write|--check]`: canonical formatting; resolves to the exit code (0, 1 or 2). */
export async function runFmt(args: readonly string[], io: CommandIo): Promise<number> {
  const { flags, files, unknown } = parseArgs(args, ['--write', '--check'])
  if (flags.has('--help')) return (io.stdout(USAGE.fmt), 0)
  const mode = flags.has('--write') ? 'write' : flags.has('--check') ? 'check' : 'print'
  const problem = unknown !== null ? `unknown option ${unknown}`
    : flags.has('--write') && flags.has('--check') ? 'use either --write or --check'
    : files.length === 0 ? 'no FILE given'
    : mode === 'print' && files.length > 1 ? 'give one FILE, or use --write or --check for several'
    : null
  if (problem !== null) {
    io.stderr(`fdl fmt: ${problem}\n${USAGE.fmt}`)
    return 2
  }
  let exit = 0
  for (const file of files) exit = Math.max(exit, formatOne(io, file, mode))
  return exit
}

function formatOne(io: CommandIo, file: string, mode: 'write' | 'check' | 'print'): number {
  const source = readSource(io, file)
  if ('error' in source) return (io.stderr(source.error), 2)
  const result = formatFdl(source.text, source.parsed)
  if (!result.ok) {
    for (const d of result.diagnostics) io.stderr(diagnosticLine(file, d))
    io.stderr(`fdl fmt: ${file} is not valid YAML, so it was left as it is.\n`)
    return 1
  }
  if (mode === 'print') return (io.stdout(result.text), 0)
  if (result.text === source.text) return 0
  if (mode === 'check') return (io.stdout(`${file}: not formatted (run fdl fmt --write ${file})\n`), 1)
  try {
    io.writeFile(resolve(io.cwd, file), result.text)
  } catch (error) {
    io.stderr(writeFailure(file, error))
    return 2
  }
  io.stdout(`${file}: formatted\n`)
  return 0
}

const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
}

/** One line for a write that did not happen; the file is as it was (writes are atomic), and the line says so. */
function writeFailure(file: string, error: unknown): string {
  if (error instanceof Refusal) return `fdl: not writing ${file}: ${error.message}\n`
  const code = (error as { code?: string }).code ?? ''
  const reason = WRITE_REASONS[code] ?? (error instanceof Error ? error.message : String(error))
  return `fdl: cannot write ${file}: ${reason}; the file is unchanged\n`
}
