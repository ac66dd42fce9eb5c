// esbuild, the one bundler of the build: scripts with their imports (the glue, the shared
// loader code, values the build decides) and stylesheets with their @imports.
import { resolve } from "node:path";
import { build, buildSync } from "esbuild";

/**
 * Resolves the build's own module names: `@idt/glue` is wasm-bindgen's glue as Trunk wrote it,
 * `@idt/files` the names this build gave the wasm and the stylesheets, `@idt/precache` the
 * service worker's file list. Each is given as `{ path }` (a file) or `{ contents }`.
 */
function modules(table) {
  return {
    name: "idt-modules",
    setup(build) {
      build.onResolve({ filter: /^@idt\// }, ({ path }) => {
        const module = table[path];
        if (!module) throw new Error(`no build module ${path}`);
        return module.path ? { path: resolve(module.path) } : { path, namespace: "idt" };
      });
      build.onLoad({ filter: /.*/, namespace: "idt" }, ({ path }) => ({ contents: table[path].contents, loader: "js" }));
    },
  };
}

/**
 * Bundles the script `entry` (a file in web/) and resolves to its minified code. `constants`
 * become the script's global constants (`{ ENTRY: { id: "page" } }` makes `ENTRY.id` the
 * string "page"), so that branches they rule out are left out.
 */
export async function bundleScript(entry, table, { format = "esm", constants = {} } = {}) {
  const define = {};
  for (const [name, fields] of Object.entries(constants)) {
    for (const [field, value] of Object.entries(fields)) define[`${name}.${field}`] = JSON.stringify(value);
  }
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    minify: true,
    target: "es2022",
    write: false,
    define,
    plugins: [modules(table)],
  });
  return result.outputFiles[0].text;
}

/** Bundles the stylesheets `files` (each with its @imports), in order, into one minified sheet. */
export function bundleStyles(files) {
  const result = buildSync({
    stdin: { contents: files.map((file) => `@import ${JSON.stringify(`./${file}`)};`).join("\n"), resolveDir: "styles", loader: "css" },
    bundle: true,
    minify: true,
    write: false,
  });
  return result.outputFiles[0].text;
}
