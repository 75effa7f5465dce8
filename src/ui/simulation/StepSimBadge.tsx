import { stepVisualAt } from '../../store/simulation/stepVisualAt.ts'
import type { StepVisual } from '../../store/simulation/StepVisual.ts'
import { useSimulation } from './useSimulation.ts'

/** The words of a step's state, short enough for a badge on its box. */
function badgeText(v: StepVisual): string {
  const many = v.active > 1 ? ` ×${v.active}` : ''
  const progress = v.progress ? `${v.progress.done}/${v.progress.total} done${v.progress.running ? ` · ${v.progress.running} running` : ''}` : ''
  switch (v.phase) {
    case 'notStarted':
      return 'not started'
    case 'running':
      return progress || `running${many}`
    case 'waiting':
      return `⟲ waiting for callback${many}`
    case 'retrying':
      return `↻ retrying, attempt ${v.attempt}${many}`
    case 'succeeded':
      return progress || (v.runs > 1 ? `✓ succeeded (${v.runs} runs)` : '✓ succeeded')
    case 'failed':
      return progress ? `✕ failed · ${progress}` : '✕ failed'
    case 'caught':
      return '⚠ error caught'
    case 'skipped':
      return 'skipped'
    case 'cancelled':
      return 'cancelled'
  }
}

/**
 * The simulation state of one step at time `t`, as a badge and a coloured ring inside its canvas box (running, waiting for
 * callback, retrying n, succeeded, failed, caught, skipped; foreach progress done / running / total). Renders
 * nothing unless a simulation is shown. Subscribes to a string, so a node redraws only when its badge changes.
 */
export function StepSimBadge({ name }: { name: string }) {
  const text = useSimulation((s) => {
    if (!s.open || !s.trace || !s.index) return ''
    const v = stepVisualAt(s.index, s.trace, name, s.t)
    return `${v.phase}${s.playing ? ' live' : ''}\u0000${badgeText(v)}`
  })
  if (!text) return null
  const [phase, words] = text.split('\u0000')
  return (
    <>
      <span className={`sim-step-ring phase-${phase}`} aria-hidden="true" />
      <span className={`sim-step-badge phase-${phase}`} title={`Simulation at the current time: ${words}`}>
        {words}
      </span>
    </>
  )
}
