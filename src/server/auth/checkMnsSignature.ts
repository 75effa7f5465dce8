import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { AccessKey } from '../ServerContext.ts'

/** Why a request was refused: the service's code and message, and for the server log which part differed. */
export interface AuthProblem {
  readonly code: string
  readonly message: string
  readonly detail: string
}

/**
 * Checks MNS's v1 signature (PLATFORM §3.6): `Authorization: MNS AccessKeyId:Signature`, the signature being
 * base64(HMAC-SHA1(secret, VERB \n Content-MD5 \n Content-Type \n Date \n x-mns-* headers + resource)), where
 * the resource is the path with its query string as sent. Returns null when it matches.
 */
export function checkMnsSignature(req: IncomingMessage, key: AccessKey): AuthProblem | null {
  const auth = req.headers.authorization ?? ''
  const m = /^MNS ([^:]+):(.+)$/.exec(auth)
  if (!m) return { code: 'AccessDenied', message: 'The request has no MNS Authorization header.', detail: `Authorization header missing or not "MNS id:signature" (got ${JSON.stringify(auth.slice(0, 40))})` }
  if (m[1] !== key.id) return { code: 'InvalidAccessKeyId', message: `The access key id ${m[1]} does not exist.`, detail: `access key id differs: got ${m[1]}, expected ${key.id}` }
  const h = req.headers
  const mnsHeaders = Object.keys(h).filter((k) => k.startsWith('x-mns-')).sort().map((k) => `${k}:${String(h[k])}\n`).join('')
  const toSign = `${req.method}\n${h['content-md5'] ?? ''}\n${h['content-type'] ?? ''}\n${h.date ?? ''}\n${mnsHeaders}${req.url ?? '/'}`
  const expected = createHmac('sha1', key.secret).update(toSign, 'utf8').digest('base64')
  if (!sameText(expected, m[2]!)) {
    return {
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided.',
      detail: `MNS signature differs (secret, or the signed text: ${JSON.stringify(toSign)})`,
    }
  }
  return null
}

/** Constant-time comparison of two texts. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
