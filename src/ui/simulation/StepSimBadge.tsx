import { stepVisualAt } from '../../store/simulation/stepVisualAt.ts'
import type { StepVisual } from '../../store/simulation/stepVisualAt.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { useSimulation } from './useSimulation.ts'

/** The words of a step's state, short enough for a badge on its box. */
function badgeText(v: StepVisual, t: Translate): string {
  const many = v.active > 1 ? ` ×${v.active}` : ''
  const p = v.progress
  const progress = !p ? '' : p.running ? t('{done}/{total} done · {running} running', { done: p.done, total: p.total, running: p.running }) : t('{done}/{total} done', { done: p.done, total: p.total })
  switch (v.phase) {
    case 'notStarted':
      return t('not started')
    case 'running':
      return progress || `${t('running')}${many}`
    case 'waiting':
      return `${t('⟲ waiting for callback')}${many}`
    case 'retrying':
      return `${t('↻ retrying, attempt {attempt}', { attempt: v.attempt })}${many}`
    case 'succeeded':
      return progress || (v.runs > 1 ? t('✓ succeeded ({runs} runs)', { runs: v.runs }) : t('✓ succeeded'))
    case 'failed':
      return progress ? t('✕ failed · {progress}', { progress }) : t('✕ failed')
    case 'caught':
      return t('⚠ error caught')
    case 'skipped':
      return t('skipped')
    case 'cancelled':
      return t('cancelled')
  }
}

/**
 * The simulation state of one step at time `t`, as a badge and a coloured ring inside its canvas box (running, waiting for
 * callback, retrying n, succeeded, failed, caught, skipped; foreach progress done / running / total). Renders
 * nothing unless a simulation is shown. Subscribes to a string, so a node redraws only when its badge changes.
 */
export function StepSimBadge({ name }: { name: string }) {
  const t = useT()
  const text = useSimulation((s) => {
    if (!s.open || !s.trace || !s.index) return ''
    const v = stepVisualAt(s.index, s.trace, name, s.t)
    return `${v.phase}${s.playing ? ' live' : ''}\u0000${badgeText(v, t)}`
  })
  if (!text) return null
  const [phase, words] = text.split('\u0000')
  return (
    <>
      <span className={`sim-step-ring phase-${phase}`} aria-hidden="true" />
      <span className={`sim-step-badge phase-${phase}`} title={t('Simulation at the current time: {state}', { state: words ?? '' })}>
        {words}
      </span>
    </>
  )
}
