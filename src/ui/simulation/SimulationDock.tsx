import { lazy, Suspense, useEffect, useState } from 'react'
import { useT } from '../i18n/language.ts'
import { useSimulationApi } from './useSimulationApi.ts'
import { Splitter } from '../shell/Shell.tsx'
import { ScenarioPersistence } from './ScenarioPersistence.tsx'
import { SimCanvasStyle } from './SimCanvasStyle.tsx'
import { useSimulation } from './useSimulation.ts'
import './simulation.css'

/** The panel's code loads when the dock first opens, not with the designer. */
const SimulationPanel = lazy(() => import('./SimulationPanel.tsx').then((m) => ({ default: m.SimulationPanel })))

/**
 * Where the simulation view lives: a resizable dock across the bottom of the app, shown while `Simulate` has
 * it open. The canvas above stays live and shows each step's state at the time the timeline points to.
 */
export function SimulationDock() {
  const open = useSimulation((s) => s.open)
  const presenting = useSimulation((s) => s.presenting)
  const api = useSimulationApi()
  const t = useT()
  // Escape leaves presentation mode, unless something on top (a dialog, a menu) is open: Escape is theirs then.
  // Captured, so the canvas's own Escape (clear the selection) does not hide it.
  useEffect(() => {
    if (!presenting) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') === null) api().setPresenting(false)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [presenting, api])
  const [height, setHeight] = useState(() => Math.round(Math.max(320, Math.min(560, window.innerHeight * 0.5))))
  if (!open) return <ScenarioPersistence />
  return (
    <div className="sim-dock" style={{ height }}>
      <ScenarioPersistence />
      <Splitter label={t('Resize simulation')} orientation="horizontal" value={height} min={240} max={Math.max(300, window.innerHeight - 160)} sign={-1} onChange={setHeight} />
      <Suspense fallback={<p className="sim-loading" role="status">{t('Loading the simulator…')}</p>}>
        <SimulationPanel />
      </Suspense>
      <SimCanvasStyle />
    </div>
  )
}
