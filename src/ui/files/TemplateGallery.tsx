import { useEffect, useId, useState } from 'react'
import type { Flow } from '../../fdl/model/Flow.ts'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { builtInExamples, exampleSummary } from '../../files/builtInExamples.ts'
import { useT } from '../i18n/language.ts'
import { Dialog } from './Dialog.tsx'
import { FlowThumbnail } from './FlowThumbnail.tsx'

interface Template {
  readonly name: string
  readonly text: string
  readonly summary: string
  readonly flow: Flow | null
}

/** Props of {@link TemplateGallery}. */
export interface TemplateGalleryProps {
  readonly onPick: (choice: { readonly name: string; readonly text: string } | 'empty') => void
  readonly onClose: () => void
}

function TemplateCard({ template, onPick }: { readonly template: Template; readonly onPick: () => void }) {
  const t = useT()
  const descId = useId()
  return (
    <li>
      {/* Named by its title alone: the summary is its description, hidden from the name (a name that is only part
          of the visible text fails axe's label-content-name-mismatch). */}
      <button type="button" className="files-card" aria-describedby={descId} onClick={onPick}>
        <FlowThumbnail flow={template.flow} />
        {/* The title is the example's file name, what `?example=` takes: the same in every language. */}
        <span className="files-card-title">
          {template.name}
        </span>
        {/* The summary is the example file's first comment line; the catalogue has it by its English text. */}
        <span id={descId} className="files-card-summary" aria-hidden="true">
          {t.message(template.summary)}
        </span>
      </button>
    </li>
  )
}

/**
 * The New dialog: start from an empty flow or from one of the built-in examples, each shown with its
 * one-line description and a thumbnail of its shape. Picking one opens it as a new document; nothing
 * open is replaced.
 */
export function TemplateGallery({ onPick, onClose }: TemplateGalleryProps) {
  const t = useT()
  const [templates, setTemplates] = useState<readonly Template[] | null>(null)
  const emptySummary = useId()
  useEffect(() => {
    let live = true
    void Promise.all(
      builtInExamples.map(async (e) => {
        const text = await e.load()
        return { name: e.name, text, summary: exampleSummary(text), flow: parseFdl(text).flow }
      }),
    ).then((list) => live && setTemplates(list))
    return () => {
      live = false
    }
  }, [])
  return (
    <Dialog title={t('New flow')} onClose={onClose} wide>
      <p className="files-dialog-message">{t('Start from an empty flow or from an example. It opens as a new document; your other flows stay in the recent list.')}</p>
      <ul className="files-gallery" aria-busy={templates === null}>
        <li>
          {/* Named and described as the example cards below. */}
          <button type="button" className="files-card files-card-empty" aria-describedby={emptySummary} onClick={() => onPick('empty')}>
            <span className="files-thumbnail files-empty-mark" aria-hidden="true">
              +
            </span>
            <span className="files-card-title">
              {t('Empty flow')}
            </span>
            <span id={emptySummary} className="files-card-summary" aria-hidden="true">{t('version: v1, type: flow, no steps yet.')}</span>
          </button>
        </li>
        {templates?.map((t) => <TemplateCard key={t.name} template={t} onPick={() => onPick({ name: t.name, text: t.text })} />)}
      </ul>
    </Dialog>
  )
}
