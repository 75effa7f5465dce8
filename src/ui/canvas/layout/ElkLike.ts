import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api'

/** What layout needs of ELK: the worker-backed instance in the browser, the bundled one in tests. */
export interface ElkLike {
  layout(graph: ElkNode, args?: { layoutOptions?: LayoutOptions }): Promise<ElkNode>
}
