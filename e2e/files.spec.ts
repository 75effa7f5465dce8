import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { FilesPage } from './files/FilesPage.ts'

const EXAMPLES = new URL('../public/examples/', import.meta.url)
const SHARED = new URL('../../shared/fdl/examples/', import.meta.url)
const SEED = readFileSync(new URL('mns-callback.yaml', EXAMPLES))
const THREE = readFileSync(new URL('mns-three-tasks.yaml', EXAMPLES))
const FLOW_A = '# flow A: kept byte for byte\nversion: v1\ntype: flow\nsteps:\n  - type: pass # inline comment\n    name: A\n'

/** Every flow file of a folder, as [name, bytes]. */
const flowsIn = (dir: URL) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => [f, readFileSync(new URL(f, dir))] as const) : []

test.describe('files', () => {
  test('opens every built-in and real-world example through Open FDL file; Download YAML gives it back byte for byte', async ({ page, baseURL }) => {
    test.setTimeout(180_000)
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const all = [...flowsIn(EXAMPLES), ...flowsIn(SHARED)]
    expect(all.length).toBeGreaterThanOrEqual(2)
    for (const [name, bytes] of all) {
      await files.openFile(name, bytes)
      await expect(files.documentName).toHaveValue(name.replace(/\.(ya?ml|json)$/, ''))
      const got = await files.downloadYaml()
      expect(got.fileName).toBe(name.replace(/\.(yml|json)$/, '.yaml'))
      expect(got.bytes.equals(bytes), `${name} round-trips byte for byte`).toBe(true)
    }
    await expect(files.message).toHaveCount(0)
    expect(problems).toEqual([])
  })

  test('refuses a binary file and a 10 MB file, dropped or picked, with a message and the document untouched', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')

    await files.dropFile('photo.yaml', 'binary')
    await expect(files.message).toContainText('"photo.yaml" is not a text file')
    await files.dropFile('huge.yaml', 'huge')
    await expect(files.message).toContainText('"huge.yaml" is 10.0 MB; FDL Studio opens flows up to 2.0 MB')
    await files.screenshot('files-refused-drop')
    await files.openFile('notes.txt', 'hello')
    await expect(files.message).toContainText('"notes.txt" is not an FDL file')
    await files.openFile('package.json', '{"name": "x", "dependencies": {}}')
    await expect(files.message).toContainText('none of the keys version, type and steps')

    await expect(files.documentName).toHaveValue('mns-callback')
    await files.expectText(SEED)
    await files.openRecent()
    await expect(page.getByRole('list', { name: 'Recent flows' }).getByRole('listitem')).toHaveCount(1)
    expect(problems).toEqual([])
  })

  test('opens a file dropped on the window as a new document', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await page.evaluate((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'three.yml'))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    }, THREE.toString('utf8'))
    await expect(files.documentName).toHaveValue('three')
    await files.expectText(THREE)
  })

  test('two documents in the recent list keep their own contents, and survive a reload', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const a = '# flow A\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: A\n'
    const b = '# flow B\nversion: v1\ntype: flow\nsteps:\n  - type: wait\n    name: B\n    duration: 5\n'
    await files.openFile('a.yaml', a)
    await expect(files.documentName).toHaveValue('a')
    await files.openFile('b.yaml', b)
    await expect(files.documentName).toHaveValue('b')
    await files.expectSaved()
    await page.reload()
    await expect(files.documentName).toHaveValue('b')
    await files.openRecent()
    const list = page.getByRole('list', { name: 'Recent flows' })
    await expect(list.getByRole('listitem')).toHaveCount(3)
    await files.screenshot('files-recent')
    await list.getByRole('button', { name: /^a / }).click()
    await expect(files.documentName).toHaveValue('a')
    await files.expectText(a)
    await files.openRecent()
    await list.getByRole('button', { name: /^b / }).click()
    await files.expectText(b)
  })

  test('after a reload the document, its name, the selection, the viewport and the undo history are back; undo restores the text before the edit', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await files.newFrom('Empty flow')
    // The new document's name arrives after the click; filling before it would type into the old name.
    await expect(files.documentName).toHaveValue('Untitled flow')
    await files.documentName.fill('Pasted')
    await files.documentName.press('Enter')
    await files.pasteOnCanvas(FLOW_A)
    await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('# flow A')
    await page.locator('[data-step="A"]').click()
    const nameField = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name', { exact: true })
    await expect(nameField).toHaveValue('A')
    const viewport = page.locator('.react-flow__viewport')
    const fitted = await viewport.getAttribute('style')
    await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect(viewport).not.toHaveAttribute('style', fitted!)
    const zoomed = await files.settledViewport()
    await files.expectSaved()
    await page.reload()
    await expect(files.documentName).toHaveValue('Pasted')
    await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('# flow A')
    await expect(nameField).toHaveValue('A')
    await expect(viewport).toHaveAttribute('style', zoomed!)
    await page.getByRole('button', { name: 'Undo' }).click()
    await files.expectText('version: v1\ntype: flow\nsteps: []\n')
    await page.getByRole('button', { name: 'Redo' }).click()
    await files.expectText(FLOW_A)
  })

  test('renames and deletes documents from the recent list, asking first', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await files.documentName.fill('Order intake')
    await files.documentName.press('Enter')
    expect((await files.downloadYaml()).fileName).toBe('Order intake.yaml')
    await files.openFile('three.yaml', THREE)
    await files.openRecent()
    const dialog = page.getByRole('dialog', { name: 'Recent flows' })
    await expect(dialog.getByRole('button', { name: /^Order intake / })).toBeVisible()
    await dialog.getByRole('button', { name: 'Delete Order intake' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete this flow?' })
    await expect(confirm).toContainText('"Order intake" will be removed from this browser')
    await files.screenshot('files-confirm-delete')
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await expect(dialog.getByRole('listitem')).toHaveCount(1)
    await expect(files.documentName).toHaveValue('three')
  })

  test('New offers an empty flow and every built-in example, each opening as a new document', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await page.getByRole('button', { name: 'New', exact: true }).click()
    const gallery = page.getByRole('dialog', { name: 'New flow' })
    await expect(gallery.getByRole('button', { name: 'Empty flow' })).toBeVisible()
    for (const [name] of flowsIn(EXAMPLES)) await expect(gallery.getByRole('button', { name: name.replace('.yaml', ''), exact: true })).toBeVisible()
    await expect(gallery.getByRole('button', { name: 'mns-three-tasks', exact: true })).toHaveAccessibleDescription(/Three MNS callback tasks/)
    await files.screenshot('files-gallery')
    await page.emulateMedia({ colorScheme: 'dark' })
    await files.screenshot('files-gallery-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await gallery.getByRole('button', { name: 'mns-three-tasks', exact: true }).click()
    await expect(gallery).toHaveCount(0)
    await expect(files.documentName).toHaveValue('mns-three-tasks')
    await files.expectText(THREE)
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await gallery.getByRole('button', { name: 'Empty flow' }).click()
    await expect(files.documentName).toHaveValue('Untitled flow')
    await files.expectText('version: v1\ntype: flow\nsteps: []\n')
    await files.openRecent()
    await expect(page.getByRole('list', { name: 'Recent flows' }).getByRole('listitem')).toHaveCount(3)
  })

  test('Download PNG and Download SVG draw the whole flow, not just what is on screen; the SVG is XML naming every step', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const names = Array.from({ length: 14 }, (_, i) => `Step_${i + 1}`)
    const long = `# A tall flow\nversion: v1\ntype: flow\nsteps:\n${names.map((n) => `  - type: pass\n    name: ${n}\n`).join('')}`
    await files.openFile('tall.yaml', long)
    await expect(page.locator('[data-step="Step_14"]')).toBeAttached()
    const canvasHeight = (await page.getByRole('region', { name: 'Flow canvas' }).boundingBox())!.height

    const png = readFileSync(await (await files.exportItem('Download PNG')).path())
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
    expect(width).toBeGreaterThan(100)
    // At 1:1 (2× pixels) the whole column of 14 steps is far taller than the canvas on screen.
    expect(height / 2).toBeGreaterThan(canvasHeight)

    // The picture follows the current theme: a light corner now, a dark one in dark mode.
    const cornerOf = (bytes: Buffer) =>
      page.evaluate(async (b64) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.width
        canvas.height = img.height
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(3, 3, 1, 1).data[0]!
      }, bytes.toString('base64'))
    expect(await cornerOf(png)).toBeGreaterThan(200)
    await page.emulateMedia({ colorScheme: 'dark' })
    const darkPng = readFileSync(await (await files.exportItem('Download PNG')).path())
    expect(await cornerOf(darkPng)).toBeLessThan(60)
    await page.emulateMedia({ colorScheme: 'light' })

    const svgDownload = await files.exportItem('Download SVG')
    expect(svgDownload.suggestedFilename()).toBe('tall.svg')
    const svg = readFileSync(await svgDownload.path(), 'utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' }
    }, svg)
    expect(parsed.error).toBeNull()
    expect(parsed.root).toBe('svg')
    for (const name of names) expect(parsed.text).toContain(name)
    await expect(page.getByRole('status', { name: 'File message' })).toHaveCount(0)

    // Containers: every step inside choice branches, parallel branches and foreach bodies is in the picture.
    const containers = readFileSync(new URL('fixtures/containers.yaml', import.meta.url), 'utf8')
    await files.openFile('containers.yaml', containers)
    await expect(files.documentName).toHaveValue('containers')
    const inner = [...containers.matchAll(/^\s*name: (\S+)$/gm)].map((m) => m[1]!)
    for (const name of inner) await expect(page.locator(`[data-step="${name}"]`)).toBeAttached()
    const svg2 = readFileSync(await (await files.exportItem('Download SVG')).path(), 'utf8')
    for (const name of inner) expect(svg2).toContain(`>${name}<`)
    expect(problems).toEqual([])
  })

  test('an exported picture is of the flow, not the editor: no add/remove buttons, drop slots or selection outline', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    // a choice from the palette (empty branches, so "Drop a step here" slots), selected, beside the task
    await page.getByRole('region', { name: 'Step palette' }).getByRole('button', { name: 'Choice' }).click()
    await expect(page.locator('[data-step="Choice_1"]')).toBeVisible()
    await expect(page.getByText('Drop a step here').first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add condition to Choice_1' })).toBeVisible()
    const svg = readFileSync(await (await files.exportItem('Download SVG')).path(), 'utf8')
    const found = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const shadow = (el: Element | null) => (el?.getAttribute('style') ?? '').match(/box-shadow:[^;]*/)?.[0] ?? ''
      return {
        text: doc.documentElement.textContent ?? '',
        buttons: doc.querySelectorAll('button').length,
        selected: shadow(doc.querySelector('.container-card.selected')),
      }
    }, svg)
    expect(found.text).toContain('Choice_1')
    expect(found.text).toContain('Task_1')
    expect(found.text).not.toContain('Drop a step here')
    expect(found.text).not.toContain('Condition')
    expect(found.buttons).toBe(0)
    // the selected choice is drawn without the editor's selection ring (a 2 px spread shadow)
    expect(found.selected).not.toContain('0px 0px 0px 2px')
    expect(problems).toEqual([])
  })

  test('an exported picture shows cut names and subtitles whole: set smaller, or wrapped when far too long', async ({ page, baseURL, context }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const queue = 'order-intake-priority-notifications-eu-central-1'
    const longName = 'ValidateIncomingOrderAgainstInventory'
    const veryLong = 'ReserveStockForEveryLineOfTheOrderThenNotifyTheWarehouseAndTheCustomerAboutIt'
    const flow = `version: v1\ntype: flow\nsteps:\n  - type: task\n    name: ${longName}\n    resourceArn: acs:mns:::/queues/${queue}/messages\n    pattern: waitForCallback\n    serviceParams:\n      MessageBody: $\n  - type: pass\n    name: ${veryLong}\n`
    await files.openFile('long.yaml', flow)
    await expect(page.locator(`[data-step="${longName}"]`)).toBeVisible()
    // On the canvas these texts are cut with an ellipsis (their full text is a tooltip) ...
    const cutOnCanvas = await page.locator('.react-flow__viewport').evaluate((vp) =>
      [...vp.querySelectorAll<HTMLElement>('.step-name, .step-detail')].filter((el) => el.scrollWidth > el.clientWidth + 0.5).map((el) => el.textContent),
    )
    expect(cutOnCanvas).toEqual(expect.arrayContaining([longName, veryLong, `Queue ${queue}`]))
    // ... in the SVG, opened on its own, none is.
    const svg = readFileSync(await (await files.exportItem('Download SVG')).path(), 'utf8')
    const viewer = await context.newPage()
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''))
    const texts = await viewer.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.step-type, .step-name, .step-detail')].map((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 0.5, size: parseFloat(getComputedStyle(el).fontSize) })),
    )
    await viewer.screenshot({ path: 'test-results/screenshots/export-long-names.png' })
    await viewer.close()
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining([longName, veryLong, `Queue ${queue}`]))
    expect(texts.filter((t) => t.cut)).toEqual([])
    // Still readable: nothing set below 70% of the smallest size the canvas uses (10.5 px captions).
    for (const t of texts) expect(t.size, t.text ?? '').toBeGreaterThanOrEqual(7.3)
    // The canvas itself is as it was.
    expect(await page.locator(`[data-step="${veryLong}"] .step-name`).evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap')
    expect(problems).toEqual([])
  })

  test('Chinese in names and comments shows in the code pane and on the canvas, and the PNG draws its glyphs, not boxes', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const flow = (name: string) => `# 审核订单：先检查库存，再通知仓库\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: ${name}\n`
    const png = async (file: string, name: string) => {
      await files.openFile(file, flow(name))
      await expect(page.locator(`[data-step="${name}"]`)).toBeVisible()
      return readFileSync(await (await files.exportItem('Download PNG')).path()).toString('base64')
    }
    const chinese = await png('cn.yaml', '审核订单')
    await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('审核订单：先检查库存，再通知仓库')
    // Private-use characters have no glyph in any font: they draw as the same "no glyph" boxes, whatever they are.
    const boxesA = await png('pua-a.yaml', '\uE000\uE001\uE002\uE003')
    const boxesB = await png('pua-b.yaml', '\uE010\uE011\uE012\uE013')
    const differing = await page.evaluate(async ([a, b, c]) => {
      const pixels = async (b64: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(bitmap, 0, 0)
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
      }
      const [x, y, z] = await Promise.all([pixels(a!), pixels(b!), pixels(c!)])
      const diff = (p: Uint8ClampedArray, q: Uint8ClampedArray) => (p.length !== q.length ? -1 : p.reduce((n, v, i) => n + (i % 4 === 3 ? 0 : Math.abs(v - q[i]!) > 40 ? 1 : 0), 0))
      return { boxesVsBoxes: diff(y, z), chineseVsBoxes: diff(x, y) }
    }, [chinese, boxesA, boxesB] as const)
    // Two sets of boxes are one picture; the Chinese name is another: its strokes, not boxes.
    expect(differing.boxesVsBoxes).toBe(0)
    expect(differing.chineseVsBoxes).toBeGreaterThan(150)
    expect(problems).toEqual([])
  })

  test('a flow too large to draw at once (200 steps) still exports every step, set in columns in the picture', async ({ page, baseURL }) => {
    const files = new FilesPage(page)
    const problems = files.guard(baseURL!)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const names = Array.from({ length: 200 }, (_, i) => `Big_${i + 1}`)
    const big = `version: v1\ntype: flow\nsteps:\n${names.map((n) => `  - type: pass\n    name: ${n}\n`).join('')}`
    await files.openFile('big.yaml', big)
    await expect(files.documentName).toHaveValue('big')
    await expect(page.locator('[data-step]').first()).toBeAttached()
    await page.screenshot({ path: 'test-results/screenshots/files-200-steps.png' })
    // Opened, it fits on screen whole (the minimum zoom fits any flow); zoomed in, the canvas draws only part of it ...
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom In' }).click()
    await expect.poll(() => page.locator('[data-step]').count()).toBeLessThan(200)
    const svg = readFileSync(await (await files.exportItem('Download SVG')).path(), 'utf8')
    // ... the picture has them all, and the canvas goes back to drawing what is on screen.
    for (const name of names) expect(svg).toContain(`>${name}<`)
    // A strip 200 steps tall would be unreadable: the picture sets them in columns, and says so
    await expect(page.getByRole('status', { name: 'File message' })).toContainText(/sets the flow's top level in \d+ columns/)
    const png = readFileSync(await (await files.exportItem('Download PNG')).path())
    writeFileSync('test-results/screenshots/export-200-steps.png', png)
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
    expect(height / width).toBeLessThan(3)
    expect(height / width).toBeGreaterThan(0.3)
    await expect.poll(() => page.locator('[data-step]').count()).toBeLessThan(200)
    await expect(page.locator('.flow-wrapper')).toHaveAttribute('data-columns', '1')
    expect(problems).toEqual([])
  })

  test('Download JSON gives the same flow as FDL JSON, and Copy YAML puts the exact text on the clipboard', async ({ page }) => {
    const files = new FilesPage(page)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const json = await files.exportItem('Download JSON')
    expect(json.suggestedFilename()).toBe('mns-callback.json')
    const flow = JSON.parse(readFileSync(await json.path(), 'utf8'))
    expect(flow).toMatchObject({ version: 'v1', type: 'flow', steps: [{ type: 'task', name: 'Task_1', pattern: 'waitForCallback', serviceParams: { MessageBody: '$', Priority: 1 } }] })
    await page.getByRole('button', { name: 'Export' }).click()
    await page.getByRole('menuitem', { name: 'Copy YAML' }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(SEED.toString('utf8'))
  })

  test('?example=NAME opens a built-in example as a new document and tidies the address', async ({ page }) => {
    const files = new FilesPage(page)
    await page.goto('/?example=mns-three-tasks')
    await expect(files.documentName).toHaveValue('mns-three-tasks')
    await files.expectText(THREE)
    await expect(page).toHaveURL(/\/$/)
    await page.goto('/?example=no-such-example')
    await expect(files.message).toContainText('There is no built-in example called "no-such-example"')
    await expect(files.documentName).toHaveValue('mns-three-tasks')
  })

  test('keyboard: Ctrl+Shift+E downloads the YAML, Ctrl+S saves (download where the browser cannot write files), Ctrl+O opens the picker', async ({ page }) => {
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker)
    const files = new FilesPage(page)
    // Listening before anything happens turns on file-chooser interception early, so Ctrl+O is caught.
    const chooserOpened = page.waitForEvent('filechooser')
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const [exported] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+Shift+E')])
    expect(readFileSync(await exported.path()).equals(SEED)).toBe(true)
    const [saved] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')])
    expect(saved.suggestedFilename()).toBe('mns-callback.yaml')
    await page.keyboard.press('Control+O')
    const chooser = await chooserOpened
    await chooser.setFiles({ name: 'three.yaml', mimeType: 'application/yaml', buffer: THREE })
    await expect(files.documentName).toHaveValue('three')
  })

  test('Ctrl+S writes back to the same file where the browser has the File System Access API', async ({ page }) => {
    // A stand-in for the browser's file picker and file: records what the app writes through the real API shape.
    await page.addInitScript(() => {
      const written: string[] = []
      const handle = {
        kind: 'file',
        name: 'picked.yaml',
        queryPermission: async () => 'granted',
        createWritable: async () => ({ write: async (t: string) => void written.push(t), close: async () => undefined }),
      }
      Object.assign(window, { __written: written, showSaveFilePicker: async () => handle })
    })
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    await page.keyboard.press('Control+S')
    await expect(page.getByRole('status', { name: 'File message' })).toContainText('Saved to picked.yaml')
    await page.keyboard.press('Control+S')
    await expect.poll(() => page.evaluate(() => (window as unknown as { __written: string[] }).__written)).toEqual([SEED.toString('utf8'), SEED.toString('utf8')])
  })

  test('without browser storage a warning shows, editing goes on, and opening another flow asks first', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
    const files = new FilesPage(page)
    await page.goto('/')
    await expect(files.documentName).toHaveValue('mns-callback')
    const warning = page.getByRole('alert', { name: 'Storage warning' })
    await expect(warning).toContainText('not letting FDL Studio save')
    await expect(page.getByRole('status', { name: 'Autosave status' })).toHaveText('Not saved')
    // An edit that exists nowhere else (reading it back with Download YAML would count as saving it).
    await files.newFrom('Empty flow')
    await expect(files.documentName).toHaveValue('Untitled flow')
    await files.pasteOnCanvas(FLOW_A)
    await expect(page.getByRole('region', { name: 'FDL code' })).toContainText('# flow A')
    await files.screenshot('files-storage-warning')
    const gallery = page.getByRole('dialog', { name: 'New flow' })
    const confirm = page.getByRole('alertdialog', { name: 'Replace the open flow?' })
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await gallery.getByRole('button', { name: 'mns-three-tasks', exact: true }).click()
    await expect(confirm).toContainText('Browser storage is not working, so the changes to "Untitled flow" exist only on this page')
    await files.screenshot('files-confirm-replace')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirm).toHaveCount(0)
    await expect(files.documentName).toHaveValue('Untitled flow')
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await gallery.getByRole('button', { name: 'mns-three-tasks', exact: true }).click()
    const [kept] = await Promise.all([page.waitForEvent('download'), confirm.getByRole('button', { name: 'Download YAML first' }).click()])
    expect(readFileSync(await kept.path(), 'utf8')).toBe(FLOW_A)
    await files.expectText(THREE)
    // The warning can be put away; the toolbar still says the work is not saved.
    await warning.getByRole('button', { name: 'Hide' }).click()
    await expect(warning).toHaveCount(0)
    await expect(page.getByRole('status', { name: 'Autosave status' })).toHaveText('Not saved')
  })
})
