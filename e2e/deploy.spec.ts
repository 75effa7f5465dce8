import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { guardPage } from './guardPage.ts'

/** The kit `fdl kit` writes for the example: the app must show and zip exactly these files. */
function cliKit(example: string): { path: string; text: string }[] {
  const out = mkdtempSync(join(tmpdir(), 'fdl-kit-e2e-'))
  const r = spawnSync(process.execPath, ['bin/fdl.mjs', 'kit', `public/examples/${example}.yaml`, '--out', out], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
  return walk(out).map((p) => ({ path: relative(out, p), text: readFileSync(p, 'utf8') }))
}

test.describe('Deploy', () => {
  test('shows every part of the kit of the three-task example, copies a file and downloads them all as one zip', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?example=mns-three-tasks')
    await expect(page.locator('[data-step="Task_3"]')).toBeVisible()
    await page.getByRole('button', { name: 'Deploy' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deploy' })
    await expect(dialog).toBeVisible()

    // What the app shows is what `fdl kit` writes for the same flow and name.
    const expected = { files: cliKit('mns-three-tasks') }
    const tabs = dialog.getByRole('tablist', { name: 'Kit parts' }).getByRole('tab')
    await expect(tabs).toHaveText(['Overview 2', 'RAM policies 3', 'aliyun CLI 1', 'Terraform 3', 'ROS 1', 'Node worker 6', 'Python worker 4'])
    const shown: string[] = []
    for (const tab of await tabs.all()) {
      await tab.click()
      await expect(tab).toHaveAttribute('aria-selected', 'true')
      const panel = dialog.getByRole('tabpanel')
      for (const section of await panel.getByRole('region').all()) {
        const path = (await section.getAttribute('aria-label'))!
        shown.push(path)
        await expect(section.getByLabel(`Contents of ${path}`)).toHaveText(expected.files.find((f) => f.path === path)!.text, { useInnerText: true })
        await expect(section.getByRole('button', { name: `Copy ${path}` })).toBeVisible()
      }
    }
    expect(shown.sort()).toEqual(expected.files.map((f) => f.path).sort())

    await dialog.getByRole('tab', { name: /Node worker/ }).click()
    await dialog.getByRole('button', { name: 'Copy worker-node/handler.ts' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Copied worker-node/handler.ts')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.files.find((f) => f.path === 'worker-node/handler.ts')!.text)
    await page.screenshot({ path: 'test-results/screenshots/deploy-dialog.png' })
    const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze()
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download zip' }).click()])
    expect(download.suggestedFilename()).toBe('mns-three-tasks-kit.zip')
    const zip = unzipSync(readFileSync((await download.path())!))
    expect(Object.keys(zip).sort()).toEqual(expected.files.map((f) => `mns-three-tasks-kit/${f.path}`).sort())
    for (const f of expected.files) expect(strFromU8(zip[`mns-three-tasks-kit/${f.path}`]!)).toBe(f.text)
    await expect(dialog.getByRole('status')).toHaveText('Downloaded mns-three-tasks-kit.zip (20 files)')
    expect(problems).toEqual([])
  })

  test('options change the files; a flow with errors gets the errors instead of a kit', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    await page.goto('/?example=mns-three-tasks')
    await expect(page.locator('[data-step="Task_3"]')).toBeVisible()
    await page.getByRole('button', { name: 'Deploy' }).click()
    const dialog = page.getByRole('dialog', { name: 'Deploy' })
    await dialog.getByRole('textbox', { name: 'Region' }).fill('cn-shanghai')
    await dialog.getByRole('textbox', { name: 'Account ID' }).fill('1234')
    await dialog.getByRole('textbox', { name: 'Flow name' }).fill('orders')
    await dialog.getByRole('tab', { name: /RAM policies/ }).click()
    await expect(dialog.getByLabel('Contents of ram/execution-policy.json')).toContainText('acs:mns:cn-shanghai:1234:/queues/fnf-demo/messages')
    await dialog.getByRole('tab', { name: /aliyun CLI/ }).click()
    await expect(dialog.getByLabel('Contents of aliyun-cli/deploy.sh')).toContainText('FLOW_NAME="${FLOW_NAME:-orders}"')
    await dialog.getByRole('button', { name: 'Close' }).first().click()
    await expect(dialog).toBeHidden()

    await page.evaluate(() => (window as unknown as { __fdl: { load(t: string): void } }).__fdl.load('version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n'))
    await page.getByRole('button', { name: 'Deploy' }).click()
    await expect(dialog.getByRole('alert')).toContainText('The flow has errors; fix them before deploying it.')
    await expect(dialog.getByRole('alert')).toContainText('Line 4: Task `t` has no target.')
    await expect(dialog.getByRole('button', { name: 'Download zip' })).toBeDisabled()
    expect(problems).toEqual([])
  })
})
