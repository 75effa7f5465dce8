import { expect, test } from './designerTest.ts'

const FIRST_LINE = /^version: v1 #.*/m

test.describe('autosave', () => {
  test('a reload 0, 50, 100 or 200 ms after the last key keeps every keystroke (10 times each)', async ({ designer, page }) => {
    test.setTimeout(600_000)
    await designer.goto()
    let typed = ''
    for (const delay of [0, 50, 100, 200]) {
      for (let round = 0; round < 10; round++) {
        await designer.waitForEditor()
        await designer.cursorAtEndOf('version: v1')
        // A burst: the first key of a document opens a comment, then a few characters at typing speed.
        const keys = `${typed === '' ? ' #' : ''} ${delay}.${round}`
        await page.keyboard.type(keys, { delay: round % 2 === 0 ? 0 : 15 })
        typed += keys
        if (delay > 0) await page.waitForTimeout(delay)
        await page.reload()
        await expect.poll(async () => (await designer.text()).match(FIRST_LINE)?.[0], { message: `after a reload ${delay} ms after the keys (round ${round})` }).toBe(`version: v1${typed}`)
      }
    }
    // The recovered keys are one more undo step on top of the history; the canvas never lost the flow.
    await expect(designer.node('Task_1')).toBeVisible()
  })

  test('closing the page asks first only when the work is kept nowhere else (browser storage failing)', async ({ browser, baseURL }) => {
    for (const storageFails of [false, true]) {
      const context = await browser.newContext({ baseURL })
      const page = await context.newPage()
      if (storageFails) await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
      await page.goto('/')
      await expect(page.getByRole('textbox', { name: 'Document name' })).toHaveValue('mns-callback')
      await page.getByRole('region', { name: 'FDL code' }).locator('.monaco-editor .view-lines').click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type('# more\n')
      await expect.poll(() => page.evaluate(() => (window as unknown as { __fdl: { text(): string } }).__fdl.text())).toContain('# more')
      const asked: string[] = []
      page.on('dialog', (d) => {
        asked.push(d.type())
        void d.accept()
      })
      await page.close({ runBeforeUnload: true })
      await expect.poll(() => page.isClosed()).toBe(true)
      expect(asked).toEqual(storageFails ? ['beforeunload'] : [])
      await context.close()
    }
  })
})
