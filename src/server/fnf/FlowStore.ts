import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence } from '../../fdl/model/Step.ts'
import { childSequences } from '../../fdl/model/Step.ts'
import { checkFdl } from '../../fdl/validate/validateFlow.ts'
import type { ExecutionState } from '../../sim/engine/SimState.ts'

/** A flow as DescribeFlow reports it, plus what the server needs to run it. */
export interface FlowRecord {
  readonly name: string
  readonly id: string
  definition: string
  description: string
  type: string
  roleArn: string
  readonly executionMode: string
  readonly createdTime: number
  lastModifiedTime: number
  /** Bumped by each UpdateFlow that changes the definition; running executions keep the one they started with. */
  revision: number
  flow: Flow
  /** Execution ids (in the world) by execution name, in start order. */
  readonly executions: Map<string, number>
}

/** A definition checked like the service would: the parsed flow, or the first validator error as a message. */
export function checkDefinition(text: string): { flow: Flow } | { error: string } {
  const checked = checkFdl(text)
  const first = checked.diagnostics.find((d) => d.severity === 'error')
  if (first) return { error: `The flow definition is invalid: line ${first.range.line}, column ${first.range.column}: ${first.code}: ${first.message}` }
  if (!checked.flow) return { error: 'The flow definition is invalid.' }
  return { flow: checked.flow }
}

/** Every MNS queue a flow's tasks name in their `resourceArn` (they exist without being created). */
export function queuesOf(flow: Flow): string[] {
  const out = new Set<string>()
  const walk = (seq: Sequence) => {
    for (const step of seq.steps) {
      if (step.type === 'task' && step.resourceArn) {
        const i = parseResourceArn(step.resourceArn)
        if (i?.kind === 'mns-queue') out.add(i.queue)
      }
      for (const child of childSequences(step)) walk(child)
    }
  }
  walk(flow.body)
  return [...out]
}

/** The world key that pins one revision of a flow (no `resourceArn` can name it, so tasks never start it). */
export function revisionKey(name: string, revision: number): string {
  return `${name}\u0000${revision}`
}

/** The flows on the server by name, and which execution has which name. */
export class FlowStore {
  readonly #flows = new Map<string, FlowRecord>()
  /** Definition text each execution started with, by execution id. */
  readonly definitions = new Map<number, string>()

  get(name: string): FlowRecord | undefined {
    return this.#flows.get(name)
  }

  set(record: FlowRecord): void {
    this.#flows.set(record.name, record)
  }

  delete(name: string): boolean {
    return this.#flows.delete(name)
  }

  #executionsSeen = 0

  /**
   * Child executions that tasks started (of flows on this server) become executions of their flow, so
   * DescribeExecution / GetExecutionHistory find them by the name the parent's TaskSubmitted event gives.
   */
  registerChildren(executions: readonly ExecutionState[]): void {
    for (; this.#executionsSeen < executions.length; this.#executionsSeen++) {
      const e = executions[this.#executionsSeen]!
      if (!e.parent) continue
      const flow = this.#flows.get(e.flowName)
      if (!flow || flow.executions.has(e.name)) continue
      flow.executions.set(e.name, e.id)
      this.definitions.set(e.id, flow.definition)
    }
  }

  /** All flows, by name. */
  list(): FlowRecord[] {
    return [...this.#flows.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }
}
