import { createHmac, timingSafeEqual, createHash } from 'node:crypto'
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

/** RFC 3986 percent-encoding, as the Alibaba Cloud SDKs encode for signing. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Checks an FnF RPC call's signature (PLATFORM §3.6): the legacy HMAC-SHA1 one (`Signature` parameter, styles 1
 * and 2) over every other parameter, or ACS3-HMAC-SHA256 in the `Authorization` header (style 3). Returns null
 * when it matches, else the service's error with which part differed.
 */
export function checkFnfSignature(req: IncomingMessage, url: URL, params: ReadonlyMap<string, string>, body: Buffer, key: AccessKey): AuthProblem | null {
  const auth = String(req.headers.authorization ?? '')
  if (auth.startsWith('ACS3-HMAC-SHA256 ')) return checkAcs3(req, url, body, auth, key)
  const signature = params.get('Signature')
  if (signature === undefined) return { code: 'AccessDenied', message: 'The request is not signed.', detail: 'neither a Signature parameter nor an ACS3 Authorization header' }
  const id = params.get('AccessKeyId') ?? ''
  if (id !== key.id) return { code: 'InvalidAccessKeyID', message: `The access key id ${id} does not exist.`, detail: `access key id differs: got ${id}, expected ${key.id}` }
  const canonical = [...params.keys()].filter((k) => k !== 'Signature').sort().map((k) => `${encode(k)}=${encode(params.get(k)!)}`).join('&')
  const toSign = `${req.method}&${encode('/')}&${encode(canonical)}`
  const expected = createHmac('sha1', `${key.secret}&`).update(toSign, 'utf8').digest('base64')
  if (sameText(expected, signature)) return null
  return { code: 'SignatureDoesNotMatch', message: 'The request signature does not conform to Aliyun standards.', detail: `HMAC-SHA1 signature differs (secret, or the signed text: ${JSON.stringify(toSign.slice(0, 300))})` }
}

function checkAcs3(req: IncomingMessage, url: URL, body: Buffer, auth: string, key: AccessKey): AuthProblem | null {
  const m = /^ACS3-HMAC-SHA256 Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]+)$/.exec(auth)
  if (!m) return { code: 'AccessDenied', message: 'The Authorization header is malformed.', detail: `ACS3 Authorization header malformed: ${JSON.stringify(auth.slice(0, 120))}` }
  if (m[1] !== key.id) return { code: 'InvalidAccessKeyID', message: `The access key id ${m[1]} does not exist.`, detail: `access key id differs: got ${m[1]}, expected ${key.id}` }
  const payloadHash = createHash('sha256').update(body).digest('hex')
  const claimed = String(req.headers['x-acs-content-sha256'] ?? '')
  if (claimed !== payloadHash) {
    return { code: 'SignatureDoesNotMatch', message: 'The request body does not match x-acs-content-sha256.', detail: `body hash differs: x-acs-content-sha256 ${claimed}, body ${payloadHash}` }
  }
  const signed = m[2]!.split(';')
  const headers = signed.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('')
  const query = [...url.searchParams.keys()].sort().map((k) => `${k}=${encode(url.searchParams.get(k) ?? '')}`).join('&')
  const canonicalRequest = `${req.method}\n${url.pathname}\n${query}\n${headers}\n${signed.join(';')}\n${payloadHash}`
  const toSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonicalRequest).digest('hex')}`
  const expected = createHmac('sha256', key.secret).update(toSign).digest('hex')
  if (sameText(expected, m[3]!)) return null
  return { code: 'SignatureDoesNotMatch', message: 'The request signature does not conform to Aliyun standards.', detail: `ACS3 signature differs (secret, or the canonical request: ${JSON.stringify(canonicalRequest.slice(0, 400))})` }
}
