import { isAlias, type Document } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import { classifyPath } from '../fdl/classifyPath.ts'
import { locate } from '../yaml/locate.ts'

const show = (path: JsonPath) => (path.length === 0 ? 'the document' : path.join('.'))

/** Shared rules of the command checks; each returns the reason a user would read, or null. */
export const checks = {
  step(doc: Document, path: JsonPath): string | null {
    if (classifyPath(doc, path)?.kind === 'step') return null
    // The model follows aliases, so the canvas draws `- *common` as a step; edits do not follow them.
    const { chain } = locate(doc, path)
    const last = chain[chain.length - 1]!
    if (isAlias(last.node)) return `${show(last.path)} is an alias (*${last.node.source}) of a value written elsewhere; edit it in the code.`
    return `There is no step at ${show(path)}.`
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
