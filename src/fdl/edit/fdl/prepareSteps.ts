import { isMap, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import { yamlMessageText } from '../../parse/yamlMessageText.ts'
import { parseYamlDocument } from '../../parse/parseFdl.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import type { EditContext, Plan, Reason } from '../EditContext.ts'
import type { NewItem } from '../ops/insertItems.ts'
import { SourceText } from '../text/SourceText.ts'
import { applySplices } from '../text/Splice.ts'
import { dedentText, indentText } from '../text/textLines.ts'
import { locate, contentEnd } from '../yaml/nodes.ts'
import { itemLayout } from '../yaml/layout.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { setValue } from '../ops/setValue.ts'
import { combine } from '../ops/plainEdit.ts'
import { uniqueName } from '../../templates/newStep.ts'
import { childSequences, gotoPaths } from './structure.ts'
import { stepName } from './stepNames.ts'

const parse = (text: string) => parseYamlDocument(text)

/** The list a paste holds: the root list, or the `steps` of a whole pasted flow; null for a single step. */
function pastedList(doc: Document): { seq: YAMLSeq; path: JsonPath } | null {
  const root = doc.contents
  if (isSeq(root)) return { seq: root, path: [] }
  const steps = isMap(root) && root.get('type') === 'flow' ? root.get('steps', true) : undefined
  return isSeq(steps) ? { seq: steps, path: ['steps'] } : null
}

/** The top-level steps of a pasted text: a root mapping, the mappings of a root list, or a pasted flow's steps. */
function topSteps(doc: Document): { node: YAMLMap; path: JsonPath }[] | Reason {
  const list = pastedList(doc)
  const items = list ? list.seq.items : [doc.contents]
  if (items.length === 0 || !items.every((i) => isMap(i) && i.has('type'))) {
    return { reason: msg('The text is not a step: a step is a mapping with `type` and `name`, and a paste may hold one or a list of them.') }
  }
  return items.map((node, i) => ({ node: node as YAMLMap, path: list ? [...list.path, i] : [] }))
}

/**
 * Turns YAML text holding one step or a list of steps into items ready to insert, with every name that
 * clashes with `taken` (or with another pasted name) replaced by a fresh one, and every `goto` between
 * pasted siblings following its target's new name. The pasted text keeps its own comments and layout.
 */
export function prepareSteps(text: string, taken: ReadonlySet<string>): NewItem[] | Reason {
  const doc = parse(text)
  if (doc.errors.length > 0) return { reason: msg('The text is not valid YAML: {detail}', { detail: yamlMessageText(doc.errors[0]!.message.split('\n')[0]) }) }
  const top = topSteps(doc)
  if ('reason' in top) return top
  const plan = renamePlan({ src: new SourceText(text), doc }, top, new Set(taken))
  if ('reason' in plan) return plan
  const renamed = applySplices(text, plan).text
  const out = parse(renamed)
  if (out.errors.length > 0) return { reason: msg('The pasted steps could not be renamed safely; rename them in the code.') }
  return itemsOf(new SourceText(renamed), out)
}

/** Splices giving fresh names to clashing steps, sequence by sequence, and updating sibling gotos. */
function renamePlan(ctx: EditContext, top: { node: YAMLMap; path: JsonPath }[], names: Set<string>): Plan {
  const plans: Plan[] = []
  const queue = [top]
  while (queue.length > 0) {
    const steps = queue.shift()!
    const renames = new Map<string, string>()
    for (const { node, path } of steps) {
      const old = stepName(node)
      if (old === '') continue
      const fresh = uniqueName(old, names)
      names.add(fresh)
      if (fresh === old) continue
      renames.set(old, fresh)
      plans.push(setValue(ctx, locate(ctx.doc, [...path, 'name']).chain, fresh))
    }
    for (const { node, path } of steps) {
      for (const g of gotoPaths(node, path)) {
        const to = renames.get(g.target)
        if (to !== undefined) plans.push(setValue(ctx, locate(ctx.doc, g.path).chain, to))
      }
      for (const sub of childSequences(node, path)) {
        if (isSeq(sub.seq)) queue.push(sub.seq.items.flatMap((n, i) => (isMap(n) ? [{ node: n, path: [...sub.path, i] }] : [])))
      }
    }
  }
  return combine(plans)
}

/** The items of the renamed text, each as `- …` text relative to column 0 with its plain value. */
function itemsOf(src: SourceText, doc: Document): NewItem[] | Reason {
  const root = doc.contents
  const value = (n: unknown) => (n as Node).toJS(doc, { maxAliasCount: 100 }) as unknown
  const list = pastedList(doc)?.seq
  if (list) {
    return list.items.map((n, i) => {
      const layout = itemLayout(src, list, i)
      if (!layout) return { text: yamlText.item(value(n)), value: value(n) }
      return { text: dedentText(src.text.slice(layout.start, layout.end), layout.dashCol), value: value(n) }
    })
  }
  if (!isMap(root) || root.flow || !root.range) return [{ text: yamlText.item(value(root)), value: value(root) }]
  const start = root.range[0]
  const col = src.column(start)
  const lead = src.text.slice(0, src.lineStart(start)).split(/\r?\n/).filter((l) => l.trim().startsWith('#')).map((l) => l.trim())
  const body = dedentText(src.text.slice(src.lineStart(start), src.nextLineStart(contentEnd(src, root, start) - 1)), col)
  return [{ text: [...lead, '- ' + indentText(body, 2, '\n', true)].join('\n'), value: value(root) }]
}

