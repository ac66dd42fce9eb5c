// What a built site says about itself: dist/site.json, written by the build from the site table
// (scripts/site.mjs). The size gate, the figures, the benchmark, the screenshots and the tests
// read it here instead of looking at file names.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The description of the site in `dir`: its languages, its files by what they are, its entry points. */
export function site(dir = "dist") {
  const file = join(dir, "site.json");
  if (!existsSync(file)) throw new Error(`${dir}/ has no site.json; run \`make dist\``);
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The language the site's pages come in. */
export const firstLanguage = (dir = "dist") => site(dir).languages[0];

/** The row of the site table for entry point `id` in `lang` (the first language by default). */
export function entry(dir, id, lang = firstLanguage(dir)) {
  const row = site(dir).entries.find((e) => e.id === id && e.lang === lang);
  if (!row) throw new Error(`${dir}/site.json has no entry ${id} in ${lang}`);
  return row;
}

/** The hashed files of the site in `dir` that scripts and tests use directly. */
export function siteFiles(dir = "dist") {
  const { files, languages } = site(dir);
  return {
    glue: files.glue.widget,
    wasm: files.wasm.widget,
    // The build for authors' trees given at run time (see the `authoring` feature).
    authoringGlue: files.glue.authoring,
    authoringWasm: files.wasm.authoring,
    // The tree the widget is given in the pages' language (the wasm carries none).
    tree: files.trees[languages[0]],
  };
}
