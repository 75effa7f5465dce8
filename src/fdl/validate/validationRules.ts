import type { Rule } from './Rule.ts'
import { flowRules } from './rules/flowRules.ts'
import { stepNameRules } from './rules/stepNameRules.ts'
import { taskTargetRules } from './rules/taskTargetRules.ts'
import { mnsParamRules } from './rules/mnsParamRules.ts'
import { callbackTokenRules } from './rules/callbackTokenRules.ts'
import { serviceParamRules } from './rules/serviceParamRules.ts'
import { waitRules } from './rules/waitRules.ts'
import { structureRules } from './rules/structureRules.ts'
import { gotoRules } from './rules/gotoRules.ts'
import { policyRules } from './rules/policyRules.ts'
import { mappingRules } from './rules/mappingRules.ts'
import { taskOnlyFieldRule } from './rules/taskOnlyFieldRule.ts'
import { reachabilityRules } from './rules/reachabilityRules.ts'
import { expressionRules } from './rules/expressionRules.ts'

/** Every validation rule, in the order their findings are usually read (structure first, data flow last). */
export const VALIDATION_RULES: readonly Rule[] = [
  flowRules,
  stepNameRules,
  taskTargetRules,
  waitRules,
  structureRules,
  gotoRules,
  policyRules,
  mnsParamRules,
  callbackTokenRules,
  serviceParamRules,
  mappingRules,
  expressionRules,
  taskOnlyFieldRule,
  reachabilityRules,
]
