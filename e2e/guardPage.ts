import type { Page } from '@playwright/test'

/**
 * Starts collecting what a test must not see: console errors, page errors, alert/confirm dialogs (dismissed) and
 * any request that leaves the app's origin (the app works offline: no CDN, no remote fonts). The caller expects
 * the returned list to be empty at the end.
 */
export function guardPage(page: Page, baseURL: string): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request: ${url}`)
  })
  return problems
}
