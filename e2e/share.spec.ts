import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { encodeShareLink } from '../src/share/shareLink.ts'
import { FilesPage } from './files/FilesPage.ts'

const SEED = readFileSync(new URL('../public/examples/mns-callback.yaml', import.meta.url))
const COMMENTED = `# Order flow — shared by link, comments and all.
version: v1   # the only version
type: flow
steps:
  # First: say hello.
  - type: pass
    name: Hello  # trailing comment
  - type: wait
    name: Pause
    duration: 3
`
const HOSTILE = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: <img src=x onerror="window.__pwned=1">\n'

/** The part of a link after the origin, so tests stay on the test server's port. */
const pathOf = (url: string) => url.slice(new URL(url).origin.length)

test.describe('share links', () => {
  test('Share copies a link with its length; a fresh browser opens it byte for byte as a new document', async ({ page, browser, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/')
    await files.openFile('order.yaml', COMMENTED)
    await expect(files.documentName).toHaveValue('order')
    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share link' })
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue()
    expect(link).toMatch(/#flow=1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/)
    await expect(dialog).toContainText(`Link copied to the clipboard (${link.length.toLocaleString('en-US')} characters)`)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    await files.screenshot('share-dialog')
    await dialog.getByRole('button', { name: 'Done' }).click()
    expect(problems).toEqual([])

    const other = await browser.newContext()
    const fresh = new FilesPage(await other.newPage())
    const freshProblems = fresh.guard(baseURL!)
    await fresh.page.goto(pathOf(link))
    await expect(fresh.documentName).toHaveValue('Shared flow')
    await fresh.expectText(COMMENTED)
    await expect(fresh.page).toHaveURL(/\/$/)
    // A reload restores the autosaved copy instead of opening the link a second time.
    await fresh.expectSaved()
    await fresh.page.reload()
    await expect(fresh.documentName).toHaveValue('Shared flow')
    await fresh.openRecent()
    await expect(fresh.page.getByRole('list', { name: 'Recent flows' }).getByRole('listitem')).toHaveCount(1)
    expect(freshProblems).toEqual([])
    await other.close()
  })

  test('a link opens as a new document next to the autosaved one, which stays as it was', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await files.expectSaved()
    const link = await encodeShareLink(COMMENTED, `${page.url()}`)
    if (!link.ok) throw new Error(link.message)
    await page.goto(pathOf(link.value))
    await expect(files.documentName).toHaveValue('Shared flow')
    await files.openRecent()
    await page.getByRole('list', { name: 'Recent flows' }).getByRole('button', { name: /^mns-callback / }).click()
    await files.expectText(SEED)
  })

  test('a corrupted or truncated link shows an error and leaves the autosaved document untouched', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await files.expectSaved()
    const link = await encodeShareLink(COMMENTED, page.url())
    if (!link.ok) throw new Error(link.message)
    const path = pathOf(link.value)
    for (const broken of [path.slice(0, -12), path.replace(/\.([A-Za-z0-9_-])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`), '/#flow=1.zz.!!!']) {
      await page.goto('/')
      await page.goto(broken)
      await expect(files.message).toContainText('This share link is damaged or incomplete')
      await expect(files.message).toContainText('Your own flows are untouched')
      await expect(files.documentName).toHaveValue('mns-callback')
      await files.expectText(SEED)
    }
    // A 1.5 MB link (a "zip bomb" would claim gigabytes) is refused by its length, before it is decoded
    await page.goto('/')
    await page.goto(`/#flow=1.00000000.${'A'.repeat(1536 * 1024)}`)
    await expect(files.message).toContainText('longer than the 32 KB of any link FDL Studio makes')
    await expect(files.documentName).toHaveValue('mns-callback')
    await files.expectText(SEED)
    await files.screenshot('share-broken-link')
    await files.openRecent()
    await expect(page.getByRole('list', { name: 'Recent flows' }).getByRole('listitem')).toHaveCount(1)
    expect(problems).toEqual([])
  })

  test('a hostile step name in a link is shown as text and nothing in it runs', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    const link = await encodeShareLink(HOSTILE, `${baseURL}/`)
    if (!link.ok) throw new Error(link.message)
    await page.goto(pathOf(link.value))
    await expect(files.documentName).toHaveValue('Shared flow')
    await files.expectText(HOSTILE)
    await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('<img src=x onerror="window.__pwned=1">')
    const hostileName = '<img src=x onerror="window.__pwned=1">'
    const node = page.getByRole('region', { name: 'Flow canvas' }).locator('[data-step]').first()
    await expect(node).toHaveAttribute('data-step', hostileName)
    await expect(node).toContainText(hostileName)
    await expect(page.locator('img[src="x"]')).toHaveCount(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(problems).toEqual([])
  })

  test('a flow too big for a link is refused with its size and what to do instead', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    // 40 KB of incompressible text in a comment.
    const noise = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256)).toString('base64')
    await files.openFile('big.yaml', `# ${noise}\nversion: v1\ntype: flow\nsteps: []\n`)
    await expect(files.documentName).toHaveValue('big')
    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share link' })
    await expect(dialog.getByRole('alert')).toContainText(/The link for this flow would be \d+\.\d KB, longer than the 32\.0 KB.*Download YAML/)
    await files.screenshot('share-too-big')
  })
})
