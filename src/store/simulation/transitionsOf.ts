import type { SimTrace } from './SimTrace.ts'
import type { TraceIndex } from './TraceIndex.ts'

/** A move along the flow in the root execution: from one step (or the start) to the next (or the end). */
export interface Transition {
  /** Step name, or '' for the flow's start / end. */
  readonly from: string
  readonly to: string
  /** First and last virtual time it was travelled. */
  readonly first: number
  readonly last: number
}

/**
 * Every distinct step-to-step move of the root execution (within each sequence: a step ending and the next
 * one starting, including goto and catch jumps), with when it was first and last travelled. The canvas
 * lights these edges up to time `t`; foreach iterations fold into one entry per edge.
 */
export function transitionsOf(index: TraceIndex, trace: SimTrace): Transition[] {
  const found = new Map<string, { from: string; to: string; first: number; last: number }>()
  const note = (from: string, to: string, time: number) => {
    const k = `${from}\u0000${to}`
    const t = found.get(k)
    if (!t) found.set(k, { from, to, first: time, last: time })
    else t.last = Math.max(t.last, time)
  }
  const walk = (ids: readonly number[], top: boolean) => {
    let prev: string | null = top ? '' : null
    let prevEnd = trace.startTime
    for (const id of ids) {
      const span = index.spans[id]!
      if (span.execution !== 0) continue
      if (span.kind === 'step') {
        if (prev !== null && span.start >= prevEnd) note(prev, span.name, span.start)
        prev = span.name
        prevEnd = span.end
      }
      if (span.children.length > 0) walk(span.children, false)
    }
    const root = trace.executions[0]
    if (top && prev && root?.status === 'Succeeded' && root.endTime !== null) note(prev, '', root.endTime)
  }
  const roots: number[] = []
  for (const r of index.roots) roots.push(...index.rows[r]!.spans)
  roots.sort((a, b) => a - b)
  walk(roots, true)
  return [...found.values()]
}
