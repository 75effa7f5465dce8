import { readFileSync } from 'node:fs'
import { expect, test } from './designerTest.ts'
import { FilesPage } from './files/FilesPage.ts'

/**
 * Issue 18, item 4: containers collapse to one box and open again; the choice is the user's view of that
 * document (kept over a reload, not shared with other documents, not an undo step); a hidden step found
 * another way opens the containers around it, and arrow keys pass over hidden steps. Pane sizes are kept per
 * document the same way (issue 16, item 3).
 */

const FIXTURE = 'e2e/fixtures/containers.yaml'
const TEXT = readFileSync(FIXTURE, 'utf8')

test('collapse a container, keep it collapsed for this document only, and open it by finding a step inside', async ({ designer, page }) => {
  const files = new FilesPage(page)
  await designer.goto()
  await page.getByRole('button', { name: 'Design', exact: true }).click()
  await files.openFile('containers.yaml', TEXT)
  await expect(designer.node('Notify')).toBeVisible()

  // Collapse the parallel: its branches and the task in them go; one box says how much it holds.
  const collapse = designer.canvas.getByRole('button', { name: 'Collapse FanOut' })
  await expect(collapse).toHaveAttribute('aria-expanded', 'true')
  const before = (await designer.node('FanOut').boundingBox())!
  await collapse.click()
  await expect(designer.node('Notify')).toHaveCount(0)
  await expect(designer.lane('steps.2.branches.0.steps')).toHaveCount(0)
  await expect(designer.node('FanOut')).toContainText('1 step inside')
  const expand = designer.canvas.getByRole('button', { name: 'Expand FanOut' })
  await expect(expand).toHaveAttribute('aria-expanded', 'false')
  const after = (await designer.node('FanOut').boundingBox())!
  expect(after.height).toBeLessThan(before.height / 1.5)
  // Problems inside it still show, on the box.
  await expect(designer.node('FanOut').locator('.problem-badge')).toHaveText('3')
  // A view, not an edit: the text is the same and there is nothing to undo.
  expect(await designer.text()).toBe(TEXT)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  // Arrow keys pass over the hidden task: FanOut → EachItem.
  await designer.node('FanOut').click()
  await page.keyboard.press('ArrowDown')
  await expect(designer.node('EachItem')).toBeFocused()

  // The panes are arranged per document too: this one without the palette.
  await page.getByRole('button', { name: 'Collapse palette' }).click()
  await expect(designer.palette).toHaveCount(0)

  // Kept over a reload.
  await files.expectSaved()
  await page.reload()
  await expect(designer.node('FanOut')).toContainText('1 step inside')
  await expect(designer.node('Notify')).toHaveCount(0)
  await expect(designer.palette).toHaveCount(0)

  // Another document has its own containers, all open; going back finds this one as it was left.
  await files.openFile('other.yaml', TEXT)
  await expect(files.documentName).toHaveValue('other')
  await expect(designer.node('Notify')).toBeVisible()
  // A new document starts with the panes as the user last had them; this one gets its palette back.
  await page.getByRole('button', { name: 'Expand palette' }).click()
  await expect(designer.palette).toBeVisible()
  await files.expectSaved()
  await files.openRecent()
  await page.getByRole('list', { name: 'Recent flows' }).getByRole('button', { name: /^containers / }).click()
  await expect(files.documentName).toHaveValue('containers')
  await expect(designer.node('FanOut')).toContainText('1 step inside')
  await expect(designer.palette).toHaveCount(0)

  // Go to step finds the hidden task: FanOut opens and the task is selected.
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Go to step' })
  await dialog.getByRole('combobox', { name: 'Step name' }).fill('Notify')
  await page.keyboard.press('Enter')
  await expect(designer.node('Notify')).toBeVisible()
  await expect(designer.canvas.getByRole('button', { name: 'Collapse FanOut' })).toBeVisible()
  await expect(designer.inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Notify')
})
