// What a widget that cannot load shows in its place (its wasm, its glue or its tree missing,
// refused or damaged): one sentence in the reader's language and a button that tries again,
// announced (`role="alert"`). Plain DOM, as no wasm is there to draw it; the sentences come with
// the loader in every language of the site (`@idt/sentences`, from the tree files).
import { LANGUAGES } from "@idt/contract";
import SENTENCES from "@idt/sentences";

/** Replaces what `root` shows with the failure panel in `lang`; its button calls `retry`. */
export function showFailure(root, lang, retry) {
  const words = SENTENCES[lang] ?? SENTENCES[LANGUAGES[0]];
  const panel = document.createElement("div");
  panel.className = "idt idt-failed";
  panel.setAttribute("role", "alert");
  panel.setAttribute("lang", lang in SENTENCES ? lang : LANGUAGES[0]);
  panel.setAttribute("data-load-failed", "");
  const text = document.createElement("p");
  text.textContent = words.load_failed;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "idt-button";
  button.textContent = words.retry;
  button.addEventListener("click", retry, { once: true });
  panel.append(text, button);
  root.replaceChildren(panel);
}
