import type { Speed } from '../../store/simulation/SimulationState.ts'
import { statusAt } from '../../store/simulation/statusAt.ts'
import { formatVirtual } from './formatVirtual.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

const SPEEDS: readonly { readonly speed: Speed; readonly label: string; readonly title: string }[] = [
  { speed: 1, label: '×1', title: 'Real time' },
  { speed: 10, label: '×10', title: 'Ten times real time' },
  { speed: 100, label: '×100', title: 'A hundred times real time' },
  { speed: 'instant', label: 'Instant', title: 'Jump to the end, or to where the manual worker must act' },
]

/** Cause recorded with `ExecutionStopped` when the panel's `Stop` button stops a run (Error is left out, as the API allows). */
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
  const t = useSimulation((s) => s.t)
  const trace = useSimulation((s) => s.trace)
  useSimulation((s) => s.traceVersion)
  const status = statusAt(trace, t)
  const start = trace?.startTime ?? 0
  const running = phase === 'active' && trace?.executions[0]?.status === 'Running'
  // Paused: playback stands still at a time the execution was running (after Pause, Step or scrubbing back).
  const paused = phase === 'active' && !playing && status === 'Running'
  return (
    <div className="sim-runbar">
      <div className="sim-buttons" role="toolbar" aria-label="Run controls">
        <button type="button" className="sim-button primary" onClick={() => api().run()} disabled={playing} title={playing ? 'Playing: press Pause to stop the clock' : 'Start a new execution, or play on from the time shown (Ctrl+Enter)'}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4v16l13-8z" /></svg>
          Run
        </button>
        <button type="button" className="sim-button" onClick={() => api().pause()} disabled={!playing}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 4h4v16H7zM13 4h4v16h-4z" /></svg>
          Pause
        </button>
        <button type="button" className="sim-button" onClick={() => api().step()} disabled={phase === 'starting'} title="Go to the next moment something happens (before a run: start one at its first moment)">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 4v16l10-8zM17 4h2v16h-2z" /></svg>
          Step
        </button>
        <button
          type="button"
          className="sim-button"
          onClick={() => api().callManual({ kind: 'StopExecution', execution: 0, error: '', cause: STOP_CAUSE })}
          disabled={!running}
          title="StopExecution: end the running execution now (status Stopped)"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6h12v12H6z" /></svg>
          Stop
        </button>
        <button type="button" className="sim-button" onClick={() => api().reset()} disabled={phase === 'idle'}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5" fill="none" /></svg>
          Reset
        </button>
      </div>
      <div className="segmented" role="group" aria-label="Speed">
        {SPEEDS.map((s) => (
          <button key={String(s.speed)} type="button" aria-pressed={speed === s.speed} title={s.title} onClick={() => api().setSpeed(s.speed)}>
            {s.label}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Worker">
        <button type="button" aria-pressed={!manual && !localServer} onClick={() => api().setManual(false)} title="A simulated worker takes each message and reports as the scenario says">
          Simulated worker
        </button>
        <button type="button" aria-pressed={manual && !localServer} onClick={() => api().setManual(true)} title="You receive messages and report yourself">
          Manual worker
        </button>
        <button type="button" aria-pressed={localServer} onClick={() => api().setLocalServer(true)} title="Run the flow in fdl serve on this machine, against your own worker, and watch it live">
          Local server
        </button>
      </div>
      <div className="sim-clock" title={trace ? new Date(t).toISOString() : 'Not started'}>
        <span className="sim-clock-label">Virtual time</span>
        <output aria-label="Virtual clock">{trace ? formatVirtual(t, start) : '—'}</output>
      </div>
      <span className={`sim-status status-${(paused ? 'paused' : (status ?? 'none')).toLowerCase()}`} role="status" aria-label="Execution status" title={paused ? 'The execution is running at the time shown; playback is paused' : undefined}>
        {paused ? 'Paused' : (status ?? (phase === 'starting' ? 'Starting' : 'Not started'))}
      </span>
      {presenting ? (
        <button type="button" className="sim-button" onClick={() => api().setPresenting(false)} title="Back to the designer (Escape)">
          Leave presentation
        </button>
      ) : null}
      <button type="button" className="icon-button sim-close" aria-label="Close simulation" title="Close simulation" onClick={onClose}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" /></svg>
      </button>
    </div>
  )
}
