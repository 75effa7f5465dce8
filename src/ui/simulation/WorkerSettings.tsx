import type { UiText } from '../../i18n/UiText.ts'
import type { WorkerEntry } from '../../store/simulation/ScenarioFile.ts'
import { useT } from '../i18n/language.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

type NumberKey = 'receiveWaitSeconds' | 'visibilityTimeout' | 'concurrency'
type FlagKey = 'reportTwice' | 'crashBeforeDelete'

const NUMBERS: readonly { readonly key: NumberKey; readonly label: UiText; readonly placeholder: number; readonly min: number; readonly max: number }[] = [
  { key: 'receiveWaitSeconds', label: 'Long-poll wait (seconds)', placeholder: 10, min: 0, max: 30 },
  { key: 'visibilityTimeout', label: 'Visibility timeout (seconds)', placeholder: 30, min: 1, max: 43200 },
  { key: 'concurrency', label: 'Messages at once', placeholder: 1, min: 1, max: 10000 },
]

const FLAGS: readonly { readonly key: FlagKey; readonly label: UiText; readonly hint: UiText }[] = [
  { key: 'reportTwice', label: 'Report twice', hint: 'shows TaskAlreadyCompleted' },
  { key: 'crashBeforeDelete', label: 'Crash before delete', hint: 'the message comes back after the visibility timeout' },
]

/** The simulated worker's settings (scenario `worker:`); empty fields keep the documented defaults. */
export function WorkerSettings() {
  const api = useSimulationApi()
  const t = useT()
  const worker = useSimulation((s) => s.scenario.worker) ?? {}
  const patch = (p: Partial<Record<keyof WorkerEntry, unknown>>) => {
    const next: Record<string, unknown> = { ...api().scenario.worker, ...p }
    for (const k of Object.keys(next)) if (next[k] === undefined || next[k] === false) delete next[k]
    const { worker: _w, ...rest } = api().scenario
    api().setScenario(Object.keys(next).length === 0 ? rest : { ...rest, worker: next as WorkerEntry })
  }
  return (
    <div className="sim-worker-settings">
      {NUMBERS.map((n) => (
        <label key={n.key} className="sim-row-field">
          <span>{t(n.label)}</span>
          <input
            type="number"
            className="sim-input sim-number"
            min={n.min}
            max={n.max}
            placeholder={String(n.placeholder)}
            value={worker[n.key] ?? ''}
            onChange={(e) => patch({ [n.key]: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </label>
      ))}
      {FLAGS.map((f) => (
        <label key={f.key} className="sim-check">
          <input type="checkbox" checked={worker[f.key] === true} onChange={(e) => patch({ [f.key]: e.target.checked })} />
          <span>{t(f.label)}</span>
          <span className="sim-hint">{t(f.hint)}</span>
        </label>
      ))}
    </div>
  )
}
