import { expect, test } from '@playwright/test'
import { guardPage } from './guardPage.ts'

test('Stop ends a waiting run: status Stopped, ExecutionStopped last in the history, the Stop button disabled', async ({ page, baseURL }) => {
  const problems = guardPage(page, baseURL!)
  // given the callback example run with the manual worker, so its task waits for a report nobody sends
  await page.goto('/?example=mns-callback')
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns:::/queues/fnf-demo/messages')
  await page.getByRole('button', { name: 'Simulate', exact: true }).click()
  const sim = page.getByRole('region', { name: 'Simulation' })
  await sim.getByRole('button', { name: 'Manual worker' }).click()
  await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
  const stop = sim.getByRole('button', { name: 'Stop', exact: true })
  await expect(stop).toBeDisabled()
  await sim.getByRole('button', { name: 'Run', exact: true }).click()
  const status = sim.getByRole('status', { name: 'Execution status' })
  await expect(status).toHaveText('Running')
  await expect(page.locator('[data-step="Task_1"]')).toContainText('waiting for callback')
  // when the person presses Stop
  await stop.click()
  // then the run is Stopped, the service answered OK, and the history ends with ExecutionStopped
  await expect(status).toHaveText('Stopped')
  await expect(sim.getByRole('log').getByRole('listitem').last()).toHaveText(/StopExecution → OK/)
  await expect(stop).toBeDisabled()
  await sim.getByRole('tab', { name: 'Event history' }).click()
  const types = sim.getByRole('table', { name: 'Event history' }).locator('tbody tr td:nth-child(3)')
  await expect(types.last()).toHaveText('ExecutionStopped')
  await expect(sim.getByRole('table', { name: 'Event history' }).locator('tbody tr').last()).toContainText('Stopped from the simulation panel.')
  expect(problems).toEqual([])
})
