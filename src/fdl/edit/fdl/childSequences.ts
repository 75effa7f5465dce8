import { isMap, isSeq, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'

/**
 * The `steps` lists nested directly in a step mapping, with their paths: its own body, each choice
 * branch, the default, each parallel branch (whether the step's type reads them or not).
 */
export function childSequences(step: YAMLMap, path: JsonPath): { seq: unknown; path: JsonPath }[] {
  const out: { seq: unknown; path: JsonPath }[] = [{ seq: step.get('steps', true), path: [...path, 'steps'] }]
  for (const key of ['choices', 'branches']) {
    const list = step.get(key, true)
    if (isSeq(list)) list.items.forEach((b, i) => isMap(b) && out.push({ seq: b.get('steps', true), path: [...path, key, i, 'steps'] }))
  }
  const def = step.get('default', true)
  if (isMap(def)) out.push({ seq: def.get('steps', true), path: [...path, 'default', 'steps'] })
  return out
}
