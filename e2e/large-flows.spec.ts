import { expect, test } from './designerTest.ts'

// Issue 18 item 4: a 301-step flow fits, a step is found by name, the mini map can be put away.
const BIG = `version: v1\ntype: flow\nsteps:\n${Array.from({ length: 301 }, (_, i) => `  - type: pass\n    name: P${i + 1}\n`).join('')}`

test('a 301-step flow: Fit View shows all of it, Go to step (Ctrl+K or /) finds and centres a step, the mini map can be hidden', async ({ designer, page }) => {
  await designer.goto()
  await page.getByLabel('Open FDL file').setInputFiles({ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.from(BIG) })
  // opened at 10% at least (readable, drawing only what is on screen): the middle of the column
  await expect(designer.canvas.locator('[data-step]').first()).toBeAttached()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.fitView()
  // the whole column is on screen: first and last step inside the canvas
  const canvas = (await designer.canvas.boundingBox())!
  for (const name of ['P1', 'P301']) {
    await expect(designer.node(name)).toBeVisible()
    const box = (await designer.node(name).boundingBox())!
    expect(box.y, name).toBeGreaterThanOrEqual(canvas.y)
    expect(box.y + box.height, name).toBeLessThanOrEqual(canvas.y + canvas.height)
  }

  // Ctrl+K: type a name, Enter selects it and centres it
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Go to step' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Step name' }).fill('P15')
  await expect(dialog.getByRole('option').first()).toContainText('P15')
  await page.screenshot({ path: 'test-results/screenshots/go-to-step.png' })
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  const p15 = designer.node('P15')
  await expect(p15).toHaveClass(/selected/)
  await expect(async () => {
    const box = (await p15.boundingBox())!
    const now = (await designer.canvas.boundingBox())!
    expect(Math.abs(box.y + box.height / 2 - (now.y + now.height / 2))).toBeLessThan(40)
  }).toPass()
  // `/` on the canvas opens it too; arrows pick another match; Escape closes without moving
  await designer.canvas.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('/')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('P30')
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('option', { selected: true })).toContainText('P300')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // the mini map: hidden by its button, still hidden after a reload, shown again
  await expect(designer.canvas.getByRole('img', { name: 'Mini map' })).toBeVisible()
  await designer.canvas.getByRole('button', { name: 'Hide mini map' }).click()
  await expect(designer.canvas.getByRole('img', { name: 'Mini map' })).toHaveCount(0)
  await page.reload()
  await expect(designer.node('P15')).toBeAttached()
  await expect(designer.canvas.getByRole('img', { name: 'Mini map' })).toHaveCount(0)
  await designer.canvas.getByRole('button', { name: 'Show mini map' }).click()
  await expect(designer.canvas.getByRole('img', { name: 'Mini map' })).toBeVisible()
})
