/**
 * Pane sizes in pixels and which panes are folded away: the user's arrangement of the designer for one document,
 * kept with it (autosave) but never part of its text or its undo history.
 */
export interface PaneLayout {
  readonly palette: number
  readonly inspector: number
  readonly code: number
  readonly problems: number
  readonly paletteOpen: boolean
  readonly inspectorOpen: boolean
  readonly problemsOpen: boolean
}

export const DEFAULT_PANES: PaneLayout = { palette: 224, inspector: 320, code: 420, problems: 168, paletteOpen: true, inspectorOpen: true, problemsOpen: true }

/** A stored layout read back field by field: whatever is missing or odd keeps its default. */
export function readPaneLayout(value: unknown): PaneLayout | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const v = value as Record<string, unknown>
  const size = (key: 'palette' | 'inspector' | 'code' | 'problems') => (typeof v[key] === 'number' && Number.isFinite(v[key]) && (v[key] as number) > 0 ? (v[key] as number) : DEFAULT_PANES[key])
  const flag = (key: 'paletteOpen' | 'inspectorOpen' | 'problemsOpen') => (typeof v[key] === 'boolean' ? (v[key] as boolean) : DEFAULT_PANES[key])
  return {
    palette: size('palette'), inspector: size('inspector'), code: size('code'), problems: size('problems'),
    paletteOpen: flag('paletteOpen'), inspectorOpen: flag('inspectorOpen'), problemsOpen: flag('problemsOpen'),
  }
}
