import { useMemo } from 'react'
import { msg } from '../../i18n/Message.ts'
import { useDesigner } from '../../store/Designer.ts'
import { findStep } from '../inspector/logic/stepLookup.ts'
import { insertPaletteStep } from './paletteItems.ts'
import { Palette } from './Palette.tsx'
import type { Action } from '../../store/actions/Action.ts'

/** The palette wired to the designer: inserting is paused while the code does not parse. */
export function PalettePane({ onCollapse }: { onCollapse: () => void }) {
  const { store, env } = useDesigner()
  const blocked = useDesigner((s) => s.analysis.blocker !== null)
  // Where the next insert goes, in words, in the same order of choice as `insertionPoint`. Worked out when the
  // flow, the selection or the aim change, not on every store update (a keystroke, a parse).
  const flow = useDesigner((s) => s.good.parsed.flow)
  const selected = useDesigner((s) => s.selection.at(-1))
  const aimLabel = useDesigner((s) => s.insertInto?.label ?? null)
  const aimed = aimLabel !== null
  const where = useMemo(() => {
    if (aimLabel !== null) return msg('to {target}', { target: aimLabel })
    const name = flow && selected ? findStep(flow, selected)?.step.name : undefined
    return name !== undefined ? msg('after {name}', { name }) : msg('at the end of the flow')
  }, [flow, selected, aimLabel])
  const onInsert = (kind: Parameters<typeof insertPaletteStep>[1]) => {
    const result = insertPaletteStep(store, kind)
    const selected = store.getState().selection[0]
    if (result.ok && selected) requestAnimationFrame(() => env.focusStep(selected))
  }
  const onUnaim = () => store.getState().aimInsert(null)
  return <Palette disabled={blocked} onCollapse={onCollapse} onInsert={onInsert} where={where} onUnaim={aimed ? onUnaim : null} />
}

/**
 * The palette's search box: where the keyboard goes to add a step (after New, on `A`, from an empty branch).
 * Found by its own attribute, not its accessible name, which is in the UI language.
 */
export function paletteSearch(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('input[data-palette-search]')
}

/** Puts focus in the palette search with its text selected, so typing starts a new search. */
export function focusPaletteSearch(): void {
  const search = paletteSearch()
  search?.focus()
  search?.select()
}

/**
 * `Add step` (A on the canvas): focus goes to the palette search, so a step type and Enter add it where the
 * palette says (after the selection, or into the empty branch the user picked). The keyboard's way to the
 * palette without tabbing back across the app.
 */
export const addStepAction: Action = {
  id: 'step.add',
  label: 'Add step',
  shortcut: ['A'],
  scope: 'canvas',
  enabled: (s) => s.analysis.blocker === null,
  run: focusPaletteSearch,
}
