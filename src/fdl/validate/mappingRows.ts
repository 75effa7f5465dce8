import type { Mapping } from '../model/Mapping.ts'
import type { JsonPath } from '../model/JsonPath.ts'
import type { Step } from '../model/Step.ts'
import type { ValidationContext } from './ValidationContext.ts'

/** One mapping row with where it sits: its list, its path, and its step (null for the flow's own mappings). */
export interface MappingRow {
  readonly mapping: Mapping
  readonly list: 'inputMappings' | 'outputMappings' | 'errorMappings'
  readonly path: JsonPath
  readonly step: Step | null
}

// Several rules read the rows; they are collected once per validation.
const collected = new WeakMap<ValidationContext, readonly MappingRow[]>()

/** Every mapping row of the flow and its steps, in document order. */
export function mappingRows(ctx: ValidationContext): readonly MappingRow[] {
  const known = collected.get(ctx)
  if (known) return known
  const rows: MappingRow[] = []
  const add = (step: Step | null, base: JsonPath, list: MappingRow['list'], mappings: readonly Mapping[] | undefined) => {
    mappings?.forEach((mapping, i) => rows.push({ mapping, list, path: [...base, list, i], step }))
  }
  add(null, [], 'inputMappings', ctx.flow.inputMappings)
  add(null, [], 'outputMappings', ctx.flow.outputMappings)
  for (const { step } of ctx.steps) {
    add(step, step.path, 'inputMappings', step.inputMappings)
    add(step, step.path, 'outputMappings', step.outputMappings)
    if (step.type === 'task') add(step, step.path, 'errorMappings', step.errorMappings)
  }
  collected.set(ctx, rows)
  return rows
}
