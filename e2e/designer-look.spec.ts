import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './designerTest.ts'

test.describe('main view', () => {
  test('has no serious or critical accessibility violations (axe)', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    await designer.node('Task_1').click()
    const result = await new AxeBuilder({ page }).analyze()
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`)
    expect(bad).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshots in the ${scheme} theme`, async ({ designer, page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await designer.goto()
      await designer.waitForEditor()
      await designer.node('Task_1').click()
      await page.screenshot({ path: `test-results/screenshots/main-${scheme}.png` })
      await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
      await page.getByRole('button', { name: 'Design', exact: true }).click()
      await designer.fitView()
      await designer.node('Notify').click()
      await page.screenshot({ path: `test-results/screenshots/containers-${scheme}.png` })
    })
  }
})
