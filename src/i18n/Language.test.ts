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
    // A spaced placeholder loses its spaces where the value is Chinese too, and keeps them for Latin values.
    expect(formatMessage(msg('Add a step to {target}', { target: msg('the flow') }), zh)).toBe('向流程添加步骤')
    expect(formatMessage(msg('Add a step to {target}', { target: msg('Branch {n} of {owner}', { n: 2, owner: 'P' }) }), zh)).toBe('向 P 的分支 2 添加步骤')
    expect(formatMessage(msg('Add a step to {target}', { target: msg('Branch {n} of {owner}', { n: 2, owner: '订单' }) }), zh)).toBe('向订单的分支 2 添加步骤')
  })
})
