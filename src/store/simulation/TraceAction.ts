import type { CallbackAction } from '../../sim/trace/Trace.ts'

/**
 * A call of the callback swimlane as the view keeps it: what the swimlane and the bar marks draw. The task
 * token is kept for reports only (sends, receives and deletes find theirs through the message), which makes a
 * long run's stream to the page about a third smaller.
 */
export type TraceAction = Pick<CallbackAction, 'time' | 'kind' | 'actor' | 'queue' | 'result' | 'since' | 'execution' | 'stepName' | 'token'>
