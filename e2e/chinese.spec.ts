import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { withoutNote } from '../src/i18n/Message.ts'
import { ZH } from '../src/i18n/zh/index.ts'
import { expect, test } from './designerTest.ts'

/**
 * Issue 16, item 4: the whole UI in Simplified Chinese. The switch is remembered and follows the browser's
 * language; in Chinese, a walk through every view finds no English text of the catalogue left (nor English
 * prose that never reached the catalogue), and axe finds nothing serious.
 */

/** What a person sees or a screen reader says: text nodes and the naming attributes, with where they were. */
async function wordsOnPage(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { where: string; text: string }[] = []
    // The YAML in the code pane, and values the user wrote, are the user's, not the UI's.
    const userData = '.monaco-editor .view-lines, .monaco-editor .margin, [data-user-text], code, pre, .code, kbd'
    const where = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || el.closest('script, style') || el.closest(userData)) continue
      const text = n.textContent?.trim()
      if (text) out.push({ where: where(el), text })
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription], [aria-valuetext]')) {
      if (el.closest('.monaco-editor')) continue // Monaco's own widgets speak English (out of scope, noted)
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
        const text = el.getAttribute(attr)?.trim()
        if (text) out.push({ where: `${where(el)}[${attr}]`, text })
      }
    }
    return out
  })
}

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
/** The English texts the catalogue translates (those whose Chinese differs), as patterns for a whole text. */
const english = Object.entries(ZH)
  .map(([key, zh]) => [withoutNote(key), zh] as const)
  .filter(([en, zh]) => en !== zh && /[A-Za-z]{2}/.test(en.replace(/\{\w+\}/g, '')))
  .map(([en]) => ({ en, whole: new RegExp(`^${escape(en).replace(/\\?\{\w+\\?\}/g, '.+?')}$`) }))

/**
 * English words in a row, the mark of prose that never went through the catalogue: two in a text with no Chinese,
 * three inside Chinese (which may name a command such as `fdl serve` in passing).
 */
const PROSE = /\b[A-Za-z][a-z]+(?: [a-z]{2,}){1,}\b/
const PROSE_IN_CHINESE = /\b[A-Za-z][a-z]+(?: [a-z]{2,}){2,}\b/
const CHINESE = /[\u4e00-\u9fff]/
/**
 * The same in both languages: the app's name, the language names, and React Flow's attribution link (the
 * library's name; the library fixes its label, and it stays shown as its licence asks).
 */
const SAME_IN_BOTH = /^(FDL Studio|English|Language|语言 \(Language\)|React Flow|React Flow attribution)$/

function leftInEnglish(words: { where: string; text: string }[]): string[] {
  const found = new Set<string>()
  for (const { where, text } of words) {
    if (SAME_IN_BOTH.test(text)) continue
    const hit = english.find((e) => e.whole.test(text))
    if (hit) found.add(`${where}: "${text}" (catalogue: "${hit.en}")`)
    else if ((CHINESE.test(text) ? PROSE_IN_CHINESE : PROSE).test(text.replace(/`[^`]*`/g, ''))) found.add(`${where}: "${text}"`)
  }
  return [...found]
}

/** A step on the canvas, found by its name in the document (the canvas's own name is translated). */
const step = (page: Page, name: string) => page.locator(`.canvas-pane [data-step="${name}"]`)

async function switchToChinese(page: Page) {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
}

test('the language switch: Chinese at once, remembered after a reload, and back to English', async ({ designer, page }) => {
  await designer.goto()
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible()
  await switchToChinese(page)
  await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: '流程画布' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible()
  // The switch keeps its English word, so a person who cannot read Chinese finds the way back.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en')
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test.describe('with the browser in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the app opens in Chinese', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: '模拟', exact: true })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('zh-CN')
  })
})

test('in Chinese, every view shows no English string of the UI, and axe finds nothing serious', async ({ designer, page }) => {
  test.setTimeout(120_000)
  const seen: string[] = []
  const check = async (view: string) => {
    for (const line of leftInEnglish(await wordsOnPage(page))) seen.push(`${view} · ${line}`)
  }
  const axe = async (view: string) => {
    const result = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
    for (const v of result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) seen.push(`${view} · axe ${v.id}: ${v.nodes[0]?.target}`)
  }

  await designer.goto()
  await switchToChinese(page)
  // The designer with a step selected: palette, canvas, inspector, code, problems.
  await step(page, 'Task_1').click()
  await expect(page.getByRole('complementary', { name: '检查器' })).toBeVisible()
  await check('designer')
  await axe('designer')

  // A flow with problems: the Problems pane and the inspector's hints.
  await page.getByLabel('打开 FDL 文件').setInputFiles('e2e/fixtures/chinese-problems.yaml')
  await expect(step(page, '发送消息')).toBeVisible()
  await expect(page.getByRole('region', { name: '问题' })).not.toContainText('没有问题')
  await step(page, '发送消息').click()
  await check('problems')

  // The menus and dialogs of the toolbar.
  await page.getByRole('button', { name: '导出', exact: true }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await check('export menu')
  await page.keyboard.press('Escape')
  for (const [button, view] of [['新建', 'new gallery'], ['分享', 'share dialog'], ['部署', 'deploy dialog']] as const) {
    await page.getByRole('button', { name: button, exact: true }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(view)
    await axe(view)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  await page.getByRole('region', { name: '流程画布' }).click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog')).toBeVisible()
  await check('go to step')
  await page.keyboard.press('Escape')

  // The simulation: run the seed example, then every tab and worker mode.
  await page.goto('/?example=mns-callback')
  await expect(step(page, 'Task_1')).toBeVisible()
  await page.getByRole('button', { name: '模拟', exact: true }).click()
  const sim = page.getByRole('region', { name: '模拟' })
  await sim.getByRole('button', { name: '运行', exact: true }).click()
  await expect(sim.getByRole('status', { name: '执行状态' })).toHaveText('成功')
  await check('simulation timeline')
  await axe('simulation')
  for (const tab of ['事件历史', '时序图']) {
    await sim.getByRole('tab', { name: tab }).click()
    await check(`simulation ${tab}`)
  }
  // The side tabs, and the options panel opened (its descriptions and checks come from the simulator).
  for (const tab of ['工作进程', '步骤数据', '输入与场景']) {
    await sim.getByRole('tab', { name: tab }).click()
    await check(`simulation ${tab}`)
  }
  await sim.locator('.sim-options > summary').click()
  await check('simulation options')
  await axe('simulation options')
  for (const mode of ['手动工作进程', '本地服务器']) {
    await sim.getByRole('button', { name: mode, exact: true }).click()
    await check(`simulation ${mode}`)
  }
  await sim.getByRole('button', { name: '模拟工作进程', exact: true }).click()
  await page.getByRole('button', { name: '演示', exact: true }).click()
  await check('presentation')
  await page.keyboard.press('Escape')

  // The code view and a syntax error: the toolbar's status, the problems.
  await page.getByRole('button', { name: '代码', exact: true }).click()
  await check('code view')
  // Monaco's own words come in Chinese too: its find box.
  await page.locator('.monaco-editor .view-lines').first().click()
  await page.keyboard.press('Control+f')
  await expect(page.locator('.monaco-editor .find-widget textarea[aria-label="查找"]')).toBeVisible()
  await page.keyboard.press('Escape')

  expect(seen).toEqual([])
})
