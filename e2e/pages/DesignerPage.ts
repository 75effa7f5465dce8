import { expect, type Locator, type Page } from '@playwright/test'
import { parseDocument } from 'yaml'

/** A marker as `window.__fdl.markers()` reports it. */
export interface EditorMarker {
  readonly owner: string
  readonly severity: number
  readonly message: string
  readonly line: number
}

/** The part of `window.__fdl` (src/ui/testHooks.ts) the tests read. */
interface Hooks {
  text(): string
  editorText?: () => string
  markers?: () => readonly EditorMarker[]
}

/**
 * The designer as a person sees it: regions, palette buttons and canvas nodes found by role, label and the
 * `data-step` attribute; the document read through the `window.__fdl` test hooks.
 */
export class DesignerPage {
  readonly canvas: Locator
  readonly code: Locator
  readonly problems: Locator
  readonly palette: Locator
  readonly inspector: Locator

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: 'Flow canvas' })
    this.code = page.getByRole('region', { name: 'FDL code' })
    this.problems = page.getByRole('region', { name: 'Problems' })
    this.palette = page.getByRole('region', { name: 'Step palette' })
    this.inspector = page.getByRole('complementary', { name: 'Inspector' })
  }

  /** Opens the app and waits for the seed example on the canvas. */
  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.node('Task_1')).toBeVisible()
  }

  /** A step's node on the canvas. */
  node(name: string): Locator {
    return this.canvas.locator(`[data-step="${name}"]`)
  }

  /** A lane (a branch or body) of a container, by its sequence id such as `steps.1.choices.0.steps`. */
  lane(sequenceId: string): Locator {
    return this.canvas.locator(`[data-sequence="${sequenceId}"]`)
  }

  paletteItem(label: string): Locator {
    return this.palette.getByRole('button', { name: label, exact: true })
  }

  /** Opens a flow file through the `Open FDL file` input and waits until `firstStep` is drawn. */
  async open(file: string, firstStep: string): Promise<void> {
    await this.page.getByLabel('Open FDL file').setInputFiles(file)
    await expect(this.node(firstStep)).toBeVisible()
    await this.fitView()
  }

  async fitView(): Promise<void> {
    await this.canvas.getByRole('button', { name: 'Fit View' }).click()
  }

  /**
   * Fits the flow and waits until the viewport stops moving (the canvas pans to a newly added step with a short
   * animation), so positions read next are where a drop will land.
   */
  async settleViewport(): Promise<void> {
    const transform = () => this.canvas.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform)
    let last = ''
    await expect(async () => {
      await this.fitView()
      const now = await transform()
      const same = now === last
      last = now
      expect(same).toBe(true)
    }).toPass({ intervals: [250, 250, 500, 1000] })
  }

  /**
   * The document text (the store's; the editor is checked to agree with it where it matters). Right after a
   * reload the page's hooks may not be installed yet: wait for them rather than read `undefined`.
   */
  async text(): Promise<string> {
    await this.page.waitForFunction(() => (window as unknown as { __fdl?: Hooks }).__fdl?.text !== undefined)
    return this.page.evaluate(() => (window as unknown as { __fdl: Hooks }).__fdl.text())
  }

  editorText(): Promise<string | undefined> {
    return this.page.evaluate(() => (window as unknown as { __fdl: Hooks }).__fdl.editorText?.())
  }

  /** The plain value at a JSON path of the current document. */
  async valueAt(path: readonly (string | number)[]): Promise<unknown> {
    const doc = parseDocument(await this.text())
    return doc.getIn(path, false) as unknown
  }

  markers(): Promise<readonly EditorMarker[]> {
    return this.page.evaluate(() => (window as unknown as { __fdl: Hooks }).__fdl.markers?.() ?? [])
  }

  /** Waits until Monaco has replaced the read-only stand-in. */
  async waitForEditor(): Promise<void> {
    await expect(this.code.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 })
    await expect.poll(() => this.editorText()).toBe(await this.text())
  }

  /** Drags a palette item and drops it at a point relative to the target element. */
  async dragPalette(label: string, target: Locator, position: { x: number; y: number }): Promise<void> {
    await this.paletteItem(label).dragTo(target, { targetPosition: position })
  }

  /** Moves the editor cursor to the line holding `text` with Go to Line (Ctrl+G), as a keyboard user would. */
  async goToLineOf(text: string): Promise<void> {
    const line = (await this.text()).split('\n').findIndex((l) => l.includes(text)) + 1
    await this.code.locator('.view-lines').click()
    await this.page.keyboard.press('Control+g')
    await this.page.keyboard.type(String(line))
    await this.page.keyboard.press('Enter')
  }

  /** Puts the editor cursor at the end of the first line containing `text`. */
  async cursorAtEndOf(text: string): Promise<void> {
    await this.code.locator('.view-line', { hasText: text }).first().click()
    await this.page.keyboard.press('End')
  }
}
