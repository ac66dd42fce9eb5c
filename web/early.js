// Runs before the page first paints: a classic, render-blocking script, kept tiny. The page
// comes with its first question prerendered; when it opens with a permalink (or with settings
// in its query string), that is not what the reader will see, so the prerendered widget is
// hidden, keeping its space, until the live one replaces it (start.js then removes the class).
// A WordPress embed's "#?secret=…" is not a permalink.
// In another language than the page came in, the page's own sentences wait too.
import { LANGUAGES } from "@idt/contract";
import { pageLanguage } from "./language.js";

// The page's language is decided here, once: the page's own script reads it (boot.js, frame.js).
const lang = pageLanguage();
document.documentElement.dataset.idtLang = lang;
const translating = lang !== LANGUAGES[0];
if (translating || /^#[a-z0-9-]+=/i.test(location.hash) || /[?&](theme|answers|diagram)=/.test(location.search)) {
  document.documentElement.classList.add("idt-pending");
}
if (translating) document.documentElement.classList.add("idt-translating");
