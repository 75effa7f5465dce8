import { expect, test } from '@playwright/test'

test('the start page shows the mns-callback example and its diagnostics', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('acs:mns:::/queues/fnf-demo/messages')
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No problems')
})
