/**
 * The names of a plain step and of every step nested in it (body, choice branches and default,
 * parallel branches), e.g. to check a new step against the flow's names before inserting it.
 */
export function plainStepNames(step: unknown): string[] {
  const out: string[] = []
  const stack: unknown[] = [step]
  const asObj = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null)
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  while (stack.length > 0) {
    const s = asObj(stack.pop())
    if (!s) continue
    if (typeof s.name === 'string' && s.name !== '') out.push(s.name)
    stack.push(...list(s.steps))
    for (const b of [...list(s.choices), ...list(s.branches), s.default]) stack.push(...list(asObj(b)?.steps))
  }
  return out
}
