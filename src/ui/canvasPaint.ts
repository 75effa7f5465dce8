let markPainted: () => void = () => undefined
const painted = new Promise<void>((resolve) => {
  markPainted = resolve
})

/**
 * Whether the canvas has painted the first loaded document. Heavy lazy work (the Monaco chunk) waits for it, so it
 * never competes with the first diagram for the main thread.
 */
export const canvasPaint = {
  done: painted,
  mark: () => markPainted(),
}
