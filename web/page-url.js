// What a page reads off its own address: settings in the query string, and the URL shared links
// point to. A module of its own, so that a page can read them without the built-in widget.

/** The page's query string as settings, as attributes are for the element: `?theme=dark`. */
export function querySettings() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** This page's URL without its hash: what shared links point to. */
export function pageUrl() {
  return location.href.split("#")[0];
}
