import { expect, test } from './designerTest.ts'

test.describe('code pane', () => {
  test('Tab moves focus out of the code instead of indenting the flow; Ctrl+M makes it indent, as the pane says', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    const before = await designer.text()
    await designer.cursorAtEndOf('Priority: 1')
    const hint = designer.code.getByRole('status', { name: 'Tab key' })
    // Monaco's input is a textarea or an EditContext div, depending on the browser: ask whether focus is inside it.
    const inEditor = () => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null && document.activeElement?.closest('.monaco-editor') !== undefined)
    await expect(hint).toHaveText('Tab moves focus out of the code. Ctrl+M: Tab indents instead.')
    // Tab leaves the editor and the flow is untouched
    await page.keyboard.press('Tab')
    await expect.poll(inEditor).toBe(false)
    await expect(hint).toHaveCount(0)
    expect(await designer.text()).toBe(before)
    // Shift+Tab from the next control comes back into it
    await page.keyboard.press('Shift+Tab')
    await expect.poll(inEditor).toBe(true)
    // Ctrl+M: now Tab indents (two spaces), and the pane says how to leave
    await page.keyboard.press('Control+m')
    await expect(hint).toHaveText('Tab indents. Ctrl+M: Tab moves focus again.')
    await page.keyboard.press('Home')
    await page.keyboard.press('Tab')
    await expect.poll(() => designer.text()).toContain('        Priority: 1\n')
    await page.keyboard.press('Control+z')
    await expect.poll(() => designer.text()).toBe(before)
    await page.keyboard.press('Control+m')
    await page.keyboard.press('Tab')
    await expect.poll(inEditor).toBe(false)
    expect(await designer.text()).toBe(before)
  })

  test('a Choice from the palette (branches with steps: []) is one verdict: no schema marker, nothing in Problems', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    await designer.paletteItem('Choice').click()
    await expect.poll(() => designer.text()).toContain('steps: []')
    await expect.poll(() => designer.editorText()).toContain('steps: []')
    await expect(designer.problems.getByRole('button', { name: /error/ })).toHaveCount(0)
    // A known schema violation elsewhere proves the YAML worker has checked this text; the choice itself gets no marker.
    await designer.cursorAtEndOf('Priority: 1')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('99')
    const priorityLine = (await designer.text()).split('\n').findIndex((l) => l.includes('Priority: 99')) + 1
    // Schema findings come as monaco-yaml warnings; the validator's as errors: either counts as a verdict.
    const errors = async () => (await designer.markers()).filter((m) => m.owner === 'yaml' || m.severity === 8)
    await expect.poll(async () => (await errors()).some((m) => m.owner !== 'fdl' && m.line === priorityLine), { timeout: 15_000 }).toBe(true)
    expect((await errors()).filter((m) => m.line !== priorityLine).map((m) => `${m.owner} ${m.line} ${m.message}`)).toEqual([])
  })

  test('an invalid value gives a marker, a badge on the node and a row in Problems', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    await designer.cursorAtEndOf('Priority: 1')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('99')
    await expect.poll(() => designer.text()).toContain('      Priority: 99\n')
    await expect.poll(async () => (await designer.markers()).filter((m) => m.owner === 'fdl' && m.line === 26).length).toBeGreaterThan(0)
    await expect(designer.code.locator('.squiggly-error').first()).toBeVisible()
    await expect(designer.node('Task_1').getByRole('img', { name: /error/ })).toBeVisible()
    const row = designer.problems.getByRole('button', { name: /mns-priority-invalid/ })
    await expect(row).toContainText('26:')
    await designer.canvas.click({ position: { x: 10, y: 10 } })
    await expect(designer.node('Task_1')).not.toHaveClass(/selected/)
    await row.click()
    await expect(designer.node('Task_1')).toHaveClass(/selected/)
    await expect(designer.code.locator('.view-line', { hasText: 'Priority: 99' })).toBeVisible()
  })

  test('anchors and aliases: the shared values count for every step; an edit that would orphan an alias is refused', async ({ designer, page }) => {
    await designer.goto()
    await designer.open('e2e/fixtures/aliases.yaml', 'First')
    await expect(designer.node('Second')).toBeVisible()
    await expect(designer.problems).toContainText('No problems')
    await designer.node('First').click()
    await page.keyboard.press('Delete')
    await expect(page.getByRole('status').filter({ hasText: 'In sync' })).toContainText('would leave `*token` with no anchor `&token` before it')
    await expect(designer.node('First')).toBeVisible()
    expect(await designer.text()).toContain('    inputMappings: &token\n')
  })

  test('broken syntax keeps the canvas, marked stale; fixing it updates the canvas', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    await designer.cursorAtEndOf('name: Task_1')
    await page.keyboard.type(': oops')
    const banner = designer.canvas.getByRole('status').filter({ hasText: 'Diagram paused' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('Line 10')
    await expect(designer.node('Task_1')).toBeVisible()
    await expect(designer.paletteItem('Pass')).toHaveAttribute('aria-disabled', 'true')
    expect(await designer.text()).toContain('    name: Task_1: oops\n')
    for (let i = 0; i < ': oops'.length; i++) await page.keyboard.press('Backspace')
    await page.keyboard.type('X')
    await expect(banner).toBeHidden()
    await expect(designer.node('Task_1X')).toBeVisible()
    await expect(designer.paletteItem('Pass')).toHaveAttribute('aria-disabled', 'false')
  })

  test('schema markers from monaco-yaml appear (the FDL JSON Schema is active)', async ({ designer, page }) => {
    await designer.goto()
    await designer.waitForEditor()
    await designer.cursorAtEndOf('pattern: waitForCallback')
    for (let i = 0; i < 'waitForCallback'.length; i++) await page.keyboard.press('Backspace')
    await page.keyboard.type('waitForever')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await designer.markers()).filter((m) => m.owner === 'yaml').length, { timeout: 20_000 }).toBeGreaterThan(0)
  })

  test('selecting a node reveals its YAML; moving the cursor into a step selects its node', async ({ designer }) => {
    await designer.goto()
    await designer.open('e2e/fixtures/containers.yaml', 'Prepare')
    await designer.waitForEditor()
    await designer.node('Notify').click()
    await expect(designer.code.locator('.view-line', { hasText: 'name: Notify' })).toBeVisible()
    await expect(designer.code.locator('.step-highlight').first()).toBeVisible()
    await designer.goToLineOf('name: Skip')
    await expect(designer.node('Skip')).toHaveClass(/selected/)
    await expect(designer.node('Notify')).not.toHaveClass(/selected/)
  })
})

test.describe('odd keys', () => {
  test('an empty key (`: x`) at the top or in a step is marked, and the YAML worker keeps working', async ({ designer, page }) => {
    // The fixture fails the test on any console error: the worker used to throw on every change here
    await designer.goto()
    await designer.waitForEditor()
    await designer.cursorAtEndOf('type: flow')
    await page.keyboard.press('Enter')
    await page.keyboard.type(': x')
    await expect.poll(async () => (await designer.markers()).some((m) => m.owner === 'fdl' && m.line === 8)).toBe(true)
    await designer.cursorAtEndOf('name: Task_1')
    await page.keyboard.press('Enter')
    await page.keyboard.type(': y')
    await expect.poll(() => designer.text()).toContain('    : y\n')
    // Schema markers still come (the worker answers): an unknown key in the step is marked by the schema
    await expect.poll(async () => (await designer.markers()).filter((m) => m.owner !== 'fdl').map((m) => m.message)).toContain('Not a key FDL defines here: the service does not read it.')
    await expect(designer.node('Task_1')).toBeVisible()
  })
})

test.describe('giant flows', () => {
  test('3,500 top-level steps open: the canvas draws them, the code pane stays usable, and a reload brings them back', async ({ designer, page }) => {
    test.setTimeout(120_000)
    const steps = Array.from({ length: 3500 }, (_, i) => `  - type: pass\n    name: Step_${i}\n`).join('')
    const text = `version: v1\ntype: flow\nsteps:\n${steps}`
    await designer.goto()
    await designer.waitForEditor()
    await page.getByLabel('Open FDL file').setInputFiles({ name: 'giant.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) })
    await expect(designer.canvas.locator('[data-step^="Step_"]').first()).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('alert', { name: 'Diagram error' })).toHaveCount(0)
    await expect(designer.problems).toContainText('No problems')
    await page.screenshot({ path: 'test-results/screenshots/giant-flow-open.png' })
    // Going to the last step in the code selects it, and the canvas shows it
    await designer.goToLineOf('name: Step_3499')
    await page.keyboard.press('End')
    await expect(designer.node('Step_3499')).toBeVisible({ timeout: 15_000 })
    await page.keyboard.type('_last')
    await expect.poll(() => designer.text()).toContain('name: Step_3499_last')
    await expect(designer.node('Step_3499_last')).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/giant-flow.png' })
    await page.reload()
    await expect(designer.canvas.locator('[data-step^="Step_"]').first()).toBeVisible({ timeout: 30_000 })
    await expect.poll(() => designer.text(), { timeout: 15_000 }).toContain('name: Step_3499_last')
  })
})
