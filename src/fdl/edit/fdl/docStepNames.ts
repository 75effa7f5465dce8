import { isMap, isSeq, type Document } from 'yaml'
import { stepName } from './stepName.ts'

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
