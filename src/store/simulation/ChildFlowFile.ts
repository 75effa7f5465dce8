/** A child flow's definition loaded into the simulation view: the file it came from and its text. */
export interface ChildFlowFile {
  readonly fileName: string
  readonly text: string
}
