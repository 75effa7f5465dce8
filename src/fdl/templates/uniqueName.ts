/**
 * A step name not in `names`: `base` itself when free, else `stem_N` with the smallest N above the
 * number `base` already ends with (`Pass_1` → `Pass_2`, `check` → `check_2`). Step names must be unique
 * flow-wide (REFERENCE §1.2), so callers pass every name in the flow.
 */
export function uniqueName(base: string, names: ReadonlySet<string>): string {
  const clean = base.trim() === '' ? 'Step' : base
  if (!names.has(clean)) return clean
  const m = /^(.*?)_(\d+)$/.exec(clean)
  const stem = m ? m[1]! : clean
  let n = m ? Number(m[2]) + 1 : 2
  while (names.has(`${stem}_${n}`)) n++
  return `${stem}_${n}`
}
