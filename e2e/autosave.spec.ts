import type { Page } from '@playwright/test'
import { expect, test } from './designerTest.ts'
import { guardPage } from './guardPage.ts'

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
  test('two tabs on one flow: an idle tab follows the other; one with its own changes asks, and nothing is lost', async ({ context, baseURL }) => {
    const textOf = (page: Page) => page.evaluate(() => (window as unknown as { __fdl: { text(): string } }).__fdl.text())
    const toEnd = async (page: Page) => {
      await page.getByRole('region', { name: 'FDL code' }).locator('.monaco-editor .view-lines').click()
      await page.keyboard.press('Control+End')
    }
    const typeAtEnd = async (page: Page, keys: string) => {
      await toEnd(page)
      await page.keyboard.type(keys)
    }
    const open = async () => {
      const page = await context.newPage()
      const problems = guardPage(page, baseURL!)
      await page.goto('/')
      await expect(page.getByRole('textbox', { name: 'Document name' })).toHaveValue('mns-callback')
      await expect(page.getByRole('region', { name: 'FDL code' }).locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 })
      return { page, problems }
    }
    const first = await open()
    const second = await open()
    // An edit saved in the first tab shows in the second, which had no changes of its own
    await typeAtEnd(first.page, '# one\n')
    await expect(first.page.getByRole('status', { name: 'Autosave status' })).toHaveText('Saved in this browser')
    await expect.poll(() => textOf(second.page)).toContain('# one')
    // Both edit at once; the one that saves first wins the stored flow, the other is told and saves nothing over it
    await toEnd(first.page)
    await toEnd(second.page)
    await Promise.all([first.page.keyboard.type('# two\n', { delay: 30 }), second.page.keyboard.type('# three\n', { delay: 30 })])
    const alert = (page: Page) => page.getByRole('alert', { name: 'Changed in another tab' })
    await expect.poll(async () => (await alert(first.page).count()) + (await alert(second.page).count())).toBe(1)
    const [asked, other] = (await alert(first.page).isVisible()) ? [first.page, second.page] : [second.page, first.page]
    const mine = await textOf(asked)
    const theirs = await textOf(other)
    await expect(asked.getByRole('status', { name: 'Autosave status' })).toHaveText('Changed in another tab')
    await asked.screenshot({ path: 'test-results/screenshots/autosave-changed-elsewhere.png' })
    await alert(asked).getByRole('button', { name: 'Keep mine as a new flow' }).click()
    await expect(asked.getByRole('textbox', { name: 'Document name' })).toHaveValue('mns-callback (copy)')
    await expect(asked.getByRole('status', { name: 'Autosave status' })).toHaveText('Saved in this browser')
    // Both texts are kept: the copy in the recent list, the original as the other tab saved it
    await asked.getByRole('button', { name: 'Recent' }).click()
    await asked.getByRole('list', { name: 'Recent flows' }).getByRole('button', { name: /^mns-callback (?!\(copy\))/ }).click()
    await expect.poll(() => textOf(asked)).toBe(theirs)
    await asked.getByRole('button', { name: 'Recent' }).click()
    await asked.getByRole('list', { name: 'Recent flows' }).getByRole('button', { name: /^mns-callback \(copy\)/ }).click()
    await expect.poll(() => textOf(asked)).toBe(mine)
    expect([...first.problems, ...second.problems]).toEqual([])
  })

  test('keys typed before browser storage has answered are kept when the page is closed then', async ({ context, baseURL }) => {
    const textOf = (page: Page) => page.evaluate(() => (window as unknown as { __fdl: { text(): string } }).__fdl.text())
    const first = await context.newPage()
    const problems = guardPage(first, baseURL!)
    await first.goto('/')
    await expect(first.getByLabel('task step Task_1')).toBeVisible()
    await expect(first.getByText('Saved in this browser')).toBeVisible()
    await first.close()
    // The next visit's IndexedDB never answers: it opens another database and its events never reach the app.
    const stuck = await context.newPage()
    await stuck.addInitScript(() => {
      const open = IDBFactory.prototype.open
      IDBFactory.prototype.open = function (this: IDBFactory) {
        const request = open.call(this, 'never-answers')
        for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) request.addEventListener(type, (e) => e.stopImmediatePropagation())
        return request
      }
    })
    const stuckProblems = guardPage(stuck, baseURL!)
    await stuck.goto('/')
    // The start preview shows the flow and can be typed into; then the page is closed before storage answered.
    await expect(stuck.getByLabel('task step Task_1')).toBeVisible()
    await stuck.getByRole('region', { name: 'FDL code' }).locator('.monaco-editor .view-lines').click()
    await stuck.keyboard.press('Control+End')
    await stuck.keyboard.type('# typed while storage was opening\n')
    await expect.poll(() => textOf(stuck)).toContain('# typed while storage was opening')
    await stuck.close()
    // The visit after that has the keys, stored on top of the document as one step that Undo takes back.
    const next = await context.newPage()
    const nextProblems = guardPage(next, baseURL!)
    await next.goto('/')
    await expect(next.getByLabel('task step Task_1')).toBeVisible()
    await expect.poll(() => textOf(next)).toContain('# typed while storage was opening')
    await expect(next.getByText('Saved in this browser')).toBeVisible()
    await next.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => textOf(next)).not.toContain('# typed while storage was opening')
    expect([...problems, ...stuckProblems, ...nextProblems]).toEqual([])
  })

  test('a reload draws the flow where it was left from its first frame, before browser storage has answered', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    // Each frame: the canvas transform and the steps drawn; and when the stored record was read from IndexedDB.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: { at: number; transform: string; steps: string }[]; __recordReadAt?: number }
      w.__frames = []
      const get = IDBObjectStore.prototype.get
      IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
        const request = get.call(this, key)
        if (typeof key === 'string' && key.startsWith('doc:')) request.addEventListener('success', () => (w.__recordReadAt ??= performance.now()))
        return request
      }
      const frame = () => {
        // The canvas displayed: the prerendered start page's picture sits hidden in the page until its script drops it.
        const canvas = [...document.querySelectorAll('.react-flow')].find((c) => c.getClientRects().length > 0)
        const steps = [...(canvas?.querySelectorAll('.react-flow__node[data-step]') ?? [])].map((n) => n.getAttribute('data-step')).join(',')
        const transform = canvas?.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? ''
        if (steps !== '') w.__frames.push({ at: performance.now(), transform, steps })
        if (w.__frames.length < 120) requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })
    await page.goto('/')
    await expect(page.getByLabel('task step Task_1')).toBeVisible()
    // Zoom out, then reload once the autosave has kept that view.
    await page.getByRole('button', { name: 'Zoom Out' }).click()
    await page.getByRole('button', { name: 'Zoom Out' }).click()
    await expect(page.getByText('Saved in this browser')).toBeVisible()
    await page.waitForTimeout(800)
    const left = await page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform)
    await page.reload()
    await expect.poll(() => page.evaluate(() => (window as unknown as { __recordReadAt?: number }).__recordReadAt)).toBeGreaterThan(0)
    await page.waitForTimeout(800)
    const { frames, recordReadAt } = await page.evaluate(() => {
      const w = window as unknown as { __frames: { at: number; transform: string; steps: string }[]; __recordReadAt: number }
      return { frames: w.__frames, recordReadAt: w.__recordReadAt }
    })
    // The first frame with the flow comes before its record was read, at the zoom it was left at, and nothing moves after.
    expect(frames[0]!.at).toBeLessThan(recordReadAt)
    expect(new Set(frames.map((f) => `${f.transform} ${f.steps}`))).toEqual(new Set([`${left} Task_1`]))
    expect(problems).toEqual([])
  })
})
