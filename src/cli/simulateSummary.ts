import type { SimulateResult } from '../sim/trace/SimulateResult.ts'
import type { Trace } from '../sim/trace/Trace.ts'

const MAX_LINES = 400

/**
 * The readable form of a run: status and virtual duration, output or error, the timeline of the root execution
 * (seconds from the start; long histories keep their first and last 200 events), child executions, the calls
 * between workflow, queues and worker (the callback swimlane), and the messages.
 */
export function simulateSummary(file: string, result: SimulateResult, trace: Trace): string {
  const root = trace.executions[0]!
  const seconds = ((root.endTime ?? trace.now) - root.startTime) / 1000
  const lines: string[] = [`${file}: ${result.status} after ${fmt(seconds)} s of virtual time (${result.events.length} events)`]
  if (result.status === 'Succeeded') lines.push(`output: ${short(JSON.stringify(result.output), 200)}`)
  else lines.push(`error: ${result.error ?? ''}${result.cause ? `\ncause: ${result.cause}` : ''}`)
  lines.push('', `timeline (virtual seconds from ${result.startTime})`)
  // Only the rows printed are formatted: a 10,000-item foreach has 100,000 events and prints 200 of them.
  const row = (i: number) => {
    const e = root.events[i]!
    const t = ((root.eventTimes[i]! - root.startTime) / 1000).toFixed(3).padStart(10)
    return `${t}  ${e.type.padEnd(19)}${e.stepName.padEnd(20)}${detail(e.eventDetail)}`.trimEnd()
  }
  const count = root.events.length
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => row(from + k))
  if (count > MAX_LINES) lines.push(...range(0, MAX_LINES / 2), `       ...  ${count - MAX_LINES} more events (--json prints them all)`, ...range(count - MAX_LINES / 2, count))
  else lines.push(...range(0, count))
  const children = trace.executions.slice(1)
  if (children.length > 0) {
    lines.push('', 'child executions')
    for (const c of children) lines.push(`  ${c.name} (flow ${c.flowName}): ${c.status}, ${c.events.length} events`)
  }
  if (trace.actions.length > 0) {
    lines.push('', 'queue and worker calls')
    const calls = trace.actions.slice(0, MAX_LINES).map((a) => {
      const t = ((a.time - root.startTime) / 1000).toFixed(3).padStart(10)
      const poll = a.kind === 'ReceiveMessage' && a.since !== a.time ? ` (long poll from ${((a.since - root.startTime) / 1000).toFixed(3)})` : ''
      return `${t}  ${a.kind.padEnd(20)}${a.actor.padEnd(11)}${(a.queue || '-').padEnd(16)}${a.result}${poll}`.trimEnd()
    })
    lines.push(...calls)
    if (trace.actions.length > MAX_LINES) lines.push(`       ...  ${trace.actions.length - MAX_LINES} more calls`)
  }
  if (result.messages.length > 0) {
    lines.push('', 'messages')
    for (const m of result.messages.slice(0, MAX_LINES)) {
      lines.push(`  ${m.queue}  ${m.messageId}  priority ${m.priority}  received ${m.dequeueCount}x  ${m.deleted ? 'deleted' : 'not deleted'}  ${short(m.body, 100)}`)
    }
    if (result.messages.length > MAX_LINES) lines.push(`  ... ${result.messages.length - MAX_LINES} more messages`)
  }
  return `${lines.join('\n')}\n`
}

function detail(d: Readonly<Record<string, unknown>>): string {
  if (typeof d.error === 'string') return `${d.error}${d.cause ? `: ${short(String(d.cause), 80)}` : ''}`
  if (d.cancelled === true) return 'cancelled'
  if ('output' in d) return `output ${short(JSON.stringify(d.output) ?? 'null', 80)}`
  return ''
}

function fmt(seconds: number): string {
  return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(3)
}

function short(text: string | undefined, max: number): string {
  const t = text ?? ''
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}
