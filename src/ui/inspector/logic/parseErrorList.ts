/** Reads an `errors` field typed as a comma (or space) separated list, e.g. `FnF.ALL, FnF.TaskTimeout`. */
export function parseErrorList(text: string): readonly string[] {
  return text.split(/[\s,]+/).filter((name) => name !== '')
}
