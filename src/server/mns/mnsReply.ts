import type { ServerResponse } from 'node:http'
import type { ReceivedMessage } from '../../sim/engine/ReceiveAnswer.ts'
import type { CallLog } from '../CallLog.ts'
import { requestId, send } from '../http/reply.ts'
import { xmlDocument, xmlFields } from './xml.ts'

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
