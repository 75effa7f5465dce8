import type { JsonPath } from '../../../fdl/model/JsonPath.ts'
import type { Mapping } from '../../../fdl/model/Mapping.ts'
import { MappingTable } from '../mapping/MappingTable.tsx'

/** Props of {@link StepMappings}. */
export interface StepMappingsProps {
  readonly which: 'input' | 'output'
  /** The step's path, or `[]` for the flow. */
  readonly owner: JsonPath
  readonly mappings: readonly Mapping[] | undefined
  /** How the default (no rows) behaves for this owner (REFERENCE §3.2); a step's default otherwise. */
  readonly emptyText?: string
}

const DEFAULT_EMPTY = {
  input: 'None: the step gets its parent’s input merged with the parent’s local.',
  output: 'None: the step’s output is its $local.',
}

/** The `inputMappings` or `outputMappings` table of a step or of the flow, with the contract's names. */
export function StepMappings({ which, owner, mappings, emptyText }: StepMappingsProps) {
  const word = which === 'input' ? 'Input' : 'Output'
  return (
    <MappingTable
      title={`${word} mappings`}
      list={[...owner, `${which}Mappings`]}
      mappings={mappings}
      rowLabel={`${word} mapping`}
      addLabel={`Add ${which} mapping`}
      emptyText={emptyText ?? DEFAULT_EMPTY[which]}
    />
  )
}
