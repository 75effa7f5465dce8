import { randomUUID } from 'node:crypto'
import type { ServerResponse, IncomingMessage } from 'node:http'

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

/** Why a body could not be read: too large (more than the limit) or too slow (not finished in time). */
export class BodyProblem extends Error {
  readonly kind: 'tooLarge' | 'timeout'
  constructor(kind: 'tooLarge' | 'timeout', message: string) {
    super(message)
    this.kind = kind
  }
}

/**
 * Reads a request body up to `limit` bytes within `timeoutMs`. A larger body (by its Content-Length, or as it
 * streams in) or one that does not finish in time is refused with a {@link BodyProblem}; the caller answers
 * and closes the connection, so a client that never finishes sending holds nothing for long.
 */
export function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return Promise.reject(new BodyProblem('tooLarge', `The request body is larger than ${limit} bytes.`))
  if (req.readableEnded || (declared === 0 && req.headers['transfer-encoding'] === undefined)) {
    req.resume()
    return Promise.resolve(Buffer.alloc(0))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => finish(new BodyProblem('timeout', `The request body did not arrive within ${timeoutMs} ms.`)), timeoutMs)
    const finish = (problem: BodyProblem | null) => {
      clearTimeout(timer)
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      if (problem) {
        req.pause()
        reject(problem)
      } else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return finish(new BodyProblem('tooLarge', `The request body is larger than ${limit} bytes.`))
      chunks.push(chunk)
    }
    const onEnd = () => finish(null)
    const onError = () => finish(new BodyProblem('timeout', 'The request was aborted while sending its body.'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}
