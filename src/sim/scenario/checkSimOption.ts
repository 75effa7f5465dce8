import { SIM_OPTION_INFO, type OptionRange } from '../SIM_OPTION_INFO.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'

/**
 * Why `x` is not an acceptable value of option `k`, or '' when it is. `readScenario` checks scenario files with
 * it and the options panel checks what is typed, so both refuse the same values with the same words.
 */
export function checkSimOption(k: keyof SimOptions, x: unknown): string {
  const info = SIM_OPTION_INFO[k]
  if (info.choices) return typeof x === 'string' && info.choices.includes(x) ? '' : `must be one of ${info.choices.join(', ')}`
  const def = DEFAULT_SIM_OPTIONS[k]
  if (info.range) {
    const nullable = def === null
    if (nullable && x === null) return ''
    return typeof x === 'number' && inRange(x, info.range) ? '' : `must be ${describeRange(info.range)}${nullable ? `${info.range.above && info.range.max !== undefined ? ',' : ''} or null` : ''}`
  }
  if (typeof def === 'boolean') return typeof x === 'boolean' ? '' : 'must be true or false'
  return typeof x === 'string' ? '' : 'must be a string'
}

function inRange(x: number, r: OptionRange): boolean {
  if (!Number.isFinite(x) || (r.integer && !Number.isInteger(x))) return false
  if (r.above ? x <= r.min : x < r.min) return false
  return r.max === undefined || x <= r.max
}

function describeRange(r: OptionRange): string {
  const kind = r.integer ? 'a whole number' : 'a number'
  if (r.max !== undefined) return r.above ? `${kind} greater than ${r.min} and at most ${r.max}` : `${kind} from ${r.min} to ${r.max}`
  return r.above ? `${kind} greater than ${r.min}` : `${kind} of at least ${r.min}`
}
