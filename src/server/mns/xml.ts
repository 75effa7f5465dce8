/** One element of a parsed request body: its name (namespace prefix dropped), children in order, and text. */
export interface XmlElement {
  readonly name: string
  readonly children: XmlElement[]
  text: string
}

/** A body that is not well-formed XML (MNS answers `MalformedXML`). */
export class MalformedXml extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/**
 * Parses the small XML documents MNS clients send (an XML declaration, elements, attributes, text, entities,
 * CDATA, comments). Strict where MNS is: an unescaped `<` or `&` in text is malformed, as is any unclosed or
 * mismatched tag. No DTDs (nothing to expand, so no entity bombs).
 */
export function parseXml(text: string): XmlElement {
  let i = 0
  const n = text.length
  const fail = (why: string): never => {
    throw new MalformedXml(`${why} at offset ${i}`)
  }
  const skipMisc = () => {
    for (;;) {
      while (i < n && /\s/.test(text[i]!)) i++
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i)
        if (end < 0) fail('unclosed declaration')
        i = end + 2
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i)
        if (end < 0) fail('unclosed comment')
        i = end + 3
      } else return
    }
  }
  const readName = (): string => {
    const m = /^[A-Za-z_][\w.:-]*/.exec(text.slice(i, i + 200))
    if (!m) fail('expected a name')
    i += m![0].length
    return m![0]
  }
  const decode = (raw: string): string =>
    raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (all, ent: string | undefined) => {
      if (ent === undefined) return fail('unescaped &')
      if (ent.startsWith('#x')) return codePoint(Number.parseInt(ent.slice(2), 16))
      if (ent.startsWith('#')) return codePoint(Number.parseInt(ent.slice(1), 10))
      const v = ENTITIES[ent]
      return v ?? fail(`unknown entity ${all}`)
    })
  const codePoint = (c: number): string => (c > 0 && c <= 0x10ffff ? String.fromCodePoint(c) : fail('bad character reference'))
  const readElement = (depth: number): XmlElement => {
    if (depth > 32) fail('nested too deeply')
    if (text[i] !== '<') fail('expected <')
    i++
    const qname = readName()
    for (;;) {
      while (i < n && /\s/.test(text[i]!)) i++
      if (text.startsWith('/>', i)) {
        i += 2
        return { name: local(qname), children: [], text: '' }
      }
      if (text[i] === '>') {
        i++
        break
      }
      readName()
      while (i < n && /\s/.test(text[i]!)) i++
      if (text[i] !== '=') fail('expected =')
      i++
      while (i < n && /\s/.test(text[i]!)) i++
      const q = text[i]
      if (q !== '"' && q !== "'") fail('expected a quoted attribute value')
      const end = text.indexOf(q!, i + 1)
      if (end < 0) fail('unclosed attribute value')
      if (text.slice(i + 1, end).includes('<')) fail('< in an attribute value')
      i = end + 1
    }
    const el: XmlElement = { name: local(qname), children: [], text: '' }
    for (;;) {
      if (i >= n) fail(`unclosed <${qname}>`)
      if (text.startsWith('</', i)) {
        i += 2
        const close = readName()
        if (close !== qname) fail(`</${close}> closes <${qname}>`)
        while (i < n && /\s/.test(text[i]!)) i++
        if (text[i] !== '>') fail('expected >')
        i++
        return el
      }
      if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i)
        if (end < 0) fail('unclosed CDATA')
        el.text += text.slice(i + 9, end)
        i = end + 3
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i)
        if (end < 0) fail('unclosed comment')
        i = end + 3
      } else if (text[i] === '<') {
        el.children.push(readElement(depth + 1))
      } else {
        const next = text.indexOf('<', i)
        const end = next < 0 ? n : next
        el.text += decode(text.slice(i, end))
        i = end
      }
    }
  }
  skipMisc()
  if (i >= n) fail('empty document')
  const root = readElement(0)
  skipMisc()
  if (i < n) fail('content after the root element')
  return root
}

function local(qname: string): string {
  const c = qname.indexOf(':')
  return c < 0 ? qname : qname.slice(c + 1)
}

/** The text of the first child named `name`, or undefined. */
export function childText(el: XmlElement, name: string): string | undefined {
  for (const c of el.children) if (c.name === name) return c.text
  return undefined
}

/** Escapes text for an XML element or attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;'))
}

/** `<Name>value</Name>` for each field, escaped, in order. */
export function xmlFields(fields: Readonly<Record<string, string | number>>): string {
  let out = ''
  for (const [k, v] of Object.entries(fields)) out += `<${k}>${escapeXml(String(v))}</${k}>`
  return out
}

/** A whole MNS XML document with the MNS namespace on its root element. */
export function xmlDocument(root: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://mns.aliyuncs.com/doc/v1/">${inner}</${root}>`
}
