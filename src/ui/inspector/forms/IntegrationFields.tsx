import type { Integration, IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { msg, type Message } from '../../../i18n/Message.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { TextField, NumberField, ValueField } from '../fields/TextField.tsx'
import type { FieldCheck } from '../fields/Section.tsx'
import { integrationCommands, emptyIntegration } from '../logic/taskCommands.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { SelectField, type SelectOption } from '../fields/SelectField.tsx'
import type { TaskTarget } from '../logic/taskCommands.ts'
import { SUPPORTED_PATTERNS } from '../../../fdl/arn/resourceArn.ts'
import { InlineCode, Section } from '../fields/Section.tsx'
import { SERVICE_PARAM_SPECS } from '../logic/SERVICE_PARAM_SPECS.ts'

/**
 * The typed parts of each integration, in the order the form shows them (region and account come last): key,
 * label, and what an empty field says.
 */
const PARTS: Readonly<Record<Integration['kind'], readonly (readonly [string, UiText, Message])[]>> = {
  'mns-queue': [['queue', 'Queue', msg('Enter the queue.')]],
  'mns-topic': [['topic', 'Topic', msg('Enter the topic.')]],
  fc: [['service', 'Service', msg('Enter the service.')], ['function', 'Function', msg('Enter the function.')]],
  flow: [['flow', 'Flow', msg('Enter the flow.')]],
  action: [['product', 'Product', msg('Enter the product.')], ['api', 'API', msg('Enter the api.')]],
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/** Resource names as the MNS / FC / FnF ARN grammar accepts them (`parseResourceArn`). */
function checkName(empty: Message) {
  return (text: string): FieldCheck => {
    if (text === '') return { warning: empty }
    return NAME.test(text) ? {} : { warning: msg('Use letters, digits, _, . and -, starting with a letter, digit or _.') }
  }
}

/**
 * The fields of the picked integration (queue or topic name, service and function, flow name,
 * product and API) plus region and account; each keystroke rebuilds the ARN (or `action`) through
 * `src/fdl/arn`, in the ARN field's undo group.
 */
export function IntegrationFields({ step, target }: { readonly step: TaskStep; readonly target: Integration }) {
  const { edit } = useInspectorEnv()
  const t = useT()
  const group = `field:${pathKey([...step.path, target.kind === 'action' ? 'action' : 'resourceArn'])}`
  const field = (key: string, label: string, placeholder?: string, check?: (text: string) => FieldCheck) => (
    <TextField
      key={key}
      label={label}
      value={String((target as unknown as Record<string, string>)[key] ?? '')}
      placeholder={placeholder}
      check={check}
      className={key === 'region' || key === 'account' ? 'insp-half' : undefined}
      onCommit={(text) => {
        edit(integrationCommands(step, { ...target, [key]: text.trim() } as Integration), group)
        return text.trim()
      }}
    />
  )
  return (
    <>
      {PARTS[target.kind].map(([key, label, empty]) => field(key, t(label), target.kind === 'action' ? (key === 'product' ? 'fnf' : 'StartExecution') : undefined, checkName(empty)))}
      {target.kind === 'action' ? null : (
        <div className="insp-pair">
          {field('region', t('Region'), t('the flow’s region'))}
          {field('account', t('Account ID'), t('the flow’s account'), (text) => (/^\d*$/.test(text) ? {} : { warning: msg('An account ID is digits only.') }))}
        </div>
      )}
    </>
  )
}

const KINDS: readonly { readonly value: string; readonly label: UiText }[] = [
  { value: 'mns-queue', label: 'MNS queue' },
  { value: 'mns-topic', label: 'MNS topic' },
  { value: 'fc', label: 'Function Compute' },
  { value: 'flow', label: 'Child flow' },
  { value: 'action', label: 'Cloud API (action)' },
]

/**
 * Chooses what the task calls. Switching rewrites `resourceArn` / `action` and tidies what no longer fits
 * (see `integrationCommands`) as one undo step.
 */
export function IntegrationPicker({ step, target }: { readonly step: TaskStep; readonly target: TaskTarget }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const extra: SelectOption[] =
    target.kind === 'none' ? [{ value: 'none', label: t('Choose…') }] : target.kind === 'custom' ? [{ value: 'custom', label: t('Other (raw ARN)') }] : []
  return (
    <SelectField
      label={t('Integration')}
      value={target.kind}
      options={[...extra, ...KINDS.map((k) => ({ value: k.value, label: t(k.label) }))]}
      onChange={(kind) => {
        if (kind === target.kind || kind === 'none' || kind === 'custom') return
        edit(integrationCommands(step, emptyIntegration(kind as IntegrationKind, target)), actionGroup())
      }}
    />
  )
}

const ALL = ['requestResponse', 'sync', 'waitForCallback']
const HINTS: Readonly<Record<string, UiText>> = {
  requestResponse: 'Go on as soon as the call returns.',
  sync: 'Wait until the started job (child execution) finishes.',
  waitForCallback: 'Pause until a worker reports back with the task token.',
}

/** `Pattern`, offering only what the picked integration supports (REFERENCE §6.1); absent means requestResponse. */
export function PatternField({ step, target }: { readonly step: TaskStep; readonly target: TaskTarget }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const supported = target.kind === 'none' || target.kind === 'custom' ? ALL : SUPPORTED_PATTERNS[target.kind]
  const value = step.pattern ?? 'requestResponse'
  const options = supported.map((p) => ({ value: p, label: p === 'requestResponse' && step.pattern === undefined ? t('{value} (default)', { value: p }) : p }))
  if (!supported.includes(value)) options.push({ value, label: t('{pattern} (not supported here)', { pattern: value }) })
  return (
    <SelectField
      label={t('Pattern')}
      value={value}
      options={options}
      hint={t(HINTS[value] ?? 'This integration does not support this pattern.')}
      onChange={(pattern) => {
        if (pattern !== step.pattern) edit([{ type: 'field.set', path: [...step.path, 'pattern'], value: pattern }], actionGroup())
      }}
    />
  )
}

/** The first `Param`, `Param2`, … not yet used. */
function freshKey(params: Readonly<Record<string, unknown>>): string {
  let n = 1
  while (`Param${n === 1 ? '' : n}` in params) n++
  return `Param${n === 1 ? '' : n}`
}

/**
 * `serviceParams`: the integration's documented fields first (MNS `MessageBody`, `Priority`,
 * `DelaySeconds`; topic `MessageTag`; child flow `Input`, `ExecutionName`), then free key / value rows for
 * anything else. Values are typed as YAML reads them, so numbers stay numbers. The documented fields are
 * labelled with their keys in every language: they are what the YAML says.
 */
export function ServiceParamsEditor({ step, kind }: { readonly step: TaskStep; readonly kind: IntegrationKind | null }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const base = [...step.path, 'serviceParams']
  const params = step.serviceParams ?? {}
  const specs = kind ? SERVICE_PARAM_SPECS[kind] : []
  const known = specs.map((s) => s.key)
  const free = Object.keys(params).filter((k) => !known.includes(k))
  // A plain placeholder value: an empty string would be written `""` and keep its quotes through later edits.
  const add = () => edit([{ type: 'field.set', path: [...base, freshKey(params)], value: 'value' }], actionGroup())
  return (
    <Section title={t('Service parameters')} actions={<button type="button" className="insp-btn insp-btn-add" onClick={add}>{t('Add parameter')}</button>}>
      {specs.map((spec) =>
        spec.number && (params[spec.key] === undefined || typeof params[spec.key] === 'number') ? (
          <NumberField key={spec.key} label={spec.key} path={[...base, spec.key]} value={params[spec.key] as number | undefined}
            rule={spec.number} placeholder={spec.fallback ? t('{value} (default)', { value: spec.fallback }) : undefined} hint={t(spec.hint)} />
        ) : (
          <ValueField key={spec.key} label={spec.key} path={[...base, spec.key]} value={params[spec.key]} removeWhenEmpty
            placeholder={spec.fallback ? t('{value} (default)', { value: spec.fallback }) : undefined} hint={t(spec.hint)} />
        ),
      )}
      {specs.length === 0 && free.length === 0 ? <p className="insp-empty"><InlineCode text={t('None. Values may be constants, `$` (the mapped input) or `$.x`.')} /></p> : null}
      {free.length > 0 && specs.length > 0 ? <p className="insp-subhead">{t('Other parameters')}</p> : null}
      {free.map((key, i) => (
        <div key={key} role="group" aria-label={t('Parameter {n}', { n: i + 1 })} className="insp-param-row">
          <TextField
            label={t('Key')}
            labelHidden
            commitOnBlur
            value={key}
            check={(text) => (text.trim() === '' ? { error: msg('A parameter needs a key.') } : text !== key && text in params ? { error: msg('This key is already used.') } : {})}
            onCommit={(typed) => {
              const text = typed.trim()
              if (text === '' || (text !== key && text in params)) return null
              if (text !== key) {
                edit([{ type: 'field.remove', path: [...base, key] }, { type: 'field.set', path: [...base, text], value: params[key] }], actionGroup())
              }
              return text
            }}
          />
          <ValueField label={t('Value')} labelHidden path={[...base, key]} value={params[key]} />
          <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove')} title={t('Remove')}
            onClick={() => edit([{ type: 'field.remove', path: [...base, key] }], actionGroup())}>✕</button>
        </div>
      ))}
    </Section>
  )
}
