import { flowTextProblem } from '../fdl/files/flowText.ts'
import { parseFdl, type ParsedFdl } from '../fdl/parse/parseFdl.ts'
import type { Message } from '../i18n/Message.ts'
import { refused, type Result } from './Result.ts'

/**
 * Decides whether text can be opened as a flow. A flow with mistakes, even YAML syntax errors, opens
 * with its diagnostics so the user can fix it; only text that is empty or plainly not a flow (a list, a
 * sentence, someone's package.json) is refused. `what` names the source in messages, e.g. `"a.yaml"`
 * (a message when the name itself is words to translate, e.g. "The shared link").
 * The decision is the core's (`flowTextProblem`), shared with the `fdl` command.
 */
export function checkFlowText(text: string, what: string | Message): Result<ParsedFdl> {
  const parsed = parseFdl(text)
  const problem = flowTextProblem(parsed)
  if (problem === null) return { ok: true, value: parsed }
  return problem.kind === 'empty'
    ? refused('{what} is empty. Use New to start an empty flow.', { what })
    : refused('{what} is not an FDL flow: {detail}.', { what, detail: problem.text })
}
