import fc from 'fast-check'

type Plain = Record<string, unknown>

/** Text with the characters YAML treats specially, so serialization has to quote and escape. */
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'ab_-:#[]{}",\' $.*&!|>%@`?\n\t'.split('')), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 })
const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/)
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })

const mapping = fc.record({ target: text, source: fc.jsonValue({ maxDepth: 1 }) })
const mappings = opt(fc.array(mapping, { maxLength: 3 }))
const common = { name: text, inputMappings: mappings, outputMappings: mappings }
const retry = fc.record({
  errors: fc.array(text, { maxLength: 3 }),
  intervalSeconds: opt(fc.nat()),
  maxIntervalSeconds: opt(fc.nat()),
  maxAttempts: opt(fc.nat()),
  multiplier: opt(fc.double({ min: 0.5, max: 4, noNaN: true })),
})

/**
 * Random flows in the shape of the model (`Flow` and `Step` without `path`): every step type, nested choice,
 * parallel and foreach up to a few levels, fields present or absent, awkward strings. `toDocument` turns one
 * into the plain FDL data a user would write; parsing that must give the model back.
 */
export const arbitraryFlow = fc.letrec<{ flow: Plain; step: Plain; sequence: Plain }>((tie) => ({
  sequence: fc.record({ steps: fc.array(tie('step'), { maxLength: 2 }) }),
  step: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'steps', withCrossShrink: true },
    fc.record({ type: fc.constant('pass'), ...common, end: opt(fc.boolean()) }),
    fc.record({ type: fc.constant('succeed'), ...common }),
    fc.record({ type: fc.constant('fail'), ...common, error: opt(text), cause: opt(text) }),
    fc.record({ type: fc.constant('wait'), ...common, duration: opt(fc.oneof(fc.nat(), text)), timestamp: opt(text), end: opt(fc.boolean()) }),
    fc.record({
      type: fc.constant('task'), ...common,
      resourceArn: opt(text), action: opt(text), pattern: opt(fc.constantFrom('requestResponse', 'sync', 'waitForCallback')),
      timeoutSeconds: opt(fc.nat()), serviceParams: opt(fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })),
      errorMappings: mappings, retry: opt(fc.array(retry, { maxLength: 2 })),
      catch: opt(fc.array(fc.record({ errors: fc.array(text, { maxLength: 2 }), goto: opt(text) }), { maxLength: 2 })),
      end: opt(fc.boolean()),
    }),
    fc.record({
      type: fc.constant('choice'), ...common,
      choices: fc.array(fc.record({ condition: opt(text), goto: opt(text), steps: tie('sequence').map((s) => s['steps']) }), { maxLength: 2 }),
      default: opt(fc.record({ goto: opt(text), steps: tie('sequence').map((s) => s['steps']) })),
      end: opt(fc.boolean()),
    }),
    fc.record({ type: fc.constant('parallel'), ...common, branches: fc.array(tie('sequence'), { maxLength: 2 }), end: opt(fc.boolean()) }),
    fc.record({
      type: fc.constant('foreach'), ...common,
      iterationMapping: fc.record({ collection: opt(text), item: opt(text), index: opt(text) }),
      body: tie('sequence'), end: opt(fc.boolean()),
    }),
  ),
  flow: fc.record({
    version: fc.constantFrom('v1', 'v1beta1'), type: fc.constant('flow'), name: opt(text), timeoutSeconds: opt(fc.nat()),
    inputMappings: mappings, outputMappings: mappings, body: tie('sequence'),
  }),
})).flow

/** The FDL document for a model-shaped flow: `body` becomes `steps`, branches become `{steps}`, absent fields are left out. */
export function toDocument(model: Plain): Plain {
  const out: Plain = {}
  for (const [k, v] of Object.entries(model)) {
    if (v === undefined) continue
    if (k === 'body') out['steps'] = ((v as Plain)['steps'] as Plain[]).map(toDocument)
    else if (k === 'branches') out[k] = (v as Plain[]).map((b) => ({ steps: (b['steps'] as Plain[]).map(toDocument) }))
    else if (k === 'choices') out[k] = (v as Plain[]).map((c) => toDocument(c))
    else if (k === 'default') out[k] = toDocument(v as Plain)
    else if (k === 'steps') out[k] = (v as Plain[]).map(toDocument)
    else out[k] = v
  }
  return out
}
