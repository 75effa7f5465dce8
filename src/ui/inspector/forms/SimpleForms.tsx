import { useId } from 'react'
import type { EditCommand } from '../../../fdl/edit/EditCommand.ts'
import type { WaitStep, FailStep, UnknownStep } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { StringField, TextField } from '../fields/TextField.tsx'
import type { FieldCheck } from '../fields/Section.tsx'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { setOrRemove } from '../logic/taskCommands.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'

const TWO_DAYS = 172800
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Reads the duration field: whole seconds, or a `$.path` into the step input (REFERENCE §2.5). */
function readDuration(text: string): { value?: number | string } & FieldCheck {
  const t = text.trim()
  if (t === '') return { warning: msg('Enter seconds or a $.path.') }
  if (t.startsWith('$')) return { value: t }
  if (!/^\d+$/.test(t)) return { error: msg('Whole seconds (e.g. 10) or a $.path.') }
  const n = Number(t)
  return n > TWO_DAYS ? { value: n, warning: msg('A wait lasts at most 2 days (172800 seconds).') } : { value: n }
}

/** A wait's duration or timestamp: exactly one of them, chosen with a radio pair. */
export function WaitForm({ step }: { readonly step: WaitStep }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const name = useId()
  const mode = step.timestamp !== undefined && step.duration === undefined ? 'timestamp' : 'duration'
  const switchTo = (next: 'duration' | 'timestamp') => {
    if (next === mode) return
    const other = next === 'duration' ? 'timestamp' : 'duration'
    const set: EditCommand = { type: 'field.set', path: [...step.path, next], value: next === 'duration' ? 10 : '2030-01-01T00:00:00Z' }
    edit(step[other] === undefined ? [set] : [setOrRemove([...step.path, other], undefined), set], actionGroup())
  }
  const durationPath = [...step.path, 'duration']
  return (
    <Section title={t('Wait')}>
      <div role="radiogroup" aria-label={t('Wait by')} className="insp-radios">
        {(['duration', 'timestamp'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={name} checked={mode === m} onChange={() => switchTo(m)} />
            {m === 'duration' ? t('For a duration') : t('Until a time')}
          </label>
        ))}
      </div>
      {mode === 'duration' ? (
        <TextField label={t('Duration (seconds)')} mono value={step.duration === undefined ? '' : String(step.duration)} placeholder={t('10 or $.pollInterval')}
          check={readDuration}
          onCommit={(text) => {
            const r = readDuration(text)
            if (r.error || r.value === undefined) return null
            if (r.value !== step.duration) edit([{ type: 'field.set', path: durationPath, value: r.value }], `field:${pathKey(durationPath)}`)
            return String(r.value)
          }} />
      ) : (
        <StringField label={t('Timestamp')} path={[...step.path, 'timestamp']} value={step.timestamp} mono required placeholder="2030-01-01T00:00:00Z"
          check={(text) => (text.startsWith('$') || RFC3339.test(text) ? {} : { warning: msg('An RFC 3339 time (2030-01-01T00:00:00Z) or a $.path.') })}
          hint={t('If this time has passed, the step finishes at once.')} />
      )}
    </Section>
  )
}

/** A fail step's `error` and `cause` (REFERENCE §2.10): what the execution fails with. */
export function FailForm({ step }: { readonly step: FailStep }) {
  const t = useT()
  return (
    <Section title={t('Failure')}>
      <StringField label={t('Error')} path={[...step.path, 'error']} value={step.error} mono placeholder="StatusIsNotReady" />
      <StringField label={t('Cause')} path={[...step.path, 'cause']} value={step.cause} placeholder={t('Why the flow failed')} />
    </Section>
  )
}

/** A step of a type FDL does not define (e.g. `loop`): its keys listed read-only, to be edited in the code. */
export function UnknownStepView({ step }: { readonly step: UnknownStep }) {
  const t = useT()
  const entries = Object.entries(step.extra ?? {})
  return (
    <Section title={step.declaredType ? t('Unknown type “{type}”', { type: step.declaredType }) : t('Step without a type')}>
      <p className="insp-hint">{t('FDL documents only task, pass, wait, choice, parallel, foreach, succeed and fail. This step is kept as written; edit it in the code.')}</p>
      {entries.length === 0 ? <p className="insp-empty">{t('No other keys.')}</p> : (
        <dl className="insp-keys">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd><code>{JSON.stringify(value)}</code></dd>
            </div>
          ))}
        </dl>
      )}
      {/* The YAML key and its count, as the keys above: the same in every language. */}
      {step.body ? <p className="insp-hint">steps: {step.body.steps.length}</p> : null}
    </Section>
  )
}
