/** A box's place: position relative to its parent box (React Flow's `parentId` convention) and its size. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Boxes by diagram node id, for one diagram signature. */
export interface Layout {
  readonly signature: string
  readonly boxes: ReadonlyMap<string, Box>
  /** Columns the top level is set in: 1, or more in a wrapped picture (image export). */
  readonly columns: number
}
