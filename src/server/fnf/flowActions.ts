import { randomUUID } from 'node:crypto'
import type { ServerContext } from '../ServerContext.ts'
import { checkDefinition, type FlowRecord, queuesOf, revisionKey } from './FlowStore.ts'
import { FnfError, checkName, isoTime, page, type Params, required } from './fnfWire.ts'

/** DescribeFlow / ListFlows fields of a flow. */
export function flowJson(f: FlowRecord): Record<string, unknown> {
  return {
    Name: f.name, Id: f.id, Description: f.description, Definition: f.definition, Type: f.type, RoleArn: f.roleArn,
    CreatedTime: isoTime(f.createdTime), LastModifiedTime: isoTime(f.lastModifiedTime), ExecutionMode: f.executionMode,
  }
}

/** The flow named by `FlowName` (or `Name`), or `FlowNotExists`. */
export function flowNamed(ctx: ServerContext, name: string): FlowRecord {
  const f = ctx.flows.get(name)
  if (!f) throw new FnfError('FlowNotExists', `Flow ${name} does not exist.`)
  return f
}

/**
 * Adds a flow (CreateFlow, and the flows named on the command line): checks the definition like the service,
 * makes the queues its tasks name exist, and lets tasks of other flows start it as a child flow.
 */
export function createFlow(ctx: ServerContext, name: string, definition: string, description: string, type: string, roleArn: string): FlowRecord {
  checkName('Name', name)
  if (ctx.flows.get(name)) throw new FnfError('FlowAlreadyExists', `Flow ${name} already exists.`)
  const checked = checkDefinition(definition)
  if ('error' in checked) throw new FnfError('InvalidArgument', checked.error)
  const now = ctx.driver.now()
  const record: FlowRecord = {
    name, id: randomUUID(), definition, description, type, roleArn, executionMode: 'Standard', createdTime: now, lastModifiedTime: now,
    revision: 1, flow: checked.flow, executions: new Map(),
  }
  ctx.flows.set(record)
  publish(ctx, record)
  return record
}

function publish(ctx: ServerContext, f: FlowRecord): void {
  const world = ctx.driver.world
  world.setFlow(f.name, f.flow)
  world.setFlow(revisionKey(f.name, f.revision), f.flow)
  for (const q of queuesOf(f.flow)) {
    const { entry } = ctx.queues.add(q, ctx.driver.now())
    world.ensureQueue(q, entry.attributes.VisibilityTimeout)
  }
}

function flowType(p: Params): string {
  const type = p.get('Type') ?? 'FDL'
  if (type !== 'FDL' && type !== 'DEFAULT') throw new FnfError('InvalidArgument', `Type ${JSON.stringify(type)} is not supported here: FDL or DEFAULT.`)
  return type
}

/** CreateFlow, UpdateFlow, DescribeFlow, ListFlows, DeleteFlow. */
export const FLOW_ACTIONS: Readonly<Record<string, (ctx: ServerContext, p: Params) => Record<string, unknown>>> = {
  CreateFlow(ctx, p) {
    const name = required(p, 'Name')
    const definition = required(p, 'Definition')
    return flowJson(createFlow(ctx, name, definition, p.get('Description') ?? '', flowType(p), p.get('RoleArn') ?? ''))
  },
  UpdateFlow(ctx, p) {
    const f = flowNamed(ctx, required(p, 'Name'))
    const definition = p.get('Definition')
    const type = p.has('Type') ? flowType(p) : f.type
    if (definition !== undefined && definition !== f.definition) {
      const checked = checkDefinition(definition)
      if ('error' in checked) throw new FnfError('InvalidArgument', checked.error)
      f.definition = definition
      f.flow = checked.flow
      f.revision++
      publish(ctx, f)
    }
    f.type = type
    f.description = p.get('Description') ?? f.description
    f.roleArn = p.get('RoleArn') ?? f.roleArn
    f.lastModifiedTime = ctx.driver.now()
    return flowJson(f)
  },
  DescribeFlow(ctx, p) {
    return flowJson(flowNamed(ctx, required(p, 'Name')))
  },
  ListFlows(ctx, p) {
    const { items, next } = page(ctx.flows.list(), p, 60)
    return { Flows: items.map(flowJson), ...(next ? { NextToken: next } : {}) }
  },
  DeleteFlow(ctx, p) {
    const name = required(p, 'Name')
    flowNamed(ctx, name)
    ctx.flows.delete(name)
    ctx.driver.world.setFlow(name, null)
    return {}
  },
}
