import { readFileSync } from 'node:fs'
import { expect, type Download, type Page } from '@playwright/test'
import { guardPage } from '../guardPage.ts'

/**
 * The files feature as a user sees it, for the files and share specs: opening through the file input
 * or a drop, the Export menu, the recent list and the messages, all found by role and label.
 */
export class FilesPage {
  constructor(readonly page: Page) {}

  /** Fails the test on console errors, page errors, dialogs (alert) and requests leaving the origin. */
  guard(baseURL: string): string[] {
    return guardPage(this.page, baseURL)
  }

  get documentName() {
    return this.page.getByRole('textbox', { name: 'Document name' })
  }

  get message() {
    return this.page.getByRole('alert', { name: 'File message' })
  }

  /** Opens a file through the `Open FDL file` input, as the Open button's picker would. */
  async openFile(name: string, content: string | Buffer): Promise<void> {
    await this.page.getByLabel('Open FDL file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) })
  }

  /** Drops a file built in the page (so a 10 MB one costs no transfer) onto the window. */
  async dropFile(name: string, kind: 'binary' | 'huge'): Promise<void> {
    await this.page.evaluate(
      ({ name, kind }) => {
        const bytes = kind === 'binary' ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) : new Uint8Array(10 * 1024 * 1024).fill(0x61)
        const data = new DataTransfer()
        data.items.add(new File([bytes], name))
        const target = document.querySelector('[aria-label="Flow canvas"]') ?? document.body
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
      },
      { name, kind },
    )
  }

  /** Runs one Export menu item and returns the download it gives. */
  async exportItem(item: 'Download YAML' | 'Download JSON' | 'Download PNG' | 'Download SVG'): Promise<Download> {
    await this.page.getByRole('button', { name: 'Export' }).click()
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('menuitem', { name: item }).click()])
    return download
  }

  /** The bytes `Download YAML` gives right now, and the file name it suggests. */
  async downloadYaml(): Promise<{ bytes: Buffer; fileName: string }> {
    const download = await this.exportItem('Download YAML')
    return { bytes: readFileSync(await download.path()), fileName: download.suggestedFilename() }
  }

  /** Waits until the document shown is `text` exactly (Download YAML, polled). */
  async expectText(text: string | Buffer): Promise<void> {
    const want = Buffer.from(text)
    await expect(async () => expect((await this.downloadYaml()).bytes.equals(want)).toBe(true)).toPass({ timeout: 15_000 })
  }

  /** Waits until autosave has written the latest change. */
  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status', { name: 'Autosave status' })).toHaveText('Saved in this browser')
  }

  /** Pastes a whole flow onto the (empty) canvas with Ctrl+V, as a user would after copying it elsewhere. */
  async pasteOnCanvas(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text)
    await this.page.getByRole('region', { name: 'Flow canvas' }).click()
    await this.page.keyboard.press('Control+V')
  }

  /** New → the given template (or `Empty flow`). */
  async newFrom(template: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New', exact: true }).click()
    await this.page.getByRole('dialog', { name: 'New flow' }).getByRole('button', { name: template, exact: true }).click()
  }

  /** The canvas viewport's transform once a pan or zoom animation has come to rest (two equal frames). */
  async settledViewport(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const el = document.querySelector('.react-flow__viewport')!
          let last = el.getAttribute('style')
          const tick = () =>
            requestAnimationFrame(() => {
              const now = el.getAttribute('style')
              if (now === last) resolve(now ?? '')
              else {
                last = now
                tick()
              }
            })
          tick()
        }),
    )
  }

  async openRecent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Recent' }).click()
    await expect(this.page.getByRole('dialog', { name: 'Recent flows' })).toBeVisible()
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` })
  }
}
