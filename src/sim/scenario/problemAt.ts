import { msg, type Message } from '../../i18n/Message.ts'

/** A scenario problem as `where: what is wrong` (`tasks.A[0].after: must be …`); the place is the file's own keys. */
export function problemAt(where: string, problem: Message): Message {
  return msg('{where}: {problem}', { where, problem })
}
