import type { ServerContext } from '../ServerContext.ts'
import type { MnsCall } from './handleMns.ts'
import { mnsError, mnsOk } from './handleMns.ts'
import { ATTRIBUTE_RANGES, type QueueAttributes } from './QueueRegistry.ts'
import { MalformedXml, parseXml, xmlDocument, xmlFields } from './xml.ts'

const NAME = /^[A-Za-z][A-Za-z0-9-]{0,119}$/

/** Enough of the queue management API for an SDK's setup code: CreateQueue, SetQueueAttributes, GetQueueAttributes, DeleteQueue, ListQueue. */
export function queueAction(ctx: ServerContext, call: MnsCall, where: 'list' | 'queue'): void {
  const { req, res, log, host } = call
  if (where === 'list') {
    log.action = 'ListQueue'
    if (req.method !== 'GET') return mnsError(res, log, 'NotFound', `No MNS operation at ${req.method} /queues.`, host)
    return listQueues(ctx, call)
  }
  const name = call.queue
  log.target = name
  switch (req.method) {
    case 'PUT':
      log.action = call.query.has('metaoverride') ? 'SetQueueAttributes' : 'CreateQueue'
      return putQueue(ctx, call, log.action === 'CreateQueue')
    case 'GET': {
      log.action = 'GetQueueAttributes'
      const q = ctx.queues.get(name)
      if (!q) return mnsError(res, log, 'QueueNotExist', `The queue ${name} does not exist.`, host)
      const counts = { ActiveMessages: 0, InactiveMessages: 0, DelayMessages: 0 }
      for (const m of ctx.driver.world.state.messages) {
        if (m.queue !== name || m.topic) continue
        if (m.state === 'active') counts.ActiveMessages++
        else if (m.state === 'inactive') counts.InactiveMessages++
        else if (m.state === 'delayed') counts.DelayMessages++
      }
      const a = q.attributes
      return mnsOk(res, log, 200, xmlDocument('Queue', xmlFields({
        QueueName: name, CreateTime: Math.floor(q.createTime / 1000), LastModifyTime: Math.floor(q.lastModifyTime / 1000),
        DelaySeconds: a.DelaySeconds, MaximumMessageSize: a.MaximumMessageSize, MessageRetentionPeriod: a.MessageRetentionPeriod,
        VisibilityTimeout: a.VisibilityTimeout, PollingWaitSeconds: a.PollingWaitSeconds, ...counts, LoggingEnabled: String(a.LoggingEnabled),
      })))
    }
    case 'DELETE':
      log.action = 'DeleteQueue'
      ctx.queues.delete(name)
      return mnsOk(res, log, 204, '')
    default:
      log.action = `${req.method} /queues/${name}`
      return mnsError(res, log, 'NotFound', `No MNS operation at ${req.method} /queues/${name}.`, host)
  }
}

function putQueue(ctx: ServerContext, call: MnsCall, create: boolean): void {
  const { res, log, host } = call
  const name = call.queue
  if (!NAME.test(name)) return mnsError(res, log, 'InvalidArgument', 'A queue name has 1-120 letters, digits and hyphens and starts with a letter.', host)
  let attrs: Partial<QueueAttributes>
  try {
    attrs = call.body.trim() === '' ? {} : readAttributes(call.body)
  } catch (e) {
    return mnsError(res, log, e instanceof MalformedXml ? 'MalformedXML' : 'InvalidArgument', e instanceof Error ? e.message : String(e), host)
  }
  const now = ctx.driver.now()
  const existing = ctx.queues.get(name)
  if (!create && !existing) return mnsError(res, log, 'QueueNotExist', `The queue ${name} does not exist.`, host)
  if (existing) {
    Object.assign(existing.attributes, attrs)
    existing.lastModifyTime = now
  } else ctx.queues.add(name, now, attrs)
  const visibility = ctx.queues.get(name)!.attributes.VisibilityTimeout
  ctx.driver.world.ensureQueue(name, visibility)
  const location = `http://${host}/queues/${encodeURIComponent(name)}`
  return mnsOk(res, log, create && !existing ? 201 : 204, '', { location })
}

function readAttributes(body: string): Partial<QueueAttributes> {
  const root = parseXml(body)
  const out: Partial<QueueAttributes> = {}
  for (const c of root.children) {
    if (c.name === 'LoggingEnabled') {
      out.LoggingEnabled = c.text.trim() === 'True' || c.text.trim() === 'true'
      continue
    }
    if (!Object.hasOwn(ATTRIBUTE_RANGES, c.name)) continue
    const key = c.name as keyof typeof ATTRIBUTE_RANGES
    const [lo, hi] = ATTRIBUTE_RANGES[key]
    const v = Number(c.text.trim())
    if (!Number.isInteger(v) || v < lo || v > hi) throw new Error(`${key} must be an integer from ${lo} to ${hi}.`)
    out[key] = v
  }
  return out
}

function listQueues(ctx: ServerContext, call: MnsCall): void {
  const h = call.req.headers
  const prefix = String(h['x-mns-prefix'] ?? '')
  const marker = String(h['x-mns-marker'] ?? '')
  const limit = Math.min(1000, Math.max(1, Number(h['x-mns-ret-number'] ?? 1000) || 1000))
  const names = ctx.queues.names(prefix).filter((n) => n >= marker)
  const page = names.slice(0, limit)
  const items = page.map((n) => `<Queue>${xmlFields({ QueueURL: `http://${call.host}/queues/${encodeURIComponent(n)}` })}</Queue>`).join('')
  const next = names.length > limit ? xmlFields({ NextMarker: names[limit]! }) : ''
  return mnsOk(call.res, call.log, 200, xmlDocument('Queues', items + next))
}
