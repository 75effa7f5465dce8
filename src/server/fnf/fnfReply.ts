import type { ServerResponse } from 'node:http'
import type { CallLog } from '../CallLog.ts'
import { requestId, send } from '../http/reply.ts'

/** HTTP status of each FnF error code the server gives (REFERENCE §7.3; the not-found and conflict ones INFERRED). */
const STATUS: Readonly<Record<string, number>> = {
  InvalidArgument: 400, MissingRequiredParams: 400, ActionNotSupported: 400, APIVersionNotSupported: 400, EntityTooLarge: 400,
  TaskAlreadyCompleted: 400, ExecutionAlreadyCompleted: 400, FlowNotExists: 404, ExecutionNotExists: 404, FlowAlreadyExists: 409, ExecutionAlreadyExists: 409,
  AccessDenied: 403, InvalidAccessKeyID: 403, SignatureDoesNotMatch: 403, RequestTimeout: 400,
}

/** An FnF error: `{Code, Message, RequestId, HostId}` as JSON with the service's HTTP status. */
export class FnfError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/** Sends an FnF error answer. */
export function fnfError(res: ServerResponse, log: CallLog, code: string, message: string, host: string): void {
  const id = requestId()
  log.status = STATUS[code] ?? 400
  log.code = code
  send(res, log.status, 'application/json;charset=utf-8', JSON.stringify({ Code: code, Message: message, RequestId: id, HostId: host }), { 'x-acs-request-id': id })
}

/** Sends an FnF success answer: the fields plus a RequestId. */
export function fnfOk(res: ServerResponse, log: CallLog, body: Readonly<Record<string, unknown>>): void {
  const id = requestId()
  log.status = 200
  send(res, 200, 'application/json;charset=utf-8', JSON.stringify({ ...body, RequestId: id }), { 'x-acs-request-id': id })
}
