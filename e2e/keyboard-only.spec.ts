import type { Locator, Page } from '@playwright/test'
import { expect, test } from './designerTest.ts'

/**
 * Issue 18: the seed flow built, run and read without a mouse event. An MNS callback task and a choice whose
 * default branch fails, made from an empty flow with Tab, typing and Enter only.
 */

/** Presses Tab until `control` (found by role and name) has focus, as a keyboard user would; returns the presses. */
async function tabTo(page: Page, control: Locator, max = 80): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    const focused = await control.evaluate((el) => el === document.activeElement).catch(() => false)
    if (focused) return presses
    await page.keyboard.press('Tab')
  }
  throw new Error(`${control.toString()} is not reachable with ${max} presses of Tab`)
}

test('keyboard only: build an MNS callback task and a choice with a fail branch, run it, read the result', async ({ designer, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await designer.goto()
  // Any pointer event during the test would mean a step was done with the mouse.
  await page.evaluate(() => {
    const w = window as unknown as { pointerEvents: string[] }
    w.pointerEvents = []
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) document.addEventListener(type, () => w.pointerEvents.push(type), true)
  })

  // New → Empty flow: focus lands in the palette search.
  await tabTo(page, page.getByRole('button', { name: 'New', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'New flow' })).toBeVisible()
  await tabTo(page, page.getByRole('dialog', { name: 'New flow' }).getByRole('button', { name: 'Empty flow' }))
  await page.keyboard.press('Enter')
  const search = page.getByRole('searchbox', { name: 'Search steps' })
  await expect(search).toBeFocused()
  const palette = designer.palette
  await expect(palette).toContainText('Adds at the end of the flow')

  // The MNS queue task, then (A brings focus back to the palette) a choice after it.
  await page.keyboard.type('mns queue')
  await page.keyboard.press('Enter')
  await expect(designer.node('Task_1')).toBeFocused()
  await page.keyboard.press('a')
  await expect(search).toBeFocused()
  await expect(palette).toContainText('Adds after Task_1')
  await page.keyboard.type('choice')
  await page.keyboard.press('Enter')
  await expect(designer.node('Choice_1')).toBeFocused()

  // The choice's empty default branch is a button: it aims the palette there.
  await tabTo(page, designer.canvas.getByRole('button', { name: 'Add a step to Default of Choice_1' }))
  await page.keyboard.press('Enter')
  await expect(search).toBeFocused()
  await expect(palette).toContainText('Adds to Default of Choice_1')
  await page.keyboard.type('fail')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await designer.valueAt(['steps', 1, 'default', 'steps', 0, 'type'])) as string).toBe('fail')
  await expect(designer.node('Fail_1')).toBeFocused()
  await expect(palette).toContainText('Adds after Fail_1')

  // Run from the keyboard and read the result: the default branch ran into the Fail step.
  await page.keyboard.press('Control+Enter')
  const sim = page.getByRole('region', { name: 'Simulation' })
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Failed', { timeout: 30_000 })
  await expect(designer.node('Fail_1')).toContainText('failed')
  await expect(designer.node('Task_1')).toContainText('succeeded')

  expect(await page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents)).toEqual([])
})
