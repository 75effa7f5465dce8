import type { Page } from '@playwright/test'
import { ZH } from '../src/i18n/zh/index.ts'
import { expect, test } from './designerTest.ts'

/**
 * Issue 16, item 3: at 1280×720 and 1366×768 (and the desktop widths 1440 and 1600), with the simulation open and run, nothing overlaps or is cut
 * off: step names are readable, the mini map covers no step, an empty Problems pane is one line, and the
 * toolbar keeps every control (words where there is room, icons with names and tooltips where not). In English
 * and in Chinese, whose words have other widths: the names below are looked up in the app's own catalogue.
 */

type Language = 'en' | 'zh-CN'
const sayIn = (language: Language) => (english: keyof typeof ZH): string => (language === 'en' ? english : ZH[english])

interface Box { name: string; x: number; y: number; width: number; height: number }

/** The boxes of the app's main parts and of every toolbar control, by accessible name. */
async function parts(page: Page, panes: readonly string[]): Promise<Box[]> {
  return page.evaluate((panes) => {
    const named = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName
    const pick = [
      ...document.querySelectorAll('.toolbar button, .toolbar input, .toolbar select, .toolbar [role=status]'),
      ...[...document.querySelectorAll('[aria-label]')].filter((el) => panes.includes(el.getAttribute('aria-label')!) && el.closest('.toolbar') === null),
    ]
    return pick
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('[hidden]'))
      .map((el) => {
        const r = el.getBoundingClientRect()
        return { name: named(el), x: r.x, y: r.y, width: r.width, height: r.height }
      })
  }, panes)
}

const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1

// Laptops, then the common desktop widths, where English words are shown and must still fit.
const SCREENS = [[1280, 720], [1366, 768], [1440, 900], [1600, 900]] as const
const cases = SCREENS.flatMap(([width, height]) => (['light', 'dark'] as const).flatMap((scheme) => (['en', 'zh-CN'] as const).map((language) => ({ width, height, scheme, language }))))

for (const { width, height, scheme, language } of cases) {
  test(`${width}×${height}, ${scheme}, ${language}: the three-task example run in the simulation, nothing overlaps or is cut`, async ({ page }) => {
    const say = sayIn(language)
    const canvas = page.getByRole('region', { name: say('Flow canvas') })
    const problems = page.getByRole('region', { name: say('Problems') })
    await page.addInitScript((language) => localStorage.setItem('fdl-studio.language', language), language)
    await page.setViewportSize({ width, height })
    await page.emulateMedia({ colorScheme: scheme })
    await page.goto('/?example=mns-three-tasks')
    await expect(canvas.locator('[data-step="Task_1"]')).toBeVisible()
    // No problems: the pane is one line.
    await expect(problems).toContainText(say('No problems'))
    expect((await problems.boundingBox())!.height).toBeLessThan(48)

    await page.getByRole('button', { name: say('Simulate'), exact: true }).click()
    const sim = page.getByRole('region', { name: say('Simulation') })
    await sim.getByRole('group', { name: say('Speed') }).getByRole('button', { name: say('Instant') }).click()
    await sim.getByRole('button', { name: say('Run'), exact: true }).click()
    await expect(sim.getByRole('status', { name: say('Execution status') })).toHaveText(say('Succeeded'))
    await page.waitForTimeout(300)

    // The run controls on one line, the close button with them.
    const runBar = (await sim.getByRole('toolbar', { name: say('Run controls') }).boundingBox())!
    const close = (await sim.getByRole('button', { name: say('Close simulation') }).boundingBox())!
    expect(Math.abs(close.y + close.height / 2 - (runBar.y + runBar.height / 2))).toBeLessThan(6)

    // Every control and pane in its own place.
    const boxes = await parts(page, [say('Step palette'), say('Flow canvas'), say('Problems'), say('Inspector'), say('Simulation')])
    expect(boxes.length).toBeGreaterThan(12)
    for (const [i, a] of boxes.entries()) {
      expect(a.x + a.width, `${a.name} inside the window`).toBeLessThanOrEqual(width + 1)
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.name} / ${b.name}`).toBe(false)
    }
    // Toolbar texts whole: the document name, the sync status and every word shown.
    const cut = await page.locator('.toolbar').evaluate((bar) =>
      [...bar.querySelectorAll<HTMLElement>('span, output, input:not(.visually-hidden), .sync-status')].filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 0.5).map((el) => (el instanceof HTMLInputElement ? el.value : el.textContent)),
    )
    expect(cut).toEqual([])
    await expect(page.getByRole('status').filter({ hasText: say('In sync') })).toBeVisible()
    // Controls that show only an icon here still have their names.
    for (const name of ['New', 'Open', 'Export', 'Share', 'Deploy', 'Present', 'Simulate'] as const) await expect(page.getByRole('button', { name: say(name), exact: true })).toBeVisible()

    // Step names readable (11 px or more as drawn) and not cut; the mini map over none of them.
    const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a)
    const names = await canvas.locator('[data-step] .step-name').evaluateAll((els) => els.map((el) => ({ text: el.textContent, size: parseFloat(getComputedStyle(el).fontSize), cut: el.scrollWidth > el.clientWidth + 0.5 })))
    expect(names.length).toBeGreaterThan(0)
    for (const n of names) {
      expect(n.size * zoom, `${n.text} drawn at ${n.size * zoom} px`).toBeGreaterThanOrEqual(11)
      expect(n.cut, n.text ?? '').toBe(false)
    }
    const map = page.getByLabel(say('Mini map'))
    if (await map.isVisible()) {
      const m = (await map.boundingBox())!
      for (const step of await canvas.locator('[data-step]').all()) {
        const b = await step.boundingBox()
        if (b) expect(overlap({ name: 'map', ...m }, { name: 'step', ...b }), 'the mini map covers a step').toBe(false)
      }
    }
    await page.screenshot({ path: `test-results/screenshots/small-${width}-${scheme}-${language}.png` })
  })
}
