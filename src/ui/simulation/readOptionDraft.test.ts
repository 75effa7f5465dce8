import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import { ZH } from '../../i18n/zh/index.ts'
import { readOptionDraft } from './SimOptionsEditor.tsx'

describe('readOptionDraft', () => {
  it('reads an empty field as the default and a number option as a number', () => {
    expect(readOptionDraft('maxEvents', '  ')).toEqual({ value: undefined })
    expect(readOptionDraft('maxEvents', ' 200 ')).toEqual({ value: 200 })
    expect(readOptionDraft('priorityJitter', '0.25')).toEqual({ value: 0.25 })
  })

  it('refuses what the scenario reader would refuse, naming the option and its bounds', () => {
    expect(readOptionDraft('priorityJitter', '2')).toMatchObject({ error: 'priorityJitter must be a number from 0 to 1' })
    expect(readOptionDraft('maxEvents', '12.5')).toMatchObject({ error: 'maxEvents must be a whole number from 1 to 1000000' })
    expect(readOptionDraft('defaultTaskTimeoutSeconds', '0')).toMatchObject({ error: 'defaultTaskTimeoutSeconds must be a number greater than 0 and at most 31536000, or null' })
    expect(readOptionDraft('drainSeconds', 'soon')).toMatchObject({ error: 'drainSeconds must be a number from 0 to 31536000' })
  })

  it('says the same in Chinese, the bounds worded as the language orders them', () => {
    const zh = (key: Parameters<typeof readOptionDraft>[0], typed: string) => {
      const read = readOptionDraft(key, typed)
      return 'text' in read ? formatMessage(read.text, ZH) : ''
    }
    expect(zh('priorityJitter', '2')).toBe('priorityJitter 必须是 0 到 1 之间的数字')
    expect(zh('defaultTaskTimeoutSeconds', '0')).toBe('defaultTaskTimeoutSeconds 必须是大于 0 且不超过 31536000 的数字，或为 null')
    expect(zh('missingPath', 'skip')).toBe('missingPath 必须是以下值之一：null, omit, error')
  })

  it('keeps a name option as typed, without the spaces around it', () => {
    expect(readOptionDraft('taskTimeoutError', ' States.Timeout ')).toEqual({ value: 'States.Timeout' })
  })
})
