import { useT } from '../i18n/language.ts'
import { formatVirtual } from './formatVirtual.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

/**
 * The scrubber: a slider over everything simulated so far that sets the time `t` every view shows (also
 * by keyboard). Dragging it pauses playback, so the moment stays on screen.
 */
export function Scrubber() {
  const api = useSimulationApi()
  const now = useSimulation((s) => s.t)
  const t = useT()
  const trace = useSimulation((s) => s.trace)
  useSimulation((s) => s.traceVersion)
  const start = trace?.startTime ?? 0
  const end = trace ? trace.now : 0
  const step = Math.max(1, Math.round((end - start) / 1000))
  return (
    <div className="tl-scrubber">
      <input
        type="range"
        aria-label={t('Time')}
        aria-valuetext={trace ? formatVirtual(now, start) : t('not started')}
        min={start}
        max={Math.max(end, start + 1)}
        step={step}
        value={trace ? now : start}
        disabled={!trace}
        onChange={(e) => {
          api().pause()
          api().seek(Number(e.target.value))
        }}
      />
      <span className="tl-scrub-time">{trace ? `${formatVirtual(now, start)} / ${formatVirtual(end, start)}` : '—'}</span>
    </div>
  )
}
