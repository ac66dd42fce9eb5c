// The names the build gives the files of a site (scripts/build.mjs): content-hashed names are
// found here, in one place, by the tests, the benchmark and the screenshot script.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The language the site's pages come in: index.html's `<html lang>`. */
export const firstLanguage = (dir = "dist") => /<html lang="([^"]+)"/.exec(readFileSync(join(dir, "index.html"), "utf8"))?.[1];

/** The hashed files of the site in `dir`: glue, wasm and stylesheets. Throws if one is missing. */
export function siteFiles(dir = "dist") {
  const files = readdirSync(dir);
  const find = (stem, ext) => {
    const name = files.find((f) => f.startsWith(`${stem}-`) && f.endsWith(`.${ext}`) && /^[a-z.-]+-[0-9a-f]{16}\.[a-z]+$/.test(f) && f.slice(stem.length + 1, -ext.length - 1).length === 16);
    if (!name) throw new Error(`${dir}/ has no ${stem}-<hash>.${ext}; run \`make dist\``);
    return name;
  };
  return {
    glue: find("glue", "js"),
    wasm: find("widget", "wasm"),
    // The build for authors' trees given at run time (see the `authoring` feature).
    authoringGlue: find("authoring-glue", "js"),
    authoringWasm: find("authoring", "wasm"),
    widgetCss: find("widget", "css"),
    pageCss: find("page", "css"),
    // The tree the widget is given in the pages' language (the wasm carries none).
    tree: find(`tree.${firstLanguage(dir)}`, "json"),
  };
}
