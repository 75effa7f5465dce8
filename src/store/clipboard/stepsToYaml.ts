import { Document, isAlias, isMap, isNode, isPair, isSeq, visit, YAMLSeq, type Alias, type Node } from 'yaml'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { ParsedFdl } from '../../fdl/parse/parseFdl.ts'
import { parseYamlDocument } from '../../fdl/parse/parseFdl.ts'
import { aliasTargets } from '../../fdl/parse/aliases.ts'

/** Nodes written out for aliases per copy, at most: plenty for shared settings, far too few for an alias bomb. */
const MAX_WRITTEN_NODES = 20_000

/**
 * The YAML text of steps (with their children and comments) as the clipboard carries it: one step as a
 * mapping, several as a list, so pasting into the code pane or another tab gives valid FDL too. An alias that
 * would not reach its own anchor in the copied text is written out (`*token` becomes the rows it stands for).
 * '' when there is nothing to copy, or when the aliases cannot be written out (no anchor, a value that holds
 * itself, or more than the budget).
 */
export function stepsToYaml(parsed: ParsedFdl, paths: readonly JsonPath[]): string {
  // The comments travel with the steps, and only the yaml library's own parse attaches them to nodes.
  const document = parseYamlDocument(parsed.text)
  let nodes: (Node | null)[] = paths.map((p) => document.getIn(p, true)).filter(isNode)
  if (nodes.length === 0) return ''
  if (parsed.text.includes('*')) nodes = new AliasWriter(document).selfContained(nodes)
  if (nodes.some((n) => n === null)) return ''
  const doc = new Document(null, { version: '1.2' })
  if (nodes.length === 1) {
    doc.contents = nodes[0] ?? null
    return doc.toString({ lineWidth: 0 })
  }
  const list = new YAMLSeq()
  list.items = nodes
  doc.contents = list
  return doc.toString({ lineWidth: 0 })
}

/** Writes out the aliases of copied nodes (changed in place: they come from a parse of their own). */
class AliasWriter {
  private readonly targets: Map<Alias, Node | undefined>
  /** The node each anchor name stands for at this point of the copied text, in the order it is written. */
  private readonly latest = new Map<string, Node>()
  private left = MAX_WRITTEN_NODES

  constructor(document: Document) {
    this.targets = aliasTargets(document)
  }

  /** The nodes, each alias kept where the copied text still reaches its anchor and written out elsewhere. */
  selfContained(nodes: readonly (Node | null)[]): (Node | null)[] {
    return nodes.map((n) => (n === null ? null : this.inCopy(n)))
  }

  private inCopy(node: Node): Node | null {
    if (isAlias(node)) {
      const target = this.targets.get(node)
      return target !== undefined && this.latest.get(node.source) === target ? node : this.writtenOut(node)
    }
    if ('anchor' in node && node.anchor) this.latest.set(node.anchor, node)
    return this.eachChild(node, (child) => this.inCopy(child)) ? node : null
  }

  /** A fresh copy of what `alias` stands for, without anchors (they would shadow others) and its own aliases written out. */
  private writtenOut(alias: Alias): Node | null {
    const target = this.targets.get(alias)
    if (!target || within(alias, target) || (this.left -= sizeOf(target)) < 0) return null
    const copy = target.clone() as Node
    return this.stripped(target, copy) ? copy : null
  }

  /** Walks `original` and its clone `copy` together: anchors dropped from the copy, aliases written out. */
  private stripped(original: Node, copy: Node): boolean {
    if ('anchor' in copy) copy.anchor = undefined
    const parts: Node[] = []
    this.eachChild(original, (child) => (parts.push(child), child))
    let i = 0
    return this.eachChild(copy, (child) => {
      const from = parts[i++]!
      if (isAlias(from)) return this.writtenOut(from)
      return this.stripped(from, child) ? child : null
    })
  }

  /** Replaces each key, value or item node of a collection by `f` of it; false as soon as `f` gives null. */
  private eachChild(node: Node, f: (child: Node) => Node | null): boolean {
    if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i]
        if (!isNode(item)) continue
        const next = f(item)
        if (next === null) return false
        node.items[i] = next
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        for (const side of ['key', 'value'] as const) {
          const part = pair[side]
          if (!isNode(part)) continue
          const next = f(part)
          if (next === null) return false
          pair[side] = next
        }
      }
    }
    return true
  }
}

/** True when `alias` is written inside the value it stands for (`&s {steps: [*s]}`). */
function within(alias: Alias, target: Node): boolean {
  const a = alias.range
  const t = target.range
  return !!a && !!t && t[0] <= a[0] && a[1] <= t[1]
}

function sizeOf(node: Node): number {
  let size = 0
  visit(node, (_key, n) => {
    if (!isPair(n)) size += 1
  })
  return size
}
