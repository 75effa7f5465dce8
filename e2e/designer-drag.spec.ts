import { readFileSync } from 'node:fs'
import type { Locator } from '@playwright/test'
import { expect, test } from './designerTest.ts'
import type { DesignerPage } from './pages/DesignerPage.ts'

const FIXTURE = 'e2e/fixtures/containers.yaml'
const ORIGINAL = readFileSync(FIXTURE, 'utf8')
const TOP_COMMENT = '# Containers fixture: a choice, a parallel step and a foreach, for drag-and-drop tests.\n'
const FIXTURE_STEPS = 10
const STEP_COMMENT = '            # Keep this comment inside the step.\n'

/** Every palette item and what the step it inserts must look like. */
const ITEMS: readonly { label: string; check: (step: Record<string, unknown>) => void }[] = [
  { label: 'Task', check: (s) => expect(s.type).toBe('task') },
  { label: 'Pass', check: (s) => expect(s.type).toBe('pass') },
  { label: 'Wait', check: (s) => expect(s.type).toBe('wait') },
  { label: 'Choice', check: (s) => expect(s.type).toBe('choice') },
  { label: 'Parallel', check: (s) => expect(s.type).toBe('parallel') },
  { label: 'Foreach', check: (s) => expect(s.type).toBe('foreach') },
  { label: 'Succeed', check: (s) => expect(s.type).toBe('succeed') },
  { label: 'Fail', check: (s) => expect(s.type).toBe('fail') },
  { label: 'MNS queue task', check: (s) => expect(String(s.resourceArn)).toMatch(/^acs:mns:[^:]*:[^:]*:\/queues\//) },
  { label: 'MNS topic task', check: (s) => expect(String(s.resourceArn)).toMatch(/^acs:mns:[^:]*:[^:]*:\/topics\//) },
  { label: 'Function Compute task', check: (s) => expect(String(s.resourceArn)).toMatch(/^acs:fc:/) },
  { label: 'Child flow task', check: (s) => expect(String(s.resourceArn)).toMatch(/^acs:fnf:/) },
]

/** Where to drop (a point in page coordinates) and where the new step must appear in the YAML. */
interface Place {
  readonly name: string
  readonly path: readonly (string | number)[]
  point(d: DesignerPage): Promise<{ x: number; y: number }>
}

const box = async (l: Locator) => (await l.boundingBox())!

const PLACES: readonly Place[] = [
  {
    name: 'the top level, between two steps',
    path: ['steps', 1],
    async point(d) {
      const a = await box(d.node('Prepare'))
      const b = await box(d.node('Route'))
      return { x: a.x + a.width / 2, y: (a.y + a.height + b.y) / 2 }
    },
  },
  {
    name: 'a choice branch, after its step',
    path: ['steps', 1, 'choices', 0, 'steps', 1],
    async point(d) {
      const lane = await box(d.lane('steps.1.choices.0.steps'))
      return { x: lane.x + lane.width / 2, y: lane.y + lane.height - 6 }
    },
  },
  {
    name: 'an empty parallel branch',
    path: ['steps', 2, 'branches', 1, 'steps', 0],
    async point(d) {
      const lane = await box(d.lane('steps.2.branches.1.steps'))
      return { x: lane.x + lane.width / 2, y: lane.y + lane.height / 2 }
    },
  },
  {
    name: 'a foreach body, before its first step',
    path: ['steps', 3, 'steps', 0],
    async point(d) {
      const lane = await box(d.lane('steps.3.steps'))
      return { x: lane.x + lane.width / 2, y: lane.y + 8 }
    },
  },
]

test.describe('drag from the palette', () => {
  for (const place of PLACES) {
    test(`every palette item into ${place.name}`, async ({ designer, page }) => {
      await designer.goto()
      await page.getByRole('button', { name: 'Design', exact: true }).click()
      await designer.open(FIXTURE, 'Prepare')
      const canvasBox = await box(designer.canvas)
      for (const item of ITEMS) {
        await designer.settleViewport()
        const p = await place.point(designer)
        await designer.dragPalette(item.label, designer.canvas, { x: p.x - canvasBox.x, y: p.y - canvasBox.y })
        await expect.poll(() => designer.text(), { message: item.label }).not.toBe(ORIGINAL)
        const step = (await designer.valueAt(place.path)) as { toJSON(): Record<string, unknown> } | undefined
        expect(step, `${item.label} at ${place.path.join('.')}`).toBeDefined()
        item.check(step!.toJSON())
        const text = await designer.text()
        expect(text.startsWith(TOP_COMMENT)).toBe(true)
        expect(text).toContain(STEP_COMMENT)
        await page.getByRole('button', { name: 'Undo' }).click()
        await expect.poll(() => designer.text()).toBe(ORIGINAL)
        // The next drop aims at the original diagram: wait until it is the one drawn.
        await expect(designer.canvas.locator('.flow-wrapper')).toHaveAttribute('data-steps', String(FIXTURE_STEPS))
      }
    })
  }
})

test('a click on an empty branch aims the palette there; a click on a palette item fills it, then adds after the new step', async ({ designer, page }) => {
  await designer.goto()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.open(FIXTURE, 'Prepare')
  await designer.canvas.getByRole('button', { name: 'Add a step to Branch 2 of FanOut' }).click()
  await expect(page.getByRole('searchbox', { name: 'Search steps' })).toBeFocused()
  await expect(designer.palette).toContainText('Adds to Branch 2 of FanOut')
  await expect(designer.canvas.locator('.placeholder.aimed')).toHaveCount(1)
  await designer.paletteItem('Wait').click()
  await expect.poll(async () => ((await designer.valueAt(['steps', 2, 'branches', 1, 'steps', 0, 'name'])) as string | undefined)).toBe('Wait_1')
  await expect(designer.palette).toContainText('Adds after Wait_1')
  // The slot's click selects its container too; × drops the aim and goes back to "after the selection".
  await designer.canvas.getByRole('button', { name: 'Add a step to Condition 2 of Route' }).click()
  await expect(designer.palette).toContainText('Adds to Condition 2 of Route')
  await expect(designer.inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Route')
  await designer.palette.getByRole('button', { name: 'Add after the selection instead' }).click()
  await expect(designer.palette).toContainText('Adds after Route')
  await expect(designer.canvas.locator('.placeholder.aimed')).toHaveCount(0)
})
