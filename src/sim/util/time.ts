
let lastMs = Number.NaN
let lastText = ''

/**
 * ISO-8601 with milliseconds (`2026-01-01T00:00:01.000Z`), the service's time format (REFERENCE §10.1).
 * Remembers the last value: consecutive history events mostly share a time.
 */
export function formatTime(ms: number): string {
  if (ms === lastMs) return lastText
  const d = new Date(ms)
  lastText = Number.isNaN(d.getTime()) ? 'invalid time' : d.toISOString()
  lastMs = ms
  return lastText
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/**
 * Milliseconds since the epoch for an RFC 3339 timestamp such as `2019-05-02T15:04:05Z`, or null when the text
 * is not one (Date.parse alone would accept many other shapes).
 */
export function parseTimestamp(text: string): number | null {
  const m = RFC3339.exec(text.trim())
  if (!m) return null
  const [, , mo, d, h, mi, s] = m.map(Number) as number[]
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 60) return null
  const ms = Date.parse(text.trim().replace(' ', 'T'))
  return Number.isFinite(ms) ? ms : null
}
