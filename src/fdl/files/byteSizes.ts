const KB = 1024
const MB = 1024 * 1024

/** A size as people read it: "1 byte", "640 bytes", "12.4 KB", "10.0 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`
  return `${(bytes / MB).toFixed(1)} MB`
}

/** A limit as people say it: "2 MB", "32 KB", else as {@link formatBytes} writes it. */
export function formatLimit(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`
  if (bytes >= KB && bytes % KB === 0) return `${bytes / KB} KB`
  return formatBytes(bytes)
}

/**
 * Says how far a size is over a limit without rounding the difference away: "2.0 MB + 1 byte is over the 2 MB
 * limit", "10.0 MB is over the 2 MB limit". A size read only up to the limit (a stream, a growing file) is
 * `null`: "more than 2 MB is over the 2 MB limit" would be clumsy, so it reads "it is over the 2 MB limit".
 */
export function overLimit(size: number | null, limit: number): string {
  if (size === null) return `it is over the ${formatLimit(limit)} limit`
  const shown = formatBytes(size)
  const exact = shown === formatBytes(limit) ? `${shown} + ${formatBytes(size - limit)}` : shown
  return `${exact} is over the ${formatLimit(limit)} limit`
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
