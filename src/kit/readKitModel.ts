import type { Flow } from '../fdl/model/Flow.ts'
import type { Sequence, TaskStep } from '../fdl/model/Step.ts'
import { childSequences } from '../fdl/model/Step.ts'
import type { KitAction, KitChildFlow, KitFunction, KitModel, KitQueue, KitTopic, KitVariable, QueueSend } from './KitModel.ts'
import { rawText, template, variablesOf, type Template, PLACEHOLDER } from './Template.ts'
import type { Integration } from '../fdl/arn/resourceArn.ts'
import { parseResourceArn } from '../fdl/arn/resourceArn.ts'

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

/**
 * Where a waitForCallback MNS task puts its task token in the message body, as a key path, or why a worker
 * cannot find it. The body is the mapped input only with `MessageBody: $` (REFERENCE §15.3); the token is under
 * the target of the input mapping that reads `$context.task.token` (or `$context.task` / `$context`, one or two
 * levels up).
 */
export function tokenPlace(task: TaskStep): { readonly path: readonly string[] } | { readonly reason: string } {
  const row = (task.inputMappings ?? []).find((m) => typeof m.source === 'string' && /^\$context(\.task(\.token)?)?$/.test(m.source.trim()))
  if (row === undefined) return { reason: `task \`${task.name}\` passes no task token (no input mapping reads \`$context.task.token\`), so a worker could never report back` }
  const body = task.serviceParams?.['MessageBody']
  if (body !== '$') {
    return { reason: `task \`${task.name}\` sends \`MessageBody: ${JSON.stringify(body) ?? 'nothing'}\`, not \`$\`, so the token it maps to \`${row.target}\` is not known to be in the message` }
  }
  const rest = { '$context.task.token': [], '$context.task': ['token'], '$context': ['task', 'token'] }[(row.source as string).trim()] ?? []
  return { path: [row.target, ...rest] }
}

/** What a task calls, with every name, region and account as a {@link Template} (placeholders kept). */
export type Target =
  | { readonly kind: 'mns-queue'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'mns-topic'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'fc'; readonly service: Template; readonly function: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'flow'; readonly name: Template; readonly region: Template; readonly account: Template }
  | { readonly kind: 'action'; readonly product: string; readonly api: string }

// Digits only, so a stand-in fits every ARN field's charset (the account field takes nothing else).
const token = (i: number) => `90817${i}90817`

/**
 * Reads a `resourceArn` through src/fdl/arn, placeholders included: each placeholder is swapped for a stand-in
 * the ARN grammar accepts, the ARN parsed, and the stand-ins turned back into variables. Null when the ARN is
 * malformed even so.
 */
export function readArn(arn: string): Target | null {
  const placeholders: string[] = []
  const masked = arn.trim().replace(PLACEHOLDER, (p) => token(placeholders.push(p) - 1))
  const integration = parseResourceArn(masked)
  if (integration === null) return null
  const back = (field: string) => template(placeholders.reduce((s, p, i) => s.split(token(i)).join(p), field))
  return fromIntegration(integration, back)
}

/** The target of an `action:` task (`fnf:StartExecution`), or null when it is not `<product>:<ApiName>`. */
export function readAction(action: string): Target | null {
  const m = /^([A-Za-z][A-Za-z0-9-]*):([A-Za-z][A-Za-z0-9]*)$/.exec(action.trim())
  return m ? { kind: 'action', product: m[1]!, api: m[2]! } : null
}

function fromIntegration(i: Integration, back: (field: string) => Template): Target {
  switch (i.kind) {
    case 'mns-queue':
      return { kind: i.kind, name: back(i.queue), region: back(i.region), account: back(i.account) }
    case 'mns-topic':
      return { kind: i.kind, name: back(i.topic), region: back(i.region), account: back(i.account) }
    case 'fc':
      return { kind: i.kind, service: back(i.service), function: back(i.function), region: back(i.region), account: back(i.account) }
    case 'flow':
      return { kind: i.kind, name: back(i.flow), region: back(i.region), account: back(i.account) }
    case 'action':
      return { kind: i.kind, product: i.product, api: i.api }
  }
}
