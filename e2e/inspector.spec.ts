import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { guardPage } from './guardPage.ts'
import { parseFdl } from '../src/fdl/parse/parseFdl.ts'
import { DesignerPage } from './pages/DesignerPage.ts'

const SEED = readFileSync(new URL('../public/examples/mns-callback.yaml', import.meta.url), 'utf8')

/** The document as the user would get it: `Export` → `Download YAML`. */
async function downloadYaml(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Download YAML' }).click(),
  ])
  const path = await download.path()
  return readFileSync(path, 'utf8')
}

/** Polls the document (the store's text, which Monaco shows) until `check` holds; returns the text. */
async function expectYaml(page: Page, check: (yaml: string) => void): Promise<string> {
  const designer = new DesignerPage(page)
  let last = ''
  await expect(async () => {
    last = await designer.text()
    check(last)
  }).toPass({ timeout: 15_000 })
  return last
}

/** The inspector region and the controls the tests use, found by role and label as a person would. */
function inspectorOf(page: Page) {
  const root = page.getByRole('complementary', { name: 'Inspector' })
  return {
    root,
    field: (label: string): Locator => root.getByLabel(label, { exact: true }),
    inputRow: (n: number): Locator => root.getByRole('group', { name: `Input mapping ${n}`, exact: true }),
    /** Opens one of a task's tabs (Configuration, Input / Output, Error handling). */
    tab: (name: string) => root.getByRole('tablist', { name: 'Task settings' }).getByRole('tab', { name }).click(),
  }
}


test.describe('inspector', () => {
  test('edits the seed task through the form and the YAML follows, comments kept', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    await page.goto('/')
    await page.getByLabel('task step Task_1').click()
    const insp = inspectorOf(page)
    await expect(insp.field('Name')).toHaveValue('Task_1')
    await expect(insp.field('Resource ARN')).toHaveValue('acs:mns:::/queues/fnf-demo/messages')
    await expect(insp.field('Pattern')).toHaveValue('waitForCallback')
    await expect(insp.field('Pass task token')).toBeChecked()

    // Priority: a two-keystroke burst is one undo step.
    await insp.tab('Input / Output')
    await insp.field('Priority').fill('')
    await insp.field('Priority').pressSequentially('12')
    await expectYaml(page, (y) => {
      expect(y).toMatch(/^ {6}Priority: 12$/m)
      expect(y).toContain('# 1 is the highest priority (1-16; MNS defaults to 8).')
    })
    await page.getByRole('button', { name: 'Undo' }).click()
    await expectYaml(page, (y) => expect(y).toMatch(/^ {6}Priority: 1$/m))
    await insp.field('Priority').fill('5')
    await expectYaml(page, (y) => expect(y).toMatch(/^ {6}Priority: 5$/m))
    await insp.field('Priority').fill('99')
    await expect(insp.root.getByText('Must be between 1 and 16.')).toBeVisible()
    await insp.field('Priority').fill('5')

    // Pass task token off, then on again.
    await insp.tab('Configuration')
    await insp.field('Pass task token').uncheck()
    await expectYaml(page, (y) => expect(y).not.toContain('$context.task.token'))
    await insp.tab('Input / Output')
    await expect(insp.inputRow(2)).toHaveCount(0)
    await expect(insp.inputRow(1).getByLabel('Target', { exact: true })).toHaveValue('key')
    await insp.tab('Configuration')
    await insp.field('Pass task token').check()
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]?.inputMappings?.[0]).toEqual({ target: 'task_token', source: '$context.task.token' }))

    // A sample input feeds the Source completions and the preview.
    await insp.field('Sample input').fill('{"jobId": "42"}')
    await expect(page.locator('datalist option[value="$input.jobId"]')).toHaveCount(1)

    // Add a row, fill it, remove it.
    await insp.tab('Input / Output')
    await insp.root.getByRole('button', { name: 'Add input mapping' }).click()
    const row3 = insp.inputRow(3)
    await expect(row3).toBeVisible()
    await row3.getByLabel('Target', { exact: true }).fill('jobId')
    await row3.getByLabel('Source', { exact: true }).fill('$input.jobId')
    await expect(row3.getByText('path', { exact: true })).toBeVisible()
    await expect(insp.root.getByRole('group', { name: 'Mapping preview' })).toContainText('"jobId": "42"')
    await expectYaml(page, (y) => {
      const rows = parseFdl(y).flow?.body.steps[0]?.inputMappings
      expect(rows?.[2]).toEqual({ target: 'jobId', source: '$input.jobId' })
    })
    await row3.getByRole('button', { name: 'Remove' }).click()
    await expect(insp.inputRow(3)).toHaveCount(0)
    const final = await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]?.inputMappings).toHaveLength(2))
    // Comments of the lines the form did not touch are all still there (the token row was removed and re-added).
    expect(final).toContain('# A constant (it does not start with $input, $local or $context).')
    expect(final).toContain('# 1 is the highest priority (1-16; MNS defaults to 8).')
    expect(final).toContain("# Send to the MNS queue `fnf-demo` in the flow's own region and account.")
    expect(final.split('\n').slice(0, 5).join('\n')).toBe(SEED.split('\n').slice(0, 5).join('\n'))

    // The preview shows the exact message body with a placeholder token.
    await expect(insp.root.getByText('{"task_token":"<task token>","key":"value"}')).toBeVisible()

    // The editor shows the same text as the store, and the inspector has no serious accessibility issue.
    const designer = new DesignerPage(page)
    await designer.waitForEditor()
    const axe = await new AxeBuilder({ page }).include('aside[aria-label="Inspector"]').analyze()
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])

    await insp.root.evaluate((el) => el.scrollTo(0, 0))
    await page.screenshot({ path: 'test-results/screenshots/inspector-task-light.png' })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: 'test-results/screenshots/inspector-task-dark.png' })
    await insp.root.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await page.screenshot({ path: 'test-results/screenshots/inspector-preview-dark.png' })
    expect(problems).toEqual([])
  })

  test('is read-only while the code does not parse, and editable again once it does', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    const designer = new DesignerPage(page)
    await designer.goto()
    await designer.node('Task_1').click()
    await designer.waitForEditor()
    const insp = inspectorOf(page)
    await expect(insp.field('Name')).toBeEnabled()
    await insp.tab('Input / Output')
    await designer.cursorAtEndOf('Priority: 1')
    await page.keyboard.type(' :')
    await expect(insp.root.getByRole('status').filter({ hasText: 'The code has a syntax error' })).toBeVisible()
    await expect(insp.field('Name')).toBeDisabled()
    await expect(insp.field('Priority')).toBeDisabled()
    // the tabs still switch in a read-only form: every field can be read
    await expect(insp.root.getByRole('tab', { name: 'Configuration' })).toBeEnabled()
    await expect(insp.field('Name')).toHaveValue('Task_1')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await expect(insp.field('Priority')).toBeEnabled()
    await expect(insp.root.getByText('The code has a syntax error')).toHaveCount(0)
    await insp.field('Priority').fill('3')
    await expectYaml(page, (y) => expect(y).toMatch(/^ {6}Priority: 3$/m))
    expect(problems).toEqual([])
  })

  test('a task form is set in tabs, short enough to read; each newly selected step starts at the top of its form', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    const designer = new DesignerPage(page)
    const insp = inspectorOf(page)
    await page.goto('/?example=mns-three-tasks')
    await designer.node('Task_1').click()
    const tabs = insp.root.getByRole('tablist', { name: 'Task settings' }).getByRole('tab')
    await expect(tabs).toHaveText(['Configuration', 'Input / Output', 'Error handling'])
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true')
    for (const name of ['Configuration', 'Input / Output', 'Error handling']) {
      await insp.tab(name)
      await expect(insp.root.getByRole('tabpanel')).toBeVisible()
      // no tab is the 2,000 px scroll the whole form was
      expect(await insp.root.evaluate((el) => el.scrollHeight)).toBeLessThan(1500)
    }
    await insp.tab('Input / Output')
    await insp.root.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    expect(await insp.root.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    await designer.node('Task_2').click()
    await expect(insp.field('Name')).toHaveValue('Task_2')
    await expect.poll(() => insp.root.evaluate((el) => el.scrollTop)).toBe(0)
    // the tab the user was on stays chosen from one task to the next
    await expect(insp.root.getByRole('tab', { name: 'Input / Output' })).toHaveAttribute('aria-selected', 'true')
    await page.screenshot({ path: 'test-results/screenshots/inspector-task-tabs.png' })
    expect(problems).toEqual([])
  })

  test('renames a step, refusing a name another step has', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    await page.goto('/?example=mns-three-tasks')
    const designer = new DesignerPage(page)
    await expect(designer.node('Task_2')).toBeVisible()
    await designer.node('Task_2').click({ position: { x: 12, y: 12 } })
    const insp = inspectorOf(page)
    await insp.field('Name').fill('Task_1')
    await expect(insp.root.getByText('Another step is already called “Task_1”; step names must be unique in the flow.')).toBeVisible()
    await expect(insp.field('Name')).toHaveAttribute('aria-invalid', 'true')
    expect(parseFdl(await designer.text()).flow?.body.steps.map((s) => s.name)).toEqual(['Task_1', 'Task_2', 'Task_3'])
    await insp.field('Name').fill('Notify')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps.map((s) => s.name)).toEqual(['Task_1', 'Notify', 'Task_3']))
    await expect(designer.node('Notify')).toBeVisible()
    expect(problems).toEqual([])
  })

  test('edits retry, catch, the integration, choices and waits through their editors', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    const designer = new DesignerPage(page)
    const insp = inspectorOf(page)
    await page.goto('/?example=task-fc')
    await designer.node('resizeImage').click({ position: { x: 12, y: 12 } })
    await insp.tab('Error handling (2)')
    const retry1 = insp.root.getByRole('group', { name: 'Retry policy 1', exact: true })
    await retry1.getByLabel('Max attempts', { exact: true }).fill('5')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ retry: [{ maxAttempts: 5 }] }))
    await insp.root.getByRole('button', { name: 'Add retry policy' }).click()
    await insp.root.getByRole('group', { name: 'Retry policy 2', exact: true }).getByLabel('Errors', { exact: true }).fill('FnF.ALL, MyError')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ retry: [{}, { errors: ['FnF.ALL', 'MyError'] }] }))
    await insp.root.getByRole('group', { name: 'Retry policy 2', exact: true }).getByRole('button', { name: 'Remove' }).click()
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ retry: [{ maxAttempts: 5 }] }))
    await insp.root.getByRole('group', { name: 'Catch policy 1', exact: true }).getByLabel('Goto', { exact: true }).selectOption('done')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ catch: [{ errors: ['FnF.ALL'], goto: 'done' }] }))
    await insp.tab('Configuration')
    await insp.field('Integration').selectOption('action')
    await insp.field('Product').fill('fnf')
    await insp.field('API').fill('StartExecution')
    await expectYaml(page, (y) => {
      const step = parseFdl(y).flow?.body.steps[0]
      expect(step).toMatchObject({ action: 'fnf:StartExecution' })
      expect(step).not.toHaveProperty('resourceArn', expect.anything())
    })

    await page.goto('/?example=choice')
    await designer.node('isJobDone').click({ position: { x: 12, y: 12 } })
    await insp.root.getByRole('button', { name: 'Add choice' }).click()
    const choice3 = insp.root.getByRole('group', { name: 'Choice 3', exact: true })
    await choice3.getByLabel('Condition', { exact: true }).fill('$.status == ')
    await expect(choice3.getByText(/^Column \d+:/)).toBeVisible()
    await choice3.getByLabel('Condition', { exact: true }).fill('$.status == "queued"')
    await expectYaml(page, (y) => expect(y).toContain('condition: $.status == "queued"'))
    await choice3.getByRole('button', { name: 'Remove' }).click()
    await expectYaml(page, (y) => expect(y).not.toContain('queued'))

    await page.goto('/?example=wait')
    await designer.node('coolDown').click({ position: { x: 12, y: 12 } })
    await insp.root.getByRole('radio', { name: 'Until a time' }).check()
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ timestamp: '2030-01-01T00:00:00Z', duration: undefined }))
    await insp.field('Timestamp').fill('2031-05-02T15:04:05Z')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.body.steps[0]).toMatchObject({ timestamp: '2031-05-02T15:04:05Z' }))
    expect(problems).toEqual([])
  })

  test('shows the flow form when nothing is selected', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    const designer = new DesignerPage(page)
    await designer.goto()
    const insp = inspectorOf(page)
    await expect(insp.root.getByRole('heading', { name: 'Flow', exact: true, level: 2 })).toBeVisible()
    await expect(insp.field('Version')).toHaveValue('v1')
    await insp.field('Timeout (seconds)').fill('3600')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.timeoutSeconds).toBe(3600))
    await insp.root.getByRole('button', { name: 'Add output mapping' }).click()
    const row = insp.root.getByRole('group', { name: 'Output mapping 1', exact: true })
    await row.getByLabel('Target', { exact: true }).fill('result')
    await row.getByLabel('Source', { exact: true }).fill('$local')
    await expectYaml(page, (y) => expect(parseFdl(y).flow?.outputMappings).toEqual([{ target: 'result', source: '$local' }]))
    await page.screenshot({ path: 'test-results/screenshots/inspector-flow-light.png' })
    expect(problems).toEqual([])
  })

  test('builds the seed step from an empty flow with only the palette and the inspector', async ({ page, baseURL }) => {
    const problems = guardPage(page, baseURL!)
    await page.goto('/')
    await expect(page.getByLabel('task step Task_1')).toBeVisible()
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await page.getByRole('dialog', { name: 'New flow' }).getByRole('button', { name: 'Empty flow' }).click()
    await expect(page.getByLabel('task step Task_1')).toHaveCount(0)
    await page.getByRole('region', { name: 'Step palette' }).getByRole('button', { name: 'MNS queue task', exact: true }).click()

    const insp = inspectorOf(page)
    const node = page.locator('[data-step]').first()
    await expect(node).toBeVisible()
    if ((await insp.field('Name').count()) === 0) await node.click()
    await insp.field('Name').fill('Task_1')
    await insp.field('Integration').selectOption('mns-queue')
    await insp.field('Queue').fill('fnf-demo')
    await expect(insp.field('Resource ARN')).toHaveValue('acs:mns:::/queues/fnf-demo/messages')
    await insp.field('Pattern').selectOption('waitForCallback')
    await insp.field('Pass task token').check()
    await insp.tab('Input / Output')
    await expect(insp.inputRow(1)).toBeVisible()
    await insp.root.getByRole('button', { name: 'Add input mapping' }).click()
    await insp.inputRow(2).getByLabel('Target', { exact: true }).fill('key')
    await insp.inputRow(2).getByLabel('Source', { exact: true }).fill('value')
    await insp.field('MessageBody').fill('$')
    await insp.field('Priority').fill('1')
    await insp.field('DelaySeconds').fill('')

    const want = parseFdl(SEED).flow?.body.steps[0]
    const yaml = await expectYaml(page, (y) => {
      const parsed = parseFdl(y)
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(parsed.flow?.body.steps).toHaveLength(1)
      expect(parsed.flow?.body.steps[0]).toEqual(want)
    })
    expect(yaml).toContain('resourceArn: acs:mns:::/queues/fnf-demo/messages')
    // What the user takes away: `Download YAML` gives the same document.
    expect(await downloadYaml(page)).toBe(yaml)
    expect(problems).toEqual([])
  })

  for (const example of ['task-fc', 'pass', 'wait', 'choice', 'parallel', 'foreach', 'succeed', 'fail']) {
    test(`shows a form for every step of the ${example} example`, async ({ page, baseURL }) => {
      const problems = guardPage(page, baseURL!)
      await page.goto(`/?example=${example}`)
      const nodes = page.getByRole('region', { name: 'Flow canvas' }).locator('[data-step]')
      await expect(nodes.first()).toBeVisible()
      const names = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''))
      const insp = inspectorOf(page)
      for (const name of names) {
        await page.getByRole('region', { name: 'Flow canvas' }).locator(`[data-step="${name}"]`).first().click({ position: { x: 12, y: 12 } })
        await expect(insp.root.getByRole('heading', { level: 2 })).toHaveText(name)
        await expect(insp.field('Name')).toHaveValue(name)
      }
      await page.screenshot({ path: `test-results/screenshots/inspector-${example}-light.png` })
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.screenshot({ path: `test-results/screenshots/inspector-${example}-dark.png` })
      expect(problems).toEqual([])
    })
  }
})
