import type { IncomingMessage } from 'node:http'

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
