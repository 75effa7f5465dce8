import type { CANONICAL_KEY_ORDER } from './canonicalKeyOrder.ts'

type Kind = keyof typeof CANONICAL_KEY_ORDER

/** Which kind of FDL mapping sits under each key, so formatting can find every step, policy and mapping row. */
export const CANONICAL_CHILDREN: Readonly<Partial<Record<Kind, Readonly<Record<string, Kind>>>>> = {
  flow: { steps: 'step', inputMappings: 'mapping', outputMappings: 'mapping' },
  step: {
    steps: 'step', choices: 'choice', default: 'default', branches: 'branch', iterationMapping: 'iterationMapping',
    retry: 'retry', catch: 'catch', inputMappings: 'mapping', outputMappings: 'mapping', errorMappings: 'mapping',
  },
  choice: { steps: 'step' },
  default: { steps: 'step' },
  branch: { steps: 'step' },
  catch: { steps: 'step' },
}
