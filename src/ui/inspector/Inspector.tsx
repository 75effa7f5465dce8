import { canApplyText } from '../../fdl/edit/applyEdit.ts'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Step } from '../../fdl/model/Step.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { StepGlyph } from '../common/StepGlyph.tsx'
import { useT, type Translate } from '../i18n/language.ts'
import { FlowForm } from './forms/FlowForm.tsx'
import { StepForm } from './forms/StepForm.tsx'
import type { TaskTab } from './forms/TaskForm.tsx'
import type { InspectorProps } from './InspectorEnv.ts'
import { InspectorEnvContext, type InspectorEnv } from './InspectorEnv.ts'
import { findStep } from './logic/stepLookup.ts'
import { undoGroups } from './logic/undoGroups.ts'
import { readTaskTarget } from './logic/taskCommands.ts'
import { sourceCompletions } from './logic/sourceCompletions.ts'
import { MappingPreview } from './MappingPreview.tsx'
import { SampleInputEditor, useSampleInput } from './SampleInputEditor.tsx'
import { SelectionSummary } from './SelectionSummary.tsx'
import './inspector.css'

const INTEGRATION_NAMES: Readonly<Record<string, UiText>> = {
  'mns-queue': 'MNS queue', 'mns-topic': 'MNS topic', fc: 'Function Compute', flow: 'Child flow', action: 'Cloud API',
}

/** The palette / canvas glyph of a step: tasks show what they call. */
function glyphKind(step: Step): string {
  if (step.type !== 'task') return step.type
  const kind = readTaskTarget(step).kind
  return kind === 'flow' ? 'child-flow' : kind === 'mns-queue' || kind === 'mns-topic' || kind === 'fc' ? kind : 'task'
}

/** The subtitle under the step name: its type (the FDL keyword, in every language), and for tasks what it calls. */
function describe(step: Step, t: Translate): string {
  if (step.type === 'unknown') return step.declaredType ? t('unknown type “{type}”', { type: step.declaredType }) : t('no type')
  if (step.type !== 'task') return t('{type} step', { type: step.type })
  const integration = INTEGRATION_NAMES[readTaskTarget(step).kind]
  return integration ? t('task · {integration}', { integration: t(integration) }) : t('{type} step', { type: 'task' })
}

/**
 * The inspector region: a header naming what is selected, the form for the selected step (or the flow's
 * own fields when nothing is selected), and the sample input. Every change goes out as edit commands
 * through `dispatch`; while the code does not parse the form stays visible but disabled.
 */
export function Inspector(props: InspectorProps) {
  const { parsed, selectedPath, dispatch, readOnly } = props
  const t = useT()
  const flow = parsed.flow
  const completionsId = useId()
  const sample = useSampleInput(props.sampleInput, props.onSampleInputChange)
  const completions = useMemo(() => sourceCompletions(sample.value), [sample.value])
  const env = useMemo<InspectorEnv | null>(
    () => flow && {
      flow,
      edit: (commands, group) => {
        if (readOnly) return
        const key = undoGroups.resolve(group)
        for (const command of commands) dispatch(command, { group: key })
      },
      can: (command) => !readOnly && canApplyText(parsed, command) === null,
      actionGroup: undoGroups.action,
      completionsId,
      sampleInput: sample.value,
    },
    [flow, parsed, readOnly, dispatch, completionsId, sample.value],
  )
  const found = flow && selectedPath ? findStep(flow, selectedPath) : null
  const several = flow && (props.selectedPaths?.length ?? 0) > 1
    ? props.selectedPaths!.flatMap((p) => findStep(flow, p)?.step ?? [])
    : []
  const siblings = found ? found.sequence.steps.filter((s) => s !== found.step).map((s) => s.name) : []
  const [taskTab, setTaskTab] = useState<TaskTab>('config')
  // A newly selected step's form starts at its top, not where the last one was scrolled to.
  const root = useRef<HTMLElement>(null)
  const shownKey = found ? found.step.path.join('/') : ''
  useEffect(() => {
    if (root.current) root.current.scrollTop = 0
  }, [shownKey])
  return (
    <aside ref={root} aria-label={t('Inspector')} className="inspector" onFocus={undoGroups.enterControl}>
      <header className="insp-header">
        <StepGlyph kind={found ? glyphKind(found.step) : 'child-flow'} size={30} />
        <div className="insp-title">
          <h2>{several.length > 1 ? t('{n} steps selected', { n: several.length }) : found ? found.step.name || t('(unnamed step)') : t('Flow')}</h2>
          <p>{several.length > 1 ? t('A multi-selection') : found ? describe(found.step, t) : t('Flow settings')}</p>
        </div>
      </header>
      {readOnly ? (
        <p role="status" className="insp-banner">
          {t('The code has a syntax error, so this form is read-only until it parses again. Fix it in the code pane; nothing you typed is lost.')}
        </p>
      ) : null}
      {selectedPath && flow && !found ? <p role="status" className="insp-banner insp-banner-info">{t('The selected step no longer exists; showing the flow.')}</p> : null}
      {several.length > 1 ? (
        <SelectionSummary steps={several} paths={props.selectedPaths!} dispatch={(command) => dispatch(command)} readOnly={readOnly} />
      ) : env && flow ? (
        <InspectorEnvContext.Provider value={env}>
          {found ? (
            <StepForm key={found.step.path.join('/')} step={found.step} siblings={siblings} taskTab={taskTab} onTaskTab={setTaskTab} readOnly={readOnly} />
          ) : (
            <fieldset className="insp-form" disabled={readOnly}>
              <legend className="insp-sr-only">{t('Flow settings')}</legend>
              <FlowForm flow={flow} />
            </fieldset>
          )}
          <section className="insp-section insp-preview">
            <div className="insp-section-head"><h3>{t('Preview')}</h3></div>
            <SampleInputEditor text={sample.text} error={sample.error} onChange={sample.setText} />
            {found ? <MappingPreview flow={flow} step={found.step} sampleInput={sample.value} /> : null}
          </section>
          <datalist id={completionsId}>
            {completions.map((c) => <option key={c} value={c} />)}
          </datalist>
        </InspectorEnvContext.Provider>
      ) : (
        <p className="insp-empty insp-pad">{t('Nothing to inspect: the document is not a flow yet. Start from an example or type `version: v1`, `type: flow` and `steps` in the code.')}</p>
      )}
    </aside>
  )
}
