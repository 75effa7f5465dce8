import { useEffect, useRef } from 'react'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Mapping } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { MappingRow } from './MappingRow.tsx'

/** Props of {@link MappingTable}. */
export interface MappingTableProps {
  readonly title: string
  /** Path of the list (`[...step, 'inputMappings']`); it need not exist yet. */
  readonly list: JsonPath
  readonly mappings: readonly Mapping[] | undefined
  /** Names row `n` (1-based): `Input mapping 1`, `Input mapping 2`, …; a function since the number's place depends on the language. */
  readonly rowLabel: (n: number) => string
  /** `Add input mapping` */
  readonly addLabel: string
  /** What happens without rows (the service's default), shown when the list is empty. */
  readonly emptyText: string
}

/** The first `key`, `key_2`, … no row writes yet, so a new row never overwrites another. */
function freshTarget(rows: readonly Mapping[]): string {
  const taken = new Set(rows.map((m) => m.target))
  let n = 1
  while (taken.has(n === 1 ? 'key' : `key_${n}`)) n++
  return n === 1 ? 'key' : `key_${n}`
}

/** An editable `inputMappings` / `outputMappings` / `errorMappings` table: add, edit, reorder, remove rows. */
export function MappingTable({ title, list, mappings, rowLabel, addLabel, emptyText }: MappingTableProps) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const rows = mappings ?? []
  // A new row passes the same-named input field through: a sensible start, and a plain scalar the user's
  // edits keep plain (an empty string would be written `""` and keep its quotes).
  const add = () => {
    const target = freshTarget(rows)
    addedAt.current = rows.length
    edit([{ type: 'mapping.add', list, mapping: { target, source: `$input.${target}` } }], actionGroup())
  }
  // Focus follows the work: once the new row is drawn, its Target is the next thing to type.
  const table = useRef<HTMLDivElement>(null)
  const addedAt = useRef<number | null>(null)
  useEffect(() => {
    if (addedAt.current === null || rows.length <= addedAt.current) return
    const field = table.current?.querySelectorAll<HTMLInputElement>('[role="group"]')[addedAt.current]?.querySelector<HTMLInputElement>('input')
    addedAt.current = null
    field?.focus()
    field?.select()
  }, [rows.length])
  return (
    <Section title={title} actions={<button type="button" className="insp-btn insp-btn-add" onClick={add}>{addLabel}</button>}>
      {rows.length === 0 ? (
        <p className="insp-empty">{emptyText}</p>
      ) : (
        <div className="insp-map-table" ref={table}>
          <div className="insp-map-head" aria-hidden="true"><span>{t('Target')}</span><span /><span>{t('Source')}</span></div>
          {rows.map((m, i) => (
            <MappingRow key={i} list={list} index={i} mapping={m} label={rowLabel(i + 1)} />
          ))}
        </div>
      )}
    </Section>
  )
}
