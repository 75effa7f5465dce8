import { Document, type LineCounter, type YAMLMap } from 'yaml'
import { YAML_OPTIONS } from '../parseFdl.ts'

/**
 * Thrown inside the block reader the moment a text leaves the subset it reads (a tag, an anchor, a flow
 * collection, a multi-line scalar, anything doubtful); `readBlockDocument` catches it and the text goes to
 * the yaml library instead. Not an Error: it is control flow, and capturing a stack trace would cost time.
 */
export class OutsideBlockSubset {
  constructor(readonly why: string) {}
}

/**
 * The frame both fast readers (block YAML, JSON) share: `readRoot` reads the whole text into `document`'s root
 * map (null: nothing to read, let the yaml library say so), and leaving the subset gives null too, so the text goes
 * to the yaml library instead. The document spans the whole text, as the library's would.
 */
export function readFastDocument(
  text: string,
  lineCounter: LineCounter,
  readRoot: (document: Document) => YAMLMap | null,
): { document: Document.Parsed; lineCounter: LineCounter } | null {
  try {
    const document = new Document(undefined, YAML_OPTIONS)
    const root = readRoot(document)
    if (!root) return null
    document.contents = root
    document.range = [root.range![0], root.range![2], text.length]
    return { document: document as Document.Parsed, lineCounter }
  } catch (error) {
    if (error instanceof OutsideBlockSubset) return null
    throw error
  }
}
