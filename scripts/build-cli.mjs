// Bundles the `fdl` command (src/cli) into one ESM file so `npx fdl` starts fast on plain Node 20,
// which cannot run TypeScript. Runs on `npm install` / `npm ci` (the `prepare` script) and, as a
// fallback, from bin/fdl.mjs when the bundle is missing or older than the sources.
import { build } from 'esbuild'
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

// `import text from './file.txt?raw'` as Vite reads it: src/kit keeps the generated workers' code in such files.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }))
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }))
  },
}

/** The sources a bundle was built from (bin/fdl.mjs rebuilds when one is newer than the bundle or gone). */
export const SOURCES = 'sources.json'

export async function buildCli() {
  const outdir = `${root}node_modules/.cache/fdl-cli`
  // Gone until this build has written its bundle: a build cut short leaves no list, and the next run builds again.
  await rm(join(outdir, SOURCES), { force: true })
  const result = await build({
    // fdl.mjs, plus chunks for what loads on demand (`fdl serve`, `fdl kit`): the rest of the commands start
    // without parsing them.
    entryPoints: { fdl: `${root}src/cli/main.ts` },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // yaml's browser build, bundled in: one ESM file loads faster than its ~80 CommonJS modules, and the Node
    // build reads process.env (slow in Node) for every token it parses.
    alias: { yaml: `${root}node_modules/yaml/browser/index.js` },
    logLevel: 'warning',
    plugins: [rawText],
    metafile: true,
    absWorkingDir: root,
  })
  // Only our own files: a `yaml` update comes with `npm install`, which builds again (the `prepare` script). A source
  // file can only join the bundle through a file already in it, which changes to import it, so the list suffices.
  const sources = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, resolve(root, input.replace(/^[a-z-]+:/, ''))))
    .filter((path) => !path.startsWith('node_modules'))
  await writeFile(join(outdir, SOURCES), `${JSON.stringify(sources)}\n`)
  // Chunks are content-hashed, so each rebuild after a source change adds new ones. Old ones go once they are
  // surely unused: another `fdl` started just before this build may still be importing them.
  const current = new Set(Object.keys(result.metafile.outputs).map((p) => basename(p)))
  for (const name of await readdir(outdir)) {
    if (current.has(name) || !name.startsWith('chunk-')) continue
    const path = join(outdir, name)
    // Another build may be clearing the same chunk at this moment: a chunk already gone is fine.
    const old = await stat(path).then((s) => Date.now() - s.mtimeMs > 10 * 60_000, () => false)
    if (old) await rm(path, { force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
