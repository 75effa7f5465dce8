import type { LineCounter } from 'yaml'
import type { SourceRange } from '../model/SourceRange.ts'

/** Turns 0-based offsets into a 1-based line/column range, the way editors and `fdl validate` report it. */
export function rangeOf(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const a = lineCounter.linePos(start)
  const b = lineCounter.linePos(Math.max(start, end))
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col, offset: start, endOffset: Math.max(start, end) }
}
