import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
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

test('mns-three-tasks with the manual worker: one message at a time, a second report is TaskAlreadyCompleted', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  const sim = await openSimulation(page, 'mns-three-tasks')
  await sim.getByRole('button', { name: 'Manual worker' }).click()
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  const status = sim.getByRole('status', { name: 'Execution status' })
  await expect(status).toHaveText('Running')
  const messages = sim.getByRole('region', { name: 'Message queue' }).getByRole('listitem')
  const answers = sim.getByRole('log')
  for (let i = 1; i <= 3; i++) {
    await expect(messages).toHaveCount(i)
    await expect(page.locator(`[data-step="Task_${i}"]`)).toContainText('waiting for callback')
    await sim.getByRole('button', { name: 'Receive message' }).click()
    const card = sim.getByRole('article')
    await expect(card).toHaveCount(1)
    await expect(card.locator('mark')).toHaveCount(1)
    await expect(messages).toHaveCount(i)
    if (i === 1) await shot(page, 'simulation-manual-received')
    await card.getByRole('button', { name: 'Report success' }).click()
    await expect(answers.getByRole('listitem').last()).toHaveText(/ReportTaskSucceeded → OK/)
    if (i === 1) {
      await card.getByRole('button', { name: 'Report success' }).click()
      await expect(answers.getByRole('listitem').last()).toContainText('TaskAlreadyCompleted')
      await shot(page, 'simulation-manual-already-completed')
    }
    await card.getByRole('button', { name: 'Delete message' }).click()
    await expect(answers.getByRole('listitem').last()).toHaveText(/DeleteMessage → OK/)
    await expect(card).toHaveCount(0)
  }
  await expect(status).toHaveText('Succeeded')
  await expect(messages.filter({ hasText: 'Deleted' })).toHaveCount(3)
  await shot(page, 'simulation-manual-done')
  expect(problems).toEqual([])
})

test('a worker that never answers: the task times out at 10 s and the catch path is taken', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns')
  await page.getByLabel('Open FDL file').setInputFiles(new URL('fixtures/sim-timeout-catch.yaml', import.meta.url).pathname)
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('Handle_timeout')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  const outcomes = sim.getByRole('region', { name: 'Outcomes of Task_1' })
  await outcomes.getByRole('button', { name: 'Add outcome for Task_1' }).click()
  await outcomes.getByRole('group', { name: 'Task_1 call 1' }).getByLabel('Outcome').selectOption('timeout')
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  const timeline = sim.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('img', { name: /^Task_1 timed out \(FnF\.TaskTimeout\) at 10\.000 s$/ })).toBeVisible()
  await expect(timeline.getByRole('img', { name: 'Task_1 caught FnF.TaskTimeout at 10.000 s' })).toBeVisible()
  await expect(timeline.getByRole('listitem', { name: 'Handle_timeout' })).toBeVisible()
  await expect(timeline.getByRole('listitem', { name: 'Not_reached' })).toHaveCount(0)
  await expect(page.locator('[data-step="Task_1"]')).toContainText('error caught')
  await expect(page.locator('[data-step="Handle_timeout"]')).toContainText('succeeded')
  await expect(page.locator('[data-step="Not_reached"]')).toContainText('skipped')
  await timeline.locator('.tl-bar[data-span]').first().hover()
  await expect(page.getByRole('tooltip')).toContainText('Task_1')
  await shot(page, 'simulation-timeout-catch')

  // The scenario is saved with the document: after a reload it is still there.
  await page.reload()
  await expect(page.locator('[data-step="Handle_timeout"]')).toBeVisible()
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const again = page.getByRole('region', { name: 'Outcomes of Task_1' }).getByRole('group', { name: 'Task_1 call 1' }).getByLabel('Outcome')
  await expect(again).toHaveValue('timeout')
  expect(problems).toEqual([])
})

test('scrubbing to before the report shows the message in flight and the task waiting', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  const status = sim.getByRole('status', { name: 'Execution status' })
  await expect(status).toHaveText('Succeeded')
  const slider = sim.getByRole('slider', { name: 'Time' })
  const min = Number(await slider.getAttribute('min'))
  await slider.fill(String(min + 500))
  await expect(sim.getByLabel('Virtual clock')).toHaveText('0.500 s')
  await expect(status).toHaveText('Running')
  const queue = sim.getByRole('region', { name: 'Message queue' })
  await expect(queue.getByRole('listitem')).toContainText('In flight')
  await expect(page.locator('[data-step="Task_1"]')).toContainText('waiting for callback')
  await shot(page, 'simulation-scrubbed-waiting')
  await slider.fill(String(min))
  await sim.getByRole('button', { name: 'Step', exact: true }).click()
  await expect(sim.getByLabel('Virtual clock')).toHaveText('1.000 s')
  await sim.getByRole('tab', { name: 'Event history' }).click()
  const rows = sim.getByRole('table', { name: 'Event history' }).locator('tbody tr')
  await rows.filter({ hasText: 'ExecutionSucceeded' }).click()
  await expect(status).toHaveText('Succeeded')
  await expect(queue.getByRole('listitem')).toContainText('Deleted')
  expect(problems).toEqual([])
})

test('data at a step, history and scenario downloads, and no accessibility violations', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  const sim = await openSimulation(page, 'mns-callback')
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')

  await page.locator('[data-step="Task_1"]').click()
  await expect(sim.getByRole('tab', { name: 'Step data' })).toHaveAttribute('aria-selected', 'true')
  const mappings = sim.getByRole('table', { name: 'Input mappings' })
  await expect(mappings.getByRole('row').filter({ hasText: '$context.task.token' })).toContainText('"djEj')
  await expect(mappings.getByRole('row').filter({ hasText: 'key' })).toContainText('"value"')
  await shot(page, 'simulation-step-data')

  const scenario = page.waitForEvent('download')
  await sim.getByRole('tab', { name: 'Input & scenario' }).click()
  await sim.getByRole('button', { name: 'Download scenario' }).click()
  const scenarioText = readFileSync(await (await scenario).path(), 'utf8')
  expect(scenarioText).toContain('input: {}')

  await sim.getByRole('tab', { name: 'Event history' }).click()
  const history = page.waitForEvent('download')
  await sim.getByRole('button', { name: 'Download history' }).click()
  const events = JSON.parse(readFileSync(await (await history).path(), 'utf8')) as { type: string }[]
  expect(events[0]!.type).toBe('ExecutionStarted')
  expect(events.at(-1)!.type).toBe('ExecutionSucceeded')

  const axe = await new AxeBuilder({ page }).include('.sim-dock').analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([])
  expect(problems).toEqual([])
})

test('containers: the choice path taken, a retry, parallel branches and foreach progress', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns')
  await page.getByLabel('Open FDL file').setInputFiles(new URL('fixtures/sim-containers.yaml', import.meta.url).pathname)
  await expect(page.locator('[data-step="EachItem"]')).toBeVisible()
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  const scenario = { input: { kind: 'fast', items: [1, 2, 3, 4, 5] }, tasks: { Notify: [{ fail: { error: 'FC.Unknown', cause: 'flaky' } }, { succeed: { sent: true } }] } }
  await sim.getByLabel('Open scenario file').setInputFiles({ name: 'containers.scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  await expect(sim.getByLabel('Execution input')).toHaveValue(/"kind": "fast"/)
  await expect(sim.getByRole('group', { name: 'Notify call 1' }).getByLabel('Outcome')).toHaveValue('fail')
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  await expect(page.locator('[data-step="FastPath"]')).toContainText('succeeded')
  await expect(page.locator('[data-step="SlowPath"]')).toContainText('skipped')
  await expect(page.locator('[data-step="EachItem"]').first()).toContainText('5/5 done')
  const timeline = sim.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('img', { name: 'Notify retried (attempt 2) at 2.000 s' })).toBeVisible()
  await expect(timeline.getByRole('listitem', { name: 'Branch 2' })).toBeVisible()
  await expect(timeline.getByRole('listitem', { name: 'Iteration 4' })).toBeVisible()
  await shot(page, 'simulation-containers-end')

  const slider = sim.getByRole('slider', { name: 'Time' })
  await slider.fill(String(Number(await slider.getAttribute('min')) + 1500))
  await expect(page.locator('[data-step="Notify"]')).toContainText('retrying, attempt 2')
  await expect(page.locator('[data-step="EachItem"]').first()).toContainText('not started')
  await shot(page, 'simulation-containers-retrying')
  expect(problems).toEqual([])
})

test('unconfirmed behaviour: a foreach over a missing list fails by default, runs empty when the option says so', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  await page.goto('/?example=foreach')
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('collection: $.keys')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await sim.getByLabel('Execution input').fill('{}')
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Failed')

  await sim.getByText('Unconfirmed service behaviour').click()
  const option = sim.getByRole('combobox', { name: 'collectionNotArray' })
  await expect(option).toHaveValue('fail')
  await option.selectOption('empty')
  await expect(sim.getByText('Unconfirmed service behaviour (1 changed)')).toBeVisible()
  await option.scrollIntoViewIfNeeded()
  await shot(page, 'simulation-options')
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')

  const scenario = page.waitForEvent('download')
  await sim.getByRole('button', { name: 'Download scenario' }).click()
  const scenarioText = readFileSync(await (await scenario).path(), 'utf8')
  expect(scenarioText).toMatch(/options:\n\s+collectionNotArray: empty/)

  await sim.getByRole('button', { name: 'Reset all to defaults' }).click()
  await expect(option).toHaveValue('fail')
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Failed')
  expect(problems).toEqual([])
})

test('child flows: a call runs as a task until its definition is opened, then as its own execution', async ({ page, baseURL }) => {
  const problems = guard(page, baseURL!)
  const parent = [
    '# A parent flow that asks a child flow for a verdict.',
    'version: v1', 'type: flow', 'steps:',
    '  - type: task', '    name: callAudit', '    resourceArn: acs:fnf:::flow/audit', '    pattern: sync',
    '    outputMappings:', '      - target: verdict', '        source: $local.verdict', '',
  ].join('\n')
  const audit = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: judge\n    outputMappings:\n      - target: verdict\n        source: fine\n'
  await page.goto('/')
  await page.getByLabel('Open FDL file').setInputFiles({ name: 'parent.yaml', mimeType: 'application/octet-stream', buffer: Buffer.from(parent) })
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:fnf:::flow/audit')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  await expect(sim.getByText('Not opened: each call runs as a task')).toBeVisible()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')

  const chooser = page.waitForEvent('filechooser')
  await sim.getByRole('button', { name: 'Open child flow audit' }).click()
  await (await chooser).setFiles({ name: 'audit.flow.yaml', mimeType: 'application/octet-stream', buffer: Buffer.from(audit) })
  await expect(sim.getByText('Runs audit.flow.yaml as its own execution.')).toBeVisible()
  await expect(sim.getByRole('region', { name: 'Outcomes of callAudit' })).toContainText('Each call runs the child flow from audit.flow.yaml')
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
  await sim.getByRole('tab', { name: 'Event history' }).click()
  await expect(sim.getByRole('table', { name: 'Event history' })).toContainText('"verdict":"fine"')
  await shot(page, 'simulation-child-flow')

  const scenario = page.waitForEvent('download')
  await sim.getByRole('tab', { name: 'Timeline' }).click()
  await sim.getByRole('button', { name: 'Download scenario' }).click()
  expect(readFileSync(await (await scenario).path(), 'utf8')).toMatch(/flows:\n\s+audit: audit\.flow\.yaml/)
  expect(problems).toEqual([])
})
