import { useEffect, useRef } from 'react'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Mapping } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { msg } from '../../../i18n/Message.ts'
import { TextField } from '../fields/TextField.tsx'
import { checkSource, classifySource } from '../logic/checks.ts'
import { formatValueText, parseValueText } from '../logic/valueText.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import type { UiText } from '../../../i18n/UiText.ts'

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

/** Props of {@link MappingRow}. */
export interface MappingRowProps {
  readonly list: JsonPath
  readonly index: number
  readonly mapping: Mapping
  /** `Input mapping N`: the row's group name (CONTRACTS §4), in the person's language. */
  readonly label: string
}

/** One `{target, source}` row: a named group with `Target`, `Source` (with completions) and row buttons. */
export function MappingRow({ list, index, mapping, label }: MappingRowProps) {
  const { edit, can, actionGroup, completionsId } = useInspectorEnv()
  const t = useT()
  const rowKey = `field:${pathKey([...list, index])}`
  return (
    <div role="group" aria-label={label} className="insp-map-row">
      <TextField
        label={t('Target')}
        labelHidden
        className="insp-map-target"
        value={mapping.target}
        check={(text) => (text.trim() === '' ? { error: msg('Give the key this row writes.') } : {})}
        onCommit={(typed) => {
          const text = typed.trim()
          if (text === '') return null
          if (text !== mapping.target) edit([{ type: 'mapping.set', list, index, mapping: { target: text } }], `${rowKey}.target`)
          return text
        }}
      />
      <span className="insp-map-arrow" aria-hidden="true">←</span>
      <TextField
        label={t('Source')}
        labelHidden
        className="insp-map-source"
        mono
        list={completionsId}
        value={formatValueText(mapping.source)}
        check={checkSource}
        adornment={<SourceBadge source={mapping.source} />}
        onCommit={(text) => {
          const source = parseValueText(text)
          if (formatValueText(source) !== formatValueText(mapping.source)) edit([{ type: 'mapping.set', list, index, mapping: { source } }], `${rowKey}.source`)
          return formatValueText(source)
        }}
      />
      <div className="insp-row-buttons">
        <button type="button" className="insp-icon-btn" aria-label={t('Move up')} title={t('Move up')} disabled={!can({ type: 'mapping.move', list, from: index, to: index - 1 })}
          onClick={() => edit([{ type: 'mapping.move', list, from: index, to: index - 1 }], actionGroup())}>↑</button>
        <button type="button" className="insp-icon-btn" aria-label={t('Move down')} title={t('Move down')} disabled={!can({ type: 'mapping.move', list, from: index, to: index + 1 })}
          onClick={() => edit([{ type: 'mapping.move', list, from: index, to: index + 1 }], actionGroup())}>↓</button>
        <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove')} title={t('Remove')}
          onClick={() => edit([{ type: 'mapping.remove', list, index }], actionGroup())}>✕</button>
      </div>
    </div>
  )
}

/** The short type word of a constant, so `1` (number) and `"1"` (text) look different; `null` is said as JSON writes it. */
function constantType(value: unknown): UiText | null {
  if (value === null) return null
  if (Array.isArray(value)) return 'list'
  switch (typeof value) {
    case 'string':
      return 'text'
    case 'number':
      return 'number'
    case 'boolean':
      return 'bool'
    default:
      return 'object'
  }
}

/**
 * Marks a mapping source as a path (read at run time) or a constant (with its type), because the service
 * decides this from the `$input` / `$local` / `$context` prefix alone and a typo silently makes a constant.
 */
export function SourceBadge({ source }: { readonly source: unknown }) {
  const t = useT()
  const kind = classifySource(source)
  if (kind === 'path') return <span className="insp-badge insp-badge-path" title={t('A path, read when the step runs')}>{t('path')}</span>
  if (kind === 'unconfirmed-path') {
    return <span className="insp-badge insp-badge-warn" title={t('Only $input, $local and $context are documented as paths in mappings; this may be read as a constant')}>$?</span>
  }
  const type = constantType(source)
  return <span className="insp-badge insp-badge-const" title={t('A constant, used as written')}>{type === null ? 'null' : t(type)}</span>
}
