import type { Document } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import { classifyPath } from '../fdl/classifyPath.ts'

const show = (path: JsonPath) => (path.length === 0 ? 'the document' : path.join('.'))

/** Shared rules of the command checks; each returns the reason a user would read, or null. */
export const checks = {
  step(doc: Document, path: JsonPath): string | null {
    return classifyPath(doc, path)?.kind === 'step' ? null : `There is no step at ${show(path)}.`
  },
  sequence(doc: Document, path: JsonPath, index?: number): string | null {
    const c = classifyPath(doc, path)
    if (c?.kind !== 'sequence') return `${show(path)} is not a place that holds steps.`
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > c.length)) {
      return `Position ${index} is outside ${show(path)} (it has ${c.length} step${c.length === 1 ? '' : 's'}).`
    }
    return null
  },
  path(path: JsonPath): string | null {
    if (!Array.isArray(path) || path.length === 0) return 'A field path is needed.'
    return path.every((s) => typeof s === 'string' || (Number.isInteger(s) && s >= 0)) ? null : `${show(path)} is not a valid path.`
  },
  show,
}
