import type { Document } from 'yaml'
import { stepName, stepNodes } from './stepNodes.ts'

/** Every step name written anywhere in the document. */
export function docStepNames(doc: Document): Set<string> {
  const names = new Set<string>()
  for (const s of stepNodes(doc)) {
    const n = stepName(s.node)
    if (n) names.add(n)
  }
  return names
}
