import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'

/** One `goto` written in a step: its path and the step name it names. */
export interface GotoRef {
  readonly path: JsonPath
  readonly target: string
}

/** The `goto`s of a step that name its siblings: `choices[i].goto`, `default.goto` and `catch[i].goto` (REFERENCE §2.2). */
export function gotoPaths(step: YAMLMap, path: JsonPath): GotoRef[] {
  const out: GotoRef[] = []
  const add = (holder: unknown, p: JsonPath) => {
    if (!isMap(holder)) return
    const g = holder.get('goto', true)
    if (isScalar(g) && g.value != null) out.push({ path: [...p, 'goto'], target: String(g.value) })
  }
  for (const key of ['choices', 'catch']) {
    const list = step.get(key, true)
    if (isSeq(list)) list.items.forEach((item, i) => add(item, [...path, key, i]))
  }
  add(step.get('default', true), [...path, 'default'])
  return out
}
