import type { UiText } from '../../i18n/UiText.ts'
import type { Speed } from '../../store/simulation/SimulationState.ts'
import type { TraceStatus } from '../../store/simulation/SimTrace.ts'
import { statusAt } from '../../store/simulation/traceAt.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual } from './timeScale.ts'
import { useSimulation, useSimulationApi } from './useSimulation.ts'

const SPEEDS: readonly { readonly speed: Speed; readonly label: UiText | null; readonly title: UiText }[] = [
  { speed: 1, label: null, title: 'Real time' },
  { speed: 10, label: null, title: 'Ten times real time' },
  { speed: 100, label: null, title: 'A hundred times real time' },
  { speed: 'instant', label: 'Instant', title: 'Jump to the end, or to where the manual worker must act' },
]

/**
 * `Execution status` in words: the service's status names in English (the contract the tests read), the
 * console's words in Chinese.
 */
const STATUS_WORDS: Record<TraceStatus, UiText> = { Running: 'Running', Succeeded: 'Succeeded', Failed: 'Failed', TimedOut: 'TimedOut', Stopped: 'Stopped' }

/**
 * Cause recorded with `ExecutionStopped` when the panel's `Stop` button stops a run (Error is left out, as the API
 * allows). Service data in the execution's history, so it stays English whatever the UI language.
 */
const STOP_CAUSE = 'Stopped from the simulation panel.'

/**
 * The run controls: Run / Pause / Step / Stop / Reset, playback speed, who plays the worker, the virtual clock and
 * `Execution status` (Running, Succeeded, Failed, TimedOut, Stopped) at the time shown.
 */
export function RunBar({ onClose }: { onClose: () => void }) {
  const api = useSimulationApi()
  const playing = useSimulation((s) => s.playing)
  const speed = useSimulation((s) => s.speed)
  const phase = useSimulation((s) => s.phase)
  const manual = useSimulation((s) => s.scenario.worker?.manual === true)
  const localServer = useSimulation((s) => s.localServer)
  const presenting = useSimulation((s) => s.presenting)
  const now = useSimulation((s) => s.t)
  const trace = useSimulation((s) => s.trace)
  const t = useT()
  useSimulation((s) => s.traceVersion)
  const status = statusAt(trace, now)
  const start = trace?.startTime ?? 0
  const running = phase === 'active' && trace?.executions[0]?.status === 'Running'
  // Paused: playback stands still at a time the execution was running (after Pause, Step or scrubbing back).
  const paused = phase === 'active' && !playing && status === 'Running'
  return (
    <div className="sim-runbar">
      <div className="sim-buttons" role="toolbar" aria-label={t('Run controls')}>
        <button type="button" className="sim-button primary" onClick={() => api().run()} disabled={playing} title={playing ? t('Playing: press Pause to stop the clock') : t('Start a new execution, or play on from the time shown (Ctrl+Enter)')}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4v16l13-8z" /></svg>
          {t('Run')}
        </button>
        <button type="button" className="sim-button" onClick={() => api().pause()} disabled={!playing}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4h4v16H7zM13 4h4v16h-4z" /></svg>
          {t('Pause')}
        </button>
        <button type="button" className="sim-button" onClick={() => api().step()} disabled={phase === 'starting'} title={t('Go to the next moment something happens (before a run: start one at its first moment)')}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4v16l10-8zM17 4h2v16h-2z" /></svg>
          {/* The note tells it from `Step`, a step of the flow (步骤) everywhere else: this one moves the clock (单步). */}
          {t('Step@@run one step')}
        </button>
        <button
          type="button"
          className="sim-button"
          onClick={() => api().callManual({ kind: 'StopExecution', execution: 0, error: '', cause: STOP_CAUSE })}
          disabled={!running}
          title={t('StopExecution: end the running execution now (status Stopped)')}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6h12v12H6z" /></svg>
          {t('Stop')}
        </button>
        <button type="button" className="sim-button" onClick={() => api().reset()} disabled={phase === 'idle'}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5" fill="none" /></svg>
          {t('Reset')}
        </button>
      </div>
      <div className="segmented" role="group" aria-label={t('Speed')}>
        {SPEEDS.map((s) => (
          <button key={String(s.speed)} type="button" aria-pressed={speed === s.speed} title={t(s.title)} onClick={() => api().setSpeed(s.speed)}>
            {s.label ? t(s.label) : `×${s.speed}`}
          </button>
        ))}
      </div>
      <div className="segmented sim-worker-modes" role="group" aria-label={t('Worker')}>
        <button type="button" aria-pressed={!manual && !localServer} onClick={() => api().setManual(false)} title={t('A simulated worker takes each message and reports as the scenario says')}>
          {t('Simulated worker')}
        </button>
        <button type="button" aria-pressed={manual && !localServer} onClick={() => api().setManual(true)} title={t('You receive messages and report yourself')}>
          {t('Manual worker')}
        </button>
        <button type="button" aria-pressed={localServer} onClick={() => api().setLocalServer(true)} title={t('Run the flow in fdl serve on this machine, against your own worker, and watch it live')}>
          {t('Local server')}
        </button>
      </div>
      <div className="sim-clock" title={trace ? new Date(now).toISOString() : t('Not started')}>
        <span className="sim-clock-label">{t('Virtual time')}</span>
        <output aria-label={t('Virtual clock')}>{trace ? formatVirtual(now, start) : '—'}</output>
      </div>
      <span className={`sim-status status-${(paused ? 'paused' : (status ?? 'none')).toLowerCase()}`} role="status" aria-label={t('Execution status')} title={paused ? t('The execution is running at the time shown; playback is paused') : undefined}>
        {paused ? t('Paused') : status ? t(STATUS_WORDS[status]) : phase === 'starting' ? t('Starting') : t('Not started')}
      </span>
      {presenting ? (
        <button type="button" className="sim-button" onClick={() => api().setPresenting(false)} title={t('Back to the designer (Escape)')}>
          {t('Leave presentation')}
        </button>
      ) : null}
      <button type="button" className="icon-button sim-close" aria-label={t('Close simulation')} title={t('Close simulation')} onClick={onClose}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" /></svg>
      </button>
    </div>
  )
}
