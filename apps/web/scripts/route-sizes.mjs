#!/usr/bin/env node
// Prints the JavaScript a browser loads for each page route of the built app (`vite build` first): the client
// entry plus the route's layout and page nodes with their static imports, raw and gzipped, and the chunks that
// load only on demand (the transcript parser's worker, dynamic imports). Reads SvelteKit's server manifest,
// which lists exactly the files each node preloads, so the figures are what a first visit downloads.
//   node scripts/route-sizes.mjs [--json]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const output = join(web, ".svelte-kit", "output");
const manifestFile = join(output, "server", "manifest.js");
if (!existsSync(manifestFile)) {
  console.error("No build found: run `pnpm --filter @baton/web build` first.");
  process.exit(1);
}
const { manifest } = await import(pathToFileURL(manifestFile).href);
const clientDir = join(output, "client");

const sizes = new Map();
function sizeOf(file) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(clientDir, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}
const total = (files) =>
  [...files].reduce((sum, f) => ({ raw: sum.raw + sizeOf(f).raw, gzip: sum.gzip + sizeOf(f).gzip }), {
    raw: 0,
    gzip: 0,
  });

const nodeImports = async (index) => (await manifest._.nodes[index]()).imports ?? [];
const entry = manifest._.client.imports;
const loadedByRoutes = new Set(entry);
const rows = [];
for (const route of manifest._.routes) {
  if (!route.page) continue;
  const files = new Set(entry);
  for (const index of [...route.page.layouts, route.page.leaf]) {
    if (index === undefined) continue;
    for (const file of await nodeImports(index)) files.add(file);
  }
  for (const file of files) loadedByRoutes.add(file);
  rows.push({ route: route.id, files: files.size, ...total(files) });
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith(".js") ? [relative(clientDir, path)] : [];
  });
}
const onDemand = jsFiles(join(clientDir, "_app")).filter((f) => !loadedByRoutes.has(f));
const lazy = { files: onDemand.length, ...total(onDemand) };

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ routes: rows, onDemand: lazy }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log("JavaScript per route (first visit: entry + layouts + page, with static imports)\n");
  console.log(`${"route".padEnd(28)} files       raw      gzip`);
  for (const r of rows.sort((a, b) => a.route.localeCompare(b.route))) {
    console.log(`${r.route.padEnd(28)} ${String(r.files).padStart(5)} ${kb(r.raw)} ${kb(r.gzip)}`);
  }
  console.log(
    `${"(on demand, any route)".padEnd(28)} ${String(lazy.files).padStart(5)} ${kb(lazy.raw)} ${kb(lazy.gzip)}`,
  );
}
