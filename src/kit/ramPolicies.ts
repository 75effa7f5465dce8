import type { KitModel } from './KitModel.ts'
import { workerQueues } from './KitModel.ts'
import { concat, isLiteral, literal, rawText, type Template } from './Template.ts'

/** One Allow statement; resources may hold placeholders, rendered by each deploy format its own way. */
export interface PolicyStatement {
  readonly actions: readonly string[]
  readonly resources: readonly Template[]
}

/** The execution role's trust policy: the service principal `fnf.aliyuncs.com` may assume it (PLATFORM §2.1). */
export const TRUST_POLICY = {
  Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: ['fnf.aliyuncs.com'] } }],
  Version: '1',
} as const

// Region or account left empty in the flow and not given as an option: any (RAM's `*`).
const scope = (t: Template) => (rawText(t) === '' ? literal('*') : t)

/**
 * What the execution role allows: exactly the resources the flow calls (PLATFORM §2.1 and the MNS API → RAM
 * table): `mns:SendMessage` per queue, `mns:PublishMessage` per topic, `fc:InvokeFunction` per function,
 * `fnf:StartExecution` per child flow in RAM's `flows/NAME/executions/*` spelling (FDL says `flow/NAME`), and
 * each `action:` API on `*`.
 */
export function executionStatements(model: KitModel): readonly PolicyStatement[] {
  const statements: PolicyStatement[] = []
  const add = (action: string, resources: Template[]) => resources.length > 0 && statements.push({ actions: [action], resources })
  add('mns:SendMessage', model.queues.map((q) => concat('acs:mns:', scope(q.region), ':', scope(q.account), ':/queues/', q.name, '/messages')))
  add('mns:PublishMessage', model.topics.map((t) => concat('acs:mns:', scope(t.region), ':', scope(t.account), ':/topics/', t.name, '/messages')))
  add('fc:InvokeFunction', model.functions.map((f) => concat('acs:fc:', scope(f.region), ':', scope(f.account), ':services/', f.service, '/functions/', f.function)))
  add('fnf:StartExecution', model.childFlows.map((c) => concat('acs:fnf:', scope(c.region), ':', scope(c.account), ':flows/', c.name, '/executions/*')))
  for (const a of model.actions) add(`${a.product.toLowerCase()}:${a.api}`, [literal('*')])
  return statements
}

/**
 * What the worker's identity needs: report task results (a "All Resources" action, so `*`) and receive, delete
 * and change the visibility of messages on the queues it polls — nothing else.
 */
export function workerStatements(model: KitModel): readonly PolicyStatement[] {
  const queues = workerQueues(model).map((q) => concat('acs:mns:', scope(q.region), ':', scope(q.account), ':/queues/', q.name, '/messages'))
  const statements: PolicyStatement[] = [{ actions: ['fnf:ReportTaskSucceeded', 'fnf:ReportTaskFailed'], resources: [literal('*')] }]
  if (queues.length > 0) statements.push({ actions: ['mns:ReceiveMessage', 'mns:DeleteMessage', 'mns:ChangeMessageVisibility'], resources: queues })
  return statements
}

/** A RAM policy document with each resource rendered by `resource` (text for JSON, an expression elsewhere). */
export function policyDocument(statements: readonly PolicyStatement[], resource: (t: Template) => unknown = rawText): unknown {
  return {
    Version: '1',
    Statement: statements.map((s) => ({ Effect: 'Allow', Action: [...s.actions], Resource: s.resources.map(resource) })),
  }
}

/** Whether any resource of these statements still holds a placeholder. */
export function hasPlaceholders(statements: readonly PolicyStatement[]): boolean {
  return statements.some((s) => s.resources.some((r) => !isLiteral(r)))
}
