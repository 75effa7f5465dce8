// Bundles the `fdl` command (src/cli) into one CommonJS file so `npx fdl` starts fast on plain Node 20,
// which cannot run TypeScript. Runs on `npm install` / `npm ci` (the `prepare` script) and, as a
// fallback, from bin/fdl.mjs when the bundle is missing or older than the sources.
import { build } from 'esbuild'
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
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

/** The bundle bin/fdl.mjs runs, and the folder of V8 code caches it keeps beside it (one per command and build). */
export const BUNDLE = 'fdl.cjs'
export const CODE_CACHE = 'code-cache'

export async function buildCli() {
  const outdir = `${root}node_modules/.cache/fdl-cli`
  // Gone until this build has written its bundle: a build cut short leaves no list, and the next run builds again.
  await rm(join(outdir, SOURCES), { force: true })
  const result = await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: join(outdir, BUNDLE),
    // CommonJS, one file: bin/fdl.mjs compiles it through node:vm with V8's code cache (Node 20 has no compile cache
    // for ES modules). `serve` and `kit` stay lazy inside it: their modules, and Node's http and crypto behind them,
    // initialise only when those commands run.
    format: 'cjs',
    // ASCII only, comments and all, so bin/fdl.mjs reads it as Latin-1 into a one-byte string: faster to read and to
    // hand to V8 than UTF-8 decoded into a two-byte one. Whitespace and comments go (stack traces are never printed).
    charset: 'ascii',
    minifyWhitespace: true,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // yaml's browser build, bundled in: one file loads faster than its ~80 CommonJS modules, and the Node build reads
    // process.env (slow in Node) for every token it parses.
    alias: { yaml: `${root}node_modules/yaml/browser/index.js` },
    logLevel: 'warning',
    plugins: [rawText],
    metafile: true,
    absWorkingDir: root,
  })
  const contents = result.outputFiles[0].contents
  // bin/fdl.mjs reads the bundle as Latin-1, so a byte over 127 would change a string; esbuild escapes them all.
  if (contents.some((byte) => byte > 127)) throw new Error(`${BUNDLE} is not ASCII; bin/fdl.mjs reads it as Latin-1`)
  // Written whole and renamed into place: an `fdl` starting while this build runs reads the old bundle or the new
  // one, never half of one.
  await mkdir(outdir, { recursive: true })
  const temporary = join(outdir, `${BUNDLE}.${process.pid}.tmp`)
  await writeFile(temporary, contents)
  await rename(temporary, join(outdir, BUNDLE))
  // Caches are named by the bundle's hash, so an old one is never used; this keeps them from piling up. An `fdl` saving
  // one meanwhile can make the folder not empty: then they wait for the next build.
  await rm(join(outdir, CODE_CACHE), { recursive: true, force: true, maxRetries: 3 }).catch(() => {})
  // Only our own files: a `yaml` update comes with `npm install`, which builds again (the `prepare` script). A source
  // file can only join the bundle through a file already in it, which changes to import it, so the list suffices.
  const sources = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, resolve(root, input.replace(/^[a-z-]+:/, ''))))
    .filter((path) => !path.startsWith('node_modules'))
  // And this script: a change to how the bundle is built is a reason to build it again.
  sources.push(relative(root, fileURLToPath(import.meta.url)))
  await writeFile(join(outdir, SOURCES), `${JSON.stringify(sources)}\n`)
  // The ES module bundle and chunks of earlier builds. They go once surely unused: an `fdl` of an older checkout
  // started just before this build may still be importing them.
  for (const name of await readdir(outdir)) {
    if (!name.startsWith('chunk-') && name !== 'fdl.mjs') continue
    const path = join(outdir, name)
    const old = await stat(path).then((s) => Date.now() - s.mtimeMs > 10 * 60_000, () => false)
    if (old) await rm(path, { force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
