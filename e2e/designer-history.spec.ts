import type { Locator, Page } from '@playwright/test'
import { expect, test } from './designerTest.ts'
import type { DesignerPage } from './pages/DesignerPage.ts'

/** Drags a canvas node with the mouse to a point inside another element, in small moves like a hand would. */
async function dragNode(page: Page, node: Locator, target: Locator, offset: { x: number; y: number }) {
  const from = (await node.boundingBox())!
  const to = (await target.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 3 })
  await page.mouse.move(to.x + offset.x, to.y + offset.y, { steps: 12 })
  await page.mouse.up()
}

/** Both the store and the editor hold exactly `text`. */
async function expectText(designer: DesignerPage, text: string) {
  await expect.poll(() => designer.text()).toBe(text)
  await expect.poll(() => designer.editorText()).toBe(text)
}

test('undo and redo across a canvas drag, a form edit and a typed edit restore the exact text', async ({ designer, page }) => {
  await designer.goto()
  await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  await designer.waitForEditor()
  const t0 = await designer.text()

  // 1. A canvas drag: Skip moves above Handle inside the foreach body.
  const body = designer.lane('steps.3.steps')
  await dragNode(page, designer.node('Skip'), body, { x: ((await body.boundingBox())!.width) / 2, y: 6 })
  await expect.poll(async () => (await designer.valueAt(['steps', 3, 'steps', 0, 'name'])) as string).toBe('Skip')
  const t1 = await designer.text()

  // 2. A form edit: rename Prepare in the inspector (the choice's goto follows).
  await designer.node('Prepare').click()
  const name = designer.inspector.getByLabel('Name', { exact: true })
  await name.fill('Ready')
  await name.press('Tab')
  await expect.poll(() => designer.text()).toContain('goto: Ready')
  const t2 = await designer.text()

  // 3. A typed edit in the code pane.
  await designer.cursorAtEndOf('duration: 5')
  await page.keyboard.type('0')
  await expect.poll(() => designer.text()).toContain('duration: 50')
  const t3 = await designer.text()
  expect(new Set([t0, t1, t2, t3]).size).toBe(4)

  const undo = page.getByRole('button', { name: 'Undo' })
  const redo = page.getByRole('button', { name: 'Redo' })
  await undo.click()
  await expectText(designer, t2)
  await undo.click()
  await expectText(designer, t1)
  await undo.click()
  await expectText(designer, t0)
  await expect(undo).toBeDisabled()
  await redo.click()
  await expectText(designer, t1)
  await redo.click()
  await expectText(designer, t2)
  await redo.click()
  await expectText(designer, t3)
  await expect(redo).toBeDisabled()
})

test('Ctrl+Z in the code pane undoes a canvas edit too: one history, whatever has focus', async ({ designer, page }) => {
  await designer.goto()
  await designer.waitForEditor()
  const t0 = await designer.text()
  await designer.node('Task_1').click()
  await designer.paletteItem('Pass').click()
  await expect(designer.node('Pass_1')).toBeVisible()
  await designer.cursorAtEndOf('name: Pass_1')
  await page.keyboard.type('x')
  await expect.poll(() => designer.text()).toContain('name: Pass_1x')
  await page.keyboard.press('Control+z')
  await expect.poll(() => designer.text()).toContain('name: Pass_1\n')
  await page.keyboard.press('Control+z')
  await expectText(designer, t0)
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => designer.text()).toContain('name: Pass_1\n')
  await page.keyboard.press('Control+y')
  await expect.poll(() => designer.text()).toContain('name: Pass_1x')
})

test('a drag dropped where the step already is leaves no trace in the history', async ({ designer, page }) => {
  await designer.goto()
  await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  const before = await designer.text()
  const node = designer.node('Prepare')
  const box = (await node.boundingBox())!
  await dragNode(page, node, node, { x: box.width / 2 + 30, y: box.height / 2 + 4 })
  await expect(node).toBeVisible()
  expect(await designer.text()).toBe(before)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})

test('dragging a multi-selection moves every selected step, in document order, as one undo step', async ({ designer, page }) => {
  await designer.goto()
  await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  const before = await designer.text()
  await designer.node('Prepare').click()
  await designer.node('Done').click({ modifiers: ['Control'] })
  await expect(designer.node('Prepare')).toHaveClass(/selected/)
  await expect(designer.node('Done')).toHaveClass(/selected/)
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await expect(inspector.getByRole('heading', { name: '2 steps selected' })).toBeVisible()

  const body = designer.lane('steps.3.steps')
  await dragNode(page, designer.node('Done'), body, { x: ((await body.boundingBox())!.width) / 2, y: 6 })
  await expect.poll(async () => (await designer.valueAt(['steps', 2, 'steps', 1, 'name'])) as string).toBe('Done')
  expect(await designer.valueAt(['steps', 2, 'steps', 0, 'name'])).toBe('Prepare')
  expect(await designer.valueAt(['steps', 2, 'steps', 2, 'name'])).toBe('Handle')
  expect(await designer.valueAt(['steps', 0, 'name'])).toBe('Route')
  // Both stay selected where they landed.
  await expect(designer.node('Prepare')).toHaveClass(/selected/)
  await expect(designer.node('Done')).toHaveClass(/selected/)
  await page.screenshot({ path: 'test-results/screenshots/multi-drag.png' })

  await page.getByRole('button', { name: 'Undo' }).click()
  await expectText(designer, before)

  // The inspector's Delete acts on the whole selection, as one undo step too.
  // On its header: the middle of the choice is its empty branch's slot, a button of its own.
  await designer.node('Route').click({ position: { x: 24, y: 14 } })
  await designer.node('Done').click({ modifiers: ['Control'] })
  await inspector.getByRole('button', { name: 'Delete 2 steps' }).click()
  await expect(designer.node('Route')).toHaveCount(0)
  await expect(designer.node('Done')).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expectText(designer, before)
})
