import { useId, useMemo } from 'react'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Step } from '../../fdl/model/Step.ts'
import { computePreview } from './logic/computePreview.ts'
import { readTaskTarget } from './logic/readTaskTarget.ts'

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
  const preview = useMemo(() => computePreview(flow, step, sampleInput), [flow, step, sampleInput])
  const target = step.type === 'task' ? readTaskTarget(step) : null
  const rowErrors = preview.rows.filter((r) => r.error || !r.found)
  return (
    <div className="insp-preview-body" role="group" aria-label="Mapping preview">
      {preview.error ? <p className="insp-msg insp-error">{preview.error}</p> : null}
      {preview.input ? (
        <>
          <h4 id={`${id}-input`}>Step input</h4>
          <pre className="insp-code" aria-labelledby={`${id}-input`}>{pretty(preview.input)}</pre>
        </>
      ) : null}
      {rowErrors.map((r, i) => (
        <p key={i} className="insp-msg insp-warning">
          {r.error ? `${r.target}: ${r.error}` : `${r.target}: ${String(r.source)} finds nothing in the sample, so it is null.`}
        </p>
      ))}
      {preview.messageBody !== undefined ? (
        <>
          <h4 id={`${id}-body`}>{target?.kind === 'mns-topic' ? 'Message published' : 'Message body sent'}</h4>
          <pre className="insp-code insp-code-accent" aria-labelledby={`${id}-body`}>{preview.messageBody}</pre>
        </>
      ) : preview.serviceParams && Object.keys(preview.serviceParams).length > 0 ? (
        <>
          <h4 id={`${id}-params`}>Service parameters sent</h4>
          <pre className="insp-code" aria-labelledby={`${id}-params`}>{pretty(preview.serviceParams)}</pre>
        </>
      ) : null}
      <ul className="insp-notes">
        {preview.notes.map((n) => <li key={n}>{n}</li>)}
      </ul>
    </div>
  )
}
