import type { Flow } from '../fdl/model/Flow.ts'
import type { Sequence, TaskStep } from '../fdl/model/Step.ts'
import { childSequences } from '../fdl/model/Step.ts'
import type { KitAction, KitChildFlow, KitFunction, KitModel, KitQueue, KitTopic, KitVariable, QueueSend } from './KitModel.ts'
import { readAction, readArn } from './readTarget.ts'
import { rawText, template, variablesOf, type Template } from './Template.ts'
import { tokenPlace } from './tokenPlace.ts'

/** What the user may choose for a kit; everything else comes from the flow. */
export interface KitOptions {
  /** Region for ARNs that leave it empty (the flow's own region); deploy files default to it. */
  readonly region?: string
  readonly accountId?: string
  readonly flowName?: string
  /** The flow file's name as the kit stores it (`flow.yaml` / `flow.json`). */
  readonly flowFile?: string
}

/** Reads what the flow calls into a {@link KitModel}; `flowName` must already be a valid flow name. */
export function readKitModel(flow: Flow, flowText: string, flowName: string, options: KitOptions): KitModel {
  const acc = new Collector(options.region ?? '', options.accountId ?? '')
  for (const task of tasks(flow.body)) acc.add(task)
  const base = flowName.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 40)
  return {
    flowName,
    flowFile: options.flowFile ?? 'flow.yaml',
    flowText,
    region: options.region ?? '',
    accountId: options.accountId ?? '',
    queues: [...acc.queues.values()],
    topics: [...acc.topics.values()],
    functions: [...acc.functions.values()],
    childFlows: [...acc.childFlows.values()],
    actions: [...acc.actions.values()],
    variables: [...acc.variables.values()],
    unresolved: acc.unresolved,
    roleName: `fnf-${base}-execution`,
    executionPolicyName: `fnf-${base}-execution`,
    workerPolicyName: `fnf-${base}-worker`,
  }
}

/** Every task step in document order, nested ones included. */
function* tasks(sequence: Sequence): Generator<TaskStep> {
  for (const step of sequence.steps) {
    if (step.type === 'task') yield step
    for (const child of childSequences(step)) yield* tasks(child)
  }
}

// Entries whose list of steps (or sends) grows while the tasks are read.
type Growing<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] extends readonly (infer E)[] ? E[] : never }

class Collector {
  readonly queues = new Map<string, Growing<KitQueue, 'sends'>>()
  readonly topics = new Map<string, Growing<KitTopic, 'steps'>>()
  readonly functions = new Map<string, Growing<KitFunction, 'steps'>>()
  readonly childFlows = new Map<string, Growing<KitChildFlow, 'steps'>>()
  readonly actions = new Map<string, Growing<KitAction, 'steps'>>()
  readonly variables = new Map<string, { name: string; placeholders: string[] }>()
  readonly unresolved: string[] = []

  constructor(private readonly region: string, private readonly account: string) {}

  add(task: TaskStep): void {
    const target = task.resourceTag !== undefined ? null : task.resourceArn !== undefined ? readArn(task.resourceArn) : task.action !== undefined ? readAction(task.action) : null
    if (target === null) {
      if (task.resourceTag !== undefined) this.unresolved.push(task.name)
      return
    }
    if (target.kind === 'action') {
      const key = `${target.product}:${target.api}`
      const found = this.actions.get(key) ?? this.actions.set(key, { product: target.product, api: target.api, steps: [] }).get(key)!
      found.steps.push(task.name)
      return
    }
    const region = this.scope(target.region, this.region)
    const account = this.scope(target.account, this.account)
    const pattern = task.pattern ?? 'requestResponse'
    if (target.kind === 'fc') this.track(target.service, target.function)
    else this.track(target.name)
    switch (target.kind) {
      case 'mns-queue': {
        const q = this.entry(this.queues, key(target.name, region, account), () => ({ name: target.name, region, account, sends: [] }))
        q.sends.push(this.send(task, pattern))
        break
      }
      case 'mns-topic':
        this.entry(this.topics, key(target.name, region, account), () => ({ name: target.name, region, account, steps: [] })).steps.push(task.name)
        break
      case 'fc':
        this.entry(this.functions, key(target.service, target.function, region, account), () => ({ service: target.service, function: target.function, region, account, steps: [] })).steps.push(task.name)
        break
      case 'flow':
        this.entry(this.childFlows, key(target.name, region, account), () => ({ name: target.name, region, account, pattern, steps: [] })).steps.push(task.name)
        break
    }
  }

  private send(task: TaskStep, pattern: string): QueueSend {
    const params = task.serviceParams ?? {}
    const base = { step: task.name, pattern, priority: params['Priority'], delaySeconds: params['DelaySeconds'] }
    if (pattern !== 'waitForCallback') return { ...base, tokenPath: null }
    const place = tokenPlace(task)
    return 'path' in place ? { ...base, tokenPath: place.path } : { ...base, tokenPath: null, noTokenReason: place.reason }
  }

  /** The ARN's region or account; when empty (the flow's own), the option's. Placeholders become variables. */
  private scope(value: Template, fallback: string): Template {
    const t = rawText(value) === '' ? template(fallback) : value
    this.track(t)
    return t
  }

  /** Records the placeholders of these values as variables. */
  private track(...values: Template[]): void {
    for (const v of values.flatMap(variablesOf)) this.variable(v.variable, v.placeholder)
  }

  private entry<T>(map: Map<string, T>, k: string, make: () => T): T {
    return map.get(k) ?? map.set(k, make()).get(k)!
  }

  private variable(name: string, placeholder: string): void {
    const v: KitVariable & { placeholders: string[] } = this.variables.get(name) ?? this.variables.set(name, { name, placeholders: [] }).get(name)!
    if (!v.placeholders.includes(placeholder)) v.placeholders.push(placeholder)
  }
}

/** Identity of a resource: its names, region and account as written. */
function key(...parts: Template[]): string {
  return parts.map(rawText).join('\u0000')
}
