// The one way a widget starts, for every entry point of the site table (scripts/site.mjs): the
// page, the iframe page, the single file, the page for an author's tree (web/page.js) and each
// custom element (web/embed.js). What differs between them is data: the row, the language, where
// the tree comes from, and how the wasm of the row's build arrives.
//
//   1. after the first paint, the wasm and the tree's text arrive side by side;
//   2. the built-in tree is read in a task of its own (`prepare`): in another language than the
//      first, a file that cannot be had or read gives way to the first language's, with one
//      warning;
//   3. `mount` replaces the first state in one task, so nothing moves.
//
// A widget that cannot start (no wasm, no tree) says so once, in one warning.
import { BUILT_IN, LANGUAGES } from "@idt/contract";
import { whenCrashed } from "./crash.js";
import { afterFirstPaint, nextTask } from "./tasks.js";

/**
 * Starts a widget in `root`, in `lang`, and resolves to `{ module, id }` (`id` as `mount`
 * returned it), or to null when it could not start or `stale()` says it is no longer wanted.
 *
 * - `wasm()` resolves to the glue of the row's build, initialised;
 * - `tree` is `{ builtIn(lang) }`, resolving to the built-in tree's JSON text in a language, or
 *   `{ own() }`, resolving to `mount`'s settings for an author's tree;
 * - `settings` are attribute-style strings (`theme`, `answers`, `diagram`, `permalink`);
 * - `page` turns the permalink on by default; `share` is the URL shared links point to;
 * - `shown(text)` hears the built-in tree's text in the language the widget speaks, and
 *   `failed(reason)` why the widget could not start.
 */
export async function boot({ root, lang, wasm, tree, settings, page, share, stale = () => false, shown = () => {}, failed = () => {} }) {
  await afterFirstPaint();
  let module;
  let given;
  try {
    [module, given] = await Promise.all([wasm(), tree.own ? tree.own() : builtIn(tree, lang)]);
    if (stale()) return null;
    // The tree is read in a task of its own, then the widget takes over in another.
    await nextTask();
    if (given[BUILT_IN] !== undefined && !module.prepare(given[BUILT_IN])) {
      if (lang === LANGUAGES[0]) throw new Error("the tree file does not load");
      fellBack(lang, "its tree file does not load");
      given = { [BUILT_IN]: await tree.builtIn(LANGUAGES[0]) };
      module.prepare(given[BUILT_IN]);
    }
    await nextTask();
  } catch (error) {
    const reason = error?.message ?? String(error);
    console.warn(`integration-decision-tree: the widget could not load (${reason})`);
    failed(reason);
    return null;
  }
  if (stale()) return null;
  whenCrashed(root);
  const id = module.mount(root, { ...settings, ...given }, page, share);
  if (given[BUILT_IN] !== undefined) shown(given[BUILT_IN]);
  return { module, id };
}

/** `mount`'s setting with the built-in tree in `lang`, or in the first language if need be. */
async function builtIn(tree, lang) {
  try {
    return { [BUILT_IN]: await tree.builtIn(lang) };
  } catch (error) {
    if (lang === LANGUAGES[0]) throw error;
    fellBack(lang, error.message);
    return { [BUILT_IN]: await tree.builtIn(LANGUAGES[0]) };
  }
}

/** The one warning for a language whose tree cannot be shown. */
const fellBack = (lang, reason) => console.warn(`integration-decision-tree: showing ${LANGUAGES[0]}, as ${lang} could not be loaded (${reason})`);

const imported = new Map();

/**
 * The glue at `glue` (a URL), imported and initialised with the wasm at `wasm`, once per page:
 * every element of one build shares one instance. A failure is forgotten, so that a later
 * element may try again (the network may be back).
 */
export function importWasm(glue, wasm) {
  if (!imported.has(glue.href)) {
    const load = import(glue.href).then(async (module) => (await module.default({ module_or_path: wasm }), module));
    imported.set(
      glue.href,
      load.catch((error) => {
        imported.delete(glue.href);
        throw error;
      }),
    );
  }
  return imported.get(glue.href);
}
