// Fetching an author's tree file, for the custom element's `src` and tree.html's `?src=`: the
// file's text as `mount` takes it, or why it could not be had. A file larger than the loader
// accepts is refused before it is read whole when the server says its length.
import { MAX_TREE_BYTES, TREE, TREE_FAILED, TREE_SOURCE } from "@idt/contract";

/** `mount`'s settings for the tree file at `url` (absolute): its text, or why it failed. */
export async function treeFile(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) return { [TREE_FAILED]: `${url} answered ${response.status} ${response.statusText}`.trim(), [TREE_SOURCE]: url };
    if (Number(response.headers.get("content-length")) > MAX_TREE_BYTES) {
      return { [TREE_FAILED]: `${url} is larger than ${MAX_TREE_BYTES} bytes`, [TREE_SOURCE]: url };
    }
    const text = await response.text();
    if (text.length > MAX_TREE_BYTES) return { [TREE_FAILED]: `${url} is larger than ${MAX_TREE_BYTES} bytes`, [TREE_SOURCE]: url };
    return { [TREE]: text, [TREE_SOURCE]: url };
  } catch (error) {
    // The browser says no more than this about network errors and refused CORS requests.
    return { [TREE_FAILED]: `${url} could not be fetched (${error.message}; another origin must allow it with CORS)`, [TREE_SOURCE]: url };
  }
}
