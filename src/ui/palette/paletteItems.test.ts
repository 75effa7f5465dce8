import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { ZH_CANVAS } from '../../i18n/zh/canvas.ts'
import { searchPalette } from './paletteItems.ts'

const english = (text: UiText) => text
const chinese = (text: UiText) => formatMessage(text, ZH_CANVAS)
const kinds = (query: string, say: (text: UiText) => string) => searchPalette(query, say).map((i) => i.kind)

describe('searchPalette', () => {
  it('puts the type named before a mention in a description', () => {
    expect(kinds('wait', english)[0]).toBe('wait')
    expect(kinds('wait', english)).toContain('mns-queue')
  })

  it('matches the English and the Chinese names and descriptions in Chinese', () => {
    expect(kinds('等待', chinese)[0]).toBe('wait')
    expect(kinds('wait', chinese)[0]).toBe('wait')
    expect(kinds('队列', chinese)).toEqual(['mns-queue'])
    expect(kinds('回调', chinese)).toEqual(['mns-queue'])
    expect(kinds('等待', english)).toEqual([])
  })
})
