import type { Rule } from '../Rule.ts'
import type { ValidationContext } from '../ValidationContext.ts'
import type { ChoiceStep } from '../../model/ChoiceStep.ts'
import type { ParallelStep } from '../../model/ParallelStep.ts'
import type { ForeachStep } from '../../model/ForeachStep.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import { conditionTooComplex } from '../conditionLimits.ts'

const MAX_BRANCHES = 100

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
        const parts = step.type === 'parallel' ? 'its branches' : 'its iterations'
        const example = step.type === 'parallel' ? 'source: $local (or $local[*].field)' : 'source: $local[*].field'
        ctx.report('results-dropped', `Without outputMappings a ${step.type} step outputs nothing, so the results of ${parts} are dropped. Add outputMappings, e.g. \`target: results\`, \`${example}\`.`, step.path, 'head')
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
    ctx.report('choice-choices-missing', `Choice step \`${step.name}\` has no choices. Add \`choices:\` with at least one \`- condition: $.status == "ready"\` entry.`, step.path, 'head')
  }
  step.choices.forEach((branch, i) => {
    if (branch.condition === undefined || branch.condition.trim() === '') {
      const p = [...step.path, 'choices', i]
      ctx.report('choice-condition-missing', `Choice ${i + 1} of \`${step.name}\` has no condition. Add one, e.g. \`condition: $.status == "ready"\`.`, p, 'head')
      return
    }
    const tooComplex = conditionTooComplex(branch.condition)
    if (tooComplex !== null) ctx.report('condition-too-complex', tooComplex, [...step.path, 'choices', i, 'condition'], 'head')
  })
}

function checkParallel(ctx: ValidationContext, step: ParallelStep): void {
  if (missingList(ctx, [...step.path, 'branches'], step.branches.length)) {
    ctx.report('parallel-branches-missing', `Parallel step \`${step.name}\` has no branches. Add \`branches:\` with at least one \`- steps: [...]\` entry.`, step.path, 'head')
  }
  step.branches.forEach((branch, i) => {
    if (missingList(ctx, branch.path, branch.steps.length)) {
      ctx.report('parallel-branch-steps-missing', `Branch ${i + 1} of \`${step.name}\` has no steps. Give it at least one step, or remove the branch.`, branch.path.slice(0, -1), 'head')
    }
  })
  if (step.branches.length > MAX_BRANCHES) {
    ctx.report('parallel-too-many-branches', `Parallel step \`${step.name}\` has ${step.branches.length} branches; the service allows at most ${MAX_BRANCHES}. Split it, or use a foreach over a list.`, [...step.path, 'branches'])
  }
}

function checkForeach(ctx: ValidationContext, step: ForeachStep): void {
  const im = [...step.path, 'iterationMapping']
  const present = !step.iterationMapping.collection || !step.iterationMapping.item ? ctx.locate(im).exact : true
  const where = present ? im : step.path
  const focus = present ? 'key' : 'head'
  if (!step.iterationMapping.collection) {
    ctx.report('foreach-collection-missing', `Foreach step \`${step.name}\` needs \`iterationMapping.collection\`: the path of the list to iterate, e.g. \`collection: $.items\`.`, where, focus)
  }
  const collection = step.iterationMapping.collection
  if (collection && !/^\$(?:[.[]|$)/.test(collection)) {
    // The service reads the collection relative to the step input (REFERENCE R11); `$input.names` is not read as
    // `$input` there, and the run would say the list is missing while it is right there.
    const root = /^\$(input|local|context)\b(.*)$/.exec(collection)
    const fix = root?.[1] === 'input' ? ` Write \`$${root[2] ?? ''}\`: the step input is what \`$input\` means here.` : ''
    ctx.report('foreach-collection-invalid', `Foreach step \`${step.name}\`: \`collection: ${collection}\` is not a path into the step input; write it as \`$.path\`, e.g. \`$.items\`.${fix}`, [...im, 'collection'])
  }
  if (!step.iterationMapping.item) {
    ctx.report('foreach-item-missing', `Foreach step \`${step.name}\` needs \`iterationMapping.item\`: the key each element is given in the body's input, e.g. \`item: item\`.`, where, focus)
  }
  if (missingList(ctx, step.body.path, step.body.steps.length)) {
    ctx.report('foreach-steps-missing', `Foreach step \`${step.name}\` has no steps to run for each element. Add a \`steps:\` list.`, step.path, 'head')
  }
}
