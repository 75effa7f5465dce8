import type { SimTrace } from './SimTrace.ts'

/** The trace of a run that has just started at virtual time `startTime`, before any update arrived. */
export function emptyTrace(startTime: number): SimTrace {
  return { version: 0, now: startTime, startTime, done: false, blocked: false, executions: [], messages: [], actions: [], tokens: new Map() }
}
