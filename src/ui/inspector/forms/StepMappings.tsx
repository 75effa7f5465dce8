import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Mapping } from '../../../fdl/model/Step.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { MappingTable } from '../mapping/MappingTable.tsx'

/** Props of {@link StepMappings}. */
export interface StepMappingsProps {
  readonly which: 'input' | 'output'
  /** The step's path, or `[]` for the flow. */
  readonly owner: JsonPath
  readonly mappings: readonly Mapping[] | undefined
  /**
   * How the default (no rows) behaves for this owner (REFERENCE §3.2), in the person's language; a step's
   * default otherwise.
   */
  readonly emptyText?: string
}

/** The contract's names of each table (CONTRACTS §4), spelled out so each is a catalogue key. */
const TEXTS = {
  input: {
    title: 'Input mappings',
    add: 'Add input mapping',
    empty: 'None: the step gets its parent’s input merged with the parent’s local.',
  },
  output: {
    title: 'Output mappings',
    add: 'Add output mapping',
    empty: 'None: the step’s output is its $local.',
  },
} as const satisfies Record<StepMappingsProps['which'], Record<string, UiText>>

/** The `inputMappings` or `outputMappings` table of a step or of the flow, with the contract's names. */
export function StepMappings({ which, owner, mappings, emptyText }: StepMappingsProps) {
  const t = useT()
  const texts = TEXTS[which]
  return (
    <MappingTable
      title={t(texts.title)}
      list={[...owner, `${which}Mappings`]}
      mappings={mappings}
      rowLabel={(n) => (which === 'input' ? t('Input mapping {n}', { n }) : t('Output mapping {n}', { n }))}
      addLabel={t(texts.add)}
      emptyText={emptyText ?? t(texts.empty)}
    />
  )
}
