import type { Diagnostic } from '../fdl/model/Diagnostic.ts'
import { checkParsed } from '../fdl/validate/checkFdl.ts'
import type { CommandIo } from './CommandIo.ts'
import { diagnosticLine } from './diagnosticLine.ts'
import { parseArgs } from './parseArgs.ts'
import { readSource } from './readSource.ts'
import { USAGE } from './usage.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** `fdl validate [--json] FILE…`: every diagnostic of every file; resolves to the exit code (0, 1 or 2). */
export async function runValidate(args: readonly string[], io: CommandIo): Promise<number> {
  const { flags, files, unknown } = parseArgs(args, ['--json'])
  if (flags.has('--help')) return (io.stdout(USAGE.validate), 0)
  if (unknown !== null || files.length === 0) {
    io.stderr(`fdl validate: ${unknown !== null ? `unknown option ${unknown}` : 'no FILE given'}\n${USAGE.validate}`)
    return 2
  }
  const results: { file: string; diagnostics: readonly Diagnostic[] }[] = []
  let unreadable = false
  for (const file of files) {
    const source = readSource(io, file)
    if ('error' in source) {
      io.stderr(source.error)
      unreadable = true
    } else results.push({ file, diagnostics: checkParsed(source.parsed).diagnostics })
  }
  if (flags.has('--json')) io.stdout(JSON.stringify(results.map(toJson), null, 2) + '\n')
  else if (results.length > 0) printText(io, results)
  const errors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))
  return unreadable ? 2 : errors ? 1 : 0
}

function printText(io: CommandIo, results: readonly { file: string; diagnostics: readonly Diagnostic[] }[]): void {
  const all = results.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, d })))
  for (const { file, d } of all) io.stdout(diagnosticLine(file, d))
  const count = (s: Diagnostic['severity']) => all.filter((x) => x.d.severity === s).length
  const infos = count('info')
  const found = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])]
  io.stdout(all.length === 0 ? `No problems in ${plural(results.length, 'file')}.\n` : `${found.join(', ')} in ${plural(results.length, 'file')}.\n`)
}

/** The `--json` shape of CONTRACTS.md §1: positions flattened next to the code and message. */
function toJson(result: { file: string; diagnostics: readonly Diagnostic[] }) {
  return {
    file: result.file,
    diagnostics: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      line: d.range.line,
      column: d.range.column,
      endLine: d.range.endLine,
      endColumn: d.range.endColumn,
      path: d.path,
    })),
  }
}
