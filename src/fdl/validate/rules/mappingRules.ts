import { msg, type Message } from '../../../i18n/Message.ts'
import type { Rule } from '../ValidationContext.ts'
import { mappingRows, type MappingRow } from '../stepFacts.ts'
import { closestName } from '../closestName.ts'

const ROOTS = ['input', 'local', 'context']

/**
 * Mapping rows have a `target`; sources are paths exactly when they start with `$input`, `$local` or `$context`
 * (REFERENCE §3.3), so `$.x` and misspelt roots are flagged rather than silently sent as text.
 */
export const mappingRules: Rule = {
  name: 'mapping rows',
  codes: ['mapping-target-missing', 'mapping-dollar-source', 'mapping-source-unknown-root'],
  check(ctx) {
    for (const row of mappingRows(ctx)) {
      if (row.mapping.target.trim() === '') {
        const hasTarget = ctx.locate([...row.path, 'target']).exact
        ctx.report('mapping-target-missing', msg('This {list} row has no `target`. Add `target:` with the key it writes, e.g. `target: result`.', { list: row.list }), hasTarget ? [...row.path, 'target'] : row.path, hasTarget ? 'value' : 'head')
      }
      checkSource(row, (code, message) => ctx.report(code, message, [...row.path, 'source']))
    }
  },
}

function checkSource(row: MappingRow, report: (code: 'mapping-dollar-source' | 'mapping-source-unknown-root', text: Message) => void): void {
  const source = row.mapping.source
  if (typeof source !== 'string') return
  const text = source.trim()
  const dollar = /^\$(?=$|[.[])(.*)$/.exec(text)
  if (dollar) {
    const rest = dollar[1] ?? ''
    const suggestion = row.list === 'inputMappings' ? `$input${rest}` : `$local${rest}`
    const meaning = row.list === 'inputMappings' ? msg('the parent step\'s input') : msg('this step\'s result')
    report('mapping-dollar-source', msg('`source: {source}` is not a documented mapping path (`$.x` belongs in conditions and serviceParams). For {meaning} write `{suggestion}`.', { source: text, meaning, suggestion }))
    return
  }
  const root = /^\$([A-Za-z_]\w*)/.exec(text)?.[1]
  if (root === undefined || ROOTS.includes(root)) return
  const guess = closestName(root, ROOTS)
  const hint = guess ? msg('Did you mean `{name}`?', { name: `$${guess}${text.slice(root.length + 1)}` }) : msg('Paths start with $input, $local or $context.')
  report('mapping-source-unknown-root', msg('`{source}` is not a path (paths start with $input, $local or $context), so the service uses it as constant text. {hint}', { source: text, hint }))
}
