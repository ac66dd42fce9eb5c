// The one way a loader gets a tree's text: a file the build wrote (the built-in tree in a
// language), an author's file (the element's `src`, tree.html's `?src=`); elements that ask for
// the same file at once share one fetch (later ones get it again, from the browser's cache, so
// that trying again after a damaged download fetches it anew). A file larger than the loader
// accepts (`MAX_TREE_BYTES`, counted in bytes as the core counts them) is refused, before it is
// read whole when the server says its length.
import { MAX_TREE_BYTES, TREE, TREE_FAILED, TREE_SOURCE } from "@idt/contract";

const fetched = new Map();

/**
 * The text of the tree file at `url`, or a rejection whose message says why not (`url` and how
 * it failed). With `sameSite`, only a response from this page's origin counts: a redirect
 * elsewhere fails.
 */
export function treeText(url, { sameSite = false } = {}) {
  const key = `${sameSite}:${url}`;
  if (!fetched.has(key)) fetched.set(key, read(String(url), sameSite).finally(() => fetched.delete(key)));
  return fetched.get(key);
}

async function read(url, sameSite) {
  const failed = (reason) => new Error(`${url} ${reason}`);
  let response;
  try {
    response = await fetch(url, sameSite ? { mode: "same-origin" } : {});
  } catch (error) {
    // The browser says no more than this about network errors and refused requests.
    const rule = sameSite ? "it must come from this site" : "another origin must allow it with CORS";
    throw failed(`could not be fetched (${error.message}; ${rule})`);
  }
  if (sameSite && new URL(response.url).origin !== location.origin) throw failed("comes from another site");
  if (!response.ok) throw failed(`answered ${response.status} ${response.statusText}`.trim());
  const tooLarge = () => failed(`is larger than ${MAX_TREE_BYTES} bytes`);
  if (Number(response.headers.get("content-length")) > MAX_TREE_BYTES) throw tooLarge();
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_TREE_BYTES) throw tooLarge();
  return new TextDecoder().decode(bytes);
}

/**
 * An author's tree for `mount`, as a function resolving to its settings (the JSON text and where
 * it came from, or why it could not be had), from the first of: an object or JSON text
 * (`property`), a file's URL (`src`, relative to the page), a text (`inline`); null without one.
 */
export function authorsTree({ property = null, src = null, inline = null }) {
  const url = src?.trim();
  if (property === null && !url && typeof inline !== "string") return null;
  return async () => {
    let source = property === null && url ? url : undefined;
    try {
      if (property !== null) return { [TREE]: typeof property === "string" ? property : JSON.stringify(property) };
      if (!url) return { [TREE]: inline };
      source = new URL(url, document.baseURI).href;
      return { [TREE]: await treeText(source), [TREE_SOURCE]: source };
    } catch (error) {
      // JSON.stringify's (a property that is no tree), the URL's, or the fetch's reason.
      return { [TREE_FAILED]: error.message, [TREE_SOURCE]: source };
    }
  };
}
