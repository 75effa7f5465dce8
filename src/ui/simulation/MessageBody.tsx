import { useT } from '../i18n/language.ts'

/** Props of {@link MessageBody}. */
export interface MessageBodyProps {
  readonly body: string
  readonly token: string | null
  readonly className?: string
}

/**
 * A message body exactly as sent, with the task token highlighted wherever it occurs: the part a worker must
 * send back with ReportTaskSucceeded / ReportTaskFailed.
 */
export function MessageBody({ body, token, className }: MessageBodyProps) {
  const t = useT()
  const parts = token ? body.split(token) : [body]
  return (
    <code className={`sim-body ${className ?? ''}`}>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 ? <mark className="sim-token" title={t('Task token')}>{token}</mark> : null}
        </span>
      ))}
    </code>
  )
}
