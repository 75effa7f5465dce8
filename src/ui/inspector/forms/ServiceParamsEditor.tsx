import type { IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import { InlineCode } from '../fields/InlineCode.tsx'
import { NumberField } from '../fields/NumberField.tsx'
import { Section } from '../fields/Section.tsx'
import { TextField } from '../fields/TextField.tsx'
import { ValueField } from '../fields/ValueField.tsx'
import { SERVICE_PARAM_SPECS } from '../logic/SERVICE_PARAM_SPECS.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

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
