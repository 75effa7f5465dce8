import type { SimState, Timer, Work } from './SimState.ts'
import { endExecution } from './executions.ts'
import type { SimContext } from './SimContext.ts'
import { fromCodes } from '../util/bytes.ts'

/** Queues work for the current instant (after the work already queued for it). */
export function enqueue(state: SimState, work: Work): void {
  state.ready.push(work)
}

/** Schedules work at virtual time `time` (never earlier than now); returns the timer id for cancelling. */
export function schedule(state: SimState, time: number, work: Work): number {
  const id = state.nextTimerId++
  const timer: Timer = { id, time: Math.max(time, state.now), work }
  const heap = state.timers
  // Sift up by moving parents down into the hole, then drop the timer in once: no swaps, no temporary arrays.
  let i = heap.length
  heap.push(timer)
  while (i > 0) {
    const p = (i - 1) >> 1
    const parent = heap[p]!
    if (!before(timer, parent)) break
    heap[i] = parent
    i = p
  }
  heap[i] = timer
  return id
}

/** Cancels a timer (0 means "no timer" and is ignored); it is skipped when it comes up. */
export function cancel(state: SimState, id: number): void {
  if (id > 0) state.cancelled.add(id)
}

/** The next live timer without removing it, dropping cancelled ones on the way; null when none is left. */
export function peekTimer(state: SimState): Timer | null {
  const heap = state.timers
  while (heap.length > 0) {
    const top = heap[0]!
    if (!state.cancelled.has(top.id)) return top
    state.cancelled.delete(top.id)
    popTimer(state)
  }
  return null
}

/** Removes and returns the earliest timer (cancelled or not). */
export function popTimer(state: SimState): Timer | undefined {
  const heap = state.timers
  const top = heap[0]
  const last = heap.pop()
  const n = heap.length
  if (n > 0 && last) {
    // Sift the last timer down from the root through a hole, as `schedule` sifts up.
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && before(heap[r]!, heap[l]!) ? r : l
      const child = heap[c]!
      if (!before(child, last)) break
      heap[i] = child
      i = c
    }
    heap[i] = last
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

/** Seeds the generator: any number (or string hash) gives a fixed 32-bit state. */
export function seedState(seed: number): number {
  let h = Math.floor(Math.abs(seed)) ^ 0x9e3779b9
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Next 32 random bits (Mulberry32), advancing the state: the only source of randomness in the simulator. */
export function nextRandom(state: SimState): number {
  state.rng = (state.rng + 0x6d2b79f5) >>> 0
  let t = state.rng
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return (t ^ (t >>> 14)) >>> 0
}

/** A random number in [0, 1). */
export function randomUnit(state: SimState): number {
  return nextRandom(state) / 4_294_967_296
}

const HEX = '0123456789abcdef'
const HEX_UPPER = '0123456789ABCDEF'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
// Receipt handles travel raw in query strings (both MNS SDKs put them there unencoded): no `+`, `/` or `=`.
const B64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** `n` random hex digits, upper case when asked (MNS message ids are upper-case hex). */
export function randomHex(state: SimState, n: number, upper = false): string {
  return randomChars(state, n, upper ? HEX_UPPER : HEX, 4)
}

/** `n` random base64 characters (signatures; URL-safe ones for receipt handles). */
export function randomBase64(state: SimState, n: number, urlSafe = false): string {
  return randomChars(state, n, urlSafe ? B64_URL : B64, 6)
}

/**
 * `n` characters of `alphabet` (2^`width` of them), as many per 32 random bits as fit: 8 hex digits, 5 base64.
 * Built from char codes in one go: tokens, receipt handles and message ids are made for every message, and a string
 * grown a character at a time was a tenth of a long run's time.
 */
function randomChars(state: SimState, n: number, alphabet: string, width: number): string {
  const perDraw = Math.floor(32 / width)
  const mask = (1 << width) - 1
  const codes = new Array<number>(n)
  let bits = 0
  let left = 0
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      bits = nextRandom(state)
      left = perDraw
    }
    codes[i] = alphabet.charCodeAt(bits & mask)
    bits >>>= width
    left--
  }
  return fromCodes(codes)
}

/** A version-4-shaped UUID from the seeded generator (execution names, request ids). */
export function randomUuid(state: SimState): string {
  const h = randomHex(state, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** The error of the executions a run stops when it reaches its budget: the simulator's own, not the service's. */
export const RUN_LIMIT_ERROR = 'Simulator.RunLimitExceeded'

/**
 * History events and worker calls held by each run, by its state. Kept beside the state (not in it) so the state
 * stays the engine's plain data; a state copied elsewhere (e.g. into a Web Worker) is counted once from scratch.
 */
const used = new WeakMap<SimState, number>()

/**
 * Charges a piece of work's new events and worker calls (`added`, from `ctx.progress`) to the run's budget
 * (`maxRunEvents`). Once it is reached, every running execution fails with {@link RUN_LIMIT_ERROR}: a loop in
 * one execution is stopped by `maxEvents`, but many executions together (child flows, foreach) could otherwise
 * hold millions of events and run the page or the process out of memory.
 */
export function chargeRunBudget(ctx: SimContext, added: number): void {
  const s = ctx.state
  const total = (used.get(s) ?? countHeld(s) - added) + added
  used.set(s, total)
  const limit = ctx.options.maxRunEvents
  if (total < limit) return
  const cause = `The simulation reached its limit of ${limit} history events and worker calls across all executions (maxRunEvents), which keeps its memory bounded; look for a loop that never ends.`
  for (const exec of s.executions) if (exec.status === 'Running') endExecution(ctx, exec, 'Failed', null, RUN_LIMIT_ERROR, cause)
}

function countHeld(s: SimState): number {
  let n = s.actions.length
  for (const exec of s.executions) n += exec.events.length
  return n
}
