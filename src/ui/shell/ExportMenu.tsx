import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { UiText } from '../../i18n/UiText.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { Icon } from './Toolbar.tsx'

/** The menu items in the contract's order; ids point into the action registry. */
const ITEMS: readonly { readonly id: string; readonly label: UiText }[] = [
  { id: 'export.yaml', label: 'Download YAML' },
  { id: 'export.json', label: 'Download JSON' },
  { id: 'export.copyYaml', label: 'Copy YAML' },
  { id: 'export.png', label: 'Download PNG' },
  { id: 'export.svg', label: 'Download SVG' },
]

/**
 * The `Export` menu button (WAI-ARIA menu button pattern): arrows move between items, Escape closes and
 * returns focus. Items whose action is not registered yet are shown disabled.
 */
export function ExportMenu() {
  const designer = useDesigner()
  const t = useT()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  useDesigner((s) => s.revision)
  const state = designer.store.getState()

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus()
    const close = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') {
      setOpen(false)
      button.current?.focus()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
    }
  }

  return (
    <div className="menu-anchor">
      <button ref={button} type="button" className="tool-button" aria-label={t('Export')} title={t('Export')} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        <Icon name="export" />
        <span>{t('Export')}</span>
        <Icon name="chevron" />
      </button>
      {open ? (
        <div ref={menu} role="menu" aria-label={t('Export')} className="menu" onKeyDown={onKeyDown}>
          {ITEMS.map((item) => {
            const action = designer.actions.get(item.id)
            const enabled = action?.enabled(state) ?? false
            return (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={!enabled}
                className="menu-item"
                onClick={() => {
                  if (!action || !enabled) return
                  setOpen(false)
                  void action.run(designer)
                }}
              >
                {t(item.label)}
              </button>
            )
          })}
        </div>
      ) : null}
    </div>
  )
}
