// Runs before the page first paints: a classic, render-blocking script, kept tiny. The page
// comes with its first question prerendered; when it opens with a permalink (or with settings
// that change the first state in its query string), that is not what the reader will see, so
// the prerendered widget is hidden, keeping its space, until the live one replaces it (page.js
// then removes the class). The page's language is decided here, once (web/language.js); in
// another language than the page came in, the page's own sentences wait too.
import { LANGUAGES } from "@idt/contract";
import { pageLanguage } from "./language.js";
import { changesFirstState, hasAnswers } from "./settings.js";

const translating = pageLanguage() !== LANGUAGES[0];
if (translating || hasAnswers(location.hash) || changesFirstState(Object.fromEntries(new URLSearchParams(location.search)))) {
  document.documentElement.classList.add("idt-pending");
}
if (translating) document.documentElement.classList.add("idt-translating");
