// Which language the widget speaks. The pages come in the site's first language (LANGUAGES[0]:
// rendered ahead of time, with that language's tree inline); any other language is a file of
// its own, fetched with wording.js only by readers who need it.
//
// The choice is made here, before the wasm arrives, because it decides which file to fetch and
// whether the prerendered first state can be shown at all (web/early.js asks the same
// question). The order: the element's `lang` attribute, then the page's `?lang=`, then the host
// page's `<html lang>`, then the browser's languages, then the site's first language.
import { LANG, LANGUAGES } from "@idt/contract";

/**
 * The first of `wanted` (language tags, best first; empty ones skipped) among `available`:
 * an exact match (`nl-be` for `nl-BE`), else the same primary language (`nl` for `nl-BE`, `pt-BR`
 * for `pt`). The first available language when none matches.
 */
export function pickLanguage(wanted, available = LANGUAGES) {
  const primary = (tag) => tag.toLowerCase().split("-")[0];
  for (const tag of wanted) {
    const asked = String(tag ?? "").trim().toLowerCase();
    if (!asked) continue;
    const found =
      available.find((lang) => lang.toLowerCase() === asked) ??
      available.find((lang) => lang.toLowerCase() === primary(asked)) ??
      available.find((lang) => primary(lang) === primary(asked));
    if (found) return found;
  }
  return available[0];
}

/**
 * A page's language (index.html, embed.html, standalone.html): `?lang=`, then the browser's.
 * The page's own `<html lang>` is the site's first language, not a reader's choice.
 */
export const pageLanguage = () => pickLanguage([new URLSearchParams(location.search).get(LANG), ...navigator.languages]);

/** An element's language: its `lang` attribute, then its page's, then the browser's. */
export const elementLanguage = (element, available) =>
  pickLanguage([element.getAttribute(LANG), document.documentElement.lang, ...navigator.languages], available);

/**
 * Keeps the reader's place when they switch language: the page's language links (plain
 * `?lang=nl` links in the markup, `a[hreflang]`) are pointed at this page with its settings,
 * that language and the current answers (the hash) just before they are used: clicked,
 * focused, or opened from the context menu.
 */
export function languageLinks() {
  const update = (event) => {
    const link = event.target.closest?.("a[hreflang]");
    if (!link) return;
    const url = new URL(location.href);
    url.searchParams.set(LANG, link.hreflang);
    link.href = url.href;
  };
  for (const type of ["pointerdown", "focusin", "contextmenu", "click"]) addEventListener(type, update);
}
