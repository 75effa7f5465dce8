import { describe, expect, it } from 'vitest'
import { initialLanguage, loadCatalogue } from './Language.ts'
import { formatMessage, msg } from './Message.ts'

describe('the UI language', () => {
  it('is the remembered choice, else the first browser language the app speaks', () => {
    expect(initialLanguage('en', ['zh-CN'])).toBe('en')
    expect(initialLanguage('zh-CN', ['en-US'])).toBe('zh-CN')
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(initialLanguage(null, ['de-DE', 'en-GB', 'zh'])).toBe('en')
    expect(initialLanguage('fr', ['fr-FR'])).toBe('en')
  })

  it('loads no catalogue for English and the Chinese one on demand', async () => {
    expect(await loadCatalogue('en')).toBeUndefined()
    const zh = await loadCatalogue('zh-CN')
    expect(formatMessage(msg('In sync'), zh)).toBe('已同步')
    expect(formatMessage(msg('Error on line {line} · diagram paused', { line: 3 }), zh)).toBe('第 3 行有错误 · 图已暂停更新')
  })
})
