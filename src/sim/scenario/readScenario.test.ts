import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import { ZH } from '../../i18n/zh/index.ts'
import { readScenario } from './readScenario.ts'
import { SIM_OPTION_INFO, DEFAULT_SIM_OPTIONS } from '../SimOptions.ts'

describe('readScenario options', () => {
  it('explains every simulator option, with its default among the choices of a choice option', () => {
    expect(Object.keys(SIM_OPTION_INFO).sort()).toEqual(Object.keys(DEFAULT_SIM_OPTIONS).sort())
    for (const [key, info] of Object.entries(SIM_OPTION_INFO)) {
      expect(info.decides.text.length, key).toBeGreaterThan(10)
      if (info.choices) expect(info.choices, key).toContain(DEFAULT_SIM_OPTIONS[key as keyof typeof DEFAULT_SIM_OPTIONS])
    }
  })

  it('takes each choice an option offers and names the choices when a value is not one of them', () => {
    for (const choice of SIM_OPTION_INFO.missingPath.choices!) {
      const { scenario, errors } = readScenario({ options: { missingPath: choice } })
      expect(errors).toEqual([])
      expect(scenario.options.missingPath).toBe(choice)
    }
    const { scenario, errors } = readScenario({ options: { missingPath: 'skip', nope: 1, maxEvents: -1 } })
    expect(errors).toEqual(['options.missingPath: must be one of null, omit, error', 'options.nope: unknown option', 'options.maxEvents: must be a whole number from 1 to 1000000'])
    expect(scenario.options.missingPath).toBeUndefined() // not taken: the default applies
  })

  it('gives every problem as a message too, the same English and in Chinese', () => {
    const { errors, texts } = readScenario({ seed: 'x', options: { maxEvents: -1, nope: 1 }, tasks: { A: [{ fail: {} }] }, worker: { visibilityTimeout: 0, extra: 1 } })
    expect(texts.map((m) => formatMessage(m))).toEqual(errors)
    expect(texts.map((m) => formatMessage(m, ZH))).toEqual([
      'tasks.A[0].fail.error：必须是非空的错误名',
      'worker.extra：未知的键（可用的键：receiveWaitSeconds, visibilityTimeout, reportTwice, crashBeforeDelete, concurrency, manual）',
      'worker.visibilityTimeout：必须是 1 到 43200 之间的数字',
      'options.maxEvents：必须是 1 到 1000000 之间的整数',
      'options.nope：未知的选项',
      'seed：必须是数字',
    ])
  })
})
