/**
 * Thrown inside the block reader the moment a text leaves the subset it reads (a tag, an anchor, a flow
 * collection, a multi-line scalar, anything doubtful); `readBlockDocument` catches it and the text goes to
 * the yaml library instead. Not an Error: it is control flow, and capturing a stack trace would cost time.
 */
export class OutsideBlockSubset {
  constructor(readonly why: string) {}
}
