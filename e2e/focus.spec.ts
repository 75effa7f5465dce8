import { expect, test } from './designerTest.ts'

// Issue 18 item 11: focus lands on the next thing to do, and Run is one key away.
test('focus follows the work: after New, Delete and Add mapping; Ctrl+Enter runs the simulation from anywhere', async ({ designer, page }) => {
  await designer.goto()
  // New → Empty flow: the palette search has focus, so typing a step type and Enter adds it
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await page.getByRole('dialog', { name: 'New flow' }).getByRole('button', { name: 'Empty flow' }).click()
  const search = page.getByRole('searchbox', { name: 'Search steps' })
  await expect(search).toBeFocused()
  await page.keyboard.type('pass')
  await page.keyboard.press('Enter')
  await expect(designer.node('Pass_1')).toBeVisible()
  await search.fill('wait')
  await search.press('Enter')
  await expect(designer.node('Wait_1')).toBeVisible()

  // Delete: focus moves to the step now selected, so Delete can go on
  await designer.node('Pass_1').click()
  await page.keyboard.press('Delete')
  await expect(designer.node('Pass_1')).toHaveCount(0)
  await expect(designer.node('Wait_1')).toBeFocused()

  // Add input mapping: the new row's Target has focus, its text selected to type over
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await inspector.getByRole('button', { name: 'Add input mapping' }).click()
  const target = inspector.getByRole('group', { name: 'Input mapping 1' }).getByLabel('Target', { exact: true })
  await expect(target).toBeFocused()
  await page.keyboard.type('jobId')
  await expect.poll(() => designer.text()).toContain('target: jobId')

  // Ctrl+Enter from a form field: the simulation opens and runs (the Run button's tooltip names the key)
  await page.keyboard.press('Control+Enter')
  const sim = page.getByRole('region', { name: 'Simulation' })
  await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText(/Running|Succeeded/)
})
