import { expect, test, type Page } from '@playwright/test'

/** Fails the test on console errors, page errors and any request that leaves the app's origin. */
function guard(page: Page, baseURL: string) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request: ${url}`)
  })
  return problems
}

async function openSimulation(page: Page, example: string) {
  await page.goto(`/?example=${example}`)
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns:::/queues/fnf-demo/messages')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  await expect(sim).toBeVisible()
  return sim
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` })

test('mns-callback: Run succeeds, one message ends deleted, Task_1 history in order', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  const queue = sim.getByRole('region', { name: 'Message queue' })
  await expect(queue.getByRole('listitem')).toHaveCount(1)
  await expect(queue.getByRole('listitem')).toContainText('Deleted')
  const body = await queue.locator('code.sim-body').first().textContent()
  expect(body).toMatch(/^\{"task_token":"[A-Za-z0-9+/=]+","key":"value"\}$/)
  await expect(page.locator('[data-step="Task_1"]')).toContainText('succeeded')
  await shot(page, 'simulation-mns-callback-timeline')

  await sim.getByRole('tab', { name: 'Event history' }).click()
  const history = sim.getByRole('table', { name: 'Event history' })
  await sim.getByLabel('Filter by step').selectOption('Task_1')
  const types = await history.locator('tbody tr td:nth-child(3)').allTextContents()
  const task = types.filter((x) => x.startsWith('Task'))
  expect(task).toEqual(['TaskScheduled', 'TaskSubmitted', 'TaskSucceeded'])
  await shot(page, 'simulation-mns-callback-history')
  expect(problems).toEqual([])
})
