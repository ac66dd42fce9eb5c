// The widget in another language than the pages come in: wording.js (a file of its own) and the
// tree in that language are fetched only then, so readers of the pages' own language load
// neither.
import { LANGUAGES } from "@idt/contract";
import WORDING from "@idt/url/wording";

/**
 * Resolves to `{ text, translatePage }` (the tree in `lang` as JSON text, and what puts a
 * page's own sentences into that language) for another language than the pages', or null.
 */
export async function otherLanguage(lang) {
  if (lang === LANGUAGES[0]) return null;
  try {
    const wording = await import(WORDING.href);
    const text = await wording.wordingFor(lang);
    return text && { text, translatePage: wording.translatePage };
  } catch (error) {
    console.warn(`integration-decision-tree: showing ${LANGUAGES[0]}, as ${lang} could not be loaded (${error.message})`);
    return null;
  }
}
