import type { SimState, Timer, Work } from './SimState.ts'

/** Queues work for the current instant (after the work already queued for it). */
export function enqueue(state: SimState, work: Work): void {
  state.ready.push(work)
}

/** Schedules work at virtual time `time` (never earlier than now); returns the timer id for cancelling. */
export function schedule(state: SimState, time: number, work: Work): number {
  const id = state.nextTimerId++
  const t = Math.max(time, state.now)
  const heap = state.timers
  heap.push({ id, time: t, work })
  let i = heap.length - 1
  while (i > 0) {
    const p = (i - 1) >> 1
    if (!before(heap[i]!, heap[p]!)) break
    ;[heap[i], heap[p]] = [heap[p]!, heap[i]!]
    i = p
  }
  return id
}

/** Cancels a timer (0 means "no timer" and is ignored); it is skipped when it comes up. */
export function cancel(state: SimState, id: number): void {
  if (id > 0) state.cancelled[id] = true
}

/** The next live timer without removing it, dropping cancelled ones on the way; null when none is left. */
export function peekTimer(state: SimState): Timer | null {
  const heap = state.timers
  while (heap.length > 0) {
    const top = heap[0]!
    if (!state.cancelled[top.id]) return top
    delete state.cancelled[top.id]
    popTimer(state)
  }
  return null
}

/** Removes and returns the earliest timer (cancelled or not). */
export function popTimer(state: SimState): Timer | undefined {
  const heap = state.timers
  const top = heap[0]
  const last = heap.pop()
  if (heap.length > 0 && last) {
    heap[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r
      if (m === i) break
      ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
      i = m
    }
  }
  return top
}

/** Takes the next piece of work due now, or undefined. Compacts the FIFO once it is drained. */
export function takeReady(state: SimState): Work | undefined {
  if (state.readyHead < state.ready.length) return state.ready[state.readyHead++]
  if (state.readyHead > 0) {
    state.ready.length = 0
    state.readyHead = 0
  }
  return undefined
}

function before(a: Timer, b: Timer): boolean {
  return a.time < b.time || (a.time === b.time && a.id < b.id)
}
