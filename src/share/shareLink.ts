import { refused, type Result } from '../files/Result.ts'
import { msg, type Message } from '../i18n/Message.ts'
import { crc32, deflateRaw, inflateRaw } from './compression.ts'
import { toBase64Url, fromBase64Url } from './base64Url.ts'

/**
 * The share-link format: `#flow=<version>.<crc32 hex>.<base64url(deflate-raw(utf-8 text))>`. The version
 * lets a later format be told apart from this one; the checksum of the original text catches links that
 * were truncated or altered in transit.
 */
export const SHARE_LINK = {
  /** The fragment key; the whole fragment is `#flow=…`. */
  key: 'flow',
  version: '1',
  /**
   * Longest whole URL we hand out. Chromium keeps 2 MB URLs, but chat apps, mail clients and link
   * shorteners cut far shorter ones; 32 KB is what survives pasting almost everywhere.
   */
  maxUrlLength: 32 * 1024,
  /** The largest document a link may expand to (the same limit as opening a file). */
  maxTextBytes: 2 * 1024 * 1024,
} as const

/**
 * The `flow=` value of a URL fragment (`#flow=…`, possibly among other `&`-separated entries), or null
 * when the address carries no share link. The app uses it to tell "a link to open" from a normal visit.
 */
export function shareLinkParam(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of fragment.split('&')) {
    if (part.startsWith(`${SHARE_LINK.key}=`)) return part.slice(SHARE_LINK.key.length + 1)
  }
  return null
}

/** Formats a length in characters the way people read sizes: "812 characters", "41.3 KB" (a unit, the same in every language). */
function describeLength(chars: number): string | Message {
  return chars < 1024 ? msg('{count} characters', { count: chars }) : `${(chars / 1024).toFixed(1)} KB`
}

/**
 * Builds a link that carries `text` in its fragment (`#flow=…`), so opening it restores the exact text,
 * comments and all, while nothing is sent to any server (browsers never send the fragment). `pageUrl` is
 * the app's address; its own fragment is dropped. Refuses, with the size and what to do instead, when
 * the link would be longer than links reliably travel.
 */
export async function encodeShareLink(text: string, pageUrl: string): Promise<Result<string>> {
  const bytes = new TextEncoder().encode(text)
  if (bytes.byteLength > SHARE_LINK.maxTextBytes) {
    return refused('This flow is {size}, too big for a link. Use Export → Download YAML and send the file instead.', { size: describeLength(bytes.byteLength) })
  }
  const payload = toBase64Url(await deflateRaw(bytes))
  const checksum = crc32(bytes).toString(16).padStart(8, '0')
  const base = pageUrl.split('#')[0] ?? pageUrl
  const url = `${base}#${SHARE_LINK.key}=${SHARE_LINK.version}.${checksum}.${payload}`
  if (url.length > SHARE_LINK.maxUrlLength) {
    return refused('The link for this flow would be {size}, longer than the {limit} that links reliably survive in mail and chat. Use Export → Download YAML and send the file instead.', {
      size: describeLength(url.length),
      limit: describeLength(SHARE_LINK.maxUrlLength),
    })
  }
  return { ok: true, value: url }
}

const damaged = () =>
  refused('This share link is damaged or incomplete (it may have been cut off when it was copied), so it was not opened. Ask for the link again, or for the YAML file.')

/**
 * Reads the document text out of a share link's fragment. The result is only ever text for the YAML
 * parser: it is never evaluated or inserted as HTML. Any damage (wrong alphabet, truncated stream,
 * checksum mismatch, not UTF-8, absurd size) gives a message instead of a partly decoded flow.
 */
export async function decodeShareLink(hash: string): Promise<Result<string>> {
  // Before anything is decoded: the app never hands out a link this long, and a longer one is where a
  // "zip bomb" would hide (a 2 MB payload of deflate can claim gigabytes).
  if (hash.length > SHARE_LINK.maxUrlLength) {
    return refused('This share link is {size} KB, longer than the {limit} KB of any link FDL Studio makes, so it was not opened. Ask for the YAML file instead.', {
      size: (hash.length / 1024).toFixed(1),
      limit: SHARE_LINK.maxUrlLength / 1024,
    })
  }
  const value = shareLinkParam(hash)
  if (value === null) return refused('This address holds no share link (#flow=…).')
  const [version, checksum, payload, ...rest] = value.split('.')
  if (version !== SHARE_LINK.version) {
    return /^\d+$/.test(version ?? '') && Number(version) > Number(SHARE_LINK.version)
      ? refused('This share link was made by a newer version of FDL Studio (link format {version}). Reload the page to get the latest version.', { version: version ?? '' })
      : damaged()
  }
  if (rest.length > 0 || checksum === undefined || !/^[0-9a-f]{8}$/.test(checksum) || payload === undefined) return damaged()
  const compressed = fromBase64Url(payload)
  if (compressed === null) return damaged()
  // The checksum is of the text (link format 1), so it can only be checked once inflated; inflating stops
  // at the document limit, and with the length check above costs at most 32 KB in, 2 MB out.
  const bytes = await inflateRaw(compressed, SHARE_LINK.maxTextBytes)
  if (bytes === null || crc32(bytes).toString(16).padStart(8, '0') !== checksum) return damaged()
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return damaged()
  }
}
