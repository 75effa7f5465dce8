import type { Span } from './Span.ts'

/** One move from a step to the next inside the same steps list (the path taken through choices and gotos). */
export interface EdgeTaken {
  readonly from: string
  readonly to: string
  /** When the move happened (the next step's start), virtual ms. */
  readonly time: number
  /** Enclosing span id (0 at the top level). */
  readonly scope: number
}

/**
 * The moves between sibling steps made by `t`, in order: the canvas colours them, and the last one is the edge
 * being travelled. Derived from spans: consecutive step spans under the same parent.
 */
export function edgesAt(spans: readonly Span[], t: number): EdgeTaken[] {
  const last = new Map<number, Span>()
  const out: EdgeTaken[] = []
  for (const s of spans) {
    if (s.kind !== 'step' || s.start > t) continue
    const prev = last.get(s.parent)
    if (prev) out.push({ from: prev.stepName, to: s.stepName, time: s.start, scope: s.parent })
    last.set(s.parent, s)
  }
  return out
}
