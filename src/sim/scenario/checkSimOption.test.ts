import { describe, expect, it } from 'vitest'
import { checkSimOption } from './scenarioChecks.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'

describe('checkSimOption', () => {
  it('accepts every default', () => {
    for (const [k, v] of Object.entries(DEFAULT_SIM_OPTIONS)) expect(checkSimOption(k as keyof SimOptions, v), k).toBe('')
  })

  it('keeps counts whole and at least one, so a run cannot be set up to do nothing', () => {
    expect(checkSimOption('foreachConcurrency', 0)).toBe('must be a whole number from 1 to 10000')
    expect(checkSimOption('foreachConcurrency', 2.5)).toBe('must be a whole number from 1 to 10000')
    expect(checkSimOption('maxExecutions', 1)).toBe('')
    // No "off": without a per-step cap, a loop that doubles its data would run out of memory.
    expect(checkSimOption('stepDataLimitBytes', 0)).toBe('must be a whole number from 1 to 1048576')
  })

  it('takes a timeout only above zero, and null where null is the default', () => {
    expect(checkSimOption('defaultTaskTimeoutSeconds', 0)).toBe('must be a number greater than 0 and at most 31536000, or null')
    expect(checkSimOption('defaultTaskTimeoutSeconds', 0.5)).toBe('')
    expect(checkSimOption('defaultTaskTimeoutSeconds', null)).toBe('')
    expect(checkSimOption('defaultFlowTimeoutSeconds', null)).toBe('must be a number greater than 0 and at most 31536000')
  })

  it('bounds a chance to 0–1 and refuses what is not a finite number', () => {
    expect(checkSimOption('priorityJitter', 1)).toBe('')
    expect(checkSimOption('priorityJitter', 1.01)).toBe('must be a number from 0 to 1')
    expect(checkSimOption('drainSeconds', Infinity)).toBe('must be a number from 0 to 31536000')
    expect(checkSimOption('drainSeconds', '5')).toBe('must be a number from 0 to 31536000')
  })

  it('checks choices, switches and names by type', () => {
    expect(checkSimOption('missingPath', 'skip')).toBe('must be one of null, omit, error')
    expect(checkSimOption('cancelOnFailure', 'yes')).toBe('must be true or false')
    expect(checkSimOption('taskTimeoutError', 3)).toBe('must be a string')
  })
})
