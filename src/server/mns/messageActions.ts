import { createHash } from 'node:crypto'
import type { ReceivedMessage } from '../../sim/engine/SimContext.ts'
import type { HeldPoll } from '../Driver.ts'
import type { ServerContext } from '../ServerContext.ts'
import type { MnsCall } from './handleMns.ts'
import { messageFields, mnsError, mnsOk } from './handleMns.ts'
import { childText, MalformedXml, parseXml, xmlDocument, xmlFields, type XmlElement } from './xml.ts'

/** The data plane on `/queues/NAME/messages`: send, receive (long poll), peek, delete, change visibility. */
export function messageAction(ctx: ServerContext, call: MnsCall): void {
  const { req, res, log, host, queue } = call
  log.target = queue
  const q = ctx.queues.get(queue)
  const method = req.method ?? ''
  log.action = method === 'POST' ? 'SendMessage' : method === 'GET' ? 'ReceiveMessage' : method === 'DELETE' ? 'DeleteMessage' : method === 'PUT' ? 'ChangeMessageVisibility' : method
  if (!q) return mnsError(res, log, 'QueueNotExist', `The queue ${queue} does not exist.`, host)
  switch (method) {
    case 'POST':
      return send(ctx, call, q.attributes.MaximumMessageSize, q.attributes.DelaySeconds)
    case 'GET':
      if (call.query.get('peekonly') === 'true') return peek(ctx, call)
      return receive(ctx, call, q.attributes.PollingWaitSeconds)
    case 'DELETE':
      return call.query.has('receipthandle') ? deleteOne(ctx, call) : deleteBatch(ctx, call)
    case 'PUT':
      return changeVisibility(ctx, call)
    default:
      return mnsError(res, log, 'NotFound', `No MNS operation at ${method} /queues/${queue}/messages.`, host)
  }
}

/** An integer query or body value within a range, the default when absent, or an error message. */
function intParam(raw: string | undefined, name: string, lo: number, hi: number, fallback: number): number | string {
  if (raw === undefined || raw === '') return fallback
  const v = Number(raw)
  return Number.isInteger(v) && v >= lo && v <= hi ? v : `${name} must be an integer from ${lo} to ${hi}.`
}

function send(ctx: ServerContext, call: MnsCall, maxSize: number, queueDelay: number): void {
  const { res, log, host } = call
  let root: XmlElement
  try {
    root = parseXml(call.body)
  } catch (e) {
    return mnsError(res, log, 'MalformedXML', `The XML you provided was not well-formed: ${e instanceof MalformedXml ? e.message : String(e)}.`, host)
  }
  const batch = root.name === 'Messages'
  if (batch) log.action = 'BatchSendMessage'
  const items = batch ? root.children.filter((c) => c.name === 'Message') : [root]
  if (root.name !== 'Message' && !batch) return mnsError(res, log, 'MalformedXML', 'The root element must be <Message> or <Messages>.', host)
  if (items.length === 0 || items.length > 16) return mnsError(res, log, 'InvalidArgument', 'A batch holds 1 to 16 messages.', host)
  const specs: { body: string; priority: number; delay: number }[] = []
  for (const item of items) {
    const body = childText(item, 'MessageBody')
    if (body === undefined) return mnsError(res, log, 'InvalidArgument', 'MessageBody is required.', host)
    if (Buffer.byteLength(body, 'utf8') > maxSize) return mnsError(res, log, 'MessageTooLarge', `The message body is larger than ${maxSize} bytes.`, host)
    const priority = intParam(childText(item, 'Priority'), 'Priority', 1, 16, 8)
    const delay = intParam(childText(item, 'DelaySeconds'), 'DelaySeconds', 0, 604_800, queueDelay)
    if (typeof priority === 'string') return mnsError(res, log, 'InvalidArgument', priority, host)
    if (typeof delay === 'string') return mnsError(res, log, 'InvalidArgument', delay, host)
    specs.push({ body, priority, delay })
  }
  const d = ctx.driver
  d.sync()
  const sent = specs.map((s) => d.world.sendMessage(call.queue, s.body, s.priority, s.delay))
  d.settle()
  const fields = sent.map((m) => xmlFields({ MessageId: m.messageId, MessageBodyMD5: md5(m.body) }))
  if (!batch) return mnsOk(res, log, 201, xmlDocument('Message', fields[0]!))
  return mnsOk(res, log, 201, xmlDocument('Messages', fields.map((f) => `<Message>${f}</Message>`).join('')))
}

function receive(ctx: ServerContext, call: MnsCall, queueWait: number): void {
  const { res, log, host, queue } = call
  const batchRaw = call.query.get('numofmessages')
  const n = intParam(batchRaw, 'numOfMessages', 1, 16, 1)
  const wait = intParam(call.query.get('waitseconds'), 'waitseconds', 0, 30, queueWait)
  if (typeof n === 'string') return mnsError(res, log, 'InvalidArgument', n, host)
  if (typeof wait === 'string') return mnsError(res, log, 'InvalidArgument', wait, host)
  const batch = batchRaw !== undefined
  if (batch) log.action = 'BatchReceiveMessage'
  const d = ctx.driver
  const answer = (first: ReceivedMessage | null) => {
    if (!first) return mnsError(res, log, 'MessageNotExist', 'Message not exist.', host)
    const got = [first]
    while (batch && got.length < n && d.world.hasReceivable(queue)) {
      const more = d.world.receive(queue, 0)
      d.world.endPoll(more.pollId)
      if (more.status === 'received') got.push(more.message)
    }
    if (!batch) return mnsOk(res, log, 200, xmlDocument('Message', messageFields(first)))
    return mnsOk(res, log, 200, xmlDocument('Messages', got.map((m) => `<Message>${messageFields(m)}</Message>`).join('')))
  }
  d.sync()
  const a = d.world.receive(queue, wait)
  if (a.status !== 'waiting') {
    d.world.endPoll(a.pollId)
    answer(a.status === 'received' ? a.message : null)
    return d.settle()
  }
  const held: HeldPoll = { pollId: a.pollId, queue, answer: (r) => answer(r?.status === 'received' ? r.message : null) }
  d.hold(held)
  res.on('close', () => {
    if (!res.writableEnded) d.drop(held)
  })
  d.settle()
}

function peek(ctx: ServerContext, call: MnsCall): void {
  const { res, log, host, queue } = call
  const batchRaw = call.query.get('numofmessages')
  const batch = batchRaw !== undefined
  log.action = batch ? 'BatchPeekMessage' : 'PeekMessage'
  const n = intParam(batchRaw, 'numOfMessages', 1, 16, 1)
  if (typeof n === 'string') return mnsError(res, log, 'InvalidArgument', n, host)
  ctx.driver.sync()
  const found = ctx.driver.world.peek(queue, n)
  if (found.length === 0) return mnsError(res, log, 'MessageNotExist', 'Message not exist.', host)
  const fields = found.map((m) => xmlFields({
    MessageId: m.messageId, MessageBodyMD5: md5(m.body), MessageBody: m.body, EnqueueTime: m.enqueueTime,
    FirstDequeueTime: m.firstDequeueTime ?? m.enqueueTime, DequeueCount: m.dequeueCount, Priority: m.priority,
  }))
  if (!batch) return mnsOk(res, log, 200, xmlDocument('Message', fields[0]!))
  return mnsOk(res, log, 200, xmlDocument('Messages', fields.map((f) => `<Message>${f}</Message>`).join('')))
}

function deleteOne(ctx: ServerContext, call: MnsCall): void {
  const { res, log, host, queue } = call
  const handle = call.query.get('receipthandle') ?? ''
  if (handle === '') return mnsError(res, log, 'ReceiptHandleError', 'ReceiptHandle is required.', host)
  const d = ctx.driver
  d.sync()
  const r = d.world.deleteMessage(queue, handle)
  d.settle()
  if (!r.ok) return mnsError(res, log, r.code, r.message, host)
  return mnsOk(res, log, 204, '')
}

function deleteBatch(ctx: ServerContext, call: MnsCall): void {
  const { res, log, host, queue } = call
  log.action = 'BatchDeleteMessage'
  let root: XmlElement
  try {
    root = parseXml(call.body)
  } catch (e) {
    return mnsError(res, log, 'MalformedXML', `The XML you provided was not well-formed: ${e instanceof Error ? e.message : String(e)}.`, host)
  }
  const handles = root.children.filter((c) => c.name === 'ReceiptHandle').map((c) => c.text)
  if (root.name !== 'ReceiptHandles' || handles.length === 0 || handles.length > 16) {
    return mnsError(res, log, 'InvalidArgument', 'A batch delete holds 1 to 16 <ReceiptHandle> elements in <ReceiptHandles>.', host)
  }
  const d = ctx.driver
  d.sync()
  const errors: string[] = []
  for (const h of handles) {
    const r = d.world.deleteMessage(queue, h)
    if (!r.ok) errors.push(`<Error>${xmlFields({ ErrorCode: r.code, ErrorMessage: r.message, ReceiptHandle: h })}</Error>`)
  }
  d.settle()
  if (errors.length === 0) return mnsOk(res, log, 204, '')
  log.code = 'BatchDeleteFail'
  return mnsOk(res, log, 404, xmlDocument('Errors', errors.join('')))
}

function changeVisibility(ctx: ServerContext, call: MnsCall): void {
  const { res, log, host, queue } = call
  const handle = call.query.get('receipthandle') ?? ''
  const seconds = intParam(call.query.get('visibilitytimeout'), 'VisibilityTimeout', 0, 43_200, -1)
  if (handle === '') return mnsError(res, log, 'ReceiptHandleError', 'ReceiptHandle is required.', host)
  if (typeof seconds === 'string' || seconds < 0) return mnsError(res, log, 'InvalidArgument', 'VisibilityTimeout must be an integer from 0 to 43200.', host)
  const d = ctx.driver
  d.sync()
  const r = d.world.changeVisibility(queue, handle, seconds)
  d.settle()
  if (!r.ok) return mnsError(res, log, r.code, r.message, host)
  return mnsOk(res, log, 200, xmlDocument('ChangeVisibility', xmlFields({ ReceiptHandle: r.receiptHandle, NextVisibleTime: r.nextVisibleTime })))
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex').toUpperCase()
}
