import { useId } from 'react'
import type { Message } from '../../i18n/Message.ts'
import { useT } from '../i18n/language.ts'

/** Props of {@link SampleInputEditor}. */
export interface SampleInputEditorProps {
  readonly text: string
  /** The JSON error of `text`, or null when it parses. */
  readonly error: Message | null
  readonly onChange: (text: string) => void
}

/** The example execution input used by the mapping preview and the `Source` completions, typed as JSON. */
export function SampleInputEditor({ text, error, onChange }: SampleInputEditorProps) {
  const id = useId()
  const t = useT()
  return (
    <div className="insp-field">
      <label htmlFor={id} className="insp-label">{t('Sample input')}</label>
      <textarea
        id={id}
        className="insp-input insp-mono insp-textarea"
        value={text}
        rows={Math.min(8, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-msg`} className={error ? 'insp-msg insp-error' : 'insp-hint'}>
        {error ? t.message(error) : t('JSON. Used for the preview below and for Source completions; not part of the flow.')}
      </p>
    </div>
  )
}
