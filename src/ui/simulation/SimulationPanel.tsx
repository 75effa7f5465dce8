import { useState } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { ChildFlows } from './ChildFlows.tsx'
import { EventHistory } from './EventHistory.tsx'
import { InputEditor, ScenarioEditor } from './ScenarioEditor.tsx'
import { LocalServer } from './LocalServer.tsx'
import { personNext } from '../../store/simulation/traceAt.ts'
import { ManualWorker, WorkerSettings } from './ManualWorker.tsx'
import { MessageQueue } from './MessageQueue.tsx'
import { RunBar } from './RunBar.tsx'
import { ScenarioFileButtons } from './ScenarioFileButtons.tsx'
import { SequenceView } from './SequenceView.tsx'
import { SimOptionsEditor } from './SimOptionsEditor.tsx'
import { StepData } from './StepData.tsx'
import { Tabs } from '../common/Tabs.tsx'
import { Timeline } from './Timeline.tsx'
import { useSimulation, useSimulationApi } from './useSimulation.ts'

type SideTab = 'setup' | 'worker' | 'data'
type MainTab = 'timeline' | 'sequence' | 'history'

function Setup() {
  const t = useT()
  return (
    <div className="sim-setup">
      <InputEditor />
      <h4 className="sim-subhead">{t('Scenario: what each task call does')}</h4>
      <ScenarioEditor />
      <h4 className="sim-subhead">{t('Child flows')}</h4>
      <ChildFlows />
      <h4 className="sim-subhead">{t('Simulated worker')}</h4>
      <WorkerSettings />
      <h4 className="sim-subhead">{t('Service behaviour')}</h4>
      <SimOptionsEditor />
      <ScenarioFileButtons />
    </div>
  )
}

/**
 * The Simulation region: run controls on top; input, scenario, manual worker and step data on the left; the
 * timeline (or the event history) in the middle; the message queue on the right.
 */
export function SimulationPanel() {
  const api = useSimulationApi()
  const t = useT()
  const refusal = useSimulation((s) => s.refusalText)
  const runWarnings = useSimulation((s) => s.runWarningText)
  const manual = useSimulation((s) => s.scenario.worker?.manual === true)
  const localServer = useSimulation((s) => s.localServer)
  const connection = useSimulation((s) => s.connection)
  const connectionText = useSimulation((s) => s.connectionText)
  // A string, so the panel redraws when the advice changes, not on every trace update; only read while the
  // manual worker's clock stands still (`blocked`), so playback frames do not walk the trace.
  const next = useSimulation((s) => {
    const advice = s.trace?.blocked && s.scenario.worker?.manual === true && !s.localServer ? personNext(s.trace, s.held) : null
    return advice ? t.message(advice) : null
  })
  const running = useSimulation((s) => s.phase === 'active')
  const selection = useDesigner((s) => s.selection)
  const text = useDesigner((s) => s.text)
  const runText = useSimulation((s) => s.runText)
  const [side, setSide] = useState<SideTab>('setup')
  const [main, setMain] = useState<MainTab>('timeline')
  // Presentation mode shows the sequence (its tab strip is hidden); leaving it comes back to the tab the user had.
  const presenting = useSimulation((s) => s.presenting)
  // Follow what the user just did: switching to the manual worker shows it; picking a step during a run shows its data.
  const [seen, setSeen] = useState({ manual, localServer, selection })
  if (seen.manual !== manual || seen.localServer !== localServer || seen.selection !== selection) {
    setSeen({ manual, localServer, selection })
    if ((manual && !seen.manual) || (localServer && !seen.localServer)) setSide('worker')
    else if (running && selection !== seen.selection && selection.length === 1) setSide('data')
  }
  return (
    <section className="sim-panel" aria-label={t('Simulation')}>
      <RunBar onClose={() => api().setOpen(false)} />
      {refusal.length > 0 ? (
        <div className="sim-refusal" role="alert">
          <strong>{t('Cannot run this flow:')}</strong>
          <ul>{refusal.slice(0, 6).map((r, i) => <li key={i}>{t.message(r)}</li>)}</ul>
        </div>
      ) : null}
      {runWarnings.length > 0 ? (
        <div className="sim-warnings" role="status" aria-label={t('Scenario warnings')}>
          <ul>{runWarnings.slice(0, 6).map((w, i) => <li key={i}>{t.message(w)}</li>)}</ul>
        </div>
      ) : null}
      {connection ? (
        <p className={`sim-connection connection-${connection.state}`} role={connection.state === 'live' ? 'status' : 'alert'} aria-label={t('Local server')}>
          {connectionText ? t.message(connectionText) : connection.message}
        </p>
      ) : null}
      {next ? (
        <p className="sim-waiting" role="status" aria-label={t('Waiting for you')}>
          <strong>{t('The clock waits for you.')}</strong> {next}
        </p>
      ) : null}
      {runText !== null && runText !== text ? (
        <p className="sim-stale" role="status">{t('The flow changed since this run started: press Run to simulate the new version.')}</p>
      ) : null}
      <div className="sim-body">
        <div className="sim-side">
          <Tabs
            label={t('Simulation setup')}
            value={side}
            onChange={setSide}
            tabs={[
              { id: 'setup', label: t('Input & scenario'), render: () => <Setup /> },
              { id: 'worker', label: t('Worker'), render: () => (localServer ? <LocalServer /> : <ManualWorker />) },
              { id: 'data', label: t('Step data'), render: () => <StepData /> },
            ]}
          />
        </div>
        <div className="sim-main">
          <Tabs
            label={t('Simulation views')}
            value={presenting ? 'sequence' : main}
            onChange={setMain}
            tabs={[
              { id: 'timeline', label: t('Timeline'), render: () => <Timeline /> },
              { id: 'history', label: t('Event history'), render: () => <EventHistory /> },
              { id: 'sequence', label: t('Sequence'), render: () => <SequenceView /> },
            ]}
          />
        </div>
        <div className="sim-right">
          <MessageQueue />
        </div>
      </div>
    </section>
  )
}
