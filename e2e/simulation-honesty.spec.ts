import { expect, test, type Page } from '@playwright/test'
import { guardPage } from './guardPage.ts'

// Issue 18, "Simulation honesty": the panel says what the clock waits for, what outcomes do, and what is in the
// future of the time shown.

async function openSimulation(page: Page, example: string) {
  await page.goto(`/?example=${example}`)
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns:::/queues/')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  return page.getByRole('region', { name: 'Simulation' })
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` })

test('the manual worker never stalls silently: the panel says what the clock waits for, down to the delete', async ({ page, baseURL }) => {
  const problems = guardPage(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  await sim.getByRole('button', { name: 'Manual worker' }).click()
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  const run = sim.getByRole('button', { name: 'Run', exact: true })
  await expect(run).toHaveAttribute('title', 'Start a new execution, or play on from the time shown (Ctrl+Enter)')
  await run.click()
  // a disabled Run says why
  await expect(run).toBeDisabled()
  await expect(run).toHaveAttribute('title', 'Playing: press Pause to stop the clock')
  const waiting = sim.getByRole('status', { name: 'Waiting for you' })
  await expect(waiting).toHaveText('The clock waits for you. Receive message: 1 message waiting in fnf-demo.')
  await sim.getByRole('button', { name: 'Receive message' }).click()
  await expect(waiting).toContainText('Report success or failure for Task_1 (message ')
  await sim.getByRole('article').getByRole('button', { name: 'Report success' }).click()
  // the execution has succeeded, and the clock still waits: for the delete
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  await expect(waiting).toContainText('Delete message ')
  await expect(waiting).toContainText('it stays in flight until you delete it or its visibility timeout brings it back.')
  await shot(page, 'simulation-waits-for-delete')
  await sim.getByRole('article').getByRole('button', { name: 'Delete message' }).click()
  await expect(waiting).toHaveCount(0)
  await expect(sim.getByRole('region', { name: 'Message queue' }).getByRole('listitem')).toContainText('Deleted')
  expect(problems).toEqual([])
})

test('scenario outcomes say what they do: the last one repeats, a second one is one click', async ({ page, baseURL }) => {
  const problems = guardPage(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  const outcomes = sim.getByRole('region', { name: 'Outcomes of Task_1' })
  await expect(outcomes).toContainText('Every call succeeds with {} after 1 s.')
  await outcomes.getByRole('button', { name: 'Add outcome for Task_1 call 1' }).click()
  await outcomes.getByRole('group', { name: 'Task_1 call 1' }).getByLabel('Outcome').selectOption('fail')
  await expect(outcomes).toContainText('Call 1 → Fail (WorkerError), then every later call the same.')
  await outcomes.getByRole('button', { name: 'Add outcome for Task_1 call 2' }).click()
  await expect(outcomes).toContainText('Call 1 → Fail (WorkerError); call 2 → Succeed, then every later call the same.')
  await expect(outcomes.getByRole('group', { name: 'Task_1 call 2 and later' })).toBeVisible()
  expect(problems).toEqual([])
})

test('Step works from before a run, the pill says Paused, and the history shows what comes after the time shown', async ({ page, baseURL }) => {
  const problems = guardPage(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  const step = sim.getByRole('button', { name: 'Step', exact: true })
  const status = sim.getByRole('status', { name: 'Execution status' })
  await expect(status).toHaveText('Not started')
  await expect(step).toBeEnabled()
  // Step before any run: the run starts and stops at its first moment
  await step.click()
  await expect(sim.getByLabel('Virtual clock')).toHaveText('0.000 s')
  await expect(status).toHaveText('Paused')
  await expect(status).toHaveAttribute('title', 'The execution is running at the time shown; playback is paused')
  // the history draws a "now" line: what happens after 0 s is set apart
  await sim.getByRole('tab', { name: 'Event history' }).click()
  const counts = sim.locator('.sim-history .sim-counts')
  await expect(counts).toContainText(/events · \d+ after 0\.000 s/)
  const history = sim.getByRole('table', { name: 'Event history' })
  await expect(history.locator('tr.now-next')).toHaveCount(1)
  await expect(history.locator('tr.now-next td').first()).toHaveAttribute('data-now', 'now · 0.000 s')
  await expect(history.locator('tr.future').first()).toContainText('TaskSucceeded')
  await shot(page, 'simulation-history-now-line')
  // the next Step reaches the report at 1 s, where the execution ends: nothing is in the future any more
  await step.click()
  await expect(sim.getByLabel('Virtual clock')).toHaveText('1.000 s')
  await expect(status).toHaveText('Succeeded')
  await expect(history.locator('tr.future')).toHaveCount(0)
  await expect(counts).not.toContainText('after')
  expect(problems).toEqual([])
})
