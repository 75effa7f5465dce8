/** The step types the FDL v1 documentation defines, in the order the designer's palette lists them. */
export const STEP_TYPES = ['task', 'pass', 'wait', 'choice', 'parallel', 'foreach', 'succeed', 'fail'] as const

/** One of {@link STEP_TYPES}. */
export type StepType = (typeof STEP_TYPES)[number]
