import { test as base, expect } from '@playwright/test'
import { DesignerPage } from './pages/DesignerPage.ts'

/**
 * Playwright's `test` with a `designer` page object, and a guard on every test: no console error, no page
 * error and no request to another origin, from the first navigation to the end of the test.
 */
export const test = base.extend<{ designer: DesignerPage; staysLocal: undefined }>({
  staysLocal: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      page.on('request', (r) => {
        const url = r.url()
        if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request: ${url}`)
      })
      await use(undefined)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
  designer: async ({ page }, use) => {
    await use(new DesignerPage(page))
  },
})

export { expect }
