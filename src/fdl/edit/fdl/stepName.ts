import { isScalar, type YAMLMap } from 'yaml'

/** The step's `name` as written, or '' when it has none. */
export function stepName(step: YAMLMap): string {
  const n = step.get('name', true)
  return isScalar(n) && n.value != null ? String(n.value) : ''
}
