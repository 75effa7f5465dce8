import { build, type Plugin as EsbuildPlugin } from 'esbuild'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'

/**
 * The canvas pane of a 1440 × 900 window with the panes at their default sizes, for React Flow's store when the
 * picture is rendered (nothing is measured there). The inline script fits the picture to the pane the visitor's
 * browser lays out, so this only has to be typical.
 */
const TYPICAL_PANE = { width: 476, height: 815 }

/**
 * d3's modules extend each other's prototypes when they load, so a bundler keeps them even when nothing of theirs is
 * called. The inline script calls one pure function of @xyflow/system (the fit), which imports d3 for its pan and
 * zoom: marked free of side effects here, they drop out and the script stays 4 KB instead of 48.
 */
const d3IsPure: EsbuildPlugin = {
  name: 'd3-is-pure',
  setup(b) {
    b.onResolve({ filter: /^d3-/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolved' })
      return { ...found, sideEffects: false }
    })
  },
}

/**
 * The prerendered start page (issue 14; src/ui/prerender/). At build time it renders the app's first frame on a
 * first visit (`render`, a module exporting `renderStart`, loaded through Vite's SSR loader so it sees the app's
 * modules as the app does) and puts it into index.html over the app's root, hidden, with the inline script (`script`,
 * bundled on its own) that shows it only for a visit that opens that frame (any other visit never paints it). A first visit then paints the canvas with
 * the example from the HTML, before the JavaScript arrives; the app drops the picture when it draws its own canvas.
 * Build only: the dev server serves the page without it.
 */
export function prerenderPlugin({ render, script }: { readonly render: string; readonly script: string }): Plugin {
  let config: ResolvedConfig
  return {
    name: 'fdl-prerender-start',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: config.configFile,
          root: config.root,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        })
        let picture: string
        try {
          const { renderStart } = (await server.ssrLoadModule(render)) as { renderStart(pane: typeof TYPICAL_PANE): Promise<string> }
          picture = await renderStart(TYPICAL_PANE)
        } finally {
          await server.close()
        }
        const bundled = await build({ entryPoints: [script], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, plugins: [d3IsPure], logLevel: 'silent' })
        const inline = bundled.outputFiles[0].text.trim().replaceAll('</script', '<\\/script')
        const root = '<div id="root"></div>'
        if (!html.includes(root)) throw new Error(`index.html has no ${root} to put the prerendered start page beside`)
        // A function, not a string: the picture's text holds `$` (the flow's `MessageBody: $`), which a replacement string reads as a pattern.
        return html.replace(root, () => `${root}\n    <div id="prerendered" hidden inert aria-hidden="true">${picture}</div>\n    <script>${inline}</script>`)
      },
    },
  }
}
