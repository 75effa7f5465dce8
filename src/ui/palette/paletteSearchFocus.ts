import type { Action } from '../../store/actions/Action.ts'

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
