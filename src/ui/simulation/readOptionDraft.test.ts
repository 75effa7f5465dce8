import { describe, expect, it } from 'vitest'
import { readOptionDraft } from './readOptionDraft.ts'

describe('readOptionDraft', () => {
  it('reads an empty field as the default and a number option as a number', () => {
    expect(readOptionDraft('maxEvents', '  ')).toEqual({ value: undefined })
    expect(readOptionDraft('maxEvents', ' 200 ')).toEqual({ value: 200 })
    expect(readOptionDraft('priorityJitter', '0.25')).toEqual({ value: 0.25 })
  })

  it('refuses what the scenario reader would refuse, naming the option and its bounds', () => {
    expect(readOptionDraft('priorityJitter', '2')).toEqual({ error: 'priorityJitter must be a number from 0 to 1' })
    expect(readOptionDraft('maxEvents', '12.5')).toEqual({ error: 'maxEvents must be a whole number from 1 to 1000000' })
    expect(readOptionDraft('defaultTaskTimeoutSeconds', '0')).toEqual({ error: 'defaultTaskTimeoutSeconds must be a number greater than 0 and at most 31536000, or null' })
    expect(readOptionDraft('drainSeconds', 'soon')).toEqual({ error: 'drainSeconds must be a number from 0 to 31536000' })
  })

  it('keeps a name option as typed, without the spaces around it', () => {
    expect(readOptionDraft('taskTimeoutError', ' States.Timeout ')).toEqual({ value: 'States.Timeout' })
  })
})
