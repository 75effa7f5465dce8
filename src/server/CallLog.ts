/** What one API call did, for the server log line (`--quiet` silences it). */
export interface CallLog {
  api: 'MNS' | 'FnF' | 'HTTP'
  action: string
  target: string
  status: number
  code: string
}

/** One log line: `MNS ReceiveMessage fnf-demo -> 200`, or with the error code `-> 404 MessageNotExist`. */
export function formatCall(c: CallLog, ms: number): string {
  const target = c.target ? ` ${c.target}` : ''
  const code = c.code ? ` ${c.code}` : ''
  return `${c.api} ${c.action || '?'}${target} -> ${c.status}${code} (${ms} ms)`
}
