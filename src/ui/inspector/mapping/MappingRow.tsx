import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Mapping } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import { TextField } from '../fields/TextField.tsx'
import { checkSource } from '../logic/checkSource.ts'
import { formatValueText } from '../logic/formatValueText.ts'
import { parseValueText } from '../logic/parseValueText.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { SourceBadge } from './SourceBadge.tsx'

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
