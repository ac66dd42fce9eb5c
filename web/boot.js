// The one way a widget starts, for every entry point of the site table (scripts/site.mjs): the
// page, the iframe page, the single file, the page for an author's tree (web/page.js) and each
// custom element (web/embed.js). What differs between them is data: the row, the language, where
// the tree comes from, and how the wasm of the row's build arrives.
//
//   1. after the first paint, the wasm and the tree's text are asked for at once and arrive side
//      by side (they download, and the wasm compiles, off the main thread);
//   2. the built-in tree is read in a task of its own (`prepare`): in another language than the
//      first, a file that cannot be had or read gives way to the first language's, with one
//      warning;
//   3. `mount` replaces the first state in one task, so nothing moves.
//
// While it waits, the first state says so after a moment ("Loading…", announced), and a tap on
// one of its answers is held and applied once the widget is live.
//
// A widget that cannot start (no wasm, no glue, no tree) says so once: one console warning that
// names the file and how it failed, and the loader shows the failure panel (web/failure.js).
import { BUILT_IN, LANGUAGES } from "@idt/contract";
import { whenCrashed } from "./crash.js";
import { afterFirstPaint, nextTask } from "./tasks.js";

/**
 * Starts a widget in `root` and resolves to `{ module, id }` (`id` as `mount` returned it), or
 * to null when it could not start or `stale()` says it is no longer wanted.
 *
 * - `wasm()` resolves to the glue of the row's build, initialised;
 * - `tree.load()` resolves to `mount`'s settings for the tree (see `builtInTree` for the
 *   built-in one, whose `tree.instead(reason)` gives the first language's in its place);
 * - `settings` are attribute-style strings (`theme`, `answers`, `diagram`, `permalink`);
 * - `page` turns the permalink on by default (a page of its own; not an element or a frame);
 *   `share` is the URL shared links point to;
 * - `shown(text)` hears the built-in tree's text in the language the widget speaks, and
 *   `failed(reason)` why the widget could not start.
 */
export async function boot({ root, wasm, tree, settings, page = false, share, stale = () => false, shown = () => {}, failed = () => {} }) {
  const waiting = whileLoading(root);
  try {
    const started = await start({ root, wasm, tree, settings, page, share, stale, shown, failed });
    if (started) waiting.replay();
    return started;
  } finally {
    waiting.stop();
  }
}

/** How long the first state waits before it says it is loading: a wait shorter goes unnoticed. */
const LOADING_DELAY = 400;

/**
 * The first state in `root` while the widget loads: after LOADING_DELAY, or at once when the
 * reader taps an answer, its status line says the widget is loading (the sentence is in the
 * first state: `data-loading`); the last answer tapped is held. `replay()` taps it again in the
 * live widget when that stands at the same question; `stop()` forgets it.
 */
function whileLoading(root) {
  let held = null;
  const say = () => {
    const note = root.querySelector("[data-prerendered] .idt-loading");
    if (note && !note.textContent) note.textContent = note.dataset.loading ?? "";
  };
  const timer = setTimeout(say, LOADING_DELAY);
  const onClick = (event) => {
    const button = event.target.closest?.("[data-prerendered] .idt-choices [data-answer]");
    if (!button) return;
    for (const other of button.parentElement.children) other.removeAttribute("aria-pressed");
    button.setAttribute("aria-pressed", "true");
    held = { answer: button.dataset.answer, at: current(root, true) };
    say();
  };
  root.addEventListener("click", onClick);
  return {
    replay() {
      if (!held || current(root, false) !== held.at) return;
      const live = [...root.querySelectorAll(".idt:not([data-prerendered]) .idt-choices [data-answer]")];
      live.find((button) => button.dataset.answer === held.answer)?.click();
    },
    stop() {
      clearTimeout(timer);
      root.removeEventListener("click", onClick);
      held = null;
    },
  };
}

/** The question the first state (`prerendered`) or the live widget in `root` stands at. */
const current = (root, prerendered) =>
  root.querySelector(`.idt${prerendered ? "[data-prerendered]" : ":not([data-prerendered])"} .idt-card h2`)?.textContent ?? null;

async function start({ root, wasm, tree, settings, page, share, stale, shown, failed }) {
  // Nothing is asked for before the first paint: a request that starts earlier counts, for a
  // browser that simulates a slow network (Lighthouse), as something the first paint waited for.
  await afterFirstPaint();
  let module;
  let given;
  try {
    // The wasm and the tree are asked for at once: they download, and the wasm compiles, off
    // the main thread.
    [module, given] = await Promise.all([wasm(), tree.load()]);
    if (stale()) return null;
    // The tree is read in a task of its own, then the widget takes over in another.
    await nextTask();
    if (given[BUILT_IN] !== undefined && !module.prepare(given[BUILT_IN])) {
      given = await tree.instead("does not load: it is not a tree this widget can read");
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

/**
 * The built-in tree in `lang`, as `boot` takes a tree: `text(lang)` resolves to its JSON text,
 * which `where(lang)` names. In another language than the first, a file that cannot be had or
 * read gives way to the first language's, with one warning.
 */
export function builtInTree(lang, text, where = () => "the tree") {
  const instead = async (reason) => {
    if (lang === LANGUAGES[0]) throw new Error(reason.startsWith(where(lang)) ? reason : `${where(lang)} ${reason}`);
    console.warn(`integration-decision-tree: showing ${LANGUAGES[0]}, as ${lang} could not be loaded (${reason})`);
    return { [BUILT_IN]: await text(LANGUAGES[0]) };
  };
  const load = async () => ({ [BUILT_IN]: await text(lang) });
  return { load: () => load().catch((error) => instead(error.message)), instead };
}

/**
 * Initialises the glue `init` with the wasm at `url` (or its bytes); a failure names the file and,
 * when the server answered, its status (a compile error of a damaged file says nothing of either).
 */
export async function initWasm(init, url) {
  try {
    await init({ module_or_path: url });
  } catch (error) {
    throw await named(url, error);
  }
}

/** `error` as one that names `url`, and the status the server answers for it if not 200. */
async function named(url, error) {
  if (!(url instanceof URL)) return error;
  let status = "";
  try {
    const response = await fetch(url, { method: "HEAD", cache: "no-store" });
    if (!response.ok) status = `answered ${response.status} ${response.statusText}`.trim();
  } catch {}
  return new Error(`${url.href} ${status || `did not load: ${error?.message ?? error}`}`);
}

const imported = new Map();
const tries = new Map();

/**
 * The glue at `glue` (a URL), imported and initialised with the wasm at `wasm`, once per page:
 * every element of one build shares one instance. A failure is forgotten, so that a later
 * element may try again (the network may be back).
 */
export function importWasm(glue, wasm) {
  if (!imported.has(glue.href)) {
    // A module that failed to load stays failed under its URL: a new try asks for it afresh.
    const attempt = (tries.get(glue.href) ?? -1) + 1;
    tries.set(glue.href, attempt);
    const load = import(attempt ? `${glue.href}?try=${attempt}` : glue.href).then(
      async (module) => (await initWasm(module.default, wasm), module),
      async (error) => {
        throw await named(glue, error);
      },
    );
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
