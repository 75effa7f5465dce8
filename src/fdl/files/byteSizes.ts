import { formatMessage, msg, type Message } from '../../i18n/Message.ts'

const KB = 1024
const MB = 1024 * 1024

/** A size as people read it: "1 byte", "640 bytes", "12.4 KB", "10.0 MB" (1 KB = 1024 bytes); units stay as written in every language. */
export function bytesText(bytes: number): Message | string {
  if (bytes < KB) return bytes === 1 ? msg('1 byte') : msg('{n} bytes', { n: bytes })
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`
  return `${(bytes / MB).toFixed(1)} MB`
}

/** {@link bytesText} in English. */
export function formatBytes(bytes: number): string {
  return formatMessage(bytesText(bytes))
}

/** A limit as people say it: "2 MB", "32 KB", else as {@link bytesText} writes it. */
function limitText(bytes: number): Message | string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`
  if (bytes >= KB && bytes % KB === 0) return `${bytes / KB} KB`
  return bytesText(bytes)
}

/** {@link limitText} in English. */
export function formatLimit(bytes: number): string {
  return formatMessage(limitText(bytes))
}

/**
 * Says how far a size is over a limit without rounding the difference away: "2.0 MB + 1 byte is over the 2 MB
 * limit", "10.0 MB is over the 2 MB limit". A size read only up to the limit (a stream, a growing file) is
 * `null`: "more than 2 MB is over the 2 MB limit" would be clumsy, so it reads "it is over the 2 MB limit".
 */
export function overLimitText(size: number | null, limit: number): Message {
  if (size === null) return msg('it is over the {limit} limit', { limit: limitText(limit) })
  const shown = formatBytes(size)
  const exact = shown === formatBytes(limit) ? msg('{size} + {extra}', { size: bytesText(size), extra: bytesText(size - limit) }) : bytesText(size)
  return msg('{size} is over the {limit} limit', { size: exact, limit: limitText(limit) })
}

/** {@link overLimitText} in English. */
export function overLimit(size: number | null, limit: number): string {
  return formatMessage(overLimitText(size, limit))
}

/** How many bytes `text` takes in UTF-8, counted without encoding it (sizes in messages are file sizes). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
