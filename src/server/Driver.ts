import type { ReceiveAnswer } from '../sim/engine/SimContext.ts'
import type { World } from '../sim/engine/World.ts'

/** A ReceiveMessage request held open until a message comes, its wait ends, or the server stops (null). */
export interface HeldPoll {
  readonly pollId: number
  readonly queue: string
  readonly answer: (a: ReceiveAnswer | null) => void
}

/** A DescribeExecution request with WaitTimeSeconds, held until its execution ends or its wait runs out. */
export interface HeldWait {
  readonly execution: number
  readonly answer: () => void
}

/**
 * Drives a `World` from the wall clock: virtual time runs `speed` times faster than real time from the moment
 * the server started, one Node timer wakes the world when its next event is due, and after every change the
 * held long polls and execution waits whose answer is ready are answered. All wall-clock use lives here, so
 * `src/sim` stays pure.
 */
export class Driver {
  readonly world: World
  readonly speed: number
  readonly #wall0: number
  readonly #virtual0: number
  #timer: ReturnType<typeof setTimeout> | null = null
  #timerAt = Number.POSITIVE_INFINITY
  readonly #polls = new Map<string, Map<number, HeldPoll>>()
  readonly #waits = new Set<HeldWait>()
  #actionsSeen = 0
  #stopped = false
  /** Called after every change, before held requests are answered (e.g. to register child executions by name). */
  onChange: () => void = () => {}

  constructor(world: World, speed: number, wallNow: number) {
    this.world = world
    this.speed = speed
    this.#wall0 = wallNow
    this.#virtual0 = world.now
  }

  /** Virtual time now, ms since the epoch. */
  now(): number {
    return Math.max(this.world.now, Math.floor(this.#virtual0 + (performance.now() - this.#wall0) * this.speed))
  }

  /** Brings the world up to the present (timers due by now fire) before a request looks at it. */
  sync(): void {
    this.world.runUntil(this.now())
  }

  /** After anything changed the world: answer what is ready, and wake up again for the next event. */
  settle(): void {
    if (this.#stopped) return
    this.onChange()
    this.#answerReady()
    this.#schedule()
  }

  /** Holds a long poll (the world already has it waiting). */
  hold(p: HeldPoll): void {
    let m = this.#polls.get(p.queue)
    if (!m) this.#polls.set(p.queue, (m = new Map()))
    m.set(p.pollId, p)
  }

  /** The client of a held poll went away: end the poll so no message is handed to nobody. */
  drop(p: HeldPoll): void {
    const m = this.#polls.get(p.queue)
    if (!m?.delete(p.pollId)) return
    this.world.endPoll(p.pollId)
    this.settle()
  }

  /** Holds a DescribeExecution until its execution ends; returns a function that lets go of it (timeout, disconnect). */
  holdWait(w: HeldWait): () => void {
    this.#waits.add(w)
    return () => this.#waits.delete(w)
  }

  /** Number of requests held open right now. */
  get held(): number {
    let n = this.#waits.size
    for (const m of this.#polls.values()) n += m.size
    return n
  }

  /** Stops the clock and answers everything held (polls as empty, waits with the current state). */
  stop(): void {
    this.#stopped = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    for (const m of this.#polls.values()) for (const p of m.values()) p.answer(null)
    this.#polls.clear()
    for (const w of [...this.#waits]) w.answer()
    this.#waits.clear()
  }

  #answerReady(): void {
    const actions = this.world.state.actions
    let touched: Set<string> | null = null
    for (; this.#actionsSeen < actions.length; this.#actionsSeen++) {
      const a = actions[this.#actionsSeen]!
      if (a.kind === 'ReceiveMessage' && a.actor === 'manual' && this.#polls.has(a.queue)) (touched ??= new Set()).add(a.queue)
    }
    if (touched) {
      for (const q of touched) {
        const m = this.#polls.get(q)!
        const pollers = this.world.state.pollers
        for (const p of m.values()) {
          if (pollers[p.pollId]?.status === 'waiting') continue
          const ans = this.world.poll(p.pollId)
          m.delete(p.pollId)
          p.answer(ans)
          this.world.endPoll(p.pollId)
        }
      }
    }
    if (this.#waits.size > 0) {
      for (const w of [...this.#waits]) {
        if (this.world.execution(w.execution)?.status === 'Running') continue
        this.#waits.delete(w)
        w.answer()
      }
    }
  }

  #schedule(): void {
    const next = this.world.nextEventTime()
    if (next === null) {
      if (this.#timer) clearTimeout(this.#timer)
      this.#timer = null
      this.#timerAt = Number.POSITIVE_INFINITY
      return
    }
    if (this.#timer && this.#timerAt <= next) return
    if (this.#timer) clearTimeout(this.#timer)
    this.#timerAt = next
    // Node timers hold at most ~24.8 days; a far-off event (a year-long flow timeout) just wakes us up early.
    const delay = Math.min(3_600_000, Math.max(0, Math.ceil((next - this.now()) / this.speed)))
    this.#timer = setTimeout(() => {
      this.#timer = null
      this.#timerAt = Number.POSITIVE_INFINITY
      this.sync()
      this.settle()
    }, delay)
  }
}
