import type { ReactNode } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'

/** Human form of a registry shortcut for tooltips: `Mod` becomes Ctrl (⌘ on macOS). */
function shortcutText(shortcut: string | undefined): string {
  if (!shortcut) return ''
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  return shortcut.replace('Mod', mac ? '⌘' : 'Ctrl')
}

/**
 * A toolbar button bound to a registry action by id: its accessible name is the action's label, it is
 * disabled when the action is, and its tooltip shows the shortcut. `keepLabel` keeps the word on narrow windows.
 */
export function ActionButton({ id, icon, showLabel = true, keepLabel = false }: { id: string; icon?: ReactNode; showLabel?: boolean; keepLabel?: boolean }) {
  const designer = useDesigner()
  const t = useT()
  const action = designer.actions.get(id)
  const enabled = useDesigner((s) => action?.enabled(s) ?? false)
  if (!action) return null
  const keys = shortcutText(action.shortcut?.[0])
  const label = t(action.label)
  return (
    <button
      type="button"
      className="tool-button"
      disabled={!enabled}
      title={keys ? `${label} (${keys})` : label}
      // Named by the action even where the stylesheet hides the word to save room (narrow windows).
      aria-label={label}
      data-keep-label={keepLabel || undefined}
      onClick={() => void action.run(designer)}
    >
      {icon}
      {showLabel ? <span>{label}</span> : null}
    </button>
  )
}
