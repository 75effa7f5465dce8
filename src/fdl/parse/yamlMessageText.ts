import { formatMessage, msg, type Message } from '../../i18n/Message.ts'

/**
 * The yaml library's error and warning messages (version 2.9) as templates: `{name}` stands for the part the
 * library fills in. Their English is the library's own text, so a diagnostic's `message` stays word for word
 * what it was, while the app can say it in another language. Where one template is a more general form of
 * another (`Unexpected {token} in {where}`), the specific one comes first: the first that rebuilds the
 * library's text exactly is used.
 */
const TEMPLATES: readonly Message[] = [
  // Keys and mappings
  msg('Map keys must be unique'),
  msg('Implicit keys need to be on a single line'),
  msg('Implicit map keys need to be followed by map values'),
  msg('Implicit keys of flow sequence pairs need to be on a single line'),
  msg('A block sequence may not be used as an implicit map key'),
  msg('Nested mappings are not allowed in compact mappings'),
  msg('The : indicator must be at most 1024 chars after the start of an implicit block mapping key'),
  msg('The : indicator must be at most 1024 chars after the start of an implicit flow sequence key'),
  msg('Map comment with trailing content'),
  msg('With stringKeys, all keys must be strings'),
  // Indentation
  msg('All mapping items must start at the same column'),
  msg('All sequence items must start at the same column'),
  msg('Sequence item without - indicator'),
  msg('Tabs are not allowed as indentation'),
  msg('Flow end indicator should be more indented than parent'),
  msg('Flow map must end with a }'),
  msg('Flow sequence must end with a ]'),
  msg('Flow map in block collection must be sufficiently indented and end with a }'),
  msg('Flow sequence in block collection must be sufficiently indented and end with a ]'),
  msg('Block collections are not allowed within flow collections'),
  msg('Missing newline after block sequence props'),
  // Block scalars (| and >)
  msg('Block scalars with more-indented leading empty lines must use an explicit indentation indicator'),
  msg('Block scalar values in collections must be indented'),
  msg('Block scalar lines must not be less indented than their explicit indentation indicator'),
  msg('Block scalar lines must not be less indented than their first line'),
  msg('Block scalar header not found'),
  msg('Block scalar header includes extra characters: {source}'),
  msg('Unexpected token in block scalar header: {token}'),
  // Quoted and plain scalars
  msg('Missing closing {quote}quote'),
  msg('Invalid escape sequence {sequence}'),
  msg('Plain value cannot start with a tab character'),
  msg('Plain value cannot start with flow indicator character ,'),
  msg('Plain value cannot start with directive indicator character %'),
  msg('Plain value cannot start with block scalar indicator {char}'),
  msg('Plain value cannot start with reserved character {char}'),
  msg('Expected a flow scalar value, but found: {token}'),
  msg('Comments must be separated from other tokens by white space characters'),
  // Flow collections ([ ] and { })
  msg('Unexpected empty item in {where}'),
  msg('Missing , between {where} items'),
  msg('Missing , or : between {where} items'),
  msg('Missing space after : in {where}'),
  // Anchors, aliases and tags
  msg('Tags and anchors must be separated from the next token by white space'),
  msg('A node can have at most one anchor'),
  msg('A node can have at most one tag'),
  msg('Anchors and tags must be after the {indicator} indicator'),
  msg('Anchor ending in : is ambiguous'),
  msg('Alias ending in : is ambiguous'),
  msg('Anchor cannot be an empty string'),
  msg('Alias cannot be an empty string'),
  msg('An alias node must not specify any properties'),
  msg('Anchor must not contain whitespace or control characters: {anchor}'),
  msg('Excessive alias count indicates a resource exhaustion attack'),
  msg('Unresolved tag: {tag}'),
  msg('Could not resolve tag: {tag}'),
  msg('The {tag} tag has no suffix'),
  msg('Not a valid tag: {tag}'),
  msg('Verbatim tags aren\'t resolved, so {tag} is invalid.'),
  msg('Verbatim tags must end with a >'),
  msg('{tag} used for {expected} collection, but expects {actual}'),
  msg('Expected a sequence for this tag'),
  msg('Expected a mapping for this tag'),
  msg('Value may be parsed as either {first} or {second}'),
  // Documents and directives
  msg('Source contains multiple documents; please use YAML.parseAllDocuments()'),
  msg('Missing directives-end/doc-start indicator line'),
  msg('Missing directives-end indicator line'),
  msg('Block collection cannot start on same line with directives-end marker'),
  msg('Unexpected doc-end without preceding document'),
  msg('Unknown directive {name}'),
  msg('Unsupported YAML version {version}'),
  msg('%YAML directive should contain exactly one part'),
  msg('%TAG directive should contain exactly two parts'),
  // Tokens the parser did not expect (after the specific forms above)
  msg('Unexpected {token} token in YAML stream: {source}'),
  msg('Unexpected {token} token in YAML stream'),
  msg('Unexpected {token} token in YAML document: {source}'),
  msg('Unexpected {token} token in YAML document'),
  msg('Unexpected block-seq-ind on same line with key: {source}'),
  msg('Unexpected block-seq-ind on same line with key'),
  msg('Not a YAML token: {source}'),
  msg('Unsupported token (type: {token})'),
  msg('Unexpected {token} at node end'),
  msg('Unexpected {token} token'),
  msg('Unexpected {token} in {where}'),
]

/** The library's names of the collection a `{where}` is in, said in the message's language. */
const PLACES: Readonly<Record<string, Message>> = {
  'flow map': msg('flow map'),
  'flow sequence': msg('flow sequence'),
  collection: msg('collection'),
}

interface Matcher {
  readonly text: string
  readonly pattern: RegExp
  readonly names: readonly string[]
}

let matchers: readonly Matcher[] | null = null

/** Compiled once, on the first message: most texts have no YAML error at all. */
function compiled(): readonly Matcher[] {
  matchers ??= TEMPLATES.map(({ text }) => {
    const names: string[] = []
    const source = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1]
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(name)
        return '([^]*?)'
      })
      .join('')
    return { text, pattern: new RegExp(`^${source}$`), names }
  })
  return matchers
}

/**
 * One of the yaml library's messages as a Message that renders to exactly that text in English, or the text
 * itself when it is not one the templates know (another library version): callers then show it as a quoted detail.
 */
export function yamlMessageText(message: string): Message | string {
  for (const { text, pattern, names } of compiled()) {
    const m = pattern.exec(message)
    if (m === null) continue
    const params: Record<string, string | Message> = {}
    names.forEach((name, i) => {
      const value = m[i + 1] ?? ''
      params[name] = name === 'where' && Object.hasOwn(PLACES, value) ? PLACES[value] : value
    })
    const found: Message = { text, params }
    if (formatMessage(found) === message) return found
  }
  return message
}
