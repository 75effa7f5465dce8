import { expect, test } from './designerTest.ts'

/**
 * Issue 16, items 1 and 2: the Sequence tab tells the callback choreography (flow → queue → worker → report →
 * delete) in time order and follows the clock; presentation mode shows it beside the canvas, full window.
 */

const calls = (sim: import('@playwright/test').Locator) =>
  sim.getByRole('list', { name: 'Sequence of calls' }).getByRole('listitem').evaluateAll((items) => items.map((li) => li.querySelector('.seq-label')!.textContent!.split(' · ')[0]!))

test('the seed run as a sequence: Send → Receive → Report → Delete, following the scrubber; a redelivery shows two receives', async ({ designer, page }) => {
  await designer.goto()
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  await sim.getByRole('tab', { name: 'Sequence' }).click()
  const panel = sim.getByRole('tabpanel', { name: 'Sequence' })
  await expect(panel.getByRole('group', { name: 'Lifelines' })).toHaveText(/^Flow.*Queue fnf-demo.*Simulated worker$/)
  await expect.poll(() => calls(panel)).toEqual(['SendMessage', 'ReceiveMessage', 'ReportTaskSucceeded', 'DeleteMessage'])
  const rows = panel.getByRole('listitem')
  await expect(rows.nth(0)).toContainText(/SendMessage · \S+ · priority 1/)
  await expect(rows.nth(2)).toContainText(/ReportTaskSucceeded · token \S+ · OK/)
  // The last call is the current one; hovering the send shows the message body with the token.
  await expect(rows.nth(3)).toHaveAttribute('aria-current', 'step')
  await expect(rows.nth(0).getByRole('button')).toHaveAttribute('title', /Message body:\n\{"task_token":"[^"]+","key":"value"\}/)

  // A click on the report shows that moment: the delete after it is not drawn yet, and the task is selected.
  await rows.nth(2).getByRole('button').click()
  await expect.poll(() => calls(panel)).toEqual(['SendMessage', 'ReceiveMessage', 'ReportTaskSucceeded'])
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'step')
  await expect(panel).toContainText('1 later call not shown yet')
  await expect(designer.inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Task_1')
  await page.screenshot({ path: 'test-results/screenshots/sequence-at-report.png' })

  // The worker crashes before deleting: the message comes back after its visibility timeout and is received again.
  await sim.getByRole('tab', { name: 'Input & scenario' }).click()
  await sim.getByLabel('Crash before delete').check()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect.poll(() => calls(panel)).toEqual(['SendMessage', 'ReceiveMessage', 'ReportTaskSucceeded', 'Visible again', 'ReceiveMessage', 'ReportTaskSucceeded', 'DeleteMessage'])
  await expect(rows.nth(4)).toContainText('dequeue 2')
  await expect(rows.nth(5)).toContainText('TaskAlreadyCompleted')
})

test('presentation mode: F enters, the canvas and the sequence fill the window and stay readable at 1280×720; Escape leaves', async ({ designer, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?example=mns-three-tasks')
  await expect(designer.node('Task_1')).toBeVisible()
  await designer.node('Task_1').click()
  await page.keyboard.press('f')
  const sim = page.getByRole('region', { name: 'Simulation' })
  await expect(sim).toBeVisible()
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toBeVisible()
  // Everything else is out of the way; the run controls and the virtual clock are not.
  for (const name of ['Step palette', 'FDL code', 'Problems']) await expect(page.getByRole('region', { name })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeHidden()
  await expect(sim.getByRole('button', { name: 'Run', exact: true })).toBeVisible()
  await expect(sim.getByLabel('Virtual clock')).toBeVisible()

  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  const panel = sim.getByRole('tabpanel', { name: 'Sequence' })
  await expect(panel.getByRole('listitem')).toHaveCount(12)

  // Side by side, each about half the window, nothing on top of the other.
  const canvas = (await designer.canvas.boundingBox())!
  const seq = (await panel.boundingBox())!
  expect(canvas.width).toBeGreaterThan(560)
  expect(seq.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1)
  // Every step name on the canvas at 11 px or more, whole; every arrow label whole.
  const names = await designer.canvas.locator('.step-name').evaluateAll((els) =>
    els.map((el) => ({ text: el.textContent, px: el.getBoundingClientRect().height, cut: el.scrollWidth > el.clientWidth + 0.5, size: parseFloat(getComputedStyle(el).fontSize) })),
  )
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
  expect(names.map((n) => n.text)).toEqual(expect.arrayContaining(['Task_1', 'Task_2', 'Task_3']))
  for (const n of names) {
    expect(n.cut, n.text ?? '').toBe(false)
    expect(n.size * zoom, `${n.text} drawn size`).toBeGreaterThanOrEqual(11)
  }
  await page.screenshot({ path: 'test-results/screenshots/presentation-1280.png' })
  const labels = await panel.locator('.seq-label').evaluateAll((els) => els.map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 0.5, size: parseFloat(getComputedStyle(el).fontSize) })))
  expect(labels).toHaveLength(12)
  for (const l of labels) {
    expect(l.cut, l.text ?? '').toBe(false)
    expect(l.size).toBeGreaterThanOrEqual(12)
  }
  await page.screenshot({ path: 'test-results/screenshots/presentation-1280.png' })

  // Escape leaves: the designer is back as it was.
  await designer.canvas.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Leave presentation' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Step palette' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible()
})
