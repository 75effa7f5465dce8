import type { Diagnostic } from '../fdl/model/Diagnostic.ts'

/** One diagnostic as `fdl validate` prints it: `FILE:LINE:COL: SEVERITY CODE message` (CONTRACTS.md §1). */
export function diagnosticLine(file: string, d: Diagnostic): string {
  return `${file}:${d.range.line}:${d.range.column}: ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}\n`
}
