import { refused, type Result } from '../files/Result.ts'
import { msg, type Message } from '../i18n/Message.ts'
import { crc32 } from './crc32.ts'
import { deflateRaw } from './deflateRaw.ts'
import { SHARE_LINK } from './SHARE_LINK.ts'
import { toBase64Url } from './toBase64Url.ts'

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
