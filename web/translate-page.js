// A page's own wording (heading, introduction, footer, title) in the language the widget speaks,
// when that is not the one the page came in: the sentences come from the tree in that language
// (its JSON text, which the widget is given too), and are set as text, never as markup.

/**
 * Elements marked `data-text="<sentence name>"` (the page's `<title>` too) get the sentence as
 * text, `data-label` ones as their `aria-label`; the description, `<html lang>` and the language
 * links follow.
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
