import type { Action } from '../../store/actions/Action.ts'
import { editActions } from '../../store/actions/editActions.ts'
import { checkFlowText } from '../../files/readFlowFile.ts'
import type { FilesController } from './createFilesController.ts'

/** The shell's own paste (steps from the clipboard), which the wrapper below falls back to. */
const basePaste = editActions.find((a) => a.id === 'step.paste')

/** True for clipboard text that is a whole flow (not a step or a list of steps). */
function isWholeFlow(text: string): boolean {
  const checked = checkFlowText(text, 'The clipboard')
  return checked.ok && /^\s*(version|type)\s*:/m.test(text) && /^steps\s*:/m.test(text)
}

/**
 * The files feature's registry actions (registered through `startDesigner`'s extra actions; Paste
 * overrides the shell's own): New opens the gallery, Save writes back to the file, Download YAML
 * also counts as saving, image exports, Share, the recent list, and a paste that opens a whole flow
 * when the canvas is empty. `files` is looked up late because the controller needs the designer first.
 */
export function createFilesActions(files: () => FilesController): readonly Action[] {
  const always = () => true
  return [
    { id: 'file.new', label: 'New', enabled: always, run: () => files().showGallery() },
    { id: 'file.open', label: 'Open', shortcut: ['Mod+O'], enabled: always, run: () => files().pickFile() },
    { id: 'file.save', label: 'Save', shortcut: ['Mod+S'], enabled: always, run: () => files().save() },
    { id: 'file.recent', label: 'Recent flows', enabled: always, run: () => files().showRecent() },
    { id: 'export.yaml', label: 'Download YAML', shortcut: ['Mod+Shift+E'], enabled: always, run: () => files().downloadYaml() },
    { id: 'export.png', label: 'Download PNG', enabled: (s) => (s.good.parsed.flow?.body.steps.length ?? 0) > 0, run: () => files().exportImage('png') },
    { id: 'export.svg', label: 'Download SVG', enabled: (s) => (s.good.parsed.flow?.body.steps.length ?? 0) > 0, run: () => files().exportImage('svg') },
    { id: 'share', label: 'Share', enabled: always, run: () => files().share() },
    {
      ...(basePaste ?? { id: 'step.paste', label: 'Paste', shortcut: ['Mod+V'], scope: 'canvas', enabled: always }),
      overrides: true,
      async run(ctx) {
        const s = ctx.store.getState()
        const empty = (s.good.parsed.flow?.body.steps.length ?? 0) === 0 && s.analysis.blocker === null
        const text = empty ? await ctx.env.readClipboard() : null
        if (text !== null && isWholeFlow(text)) return void s.dispatch({ origin: 'load', text })
        await basePaste?.run(ctx)
      },
    },
  ]
}
