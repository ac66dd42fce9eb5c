// Fetching an author's tree file, for the custom element's `src` and tree.html's `?src=`: the
// file's text as `mount` takes it, or why it could not be had. A file larger than the loader
// accepts is refused before it is read whole when the server says its length.
import { MAX_TREE_BYTES, TREE, TREE_FAILED, TREE_SOURCE } from "@idt/contract";

/**
 * `mount`'s settings for the tree file at `url` (absolute): its text, or why it failed. With
 * `sameSite`, only a response from this page's origin counts: a redirect elsewhere fails.
 */
export async function treeFile(url, { sameSite = false } = {}) {
  const failed = (reason) => ({ [TREE_FAILED]: `${url} ${reason}`, [TREE_SOURCE]: url });
  try {
    const response = await fetch(url, sameSite ? { mode: "same-origin" } : {});
    if (sameSite && new URL(response.url).origin !== location.origin) return failed("comes from another site");
    if (!response.ok) return failed(`answered ${response.status} ${response.statusText}`.trim());
    if (Number(response.headers.get("content-length")) > MAX_TREE_BYTES) return failed(`is larger than ${MAX_TREE_BYTES} bytes`);
    const text = await response.text();
    if (text.length > MAX_TREE_BYTES) return failed(`is larger than ${MAX_TREE_BYTES} bytes`);
    return { [TREE]: text, [TREE_SOURCE]: url };
  } catch (error) {
    // The browser says no more than this about network errors and refused requests.
    const rule = sameSite ? "it must come from this site" : "another origin must allow it with CORS";
    return failed(`could not be fetched (${error.message}; ${rule})`);
  }
}
