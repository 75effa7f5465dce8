import { useMemo, useState, type DragEvent } from 'react'
import { StepGlyph } from '../common/StepGlyph.tsx'
import { Icon } from '../shell/Icon.tsx'
import type { PaletteKind } from '../../fdl/templates/PaletteKind.ts'
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './paletteItems.ts'

/** Props of {@link Palette}: what a click or Enter on an item does (insert after the selection). */
export interface PaletteProps {
  readonly onInsert: (kind: PaletteKind) => void
  readonly disabled: boolean
  readonly onCollapse: () => void
  /** Where a click or Enter adds the step, as the user reads it: `after Task_1`, `to Default of Route`. */
  readonly where: string
  /** Set while the user aimed at an empty branch on the canvas: goes back to adding after the selection. */
  readonly onUnaim: (() => void) | null
}

/** Lets the canvas read the kind during dragover, where `getData` is not allowed. */
function onDragStart(e: DragEvent<HTMLButtonElement>, item: PaletteItem) {
  e.dataTransfer.setData(PALETTE_MIME, item.kind)
  e.dataTransfer.setData(`${PALETTE_MIME}+${item.kind}`, '')
  e.dataTransfer.setData('text/plain', item.label)
  e.dataTransfer.effectAllowed = 'copy'
}

/**
 * How well an item matches a search, lower first (null: not at all): the type's own name before a word of it,
 * before a mention in a description, so "wait" finds Wait before the MNS task that may wait for a callback.
 */
function rank(item: PaletteItem, q: string): number | null {
  const label = item.label.toLowerCase()
  if (label === q || item.kind === q) return 0
  if (label.startsWith(q)) return 1
  if (label.split(/\s+/).some((w) => w.startsWith(q))) return 2
  if (label.includes(q)) return 3
  return `${item.description} ${item.kind}`.toLowerCase().includes(q) ? 4 : null
}

/**
 * The searchable step palette: drag an item onto the canvas, or click / press Enter to insert it after the
 * selected step (else at the end of the flow).
 */
export function Palette({ onInsert, disabled, onCollapse, where, onUnaim }: PaletteProps) {
  const [query, setQuery] = useState('')
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    if (q === '') return PALETTE_ITEMS
    const ranked = PALETTE_ITEMS.map((item, i) => ({ item, i, r: rank(item, q) })).filter((x) => x.r !== null)
    return ranked.sort((a, b) => a.r! - b.r! || a.i - b.i).map((x) => x.item)
  }, [query])
  // While searching, one list in match order (the best first, which Enter inserts); otherwise the two groups.
  const searching = query.trim() !== ''
  const groups = searching ? (['Matches'] as const) : (['Integrations', 'Flow control'] as const)
  return (
    <section className="palette" aria-label="Step palette">
      <div className="pane-header">
        <h2>Steps</h2>
        <button type="button" className="icon-button" aria-label="Collapse palette" title="Collapse palette" onClick={onCollapse}>
          <Icon name="left" />
        </button>
      </div>
      <label className="search">
        <Icon name="search" />
        <input
          type="search"
          placeholder="Search steps"
          aria-label="Search steps"
          title={`Type a step type; Enter adds the first match ${where}. On the canvas, A comes back here.`}
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
        <span title={`Adds ${where}`}>Adds {where}</span>
        {onUnaim ? (
          <button type="button" className="icon-button" aria-label="Add after the selection instead" title="Add after the selection instead" onClick={onUnaim}>
            <Icon name="close" size={12} />
          </button>
        ) : null}
      </p>
      <div className="palette-list">
        {groups.map((g) => {
          const items = g === 'Matches' ? shown : shown.filter((i) => i.group === g)
          if (items.length === 0) return null
          return (
            <div key={g} className="palette-group" role="group" aria-label={g}>
              <h3>{g}</h3>
              {items.map((item) => (
                <button
                  key={item.kind}
                  type="button"
                  className="palette-item"
                  aria-disabled={disabled}
                  title={`${item.description}. Drag onto the canvas, or press Enter to add it ${where}.`}
                  draggable={!disabled}
                  onDragStart={(e) => onDragStart(e, item)}
                  onClick={() => (disabled ? undefined : onInsert(item.kind))}
                >
                  <StepGlyph kind={item.kind} size={26} />
                  <span className="palette-label">{item.label}</span>
                </button>
              ))}
            </div>
          )
        })}
        {shown.length === 0 ? <p className="empty-note">No step matches “{query}”.</p> : null}
      </div>
    </section>
  )
}
