import type { Template } from './Template.ts'

/** One task that sends to a queue, as the flow writes it. */
export interface QueueSend {
  readonly step: string
  readonly pattern: string
  /** `serviceParams.Priority` / `DelaySeconds` as written (undefined when left out: MNS then uses 8 and 0). */
  readonly priority: unknown
  readonly delaySeconds: unknown
  /** Where the task token is in the message body (`['task_token']`), or null when the worker cannot find one. */
  readonly tokenPath: readonly string[] | null
  /** Why there is no token for a worker to read (only for waitForCallback tasks without one). */
  readonly noTokenReason?: string
}

/** An MNS queue the flow sends to, with every task that sends to it. */
export interface KitQueue {
  readonly name: Template
  readonly region: Template
  readonly account: Template
  readonly sends: readonly QueueSend[]
}

/** A topic, function or child flow the flow calls, with the names of the steps that call it. */
export interface KitTopic { readonly name: Template; readonly region: Template; readonly account: Template; readonly steps: readonly string[] }
/** See {@link KitTopic}. */
export interface KitFunction { readonly service: Template; readonly function: Template; readonly region: Template; readonly account: Template; readonly steps: readonly string[] }
/** See {@link KitTopic}. */
export interface KitChildFlow { readonly name: Template; readonly region: Template; readonly account: Template; readonly pattern: string; readonly steps: readonly string[] }
/** A cloud API the flow calls through `action:` (`fnf:StartExecution`). */
export interface KitAction { readonly product: string; readonly api: string; readonly steps: readonly string[] }

/** A placeholder of the flow, kept as a variable of the deploy files. */
export interface KitVariable {
  readonly name: string
  /** Every spelling of it in the flow (`${queue}`, `<queue>`), all replaced by the variable's value. */
  readonly placeholders: readonly string[]
}

/**
 * Everything the kit needs to know about one flow: what it calls (each resource once, in document order), the
 * placeholders to keep as variables, and the names of the things the kit creates.
 */
export interface KitModel {
  readonly flowName: string
  readonly flowFile: string
  readonly flowText: string
  readonly region: string
  readonly accountId: string
  readonly queues: readonly KitQueue[]
  readonly topics: readonly KitTopic[]
  readonly functions: readonly KitFunction[]
  readonly childFlows: readonly KitChildFlow[]
  readonly actions: readonly KitAction[]
  readonly variables: readonly KitVariable[]
  /** Tasks whose target the kit cannot know (a deploy-time `!Ref` tag), by step name. */
  readonly unresolved: readonly string[]
  readonly roleName: string
  readonly executionPolicyName: string
  readonly workerPolicyName: string
}

/** The queues a worker long-polls: those with at least one task whose token the worker can read. */
export function workerQueues(model: KitModel): readonly KitQueue[] {
  return model.queues.filter((q) => q.sends.some((s) => s.tokenPath !== null))
}

/** One generated file: its path inside the kit (forward slashes) and its text. */
export interface KitFile {
  readonly path: string
  readonly text: string
}
