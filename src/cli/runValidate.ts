import type { Diagnostic } from '../fdl/model/Diagnostic.ts'
import { checkParsed } from '../fdl/validate/validateFlow.ts'
import type { CommandIo } from './io.ts'
import { parseArgs, USAGE } from './runCli.ts'
import { readSource } from './readSource.ts'
import { jsonPieces } from './writeJson.ts'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** `fdl validate [--json] FILE…`: every diagnostic of every file; resolves to the exit code (0, 1 or 2). */
export async function runValidate(args: readonly string[], io: CommandIo): Promise<number> {
  const { flags, files, unknown } = parseArgs(args, ['--json'])
  if (flags.has('--help')) return (io.stdout(USAGE.validate), 0)
  if (unknown !== null || files.length === 0) {
    io.stderr(`fdl validate: ${unknown !== null ? `unknown option ${unknown}` : 'no FILE given'}\n${USAGE.validate}`)
    return 2
  }
  // Each file's diagnostics are written once it is checked and then dropped, so checking many files keeps
  // memory flat and a CI log shows progress; the JSON list is the same text as one stringify of every entry.
  const json = flags.has('--json')
  const counts = { error: 0, warning: 0, info: 0 }
  let checked = 0
  let unreadable = false
  for (const file of files) {
    const source = readSource(io, file)
    if ('error' in source) {
      io.stderr(source.error)
      unreadable = true
      continue
    }
    const diagnostics = checkParsed(source.parsed).diagnostics
    for (const d of diagnostics) counts[d.severity]++
    if (json) {
      io.stdout(`${checked === 0 ? '[' : ','}\n  ${[...jsonPieces(toJson({ file, diagnostics }), 0, '  ', String(checked))].join('')}`)
      await io.drain?.()
    } else for (const d of diagnostics) io.stdout(diagnosticLine(file, d))
    checked++
  }
  if (json) io.stdout(checked === 0 ? '[]\n' : '\n]\n')
  else if (checked > 0) io.stdout(summary(counts, checked))
  return unreadable ? 2 : counts.error > 0 ? 1 : 0
}

/** The closing line of the text output: how many of each severity, in how many files. */
function summary(counts: Readonly<Record<Diagnostic['severity'], number>>, files: number): string {
  const found = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [plural(counts.info, 'info')] : [])]
  const total = counts.error + counts.warning + counts.info
  return total === 0 ? `No problems in ${plural(files, 'file')}.\n` : `${found.join(', ')} in ${plural(files, 'file')}.\n`
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

/** One diagnostic as `fdl validate` prints it: `FILE:LINE:COL: SEVERITY CODE message` (CONTRACTS.md §1). */
export function diagnosticLine(file: string, d: Diagnostic): string {
  return `${file}:${d.range.line}:${d.range.column}: ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}\n`
}
