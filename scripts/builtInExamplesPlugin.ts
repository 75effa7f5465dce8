import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Plugin } from 'vite'

const LIST = 'virtual:built-in-examples'
const ONE = 'virtual:built-in-example/'

/**
 * The app's templates, the files of `public/examples/` (CONTRACTS: also served as `/examples/NAME.yaml`), as modules.
 * `virtual:built-in-examples` exports `examples`, a loader for each file by name (read from the folder when the module
 * loads), and `seed`, the example a first visit opens: its text ships with the app, the others are a lazy chunk each.
 * `virtual:built-in-example/NAME` is one file's text. Importing the files from `/public` with `?raw` gives the same
 * bundle, but the dev server answers each such request with a warning to move the file into src/ ("Assets in public
 * directory cannot be imported from JavaScript"), which `npm start` printed on every first load and gallery opening.
 */
export function builtInExamplesPlugin({ seed, folder = 'public/examples' }: { seed: string; folder?: string }): Plugin {
  const dir = resolve(folder)
  const names = () => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort()
  return {
    name: 'fdl-built-in-examples',
    resolveId: (id) => (id === LIST || (id.startsWith(ONE) && names().includes(id.slice(ONE.length))) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${LIST}`) {
        const all = names()
        if (!all.includes(seed)) this.error(`the seed example ${seed}.yaml is not in ${folder}`)
        const entries = all.map((name) => `  ${JSON.stringify(name)}: ${name === seed ? '() => Promise.resolve(seedText)' : `() => import(${JSON.stringify(ONE + name)}).then((m) => m.default)`},`)
        return `import seedText from ${JSON.stringify(ONE + seed)}\nexport const seed = ${JSON.stringify(seed)}\nexport const examples = {\n${entries.join('\n')}\n}\n`
      }
      if (id.startsWith(`\0${ONE}`)) {
        const file = join(dir, `${id.slice(ONE.length + 1)}.yaml`)
        return `export default ${JSON.stringify(readFileSync(file, 'utf8'))}\n`
      }
      return undefined
    },
    // The dev server reloads what a change in the folder touches, as it would for a glob of the files: an edited file's
    // module, or the list when a file comes or goes. (addWatchFile would make the folder an import of the module.)
    configureServer(server) {
      const reload = (id: string) => {
        const module = server.moduleGraph.getModuleById(id)
        if (module) void server.reloadModule(module)
      }
      const inFolder = (file: string) => dirname(resolve(file)) === dir && file.endsWith('.yaml')
      server.watcher.add(dir)
      server.watcher.on('change', (file) => inFolder(file) && reload(`\0${ONE}${basename(file, '.yaml')}`))
      server.watcher.on('add', (file) => inFolder(file) && reload(`\0${LIST}`))
      server.watcher.on('unlink', (file) => inFolder(file) && reload(`\0${LIST}`))
    },
  }
}
