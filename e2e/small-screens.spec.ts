import type { Page } from '@playwright/test'
import { expect, test } from './designerTest.ts'

/**
 * Issue 16, item 3: at 1280×720 and 1366×768, with the simulation open and run, nothing overlaps or is cut
 * off: step names are readable, the mini map covers no step, an empty Problems pane is one line, and the
 * toolbar keeps every control (words where there is room, icons with names and tooltips where not).
 */

interface Box { name: string; x: number; y: number; width: number; height: number }

/** The boxes of the app's main parts and of every toolbar control, by accessible name. */
async function parts(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const named = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName
    const pick = [
      ...document.querySelectorAll('.toolbar button, .toolbar input, .toolbar [role=status]'),
      ...document.querySelectorAll('[aria-label="Step palette"], [aria-label="Flow canvas"], [aria-label="Problems"], aside[aria-label="Inspector"], [aria-label="Simulation"]'),
    ]
    return pick
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('[hidden]'))
      .map((el) => {
        const r = el.getBoundingClientRect()
        return { name: named(el), x: r.x, y: r.y, width: r.width, height: r.height }
      })
  })
}

const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1

for (const [width, height] of [[1280, 720], [1366, 768]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${width}×${height}, ${scheme}: the three-task example run in the simulation, nothing overlaps or is cut`, async ({ designer, page }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/?example=mns-three-tasks')
      await expect(designer.node('Task_1')).toBeVisible()
      // No problems: the pane is one line.
      await expect(designer.problems).toContainText('No problems')
      expect((await designer.problems.boundingBox())!.height).toBeLessThan(48)

      await page.getByRole('button', { name: 'Simulate', exact: true }).click()
      const sim = page.getByRole('region', { name: 'Simulation' })
      await sim.getByRole('group', { name: 'Speed' }).getByRole('button', { name: 'Instant' }).click()
      await sim.getByRole('button', { name: 'Run', exact: true }).click()
      await expect(sim.getByRole('status', { name: 'Execution status' })).toHaveText('Succeeded')
      await page.waitForTimeout(300)

      // The run controls on one line, the close button with them.
      const runBar = (await sim.getByRole('toolbar', { name: 'Run controls' }).boundingBox())!
      const close = (await sim.getByRole('button', { name: 'Close simulation' }).boundingBox())!
      expect(Math.abs(close.y + close.height / 2 - (runBar.y + runBar.height / 2))).toBeLessThan(6)

      // Every control and pane in its own place.
      const boxes = await parts(page)
      expect(boxes.length).toBeGreaterThan(12)
      for (const [i, a] of boxes.entries()) {
        expect(a.x + a.width, `${a.name} inside the window`).toBeLessThanOrEqual(width + 1)
        for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false)
      }
      // Toolbar texts whole: the sync status and every word shown.
      const cut = await page.locator('.toolbar').evaluate((bar) =>
        [...bar.querySelectorAll<HTMLElement>('span, output')].filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 0.5).map((el) => el.textContent),
      )
      expect(cut).toEqual([])
      await expect(page.getByRole('status').filter({ hasText: 'In sync' })).toBeVisible()
      // Controls that show only an icon here still have their names.
      for (const name of ['New', 'Open', 'Export', 'Share', 'Deploy', 'Present', 'Simulate']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible()

      // Step names readable (11 px or more as drawn) and not cut; the mini map over none of them.
      const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
      const names = await designer.canvas.locator('[data-step] .step-name').evaluateAll((els) => els.map((el) => ({ text: el.textContent, size: parseFloat(getComputedStyle(el).fontSize), cut: el.scrollWidth > el.clientWidth + 0.5 })))
      expect(names.length).toBeGreaterThan(0)
      for (const n of names) {
        expect(n.size * zoom, `${n.text} drawn at ${n.size * zoom} px`).toBeGreaterThanOrEqual(11)
        expect(n.cut, n.text ?? '').toBe(false)
      }
      const map = page.getByLabel('Mini map')
      if (await map.isVisible()) {
        const m = (await map.boundingBox())!
        for (const step of await designer.canvas.locator('[data-step]').all()) {
          const b = await step.boundingBox()
          if (b) expect(overlap({ name: 'map', ...m }, { name: 'step', ...b }), 'the mini map covers a step').toBe(false)
        }
      }
      await page.screenshot({ path: `test-results/screenshots/small-${width}-${scheme}.png` })
    })
  }
}
