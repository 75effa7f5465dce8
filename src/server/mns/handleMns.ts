import type { IncomingMessage, ServerResponse } from 'node:http'
import { checkMnsSignature } from '../auth/signatures.ts'
import type { CallLog, ServerContext } from '../ServerContext.ts'
import { messageAction } from './messageActions.ts'
import { queueAction } from './queueActions.ts'
import type { ReceivedMessage } from '../../sim/engine/SimContext.ts'
import { requestId, send } from '../http/http.ts'
import { xmlDocument, xmlFields } from './xml.ts'

/** What an MNS action gets: the request split up, and where to answer. */
export interface MnsCall {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly log: CallLog
  readonly queue: string
  /** Query parameters with lower-cased names (the SDKs disagree on case: `receiptHandle` vs `ReceiptHandle`). */
  readonly query: ReadonlyMap<string, string>
  readonly body: string
  readonly host: string
}

/**
 * The MNS 2015-06-06 queue API (REST + XML, PLATFORM §3.4): `/queues` (ListQueue), `/queues/NAME` (queue
 * setup) and `/queues/NAME/messages` (the data plane). Query names are matched case-insensitively.
 */
export function handleMns(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL, body: string, log: CallLog): void {
  log.api = 'MNS'
  const host = req.headers.host ?? '127.0.0.1'
  if (ctx.key) {
    const problem = checkMnsSignature(req, ctx.key)
    if (problem) {
      log.action = 'Authorization'
      ctx.note(`fdl serve: refused ${req.method} ${url.pathname}: ${problem.detail}`)
      return mnsError(res, log, problem.code, problem.message, host)
    }
  }
  const query = new Map<string, string>()
  for (const [k, v] of url.searchParams) query.set(k.toLowerCase(), v)
  // Both SDKs put receipt handles into the URL unencoded; URLSearchParams would turn a '+' into a space.
  const raw = /[?&]receipthandle=([^&]*)/i.exec(url.search)
  if (raw) query.set('receipthandle', safeDecode(raw[1]!))
  const parts = url.pathname.split('/').filter(Boolean).map(safeDecode)
  const call: MnsCall = { req, res, log, queue: parts[1] ?? '', query, body, host }
  if (parts.length === 1) return queueAction(ctx, call, 'list')
  if (parts.length === 2) return queueAction(ctx, call, 'queue')
  if (parts.length === 3 && parts[2] === 'messages') return messageAction(ctx, call)
  log.action = `${req.method} ${url.pathname}`
  return mnsError(res, log, 'NotFound', `No MNS operation at ${req.method} ${url.pathname}.`, host)
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** HTTP status of each MNS error code the server gives (PLATFORM §3.5). */
const STATUS: Readonly<Record<string, number>> = {
  MessageNotExist: 404, QueueNotExist: 404, ReceiptHandleError: 400, MalformedXML: 400, InvalidArgument: 400,
  MessageTooLarge: 400, QueueAlreadyExist: 409, SignatureDoesNotMatch: 403, AccessDenied: 403, InvalidAccessKeyId: 403,
  NotFound: 404, RequestTimeout: 400,
}

/** An MNS error: `<Error>` with Code, Message, RequestId and HostId, `text/xml`, the service's status. */
export function mnsError(res: ServerResponse, log: CallLog, code: string, message: string, host: string): void {
  const id = requestId()
  log.status = STATUS[code] ?? 400
  log.code = code
  send(res, log.status, 'text/xml;charset=utf-8', xmlDocument('Error', xmlFields({ Code: code, Message: message, RequestId: id, HostId: host })), mnsHeaders(id))
}

/** A successful MNS answer (`xml` empty for 204). */
export function mnsOk(res: ServerResponse, log: CallLog, status: number, xml: string, extra: Readonly<Record<string, string>> = {}): void {
  log.status = status
  send(res, status, 'text/xml;charset=utf-8', xml, { ...mnsHeaders(requestId()), ...extra })
}

function mnsHeaders(id: string): Record<string, string> {
  return { 'x-mns-request-id': id, 'x-mns-version': '2015-06-06' }
}

/** The nine fields of a received message (no enclosing element), in the order the service sends them. */
export function messageFields(m: ReceivedMessage): string {
  return xmlFields({
    MessageId: m.MessageId, ReceiptHandle: m.ReceiptHandle, MessageBodyMD5: m.MessageBodyMD5, MessageBody: m.MessageBody,
    EnqueueTime: m.EnqueueTime, NextVisibleTime: m.NextVisibleTime, FirstDequeueTime: m.FirstDequeueTime, DequeueCount: m.DequeueCount, Priority: m.Priority,
  })
}
