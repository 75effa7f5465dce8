import type { JsonPath } from '../model/JsonPath.ts'
import type { Step } from '../model/Step.ts'

/** One `goto` of a step: the sibling it names and where it is written. */
export interface StepGoto {
  readonly target: string
  readonly path: JsonPath
  readonly kind: 'choice' | 'catch'
}

/** The `goto`s a step can take: choice branches and default, and catch policies. */
export function stepGotos(step: Step): StepGoto[] {
  const gotos: StepGoto[] = []
  if (step.type === 'choice') {
    step.choices.forEach((c, i) => {
      if (c.goto !== undefined) gotos.push({ target: c.goto, path: [...step.path, 'choices', i, 'goto'], kind: 'choice' })
    })
    if (step.default?.goto !== undefined) gotos.push({ target: step.default.goto, path: [...step.path, 'default', 'goto'], kind: 'choice' })
  }
  if (step.type === 'task') {
    step.catch?.forEach((c, i) => {
      if (c.goto !== undefined) gotos.push({ target: c.goto, path: [...step.path, 'catch', i, 'goto'], kind: 'catch' })
    })
  }
  return gotos
}
