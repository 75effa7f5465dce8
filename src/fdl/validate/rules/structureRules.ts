import { msg } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { ChoiceStep, ParallelStep, ForeachStep } from '../../model/Step.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { conditionTooComplex } from '../conditionLimits.ts'
import { MAX_PARALLEL_BRANCHES as MAX_BRANCHES } from '../../model/serviceLimits.ts'

/** Choice, parallel and foreach have the parts they need (REFERENCE §2.6-2.8, Appendix A). */
export const structureRules: Rule = {
  name: 'choice, parallel and foreach structure',
  codes: ['choice-choices-missing', 'choice-condition-missing', 'condition-too-complex', 'parallel-branches-missing', 'parallel-branch-steps-missing', 'parallel-too-many-branches', 'foreach-collection-missing', 'foreach-collection-invalid', 'foreach-item-missing', 'foreach-steps-missing', 'results-dropped'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type === 'choice') checkChoice(ctx, step)
      else if (step.type === 'parallel') checkParallel(ctx, step)
      else if (step.type === 'foreach') checkForeach(ctx, step)
      if ((step.type === 'parallel' || step.type === 'foreach') && step.outputMappings === undefined) {
        const text = step.type === 'parallel'
          ? msg('Without outputMappings a parallel step outputs nothing, so the results of its branches are dropped. Add outputMappings, e.g. `target: results`, `source: $local (or $local[*].field)`.')
          : msg('Without outputMappings a foreach step outputs nothing, so the results of its iterations are dropped. Add outputMappings, e.g. `target: results`, `source: $local[*].field`.')
        ctx.report('results-dropped', text, step.path, 'head')
      }
    }
  },
}

/** Whether the list at `path` is absent or empty, as opposed to present with the wrong type (a parser error). */
function missingList(ctx: ValidationContext, path: JsonPath, length: number): boolean {
  if (length > 0) return false
  const { node, exact } = ctx.locate(path)
  if (!exact || node === null) return true
  const value = (node as { items?: unknown[]; value?: unknown })
  return Array.isArray(value.items) ? value.items.length === 0 : value.value == null
}

function checkChoice(ctx: ValidationContext, step: ChoiceStep): void {
  if (missingList(ctx, [...step.path, 'choices'], step.choices.length)) {
    ctx.report('choice-choices-missing', msg('Choice step `{step}` has no choices. Add `choices:` with at least one `- condition: $.status == "ready"` entry.', { step: step.name }), step.path, 'head')
  }
  step.choices.forEach((branch, i) => {
    if (branch.condition === undefined || branch.condition.trim() === '') {
      const p = [...step.path, 'choices', i]
      ctx.report('choice-condition-missing', msg('Choice {n} of `{step}` has no condition. Add one, e.g. `condition: $.status == "ready"`.', { n: i + 1, step: step.name }), p, 'head')
      return
    }
    const tooComplex = conditionTooComplex(branch.condition)
    if (tooComplex !== null) ctx.report('condition-too-complex', tooComplex, [...step.path, 'choices', i, 'condition'], 'head')
  })
}

function checkParallel(ctx: ValidationContext, step: ParallelStep): void {
  if (missingList(ctx, [...step.path, 'branches'], step.branches.length)) {
    ctx.report('parallel-branches-missing', msg('Parallel step `{step}` has no branches. Add `branches:` with at least one `- steps: [...]` entry.', { step: step.name }), step.path, 'head')
  }
  step.branches.forEach((branch, i) => {
    if (missingList(ctx, branch.path, branch.steps.length)) {
      ctx.report('parallel-branch-steps-missing', msg('Branch {n} of `{step}` has no steps. Give it at least one step, or remove the branch.', { n: i + 1, step: step.name }), branch.path.slice(0, -1), 'head')
    }
  })
  if (step.branches.length > MAX_BRANCHES) {
    ctx.report('parallel-too-many-branches', msg('Parallel step `{step}` has {count} branches; the service allows at most {max}. Split it, or use a foreach over a list.', { step: step.name, count: step.branches.length, max: MAX_BRANCHES }), [...step.path, 'branches'])
  }
}

function checkForeach(ctx: ValidationContext, step: ForeachStep): void {
  const im = [...step.path, 'iterationMapping']
  const present = !step.iterationMapping.collection || !step.iterationMapping.item ? ctx.locate(im).exact : true
  const where = present ? im : step.path
  const focus = present ? 'key' : 'head'
  if (!step.iterationMapping.collection) {
    ctx.report('foreach-collection-missing', msg('Foreach step `{step}` needs `iterationMapping.collection`: the path of the list to iterate, e.g. `collection: $.items`.', { step: step.name }), where, focus)
  }
  const collection = step.iterationMapping.collection
  if (collection && !/^\$(?:[.[]|$)/.test(collection)) {
    // The service reads the collection relative to the step input (REFERENCE R11); `$input.names` is not read as
    // `$input` there, and the run would say the list is missing while it is right there.
    const root = /^\$(input|local|context)\b(.*)$/.exec(collection)
    const problem = msg('Foreach step `{step}`: `collection: {collection}` is not a path into the step input; write it as `$.path`, e.g. `$.items`.', { step: step.name, collection })
    const text = root?.[1] === 'input'
      ? msg('{problem} Write `{path}`: the step input is what `$input` means here.', { problem, path: `$${root[2] ?? ''}` })
      : problem
    ctx.report('foreach-collection-invalid', text, [...im, 'collection'])
  }
  if (!step.iterationMapping.item) {
    ctx.report('foreach-item-missing', msg('Foreach step `{step}` needs `iterationMapping.item`: the key each element is given in the body\'s input, e.g. `item: item`.', { step: step.name }), where, focus)
  }
  if (missingList(ctx, step.body.path, step.body.steps.length)) {
    ctx.report('foreach-steps-missing', msg('Foreach step `{step}` has no steps to run for each element. Add a `steps:` list.', { step: step.name }), step.path, 'head')
  }
}
