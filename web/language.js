// Which language the widget speaks, chosen once per page and once per element, in one order:
//
//   1. the element's `lang` attribute            (elements)
//   2. the page's `?lang=`                       (pages: index.html, embed.html, the single file)
//   3. the host page's `<html lang>`             (elements: a page of ours comes in the site's
//                                                  first language, which is no reader's choice)
//   4. the browser's languages (`navigator.languages`)
//   5. the site's first language (LANGUAGES[0])
//
// Each is matched against the languages the site has: exactly (`nl-be` for `nl-BE`), else by
// primary language (`nl` for `nl-BE`, `pt-BR` for `pt`). The choice is made here, before the
// wasm arrives, because it decides which tree file to fetch and whether the prerendered first
// state (in the first language) may be shown.
import { LANG, LANGUAGES } from "@idt/contract";

/** The first of `wanted` (language tags, best first; empty ones skipped) among `available`. */
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

/** The language for `attribute` (an element's `lang`), `query` (a page's `?lang=`) and `host`. */
export const chooseLanguage = ({ attribute = null, query = null, host = null } = {}) =>
  pickLanguage([attribute, query, host, ...navigator.languages]);

/**
 * This page's language, decided once: the first call (early.js, before the first paint)
 * decides and notes it on `<html data-idt-lang>`, later ones read it.
 */
export function pageLanguage() {
  const root = document.documentElement;
  root.dataset.idtLang ??= chooseLanguage({ query: new URLSearchParams(location.search).get(LANG) });
  return root.dataset.idtLang;
}

/** An element's language: its `lang` attribute, then its host page's, then the browser's. */
export const elementLanguage = (element) =>
  chooseLanguage({ attribute: element.getAttribute(LANG), host: document.documentElement.lang });

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
