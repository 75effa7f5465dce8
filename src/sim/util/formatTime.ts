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
