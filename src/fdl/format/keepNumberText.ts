import { Scalar, visit, type Document, type ScalarTag } from 'yaml'

/** A number as it was written (`3600.0`, `0x1F`, `12345678901234567890`), standing in for its value when printing. */
class NumberText {
  constructor(readonly text: string) {}
}

/**
 * Prints a {@link NumberText} as its text. A default tag is never written out, and one without a `test` never
 * decides how plain text is read, so it changes nothing else.
 */
const NUMBER_TEXT: ScalarTag = {
  tag: 'tag:fdl-studio:number-text',
  default: true,
  identify: (value) => value instanceof NumberText,
  resolve: (text) => text,
  stringify: (item) => (item as Scalar<NumberText>).value.text,
}

/**
 * Makes a parsed document print every plain number exactly as it was written. The yaml library prints a number
 * from its JavaScript value, which loses digits past 2^53 (`12345678901234567890` → `…7000`), a 401-digit number
 * (→ `.inf`) and the writer's notation (`1e3` → `1e+3`, `.5` → `0.5`, `0x1F` → `0x1f`); formatting must change
 * layout only. Only for printing: the document's number values are replaced.
 */
export function keepNumberText(document: Document): void {
  document.schema = document.schema.clone()
  document.schema.tags.unshift(NUMBER_TEXT)
  visit(document, {
    Scalar(_, node) {
      const numeric = typeof node.value === 'number' || typeof node.value === 'bigint'
      if (numeric && node.tag === undefined && node.type === Scalar.PLAIN && typeof node.source === 'string') node.value = new NumberText(node.source)
    },
  })
}

