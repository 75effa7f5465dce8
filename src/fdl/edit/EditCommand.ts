import type { JsonPath } from '../model/jsonPaths.ts'
import type { Mapping } from '../model/Step.ts'

/**
 * Every change the designer can make to an FDL document, as plain data named `noun.verb`.
 * Paths are JSON paths into the document: a *step path* points at a step mapping
 * (`['steps', 2, 'branches', 0, 'steps', 1]`), a *sequence path* at a `steps` list
 * (`['steps', 2, 'default', 'steps']`), which need not exist yet (inserting creates it).
 * `step` / `value` payloads are plain JSON-like data; new nodes are written in canonical FDL key order.
 */
export type EditCommand =
  /** Insert a new step (plain object, e.g. `{ type: 'pass', name: 'Pass_1' }`) at `index` of a sequence. */
  | { readonly type: 'step.insert'; readonly sequence: JsonPath; readonly index: number; readonly step: Readonly<Record<string, unknown>> }
  /** Insert steps given as FDL YAML text (a paste): one step mapping or a list of them. Names are made unique. */
  | { readonly type: 'step.paste'; readonly sequence: JsonPath; readonly index: number; readonly yaml: string }
  /** Move a step (with its comments and children) to `index` of a sequence; `index` counts before removal. */
  | { readonly type: 'step.move'; readonly from: JsonPath; readonly sequence: JsonPath; readonly index: number }
  /**
   * Move several steps (a multi-selection) together to `index` of a sequence, in document order; `index`
   * counts before removal. Steps inside another moved step go with it.
   */
  | { readonly type: 'steps.move'; readonly paths: readonly JsonPath[]; readonly sequence: JsonPath; readonly index: number }
  /** Delete one or more steps. */
  | { readonly type: 'step.delete'; readonly paths: readonly JsonPath[] }
  /** Insert a copy right after the step, with fresh unique names for it and its children. */
  | { readonly type: 'step.duplicate'; readonly path: JsonPath }
  /** Rename a step and every `goto` that names it. */
  | { readonly type: 'step.rename'; readonly path: JsonPath; readonly name: string }
  /** Set any field (creating intermediate maps), e.g. `[...step, 'serviceParams', 'Priority']`. */
  | { readonly type: 'field.set'; readonly path: JsonPath; readonly value: unknown }
  /** Remove a field; a map or list left empty by it is removed too. */
  | { readonly type: 'field.remove'; readonly path: JsonPath }
  /** Add a row to a mapping list such as `[...step, 'inputMappings']` (created if missing); default: at the end. */
  | { readonly type: 'mapping.add'; readonly list: JsonPath; readonly index?: number; readonly mapping: Mapping }
  /** Change the target and/or source of one row. */
  | { readonly type: 'mapping.set'; readonly list: JsonPath; readonly index: number; readonly mapping: Partial<Mapping> }
  /** Remove one row (the list is removed when it becomes empty). */
  | { readonly type: 'mapping.remove'; readonly list: JsonPath; readonly index: number }
  /** Reorder rows. */
  | { readonly type: 'mapping.move'; readonly list: JsonPath; readonly from: number; readonly to: number }
  /** Add a branch to a choice (`{condition, steps: []}` before `default`) or to a parallel step (`{steps: []}`). */
  | { readonly type: 'branch.add'; readonly step: JsonPath; readonly condition?: string }
  /** Remove choice branch / parallel branch `index` (`'default'` removes a choice's default). */
  | { readonly type: 'branch.remove'; readonly step: JsonPath; readonly index: number | 'default' }
