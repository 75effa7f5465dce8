/**
 * Virtual time for people: seconds since the run started (`12.500 s`, or `2 min 05.000 s`, `3 h 02 min`), the
 * scale on which a flow's timeouts and waits are written.
 */
export function formatVirtual(ms: number, start: number): string {
  const d = Math.max(0, ms - start)
  if (d < 60_000) return `${(d / 1000).toFixed(3)} s`
  if (d < 3_600_000) return `${Math.floor(d / 60_000)} min ${((d % 60_000) / 1000).toFixed(3).padStart(6, '0')} s`
  if (d < 86_400_000) return `${Math.floor(d / 3_600_000)} h ${String(Math.floor((d % 3_600_000) / 60_000)).padStart(2, '0')} min`
  return `${Math.floor(d / 86_400_000)} d ${String(Math.floor((d % 86_400_000) / 3_600_000)).padStart(2, '0')} h`
}
