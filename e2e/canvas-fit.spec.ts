import type { Locator } from '@playwright/test'
import { expect, test } from './designerTest.ts'

// Issue 18 item 2: the canvas re-fits when the flow or the pane changes size and the flow no longer fits, unless
// the user has panned or zoomed since.

/** Whether a node lies wholly inside the canvas region on screen. */
async function inside(node: Locator, canvas: Locator): Promise<boolean> {
  const [n, c] = [(await node.boundingBox())!, (await canvas.boundingBox())!]
  return n.x >= c.x - 1 && n.y >= c.y - 1 && n.x + n.width <= c.x + c.width + 1 && n.y + n.height <= c.y + c.height + 1
}

const zoomOf = (canvas: Locator) => canvas.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)

test('Design → Split keeps every container whole in view; steps added one after another stay in view', async ({ designer, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await designer.goto()
  await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.fitView()
  await page.getByRole('button', { name: 'Split', exact: true }).click()
  const containers = designer.canvas.locator('.react-flow__node-container')
  await expect(async () => {
    for (const c of await containers.all()) expect(await inside(c, designer.canvas)).toBe(true)
  }).toPass()
  // add steps at the end, one after another: each new one is in view, and the whole flow still is
  await designer.canvas.click({ position: { x: 5, y: 5 } })
  for (let i = 1; i <= 6; i++) {
    await designer.paletteItem('Pass').click()
    await expect(async () => expect(await inside(designer.node(`Pass_${i}`), designer.canvas)).toBe(true)).toPass()
  }
  await page.screenshot({ path: 'test-results/screenshots/canvas-fit-split.png' })
  await expect(async () => expect(await inside(designer.node('Prepare'), designer.canvas)).toBe(true)).toPass({ timeout: 3000 })
})

test('after the user zooms, adding steps does not re-fit their view', async ({ designer, page }) => {
  await designer.goto()
  await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.fitView()
  const box = (await designer.canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(0, -600)
  await expect.poll(() => zoomOf(designer.canvas)).toBeGreaterThan(0.9)
  const zoom = await zoomOf(designer.canvas)
  await designer.canvas.click({ position: { x: 5, y: 5 } })
  await designer.paletteItem('Pass').click()
  await expect(designer.node('Pass_1')).toBeAttached()
  await page.waitForTimeout(400) // a re-fit would happen within a frame or two
  expect(await zoomOf(designer.canvas)).toBeCloseTo(zoom, 3)
})

test('the flow appears where it belongs in its first frame: fitted on a first visit, where it was left after a reload', async ({ page }) => {
  // Every frame until load settles, the steps drawn, the viewport they are drawn at and the canvas's box on the page
  // (none before the flow shows). The toolbar and the palette fill in a frame after the canvas: the box must not move.
  // The canvas drawn is the one displayed: on a first visit the prerendered start page's picture until the app's own
  // takes over (and none while the picture is still hidden, before its script has run).
  await page.addInitScript(() => {
    const frames: string[] = ((window as unknown as { __frames: string[] }).__frames = [])
    const tick = () => {
      const canvas = [...document.querySelectorAll<HTMLElement>('.react-flow')].find((c) => c.getClientRects().length > 0)
      const viewport = canvas?.querySelector<HTMLElement>('.react-flow__viewport')
      const steps = [...(canvas?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [])].map((n) => n.dataset.id).join(',')
      const box = canvas?.getBoundingClientRect()
      if (viewport && steps && box) frames.push(`${steps} @ ${viewport.style.transform} in ${box.x},${box.y} ${box.width}x${box.height}`)
      if (frames.length < 30) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const frames = () => page.evaluate(() => [...new Set((window as unknown as { __frames: string[] }).__frames)])
  await page.goto('/')
  await expect(page.locator('[data-step="Task_1"]')).toBeVisible()
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames.length))).toBe(30)
  // A first visit: the seed example, drawn once, already fitted (never at the top left at zoom 1 first)
  const first = await frames()
  expect(first).toHaveLength(1)
  expect(first[0]).toMatch(/^__start,steps\.0,__end @ /)
  await expect(page.getByRole('button', { name: 'Simulate' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'MNS queue task' })).toBeVisible()
  // Zoom out and reload: the flow comes back where it was left, in its first frame, not fitted first and moved
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await expect(page.getByRole('status', { name: 'Autosave status' })).toHaveText('Saved in this browser')
  await page.waitForTimeout(600)
  const left = await page.locator('.react-flow__viewport').getAttribute('style')
  await page.reload()
  await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames.length))).toBe(30)
  const again = await frames()
  expect(again).toHaveLength(1)
  expect(again[0]!.split(' in ')[0]).toBe(`__start,steps.0,__end @ ${left!.replace(/^transform: |;$/g, '')}`)
})
