import { useDesigner } from '../../store/useDesigner.ts'
import type { ViewMode } from '../../store/DesignerState.ts'

const VIEWS: readonly { readonly mode: ViewMode; readonly label: string }[] = [
  { mode: 'design', label: 'Design' },
  { mode: 'split', label: 'Split' },
  { mode: 'code', label: 'Code' },
]

/** Design / Split / Code: which of canvas and code pane show; a group of toggle buttons. */
export function ViewSwitch() {
  const view = useDesigner((s) => s.view)
  const setView = useDesigner((s) => s.setView)
  return (
    <div className="segmented" role="group" aria-label="View">
      {VIEWS.map((v) => (
        <button key={v.mode} type="button" aria-pressed={view === v.mode} onClick={() => setView(v.mode)}>
          {v.label}
        </button>
      ))}
    </div>
  )
}
