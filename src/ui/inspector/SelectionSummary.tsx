import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { Step } from '../../fdl/model/Step.ts'
import { outermostPaths } from '../../fdl/model/jsonPaths.ts'
import { useT } from '../i18n/language.ts'

/**
 * What the inspector shows for several selected steps: which ones, what can be done with them together, and a
 * Delete for all of them. A form would edit only one of them, so none is shown.
 */
export function SelectionSummary({ steps, paths, dispatch, readOnly }: {
  readonly steps: readonly Step[]
  readonly paths: readonly JsonPath[]
  readonly dispatch: (command: EditCommand) => void
  readonly readOnly: boolean
}) {
  const t = useT()
  return (
    <section className="insp-section" aria-label={t('Selected steps')}>
      <ul className="insp-selection">
        {steps.map((s) => <li key={s.path.join('/')}><strong>{s.name || t('(unnamed step)')}</strong> <span className="insp-hint">{s.type}</span></li>)}
      </ul>
      <p className="insp-hint">
        {t('Drag any of them on the canvas to move them together, in their order. Ctrl/Cmd+C and Ctrl/Cmd+X copy and cut them; Ctrl/Cmd+click adds or removes a step.')}
      </p>
      <button type="button" className="insp-btn" disabled={readOnly} onClick={() => dispatch({ type: 'step.delete', paths: outermostPaths(paths) })}>
        {t('Delete {n} steps', { n: steps.length })}
      </button>
    </section>
  )
}
