import { expect, test } from './designerTest.ts'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test.describe('keyboard and container editing', () => {
  test.beforeEach(async ({ designer }) => {
    await designer.goto()
    await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
  })

  test('arrow keys move the selection, Delete deletes, Ctrl+D duplicates', async ({ designer, page }) => {
    await designer.node('Prepare').click()
    await page.keyboard.press('ArrowDown')
    await expect(designer.node('Route')).toHaveClass(/selected/)
    await expect(designer.node('Route')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(designer.node('FastPath')).toHaveClass(/selected/)
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(designer.node('Prepare')).toHaveClass(/selected/)
    await page.keyboard.press('Control+d')
    await expect(designer.node('Prepare_2')).toBeVisible()
    expect(await designer.valueAt(['steps', 1, 'name'])).toBe('Prepare_2')
    await page.keyboard.press('Delete')
    await expect(designer.node('Prepare_2')).toHaveCount(0)
    expect(await designer.valueAt(['steps', 1, 'name'])).toBe('Route')
  })

  test('palette items insert after the selected step on Enter', async ({ designer, page }) => {
    await designer.node('FastPath').click()
    await designer.paletteItem('Wait').focus()
    await page.keyboard.press('Enter')
    await expect(designer.node('Wait_1')).toBeVisible()
    expect(await designer.valueAt(['steps', 1, 'choices', 0, 'steps', 1, 'type'])).toBe('wait')
    await page.keyboard.press('Escape')
    await designer.canvas.click({ position: { x: 8, y: 8 } })
    await designer.paletteItem('Succeed').click()
    const steps = (await designer.valueAt(['steps'])) as { items: unknown[] }
    expect(await designer.valueAt(['steps', steps.items.length - 1, 'type'])).toBe('succeed')
  })

  test('cut and paste a step with its children; multi-select and delete', async ({ designer, page }) => {
    await designer.node('FanOut').click()
    await page.keyboard.press('Control+x')
    await expect(designer.node('Notify')).toHaveCount(0)
    await designer.node('Done').click()
    await page.keyboard.press('Control+v')
    await expect(designer.node('Notify')).toBeVisible()
    expect(await designer.valueAt(['steps', 4, 'name'])).toBe('FanOut')
    expect(await designer.text()).toContain('            # Keep this comment inside the step.\n')
    await designer.node('Prepare').click()
    await designer.node('Done').click({ modifiers: ['Control'] })
    await page.keyboard.press('Delete')
    await expect(designer.node('Prepare')).toHaveCount(0)
    await expect(designer.node('Done')).toHaveCount(0)
    await expect(designer.node('Route')).toBeVisible()
  })

  test('copy and paste makes a renamed copy', async ({ designer, page }) => {
    await designer.node('Skip').click()
    await page.keyboard.press('Control+c')
    await designer.node('Prepare').click()
    await page.keyboard.press('Control+v')
    await expect(designer.node('Skip_2')).toBeVisible()
    expect(await designer.valueAt(['steps', 1, 'type'])).toBe('pass')
  })

  test('copying a step that uses aliases writes their values out, so the copy stands on its own', async ({ designer, page }) => {
    await designer.open('e2e/fixtures/aliases.yaml', 'Second')
    await designer.node('Second').click()
    await page.keyboard.press('Control+c')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).not.toContain('*token')
    expect(copied).toContain('inputMappings:\n  - target: task_token\n    source: $context.task.token\n')
    await page.keyboard.press('Control+v')
    await expect(designer.node('Second_2')).toBeVisible()
    await expect(designer.problems).toContainText('No problems')
    expect((await designer.text()).split('*token').length - 1).toBe(1)
  })

  test('branches are added and removed with the container buttons', async ({ designer }) => {
    await designer.canvas.getByRole('button', { name: 'Add branch to FanOut' }).click()
    await expect(designer.lane('steps.2.branches.2.steps')).toBeVisible()
    await designer.canvas.getByRole('button', { name: 'Remove branch 3 of FanOut' }).click()
    await expect(designer.lane('steps.2.branches.2.steps')).toHaveCount(0)
    await designer.canvas.getByRole('button', { name: 'Add condition to Route' }).click()
    await expect(designer.lane('steps.1.choices.2.steps')).toBeVisible()
    await designer.fitView()
    await designer.canvas.getByRole('button', { name: 'Remove default of Route' }).click()
    await expect(designer.lane('steps.1.default.steps')).toHaveCount(0)
    await designer.canvas.getByRole('button', { name: 'Add default to Route' }).click()
    await expect(designer.lane('steps.1.default.steps')).toBeVisible()
  })
})
