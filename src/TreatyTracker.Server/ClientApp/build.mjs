// Builds the browser pages into ../wwwroot: GraphiQL (/graphql in a browser) and the dashboard (/).
// Run by the .NET build (see TreatyTracker.Server.csproj) when the output is missing or stale.
import * as esbuild from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const out = here('../wwwroot/');

await rm(out, { recursive: true, force: true });
await mkdir(here('../wwwroot/data/'), { recursive: true });
await esbuild.build({
  entryPoints: { ide: here('src/ide.jsx'), dashboard: here('src/dashboard.js') },
  outdir: here('../wwwroot/assets/'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await cp(here('public/'), out, { recursive: true });
await cp(here('node_modules/world-atlas/countries-110m.json'), here('../wwwroot/data/countries-110m.json'));
await writeFile(here('../wwwroot/.build-stamp'), new Date().toISOString() + '\n');
console.log('client pages built into wwwroot/');
