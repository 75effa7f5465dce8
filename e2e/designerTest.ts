import { test as base, expect } from '@playwright/test'
import { DesignerPage } from './pages/DesignerPage.ts'
import { guardPage } from './guardPage.ts'

/**
 * Playwright's `test` with a `designer` page object, and a guard on every test (`guardPage`): no console error,
 * no page error, no dialog and no request to another origin, from the first navigation to the end of the test.
 */
export const test = base.extend<{ designer: DesignerPage; staysLocal: undefined }>({
  staysLocal: [
    async ({ page, baseURL }, use) => {
      const problems = guardPage(page, baseURL!)
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
