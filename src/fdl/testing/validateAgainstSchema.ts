type Schema = Readonly<Record<string, unknown>>

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
const matchesType = (v: unknown, t: string) => (t === 'integer' ? Number.isInteger(v) : t === 'number' ? typeof v === 'number' : typeOf(v) === t)
const isObject = (v: unknown): v is Record<string, unknown> => typeOf(v) === 'object'

/**
 * A small draft-07 checker for tests, covering exactly the keywords `FDL_SCHEMA` uses ($ref to definitions,
 * type, enum, const, required, properties, additionalProperties, items, min/max items and length, minimum,
 * maximum, exclusiveMinimum, pattern, allOf, anyOf, oneOf, if/then). Returns one line per violation; an
 * unknown keyword fails loudly so the schema cannot silently outgrow the checker.
 */
export function validateAgainstSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = []
  check(root, root, value, '$', errors)
  return errors
}

const ANNOTATIONS = ['$schema', '$id', 'title', 'description', 'default', 'examples', 'definitions', 'then']

function check(root: Schema, schema: Schema, v: unknown, at: string, out: string[]): void {
  const fail = (why: string) => out.push(`${at}: ${why}`)
  for (const [keyword, arg] of Object.entries(schema)) {
    const a = arg as never
    switch (keyword) {
      case '$ref': check(root, resolve(root, a), v, at, out); break
      case 'type': if (!([] as string[]).concat(a).some((t) => matchesType(v, t))) fail(`expected ${a}`); break
      case 'enum': if (!(a as unknown[]).includes(v)) fail(`not one of ${JSON.stringify(a)}`); break
      case 'const': if (v !== a) fail(`expected ${JSON.stringify(a)}`); break
      case 'required': if (isObject(v)) for (const k of a as string[]) if (!Object.hasOwn(v, k)) fail(`missing ${k}`); break
      case 'properties': if (isObject(v)) for (const [k, s] of Object.entries(a as Schema)) if (Object.hasOwn(v, k)) check(root, s as Schema, v[k], `${at}.${k}`, out); break
      case 'additionalProperties': if (isObject(v) && a === false) for (const k of Object.keys(v)) if (!Object.hasOwn((schema['properties'] ?? {}) as object, k)) fail(`unexpected key ${k}`); break
      case 'items': if (Array.isArray(v)) v.forEach((item, i) => check(root, a, item, `${at}[${i}]`, out)); break
      case 'minItems': if (Array.isArray(v) && v.length < a) fail(`fewer than ${a} items`); break
      case 'maxItems': if (Array.isArray(v) && v.length > a) fail(`more than ${a} items`); break
      case 'minLength': if (typeof v === 'string' && v.length < a) fail(`shorter than ${a}`); break
      case 'maxLength': if (typeof v === 'string' && v.length > a) fail(`longer than ${a}`); break
      case 'minimum': if (typeof v === 'number' && v < a) fail(`below ${a}`); break
      case 'maximum': if (typeof v === 'number' && v > a) fail(`above ${a}`); break
      case 'exclusiveMinimum': if (typeof v === 'number' && v <= a) fail(`not above ${a}`); break
      case 'pattern': if (typeof v === 'string' && !new RegExp(a).test(v)) fail(`does not match ${a}`); break
      case 'allOf': for (const s of a as Schema[]) check(root, s, v, at, out); break
      case 'anyOf': if (!(a as Schema[]).some((s) => passes(root, s, v))) fail('matches none of anyOf'); break
      case 'oneOf': if ((a as Schema[]).filter((s) => passes(root, s, v)).length !== 1) fail('does not match exactly one of oneOf'); break
      case 'if': if (passes(root, a, v) && schema['then']) check(root, schema['then'] as Schema, v, at, out); break
      default: if (!ANNOTATIONS.includes(keyword)) throw new Error(`validateAgainstSchema: unsupported keyword ${keyword}`)
    }
  }
}

function passes(root: Schema, schema: Schema, v: unknown): boolean {
  const out: string[] = []
  check(root, schema, v, '$', out)
  return out.length === 0
}

function resolve(root: Schema, ref: string): Schema {
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1]
  const found = name === undefined ? undefined : (root['definitions'] as Record<string, Schema> | undefined)?.[name]
  if (found === undefined) throw new Error(`validateAgainstSchema: cannot resolve ${ref}`)
  return found
}
