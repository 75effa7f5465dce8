import type { ServerResponse } from 'node:http'
import type { CallLog } from '../ServerContext.ts'
import { requestId, send } from '../http/http.ts'

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

/** The parameters of one FnF call (query string merged with the form body; names case-sensitive). */
export type Params = ReadonlyMap<string, string>

/** A required parameter, or `MissingRequiredParams`. */
export function required(p: Params, name: string): string {
  const v = p.get(name)
  if (v === undefined || v === '') throw new FnfError('MissingRequiredParams', `The parameter ${name} is required.`)
  return v
}

/** An optional integer parameter within a range. */
export function intParam(p: Params, name: string, lo: number, hi: number, fallback: number): number {
  const raw = p.get(name)
  if (raw === undefined || raw === '') return fallback
  const v = Number(raw)
  if (!Number.isInteger(v) || v < lo || v > hi) throw new FnfError('InvalidArgument', `${name} must be an integer from ${lo} to ${hi}.`)
  return v
}

/** A name of a flow or an execution: 1-128 letters, digits, `_` and `-`, starting with a letter or `_`. */
export function checkName(kind: string, name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(name)) {
    throw new FnfError('InvalidArgument', `${kind} ${JSON.stringify(name.slice(0, 140))} is invalid: 1-128 letters, digits, _ and -, starting with a letter or _.`)
  }
  return name
}

/** Text that must be a JSON object (Input, Output), parsed. */
export function jsonObject(name: string, text: string): Record<string, unknown> {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    throw new FnfError('InvalidArgument', `${name} is not valid JSON.`)
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new FnfError('InvalidArgument', `${name} must be a JSON object.`)
  return v as Record<string, unknown>
}

/** ISO-8601 with milliseconds, the service's time format (`2019-01-01T01:01:01.001Z`); '' for none. */
export function isoTime(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString()
}

/** A page of a list: `NextToken` is the position of the next item, as text. */
export function page<T>(items: readonly T[], p: Params, defaultLimit: number): { items: T[]; next: string } {
  const limit = intParam(p, 'Limit', 1, 1000, defaultLimit)
  const tokenText = p.get('NextToken') ?? ''
  const start = tokenText === '' ? 0 : Number(tokenText)
  if (!Number.isInteger(start) || start < 0 || start > items.length) throw new FnfError('InvalidArgument', 'NextToken is invalid.')
  const end = Math.min(items.length, start + limit)
  return { items: items.slice(start, end), next: end < items.length ? String(end) : '' }
}
