import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

/** A request id shaped like the services' (upper-case UUID). */
export function requestId(): string {
  return randomUUID().toUpperCase()
}

/** Sends a whole response once; later calls (after a disconnect or a shutdown answer) are ignored. */
export function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent || res.destroyed) return
  const bytes = Buffer.from(body, 'utf8')
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(bytes.length), ...headers })
  res.end(bytes)
}
