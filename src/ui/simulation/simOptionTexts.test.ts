import { describe, expect, it } from 'vitest'
import { ZH_SIMULATION } from '../../i18n/zh/simulation.ts'
import { SIM_OPTION_INFO } from '../../sim/SIM_OPTION_INFO.ts'

/**
 * The options panel shows the simulator's own English (SIM_OPTION_INFO) through the catalogue, looked up by the
 * text itself: a text changed in src/sim would quietly show in English, so this test names it instead.
 */
describe('the unconfirmed service behaviour panel in Chinese', () => {
  const catalogue: Readonly<Record<string, string>> = ZH_SIMULATION

  it('translates what every option decides, and the references that are words rather than sections', () => {
    const missing = Object.entries(SIM_OPTION_INFO).flatMap(([key, info]) => [
      ...(Object.hasOwn(catalogue, info.decides) ? [] : [`${key}: ${info.decides}`]),
      ...(info.reference.startsWith('— (') && !Object.hasOwn(catalogue, info.reference) ? [`${key}: ${info.reference}`] : []),
    ])
    expect(missing).toEqual([])
  })

  it('keeps the parts in backticks, which the panel shows as code', () => {
    const code = (text: string) => text.split('`').filter((_, i) => i % 2 === 1).sort()
    const changed = Object.values(SIM_OPTION_INFO).filter((info) => JSON.stringify(code(catalogue[info.decides] ?? '')) !== JSON.stringify(code(info.decides)))
    expect(changed.map((info) => info.decides)).toEqual([])
  })
})
