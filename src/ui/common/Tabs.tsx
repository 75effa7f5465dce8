import { useId, type KeyboardEvent, type ReactNode } from 'react'

/** One tab: its id, its name and what its panel shows (rendered only while selected). */
export interface TabSpec<T extends string> {
  readonly id: T
  readonly label: string
  readonly render: () => ReactNode
}

/** Props of {@link Tabs}. */
export interface TabsProps<T extends string> {
  readonly label: string
  readonly value: T
  readonly onChange: (id: T) => void
  readonly tabs: readonly TabSpec<T>[]
  /** Class prefix of the parts (`PREFIX-tabs`, `-tablist`, `-tabpanel`); the simulation's by default. */
  readonly look?: string
}

/** WAI-ARIA tabs (arrow keys move between tabs); only the selected panel is mounted. */
export function Tabs<T extends string>({ label, value, onChange, tabs, look = 'sim' }: TabsProps<T>) {
  const id = useId()
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
    const i = tabs.findIndex((t) => t.id === value)
    const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!
    onChange(next.id)
    document.getElementById(`${id}-${next.id}`)?.focus()
  }
  const current = tabs.find((t) => t.id === value) ?? tabs[0]!
  return (
    <div className={`${look}-tabs`}>
      <div role="tablist" aria-label={label} className={`${look}-tablist`} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${id}-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current.id}
            aria-controls={`${id}-panel`}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${current.id}`} className={`${look}-tabpanel`}>
        {current.render()}
      </div>
    </div>
  )
}
