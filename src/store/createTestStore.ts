import type { StoreApi } from 'zustand/vanilla'
import type { Clock } from './Clock.ts'
import type { DesignerState } from './DesignerState.ts'
import { createDesignerStore } from './createDesignerStore.ts'

/** A headless designer with a hand-driven clock: `advance(ms)` moves time and fires due timers. */
export interface TestStore {
  readonly store: StoreApi<DesignerState>
  readonly state: () => DesignerState
  advance(ms: number): void
}

/**
 * Builds a designer store for unit tests of interaction logic (dispatch, undo, grouping, stale text) without a
 * browser and without sleeping: time only moves when the test says so.
 */
export function createTestStore(initialText?: string): TestStore {
  let now = 0
  let seq = 0
  const timers = new Map<number, { at: number; run: () => void }>()
  const clock: Clock = {
    now: () => now,
    setTimeout(run, ms) {
      timers.set(++seq, { at: now + ms, run })
      return seq
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  }
  const store = createDesignerStore({ clock, initialText })
  return {
    store,
    state: () => store.getState(),
    advance(ms) {
      now += ms
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue
        timers.delete(id)
        t.run()
      }
    },
  }
}
