import { readFileSync } from 'node:fs'
import { parseDocument } from 'yaml'
import { expect, test } from './designerTest.ts'

/**
 * Issue 18, item 3: dragging at low zoom must not move containers by accident. Zoomed far out, a drag that
 * starts on a step pans the canvas; zoomed in, a move shows its target before release and lands there; a click
 * with a slight wobble moves nothing.
 */

const FIXTURE = 'e2e/fixtures/containers.yaml'
const ORIGINAL = readFileSync(FIXTURE, 'utf8')

const viewport = (page: import('@playwright/test').Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform)
    return { x: m.e, y: m.f, zoom: m.a }
  })

test('a drag on a step at 10% zoom pans; zoomed in, a move highlights its target before release', async ({ designer, page }) => {
  await designer.goto()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.open(FIXTURE, 'Prepare')

  // Zoom out as far as the wheel goes (10%).
  const canvas = (await designer.canvas.boundingBox())!
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400)
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(0.11)

  // The user means to pan, but presses on the parallel and lets go over the choice's first branch.
  const fanOut = (await designer.node('FanOut').boundingBox())!
  const lane = (await designer.lane('steps.1.choices.0.steps').boundingBox())!
  const before = await viewport(page)
  await page.mouse.move(fanOut.x + fanOut.width / 2, fanOut.y + fanOut.height / 2)
  await page.mouse.down()
  await page.mouse.move(lane.x + lane.width / 2, lane.y + lane.height / 2, { steps: 8 })
  await expect(page.locator('.drop-indicator')).toHaveCount(0)
  await page.mouse.up()
  const after = await viewport(page)
  expect(after.y - before.y, 'the canvas panned with the pointer').toBeCloseTo(lane.y + lane.height / 2 - (fanOut.y + fanOut.height / 2), 0)
  expect(await designer.text(), 'no step moved').toBe(ORIGINAL)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  // Zoomed in, the same kind of drag is a move: the empty branch lights up before release, and the step lands there.
  await designer.fitView()
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(0.25)
  await designer.settleViewport()
  const prepare = (await designer.node('Prepare').boundingBox())!
  const empty = (await designer.lane('steps.2.branches.1.steps').boundingBox())!
  await page.mouse.move(prepare.x + prepare.width / 2, prepare.y + prepare.height / 2)
  await page.mouse.down()
  await page.mouse.move(empty.x + empty.width / 2, empty.y + empty.height / 2, { steps: 10 })
  const target = page.locator('.drop-indicator.empty')
  await expect(target).toBeVisible()
  const lit = (await target.boundingBox())!
  expect(lit.x).toBeGreaterThanOrEqual(empty.x - 1)
  expect(lit.x + lit.width).toBeLessThanOrEqual(empty.x + empty.width + 1)
  expect(lit.y).toBeGreaterThanOrEqual(empty.y - 1)
  expect(lit.y + lit.height).toBeLessThanOrEqual(empty.y + empty.height + 1)
  await page.mouse.up()
  await expect.poll(async () => (parseDocument(await designer.text()).getIn(['steps', 1, 'branches', 1, 'steps', 0, 'name']) as string | undefined)).toBe('Prepare')

  // A click that wobbles by a few pixels selects the step and moves nothing.
  const moved = await designer.text()
  await designer.settleViewport()
  const done = (await designer.node('Done').boundingBox())!
  await page.mouse.move(done.x + done.width / 2, done.y + done.height / 2)
  await page.mouse.down()
  await page.mouse.move(done.x + done.width / 2 + 3, done.y + done.height / 2 + 2, { steps: 3 })
  await page.mouse.up()
  await expect(designer.inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Done')
  expect(await designer.text()).toBe(moved)
})
