import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'

// A random prefix per process and a counter: unique, shaped like the services' upper-case UUIDs, and cheap
// (one per response; randomUUID each time showed up in the benchmark's profile).
const PREFIX = randomUUID().toUpperCase().slice(0, 24)
let counter = 0

/** A request id shaped like the services' (upper-case UUID). */
export function requestId(): string {
  counter = (counter + 1) % 0x1_0000_0000_0000
  return PREFIX + counter.toString(16).toUpperCase().padStart(12, '0')
}

/** Sends a whole response once; later calls (after a disconnect or a shutdown answer) are ignored. */
export function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent || res.destroyed) return
  // A string body goes out in one write together with the headers (a Buffer would be a second chunk).
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body, 'utf8')), ...headers })
  res.end(body, 'utf8')
}
