import type { ForeachStep } from '../../../fdl/model/ForeachStep.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/StringField.tsx'

/** A foreach's `iterationMapping` (REFERENCE §2.8): which array, and the keys each element and index get. */
export function ForeachForm({ step }: { readonly step: ForeachStep }) {
  const at = [...step.path, 'iterationMapping']
  const im = step.iterationMapping
  return (
    <Section title="Iteration">
      <StringField label="Collection" path={[...at, 'collection']} value={im.collection} mono required placeholder="$.names"
        check={(t) => (t.trim() === '' ? { warning: 'Name the array to iterate, e.g. $.names.' } : t.startsWith('$') ? {} : { warning: 'A path into the step input, starting with $.' })} />
      <StringField label="Item" path={[...at, 'item']} value={im.item} required placeholder="name"
        check={(t) => (t.trim() === '' ? { warning: 'Each iteration gets the element under this key.' } : {})}
        hint="Each iteration’s input gets the element under this key." />
      <StringField label="Index" path={[...at, 'index']} value={im.index} placeholder="(optional)"
        hint="Optional: each iteration’s input gets its position under this key." />
      <p className="insp-hint">Body: {step.body.steps.length === 1 ? '1 step' : `${step.body.steps.length} steps`}, edited on the canvas. Up to 100 iterations run at once.</p>
    </Section>
  )
}
