import type { Simulation } from '../../sim/engine/Simulation.ts'

/**
 * Whether the run waits for the person playing the worker: a queue message is there to receive, a message the
 * person received is still in flight (to report or delete), or a task whose message went out still waits for
 * its report. At `instant` speed the clock stops here instead of
 * jumping to the next timeout, so the person can act; with a simulated worker nobody is ever needed.
 */
export function needsPerson(sim: Simulation, manual: boolean): boolean {
  if (!manual) return false
  const s = sim.state
  for (const m of s.messages) {
    if (m.topic) continue
    if (m.state === 'active' || m.state === 'inactive') return true
    if (m.token !== null && s.tokens[m.token]?.status === 'waiting') return true
  }
  return false
}
