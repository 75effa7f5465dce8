import { isScalar, type YAMLMap, isMap, isSeq, type Document } from 'yaml'

/** The step's `name` as written, or '' when it has none. */
export function stepName(step: YAMLMap): string {
  const n = step.get('name', true)
  return isScalar(n) && n.value != null ? String(n.value) : ''
}

/**
 * The names of a plain step and of every step nested in it (body, choice branches and default,
 * parallel branches), e.g. to check a new step against the flow's names before inserting it.
 */
export function plainStepNames(step: unknown): string[] {
  const out: string[] = []
  const stack: unknown[] = [step]
  const asObj = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null)
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  while (stack.length > 0) {
    const s = asObj(stack.pop())
    if (!s) continue
    if (typeof s.name === 'string' && s.name !== '') out.push(s.name)
    stack.push(...list(s.steps))
    for (const b of [...list(s.choices), ...list(s.branches), s.default]) stack.push(...list(asObj(b)?.steps))
  }
  return out
}

const NESTED = ['choices', 'branches'] as const

/** Every step name written anywhere in the document (a lean walk: no paths, it runs on every insert). */
export function docStepNames(doc: Document): Set<string> {
  const names = new Set<string>()
  const root = doc.contents
  if (!isMap(root)) return names
  const stack: unknown[] = [root.get('steps', true)]
  while (stack.length > 0) {
    const seq = stack.pop()
    if (!isSeq(seq)) continue
    for (const step of seq.items) {
      if (!isMap(step)) continue
      const n = stepName(step)
      if (n) names.add(n)
      for (const pair of step.items) {
        const key = (pair.key as { value?: unknown } | null)?.value
        if (key === 'steps') stack.push(pair.value)
        else if (key === 'default' && isMap(pair.value)) stack.push(pair.value.get('steps', true))
        else if (NESTED.includes(key as (typeof NESTED)[number]) && isSeq(pair.value)) {
          for (const b of pair.value.items) if (isMap(b)) stack.push(b.get('steps', true))
        }
      }
    }
  }
  return names
}
