import type { ParallelStep } from '../../../fdl/model/ParallelStep.ts'
import { Section } from '../fields/Section.tsx'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/** The branch count of a parallel step (up to 100, REFERENCE §2.7); branch bodies are edited on the canvas. */
export function ParallelForm({ step }: { readonly step: ParallelStep }) {
  const { edit, actionGroup } = useInspectorEnv()
  const n = step.branches.length
  return (
    <Section title="Branches"
      actions={<button type="button" className="insp-btn insp-btn-add" disabled={n >= 100} onClick={() => edit([{ type: 'branch.add', step: step.path }], actionGroup())}>Add branch</button>}>
      <p className="insp-hint">{n === 1 ? '1 branch' : `${n} branches`} run at the same time (at most 100).</p>
      <ul className="insp-list">
        {step.branches.map((b, i) => (
          <li key={i}>
            <span>Branch {i + 1} · {b.steps.length === 1 ? '1 step' : `${b.steps.length} steps`}</span>
            <button type="button" className="insp-icon-btn insp-danger" aria-label={`Remove branch ${i + 1}`} title="Remove branch"
              onClick={() => edit([{ type: 'branch.remove', step: step.path, index: i }], actionGroup())}>✕</button>
          </li>
        ))}
      </ul>
      {n > 0 && (step.outputMappings ?? []).length === 0 ? (
        <p className="insp-msg insp-warning">Without output mappings a parallel step outputs nothing (e.g. map result ← $local[*].result).</p>
      ) : null}
    </Section>
  )
}
