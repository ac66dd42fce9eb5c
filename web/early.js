// Runs before the page first paints: a classic, render-blocking script, kept tiny. The page
// comes with its first question prerendered; when it opens with a permalink (or with settings
// that change the first state in its query string), that is not what the reader will see, so
// the prerendered widget is hidden, keeping its space, until the live one replaces it (page.js
// then removes the class). The page's language is decided here, once (web/language.js); in
// another language than the page came in, the page's own sentences wait too. And a widget that
// cannot load says so in its place, with a way to try again (web/failure.js): when the page's own
// script cannot be had, or when it says the widget cannot start.
import { LANGUAGES, LOAD_FAILED_EVENT } from "@idt/contract";
import { showFailure } from "./failure.js";
import { pageLanguage } from "./language.js";
import { changesFirstState, hasAnswers } from "./settings.js";

const lang = pageLanguage();
const failed = () => {
  const root = document.getElementById("app");
  if (root) showFailure(root, lang, () => location.reload());
  document.documentElement.classList.remove("idt-pending", "idt-translating");
};
addEventListener(
  "error",
  ({ target }) => {
    if (!(target instanceof HTMLScriptElement)) return;
    failed();
    // Which file, and what its server answers (the error event says neither).
    const warn = (how) => console.warn(`integration-decision-tree: the widget could not load (${target.src} ${how})`);
    fetch(target.src, { method: "HEAD", cache: "no-store" }).then((r) => warn(`answered ${r.status} ${r.statusText}`.trim()), () => warn("could not be fetched"));
  },
  true,
);
addEventListener(LOAD_FAILED_EVENT, failed);

const translating = lang !== LANGUAGES[0];
if (translating || hasAnswers(location.hash) || changesFirstState(Object.fromEntries(new URLSearchParams(location.search)))) {
  document.documentElement.classList.add("idt-pending");
}
if (translating) document.documentElement.classList.add("idt-translating");
