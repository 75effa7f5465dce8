import { DocumentBar } from '../files/DocumentBar.tsx'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { useT } from '../i18n/language.ts'
import { OpenFileInput } from '../files/OpenFileInput.tsx'
import { ExportMenu } from './ExportMenu.tsx'
import type { ReactNode } from 'react'
import { currentPlatform } from '../platform.ts'
import { useDesigner } from '../../store/Designer.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { ViewMode } from '../../store/DesignerState.ts'
import { useEffect, useState } from 'react'

/** The top bar: file actions, history, view switch, sync status, Share, Deploy, Present and Simulate; all registry actions. */
export function Toolbar() {
  const t = useT()
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">F</span>
        <span className="brand-name">FDL Studio</span>
      </div>
      <DocumentBar />
      {/* A class, not the name, marks the group for the stylesheet: the name changes with the language. */}
      <div className="tool-group document" role="toolbar" aria-label={t('Document')}>
        <ActionButton id="file.new" icon={<Icon name="new" />} />
        <ActionButton id="file.open" icon={<Icon name="open" />} />
        <OpenFileInput />
        <ExportMenu />
      </div>
      <div className="tool-group" role="toolbar" aria-label={t('History')}>
        <ActionButton id="history.undo" icon={<Icon name="undo" />} showLabel={false} />
        <ActionButton id="history.redo" icon={<Icon name="redo" />} showLabel={false} />
      </div>
      <ViewSwitch />
      <SyncStatus />
      <div className="tool-group end" role="toolbar" aria-label={t('Run and share')}>
        <ActionButton id="share" icon={<Icon name="share" />} />
        <ActionButton id="deploy" icon={<Icon name="deploy" />} />
        <ActionButton id="present" icon={<Icon name="present" />} />
        <ActionButton id="simulate" icon={<Icon name="play" />} keepLabel />
        <LanguageSwitch />
      </div>
    </header>
  )
}

/** Human form of a registry shortcut for tooltips: `Mod` becomes Ctrl (⌘ on macOS). */
function shortcutText(shortcut: string | undefined): string {
  if (!shortcut) return ''
  return shortcut.replace('Mod', currentPlatform() === 'mac' ? '⌘' : 'Ctrl')
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

const VIEWS: readonly { readonly mode: ViewMode; readonly label: UiText }[] = [
  { mode: 'design', label: 'Design' },
  { mode: 'split', label: 'Split' },
  { mode: 'code', label: 'Code' },
]

/** Design / Split / Code: which of canvas and code pane show; a group of toggle buttons. */
export function ViewSwitch() {
  const view = useDesigner((s) => s.view)
  const setView = useDesigner((s) => s.setView)
  const t = useT()
  return (
    <div className="segmented" role="group" aria-label={t('View')}>
      {VIEWS.map((v) => (
        <button key={v.mode} type="button" aria-pressed={view === v.mode} onClick={() => setView(v.mode)}>
          {t(v.label)}
        </button>
      ))}
    </div>
  )
}

/** How long a refusal message stays in the toolbar. */
const NOTICE_MS = 8000

/**
 * One line saying whether canvas and code agree: in sync, parsing, or the code has an error (the diagram is
 * stale). Also announces refusals (`notice`) politely to screen readers.
 */
export function SyncStatus() {
  const blocker = useDesigner((s) => s.analysis.blocker)
  const pending = useDesigner((s) => s.parsePending)
  const notice = useDesigner((s) => s.notice)
  const t = useT()
  const [expired, setExpired] = useState<number | null>(null)
  useEffect(() => {
    if (!notice) return
    const id = setTimeout(() => setExpired(notice.nonce), NOTICE_MS)
    return () => clearTimeout(id)
  }, [notice])
  const status = blocker
    ? { tone: 'error', text: t('Error on line {line} · diagram paused', { line: blocker.range.line }) }
    : pending
      ? { tone: 'busy', text: t('Updating…') }
      : { tone: 'ok', text: t('In sync') }
  return (
    <div className="sync-status" role="status" aria-live="polite">
      <span className={`sync-dot ${status.tone}`} aria-hidden="true" />
      <span className="sync-text">{status.text}</span>
      {notice && notice.nonce !== expired ? <span key={notice.nonce} className="notice" title={t.message(notice.message)}>{t.message(notice.message)}</span> : null}
    </div>
  )
}

/** Stroke paths of the small line icons the shell uses (24×24 grid, drawn with currentColor). */
const PATHS = {
  new: 'M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9zM14 3v6h6M12 12v6M9 15h6',
  open: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  export: 'M12 15V3M7 8l5-5 5 5M5 14v5a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-5',
  chevron: 'M6 9l6 6 6-6',
  undo: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  share: 'M4 12v7a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7M16 6l-4-4-4 4M12 2v13',
  play: 'M7 4v16l13-8z',
  deploy: 'M7 18a5 5 0 0 1-.6-9.96A6 6 0 0 1 17.7 9 4.5 4.5 0 0 1 17 18M12 21v-9M9 15l3-3 3 3',
  search: 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM21 21l-4.3-4.3',
  left: 'M15 18l-6-6 6-6',
  right: 'M9 18l6-6-6-6',
  up: 'M18 15l-6-6-6 6',
  down: 'M6 9l6 6 6-6',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  close: 'M6 6l12 12M18 6L6 18',
  present: 'M3 4h18v12H3zM12 16v4M8 20h8',
  trash: 'M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  alert: 'M12 9v4M12 17h.01M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 16v-4M12 8h.01',
  error: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM15 9l-6 6M9 9l6 6',
  check: 'M20 6L9 17l-5-5',
} as const

/** An icon name from {@link PATHS}. */
export type IconName = keyof typeof PATHS

/** A decorative 16px line icon; hidden from assistive technology because the control around it is named. */
export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  )
}
