import type { ForeachStep } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/StringField.tsx'

/** A foreach's `iterationMapping` (REFERENCE §2.8): which array, and the keys each element and index get. */
export function ForeachForm({ step }: { readonly step: ForeachStep }) {
  const at = [...step.path, 'iterationMapping']
  const im = step.iterationMapping
  const t = useT()
  const count = step.body.steps.length
  return (
    <Section title={t('Iteration')}>
      <StringField label={t('Collection')} path={[...at, 'collection']} value={im.collection} mono required placeholder="$.names"
        check={(text) => (text.trim() === '' ? { warning: msg('Name the array to iterate, e.g. $.names.') } : text.startsWith('$') ? {} : { warning: msg('A path into the step input, starting with $.') })} />
      <StringField label={t('Item')} path={[...at, 'item']} value={im.item} required placeholder="name"
        check={(text) => (text.trim() === '' ? { warning: msg('Each iteration gets the element under this key.') } : {})}
        hint={t('Each iteration’s input gets the element under this key.')} />
      <StringField label={t('Index')} path={[...at, 'index']} value={im.index} placeholder={t('(optional)')}
        hint={t('Optional: each iteration’s input gets its position under this key.')} />
      <p className="insp-hint">
        {count === 1
          ? t('Body: 1 step, edited on the canvas. Up to 100 iterations run at once.')
          : t('Body: {n} steps, edited on the canvas. Up to 100 iterations run at once.', { n: count })}
      </p>
    </Section>
  )
}
