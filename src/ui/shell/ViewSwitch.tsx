import type { UiText } from '../../i18n/UiText.ts'
import { useDesigner } from '../../store/Designer.ts'
import type { ViewMode } from '../../store/DesignerState.ts'
import { useT } from '../i18n/language.ts'

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
