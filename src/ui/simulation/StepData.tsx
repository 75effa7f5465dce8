import type { Mapping } from '../../fdl/model/Step.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { indexSteps } from '../../store/indexSteps.ts'
import { stepDataAt } from '../../store/simulation/traceAt.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual } from './timeScale.ts'
import { SPAN_OUTCOME } from './stateWords.ts'
import { useSimulation, useTraceIndex } from './useSimulation.ts'

const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v, null, 2))

/** Reads `target` from an object the mapping produced (keys are literal, REFERENCE §3.3). */
const valueAt = (obj: unknown, key: string): unknown =>
  typeof obj === 'object' && obj !== null && Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined

function MappingTable({ title, rows, produced }: { title: UiText; rows: readonly Mapping[]; produced: unknown }) {
  const t = useT()
  return (
    <table className="sim-table sim-map-table" aria-label={t(title)}>
      <caption>{t(title)}</caption>
      <thead><tr><th scope="col">{t('Target')}</th><th scope="col">{t('Source')}</th><th scope="col">{t('Value')}</th></tr></thead>
      <tbody>
        {rows.map((m, i) => (
          <tr key={i}>
            <td className="sim-mono">{m.target}</td>
            <td className="sim-mono">{typeof m.source === 'string' ? m.source : JSON.stringify(m.source)}</td>
            <td className="sim-mono">{produced === undefined ? '—' : (JSON.stringify(valueAt(produced, m.target)) ?? '—')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Data at every step: for the selected step (on the canvas or the timeline), its input, local, output and
 * error at time `t`, and for its mappings which source produced each target and with what value.
 */
export function StepData() {
  const now = useSimulation((s) => s.t)
  const t = useT()
  const chosen = useSimulation((s) => s.selectedSpan)
  const picked = useSimulation((s) => s.selectedStep)
  const selection = useDesigner((s) => s.selection)
  const flow = useDesigner((s) => s.good.parsed.flow)
  const { trace, index } = useTraceIndex()
  const steps = indexSteps(flow)
  const fromCanvas = selection.length === 1 ? [...steps.values()].find((e) => e.step.path.join('/') === selection[0]!.join('/'))?.step : undefined
  const step = fromCanvas ?? [...steps.values()].find((e) => e.step.name === picked)?.step
  if (!step) return <p className="sim-hint">{t('Select a step on the canvas or a bar on the timeline to see its data at the current time.')}</p>
  const data = trace && index ? stepDataAt(index, trace, step.name, now, chosen) : null
  const start = trace?.startTime ?? 0
  return (
    <div className="sim-data" aria-label={t('Data of {step}', { step: step.name })}>
      <h4 data-user-text>{step.name}</h4>
      {data ? (
        <p className="sim-hint">
          {data.ended
            ? t('Run {run} of {runs}: started {start}, ended {end} ({outcome})', { run: data.run, runs: data.runs, start: formatVirtual(data.span.start, start), end: formatVirtual(data.span.end, start), outcome: t(SPAN_OUTCOME[data.span.outcome]) })
            : t('Run {run} of {runs}: started {start}, still running', { run: data.run, runs: data.runs, start: formatVirtual(data.span.start, start) })}
        </p>
      ) : <p className="sim-hint">{t('Not run yet at this time.')}</p>}
      <dl className="sim-data-list">
        <dt>{t('Input')}</dt><dd><pre>{show(data?.input)}</pre></dd>
        <dt>{t('Local')}</dt><dd><pre>{show(data?.local)}</pre></dd>
        <dt>{t('Output')}</dt><dd><pre>{show(data?.output)}</pre></dd>
        <dt>{t('Error')}</dt><dd><pre>{data?.error ? `${data.error.error}${data.error.cause ? `: ${data.error.cause}` : ''}` : '—'}</pre></dd>
      </dl>
      {step.inputMappings?.length ? <MappingTable title="Input mappings" rows={step.inputMappings} produced={data?.input} /> : null}
      {step.outputMappings?.length ? <MappingTable title="Output mappings" rows={step.outputMappings} produced={data?.output} /> : null}
    </div>
  )
}
