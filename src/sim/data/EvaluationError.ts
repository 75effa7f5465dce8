import { formatMessage, type Message } from '../../i18n/Message.ts'

/**
 * A data-flow expression that cannot be evaluated (bad path syntax, a missing key under the `error` policy, a
 * condition comparing incompatible types). The engine turns it into a step failure named by
 * `SimOptions.runtimeErrorName`, with `message` (English, as the service's causes are) as its cause; previews
 * show `text` next to the row, in the person's language. Errors only the engine meets (a wait step's bad
 * duration) are made from English alone and have no `text`.
 */
export class EvaluationError extends Error {
  override readonly name = 'EvaluationError'
  readonly text?: Message

  constructor(text: Message | string) {
    super(typeof text === 'string' ? text : formatMessage(text))
    if (typeof text !== 'string') this.text = text
  }
}
