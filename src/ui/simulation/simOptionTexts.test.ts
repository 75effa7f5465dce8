import { describe, expect, it } from 'vitest'
import { ZH } from '../../i18n/zh/index.ts'
import { SIM_OPTION_INFO } from '../../sim/SimOptions.ts'

/**
 * The options panel shows what each option decides (src/sim SIM_OPTION_INFO, messages the catalogue test finds)
 * with the parts in backticks as code, so a translation must keep them.
 */
describe('the unconfirmed service behaviour panel in Chinese', () => {
  const catalogue: Readonly<Record<string, string>> = ZH

  it('keeps the parts in backticks, which the panel shows as code', () => {
    const code = (text: string) => text.split('`').filter((_, i) => i % 2 === 1).sort()
    const changed = Object.values(SIM_OPTION_INFO).filter(({ decides }) => JSON.stringify(code(catalogue[decides.text] ?? '')) !== JSON.stringify(code(decides.text)))
    expect(changed.map((info) => info.decides.text)).toEqual([])
  })
})
