// The one way the widget starts on a page of its own: the page (boot.js), the iframe page
// (frame.js) and the single file (standalone.js) all call `start`. The custom element
// (embed.js) shares one wasm instance between elements and mounts each itself.
import { BUILT_IN } from "@idt/contract";
import init, { mount, prepare } from "@idt/glue";
import { whenCrashed } from "./crash.js";
import { afterFirstPaint, nextTask } from "./tasks.js";

/**
 * Loads the wasm from `wasm` (its URL, or its bytes) and mounts the widget in `root`, replacing
 * the first state the page came with (rendered ahead of time by the same components) in one
 * task, so nothing moves.
 * `settings` are attribute-style strings (`theme`, `answers`, `diagram`, `permalink`); `page`
 * turns the permalink on by default; `share` is the URL that shared links and the decision
 * record point to. `tree` is the tree the page came with (JSON text: the wasm carries none);
 * `other` resolves to the tree in another language than the page came in (`{ text,
 * translatePage }`, see other-language.js), or null. If the widget ever panics, `root` shows
 * the crash screen instead.
 */
export async function start({ wasm, root, settings, page, share, tree, other = null }) {
  try {
    // The first paint comes first; then the wasm compiles while it downloads (streaming), off
    // the main thread.
    await afterFirstPaint();
    await init({ module_or_path: wasm });
    let words = await other;
    await nextTask();
    // The tree is read in a task of its own. Another language's file that does not load (a
    // proxy's page in its place, say) gives way to the tree the page came with.
    if (words && !prepare(words.text)) {
      console.warn("integration-decision-tree: the tree in this language does not load; showing the page's own");
      words = null;
    }
    const text = words?.text ?? tree;
    if (!words) prepare(text);
    await nextTask();
    whenCrashed(root);
    const id = mount(root, { ...settings, [BUILT_IN]: text }, page, share);
    words?.translatePage(words.text);
    return id;
  } finally {
    // The live widget has replaced the prerendered one (or failed to): show what there is.
    document.documentElement.classList.remove("idt-pending", "idt-translating");
  }
}
