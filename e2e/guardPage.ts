import type { Page } from '@playwright/test'

/**
 * Starts collecting what a test must not see: console errors, page errors, alert/confirm dialogs (dismissed) and
 * any request that leaves the app's origin (the app works offline: no CDN, no remote fonts). The caller expects
 * the returned list to be empty at the end. `alsoAllowed`: the one other origin a test lets the app reach (the
 * `fdl serve` address the user gave in Local server mode).
 */
export function guardPage(page: Page, baseURL: string, alsoAllowed: readonly string[] = []): string[] {
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
    if (![baseURL, ...alsoAllowed, 'data:', 'blob:'].some((allowed) => url.startsWith(allowed))) problems.push(`request: ${url}`)
  })
  return problems
}
