import { useId, useMemo } from 'react'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Step } from '../../fdl/model/Step.ts'
import { useT } from '../i18n/language.ts'
import { computePreview } from './logic/computePreview.ts'
import { readTaskTarget } from './logic/taskCommands.ts'

/** Pretty JSON for a preview block. */
function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'undefined'
}

/**
 * What the step would receive for the sample input, computed by the simulator's mapping functions: the
 * step input, and for MNS tasks the exact message body sent (with a placeholder token).
 */
export function MappingPreview({ flow, step, sampleInput }: { readonly flow: Flow; readonly step: Step; readonly sampleInput: unknown }) {
  const id = useId()
  const t = useT()
  const preview = useMemo(() => computePreview(flow, step, sampleInput), [flow, step, sampleInput])
  const target = step.type === 'task' ? readTaskTarget(step) : null
  const rowErrors = preview.rows.filter((r) => r.error || !r.found)
  return (
    <div className="insp-preview-body" role="group" aria-label={t('Mapping preview')}>
      {preview.error ? <p className="insp-msg insp-error">{t.message(preview.error)}</p> : null}
      {preview.input ? (
        <>
          <h4 id={`${id}-input`}>{t('Step input')}</h4>
          <pre className="insp-code" aria-labelledby={`${id}-input`}>{pretty(preview.input)}</pre>
        </>
      ) : null}
      {rowErrors.map((r, i) => (
        <p key={i} className="insp-msg insp-warning">
          {r.error
            ? t('{target}: {error}', { target: r.target, error: t.message(r.errorText ?? r.error) })
            : t('{target}: {source} finds nothing in the sample, so it is null.', { target: r.target, source: String(r.source) })}
        </p>
      ))}
      {preview.messageBody !== undefined ? (
        <>
          <h4 id={`${id}-body`}>{target?.kind === 'mns-topic' ? t('Message published') : t('Message body sent')}</h4>
          <pre className="insp-code insp-code-accent" aria-labelledby={`${id}-body`}>{preview.messageBody}</pre>
        </>
      ) : preview.serviceParams && Object.keys(preview.serviceParams).length > 0 ? (
        <>
          <h4 id={`${id}-params`}>{t('Service parameters sent')}</h4>
          <pre className="insp-code" aria-labelledby={`${id}-params`}>{pretty(preview.serviceParams)}</pre>
        </>
      ) : null}
      <ul className="insp-notes">
        {preview.notes.map((n) => <li key={n.text}>{t.message(n)}</li>)}
      </ul>
    </div>
  )
}
