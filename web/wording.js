// Another language: the tree in that language is a file of its own (`tree.<lang>-<hash>.json`,
// written by the build from data/tree.json and a checked translation, data/tree.nl.json), and
// this script, a file of its own too, fetches it; neither is loaded for the language the pages
// come in, so a reader pays only for the language shown. The widget gets the tree as JSON
// text and loads it like its own; the page's own sentences are set from it here, as text.
import { LANGUAGES } from "@idt/contract";
import FILES from "@idt/url/translations";

/**
 * The tree in `lang` as JSON text, or null when the file cannot be had (the widget then speaks
 * the language it came with, and says why in the console).
 */
export async function wordingFor(lang, files = FILES) {
  if (!files[lang]) return null;
  // The single file carries each language's text itself.
  if (typeof files[lang] === "string") return files[lang];
  try {
    const response = await fetch(files[lang]);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return await response.text();
  } catch (error) {
    console.warn(`integration-decision-tree: the ${lang} wording could not be loaded (${error.message}); showing ${LANGUAGES[0]}`);
    return null;
  }
}

/**
 * Puts a page's own wording (heading, introduction, footer, title) into the language of
 * `wording` (the tree's JSON text in that language): elements marked
 * `data-text="<sentence name>"` (the page's `<title>` too) get the sentence as text, never as
 * markup.
 */
export function translatePage(wording) {
  let words;
  try {
    words = JSON.parse(wording);
  } catch {
    return;
  }
  const sentence = (name) => (name === "title" ? words.title : words.strings?.[name]);
  for (const element of document.querySelectorAll("[data-text]")) {
    const text = sentence(element.dataset.text);
    if (typeof text === "string") element.textContent = text;
  }
  for (const element of document.querySelectorAll("[data-label]")) {
    const text = sentence(element.dataset.label);
    if (typeof text === "string") element.setAttribute("aria-label", text);
  }
  const description = sentence("page_description");
  if (typeof description === "string") document.querySelector('meta[name="description"]')?.setAttribute("content", description);
  document.documentElement.lang = words.lang;
  // The language links mark the language shown (the page came marking its own).
  for (const link of document.querySelectorAll("a[hreflang]")) {
    if (link.hreflang === words.lang) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}
