// The one description of the site: every entry point a reader or a host uses, what it is built
// from, and what it may weigh. The build (scripts/build.mjs) works from this table and writes it
// to dist/site.json with each row's files, one row per entry point and language; the size gate,
// the service worker's lists, the README's figures and the tests read that file. Nothing
// guesses what a file is from its name.
//
// A row says:
//   file       what a host or reader opens (the plain version's is per language)
//   what       how the README names it
//   template   its HTML template in web/, if it is a page
//   script     the module it runs (bundled with the row's data as `@idt/entry`, see web/boot.js)
//   css        which stylesheet it carries inline (scripts/build/outputs.mjs, `SHEETS`)
//   wasm       which build of the wasm it loads: `widget` (the built-in tree), `authoring`
//              (authors' trees, with the validator's reports), `inline` (carried as base64)
//   tree       where the tree comes from: `inline` (in the page, its first language; another is
//              fetched), `file` (fetched in the reader's language), `author` (the element's
//              src, inline JSON or property), `src` (`?src=`, same site only), `every` (every
//              language in the file), `editor` (the authoring page's text)
//   glue       whether wasm-bindgen's glue is a file of its own, imported when needed (the
//              element), rather than bundled with the script
//   height     whether it tells a parent page its height (it is made for iframes)
//   offline    whether the service worker keeps its files after a visit
//   permalink  the permalink setting's default: `on`, `off`, or `alone` (on when not framed)
//   share      what shared links point to: `self` (this page) or `page` (index.html)
//   loads      what it references besides its script and wasm, by role (outputs.mjs `roles`)
//   budget     the gzip bytes it may load (everything it fetches), in its first language;
//              other languages are measured and reported, not budgeted
//   languages  `each`: one row per language, as what it loads differs; else one row

/** Gzip bytes as shipped (the zopfli .gz copies), for everything an entry point loads. */
export const BUDGETS = {
  // The built-in widget's entry points.
  widget: 128_000,
  // The element and the page with an author's tree: the build for authors' trees.
  authors: 136_000,
  // One file with the wasm as base64 and every language.
  single: 170_000,
};

export const ENTRIES = [
  {
    id: "page",
    file: "index.html",
    what: "the page",
    template: "index.html",
    script: "web/page.js",
    css: "page",
    wasm: "widget",
    tree: "inline",
    height: false,
    offline: true,
    permalink: "on",
    share: "self",
    loads: ["icon", "sw"],
    budget: "widget",
    languages: "each",
  },
  {
    id: "frame",
    file: "embed.html",
    what: "the iframe page",
    template: "embed.html",
    script: "web/page.js",
    css: "embed",
    wasm: "widget",
    tree: "inline",
    height: true,
    offline: true,
    permalink: "off",
    share: "page",
    loads: ["sw"],
    budget: "widget",
    languages: "each",
  },
  {
    id: "element",
    file: "embed.js",
    what: "the custom element, with everything it fetches",
    script: "web/embed.js",
    wasm: "widget",
    glue: true,
    tree: "file",
    height: false,
    offline: false,
    permalink: "off",
    share: "page",
    loads: [],
    budget: "widget",
    languages: "each",
  },
  {
    id: "element-own-tree",
    file: "embed.js",
    what: "the custom element showing an author's tree (`src`, inline or `tree`)",
    script: "web/embed.js",
    wasm: "authoring",
    glue: true,
    tree: "author",
    height: false,
    offline: false,
    permalink: "off",
    share: "page",
    loads: [],
    budget: "authors",
  },
  {
    id: "tree-page",
    file: "tree.html",
    what: "the iframe page for an author's tree file (`tree.html?src=`)",
    template: "tree.html",
    script: "web/page.js",
    css: "embed",
    wasm: "authoring",
    tree: "src",
    height: true,
    offline: false,
    permalink: "alone",
    share: "self",
    loads: [],
    budget: "authors",
  },
  {
    id: "single-file",
    file: "standalone.html",
    what: "the single file, wasm inlined",
    template: "standalone.html",
    script: "web/page.js",
    wasm: "inline",
    tree: "every",
    height: false,
    offline: false,
    permalink: "on",
    share: "self",
    loads: [],
    budget: "single",
  },
  {
    id: "plain",
    file: "fallback.html",
    what: "the plain version, for readers without JavaScript",
    template: "fallback.html",
    css: "fallback",
    wasm: null,
    tree: null,
    offline: false,
    loads: ["icon"],
    budget: "widget",
    languages: "each",
  },
  {
    id: "authoring",
    file: "author.html",
    what: "the authoring page (not budgeted: the widget's pages never load it)",
    template: "author.html",
    script: "web/author.js",
    css: "author",
    wasm: "authoring",
    glue: true,
    tree: "editor",
    offline: true,
    loads: ["element", "icon", "sw"],
    budget: null,
  },
];

/** The row `id` of the table. */
export const entry = (id) => ENTRIES.find((e) => e.id === id);
