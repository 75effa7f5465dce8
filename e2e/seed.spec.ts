import { expect, test } from './designerTest.ts'

test('the start page shows the mns-callback example as a diagram with its YAML beside it', async ({ designer }) => {
  await designer.goto()
  await expect(designer.canvas.getByRole('group', { name: 'task step Task_1' })).toBeVisible()
  await expect(designer.node('Task_1')).toContainText('Queue fnf-demo')
  await expect(designer.node('Task_1')).toContainText('Callback')
  await expect(designer.code).toContainText('acs:mns:::/queues/fnf-demo/messages')
  await expect(designer.problems).toContainText('No problems')
  for (const name of ['Task', 'Pass', 'Wait', 'Choice', 'Parallel', 'Foreach', 'Succeed', 'Fail', 'MNS queue task', 'MNS topic task', 'Function Compute task', 'Child flow task']) {
    await expect(designer.paletteItem(name)).toBeVisible()
  }
})

test('a tab opened in the background has its toolbar and palette ready before it is shown', async ({ designer, page }) => {
  // What a background tab is to the page: hidden, and no frame callbacks until it is shown. The panes that fill in
  // after the first paint must not wait for a paint that does not come.
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' })
    Object.defineProperty(document, 'hidden', { get: () => true })
    window.requestAnimationFrame = () => 0
  })
  await page.goto('/')
  await expect(designer.node('Task_1')).toBeAttached()
  await expect(page.getByRole('button', { name: 'Simulate' })).toBeAttached()
  await expect(designer.paletteItem('MNS queue task')).toBeAttached()
})
