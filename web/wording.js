// Another language than the pages come in: a script of its own, which only readers of that
// language load (a reader pays for the language shown), with what the page then needs: the one
// fetcher for the tree file in that language, and what puts the page's own sentences into it.
export { treeText } from "./tree-file.js";
export { translatePage } from "./translate-page.js";
