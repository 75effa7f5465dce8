import { useMemo, useState, type DragEvent } from 'react'
import type { Message } from '../../i18n/Message.ts'
import { StepGlyph } from '../common/StepGlyph.tsx'
import { useT } from '../i18n/language.ts'
import { Icon } from '../shell/Toolbar.tsx'
import type { PaletteKind } from '../../fdl/templates/newStep.ts'
import { PALETTE_MIME, searchPalette, type PaletteItem } from './paletteItems.ts'

/** Props of {@link Palette}: what a click or Enter on an item does (insert after the selection). */
export interface PaletteProps {
  readonly onInsert: (kind: PaletteKind) => void
  readonly disabled: boolean
  readonly onCollapse: () => void
  /** Where a click or Enter adds the step, as the user reads it: `after Task_1`, `to Default of Route`. */
  readonly where: Message
  /** Set while the user aimed at an empty branch on the canvas: goes back to adding after the selection. */
  readonly onUnaim: (() => void) | null
}

/** Lets the canvas read the kind during dragover, where `getData` is not allowed. The text is English, as the kind. */
function onDragStart(e: DragEvent<HTMLButtonElement>, item: PaletteItem) {
  e.dataTransfer.setData(PALETTE_MIME, item.kind)
  e.dataTransfer.setData(`${PALETTE_MIME}+${item.kind}`, '')
  e.dataTransfer.setData('text/plain', item.label)
  e.dataTransfer.effectAllowed = 'copy'
}

/**
 * The searchable step palette: drag an item onto the canvas, or click / press Enter to insert it after the
 * selected step (else at the end of the flow).
 */
export function Palette({ onInsert, disabled, onCollapse, where, onUnaim }: PaletteProps) {
  const t = useT()
  const [query, setQuery] = useState('')
  const shown = useMemo(() => searchPalette(query, t), [query, t])
  const adds = t('Adds {where}', { where })
  // While searching, one list in match order (the best first, which Enter inserts); otherwise the two groups.
  const searching = query.trim() !== ''
  const groups = searching ? (['Matches'] as const) : (['Integrations', 'Flow control'] as const)
  return (
    <section className="palette" aria-label={t('Step palette')}>
      <div className="pane-header">
        <h2>{t('Steps')}</h2>
        <button type="button" className="icon-button" aria-label={t('Collapse palette')} title={t('Collapse palette')} onClick={onCollapse}>
          <Icon name="left" />
        </button>
      </div>
      <label className="search">
        <Icon name="search" />
        <input
          type="search"
          // How paletteSearch() finds it whatever the language of its name.
          data-palette-search=""
          placeholder={t('Search steps')}
          aria-label={t('Search steps')}
          title={t('Type a step type; Enter adds the first match {where}. On the canvas, A comes back here.', { where })}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query === '' && onUnaim) onUnaim()
            if (e.key !== 'Enter' || !searching || shown.length === 0 || disabled) return
            e.preventDefault()
            onInsert(shown[0]!.kind)
          }}
        />
      </label>
      <p className={`palette-where${onUnaim ? ' aimed' : ''}`} aria-live="polite">
        <span title={adds}>{adds}</span>
        {onUnaim ? (
          <button type="button" className="icon-button" aria-label={t('Add after the selection instead')} title={t('Add after the selection instead')} onClick={onUnaim}>
            <Icon name="close" size={12} />
          </button>
        ) : null}
      </p>
      <div className="palette-list">
        {groups.map((g) => {
          const items = g === 'Matches' ? shown : shown.filter((i) => i.group === g)
          if (items.length === 0) return null
          return (
            <div key={g} className="palette-group" role="group" aria-label={t(g)}>
              <h3>{t(g)}</h3>
              {items.map((item) => (
                <button
                  key={item.kind}
                  type="button"
                  className="palette-item"
                  aria-disabled={disabled}
                  title={t('{description}. Drag onto the canvas, or press Enter to add it {where}.', { description: t(item.description), where })}
                  draggable={!disabled}
                  onDragStart={(e) => onDragStart(e, item)}
                  onClick={() => (disabled ? undefined : onInsert(item.kind))}
                >
                  <StepGlyph kind={item.kind} size={26} />
                  <span className="palette-label">{t(item.label)}</span>
                </button>
              ))}
            </div>
          )
        })}
        {shown.length === 0 ? <p className="empty-note">{t('No step matches “{query}”.', { query })}</p> : null}
      </div>
    </section>
  )
}
