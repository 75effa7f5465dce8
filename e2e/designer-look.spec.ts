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

  // Baselines in e2e/designer-look.spec.ts-snapshots (update with `npx playwright test designer-look --update-snapshots`
  // after a deliberate change of look). The autosave and sync words change with timing, so they are masked.
  for (const scheme of ['light', 'dark'] as const) {
    test(`looks as it did in the ${scheme} theme: the seed example, and containers in Design view`, async ({ designer, page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await designer.goto()
      await designer.waitForEditor()
      await designer.node('Task_1').click()
      const mask = [page.getByRole('status', { name: 'Autosave status' }), page.locator('.sync-status')]
      await expect(page).toHaveScreenshot(`main-${scheme}.png`, { mask, maxDiffPixelRatio: 0.01 })
      await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
      await page.getByRole('button', { name: 'Design', exact: true }).click()
      await designer.settleViewport()
      await designer.node('Notify').click()
      await expect(page).toHaveScreenshot(`containers-${scheme}.png`, { mask, maxDiffPixelRatio: 0.01 })
    })
  }
})

test('a choice from the palette keeps its name readable beside its add buttons; cut text shows in full on hover', async ({ designer, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await designer.goto()
  await designer.paletteItem('Choice').click()
  const choice = designer.node('Choice_1')
  await expect(choice).toBeVisible()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.fitView()
  const name = choice.locator('.container-header .step-name')
  await expect(name).toHaveText('Choice_1')
  // the name is not cut ("Ch…"): it has the width its text needs
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  await expect(choice.getByRole('button', { name: 'Add condition to Choice_1' })).toBeVisible()
  await expect(choice.getByRole('button', { name: 'Add default to Choice_1' })).toHaveCount(0)
  // every name and caption that is cut carries its full text as a tooltip
  for (const el of await page.locator('.react-flow__node .step-name, .react-flow__node .step-type, .react-flow__node .step-detail').all()) {
    const cut = await el.evaluate((e) => e.scrollWidth > e.clientWidth)
    if (cut) expect(await el.getAttribute('title')).toBeTruthy()
  }
  await page.screenshot({ path: 'test-results/screenshots/choice-header-1280.png' })
})

// Issue 18 item 5: an `end: true` step's line goes to its own End marker, not on into the step after it.
test('a step with end: true draws its line to an End marker between it and the next step, never to that step', async ({ designer, page }) => {
  await designer.goto()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await designer.open('e2e/fixtures/end-steps.yaml', 'Check')
  await designer.settleViewport()
  for (const [ended, next] of [['Check', 'Later'], ['StopHere', 'Never']] as const) {
    const from = (await designer.node(ended).boundingBox())!
    const to = (await designer.node(next).boundingBox())!
    // Every drawn line that leaves the ended step stops above the next one.
    const id = await designer.node(ended).getAttribute('data-id')
    const lines = designer.canvas.locator(`.react-flow__edge[data-id^="next:${id}->"]`)
    await expect(lines).toHaveCount(1)
    const line = (await lines.locator('path').first().boundingBox())!
    expect(line.y + line.height, `${ended}'s line ends above ${next}`).toBeLessThan(to.y - 4)
    // ... at an End marker that sits between the two.
    const marker = designer.canvas.locator('.react-flow__node-marker').filter({ hasText: 'End' })
    const between = await marker.evaluateAll(
      (els, [a, b]) => els.some((el) => {
        const r = el.getBoundingClientRect()
        return r.top > a! && r.bottom < b!
      }),
      [from.y + from.height, to.y] as const,
    )
    expect(between, `an End marker between ${ended} and ${next}`).toBe(true)
    // No line enters the next step from above: it can never run, so nothing leads to it.
    const nextId = await designer.node(next).getAttribute('data-id')
    await expect(designer.canvas.locator(`.react-flow__edge[data-id$="->${nextId}"]`)).toHaveCount(0)
  }
})
