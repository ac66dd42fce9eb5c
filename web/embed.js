// <integration-decision-tree> (README, "The custom element"): in its own shadow root, it shows the
// first state at once (web/first-state.js) and starts the live widget (web/boot.js, with its row of
// the site table) when about a screen away (`loading="lazy"`) or at once (`eager`). Its files are
// found beside this one. Here: attributes, which tree, lazy starting, the one owner of the hash.
import { ANSWERS, DIAGRAM, ELEMENT, LANG, LANGUAGES, LOADING, PERMALINK, SETTINGS, SRC, THEME } from "@idt/contract";
import ENTRIES from "@idt/entry";
import FILES from "@idt/files";
import { boot, builtInTree, importWasm } from "./boot.js";
import { showFailure } from "./failure.js";
import { firstState, styleSheet } from "./first-state.js";
import { followHostScheme } from "./host-scheme.js";
import { elementLanguage } from "./language.js";
import { choose, hasAnswers, read } from "./settings.js";
import { authorsTree, treeText } from "./tree-file.js";

const START = Symbol("start");
const near = new IntersectionObserver(
  (entries) => entries.filter((e) => e.isIntersecting).forEach((e) => (near.unobserve(e.target), e.target[START]())),
  { rootMargin: "100% 0px" },
);
let hashOwner = null; // at most one element may own the page's URL hash

class IntegrationDecisionTree extends HTMLElement {
  static observedAttributes = [...SETTINGS, SRC, LANG];
  #live = null; // { module, id } once mounted
  #root = null;
  #tree = undefined; // the `tree` property, if set
  #starts = 0; // a tree swapped during a start wins over the one started before
  #started = false;
  #warned = new Set(); // the settings this element has warned about

  /** An author's tree as an object (or JSON text); `null` for the `src`, inline or built-in one. */
  get tree() {
    return this.#tree ?? null;
  }
  set tree(value) {
    this.#tree = value;
    this.#swap();
  }

  connectedCallback() {
    // A `tree` set before this class defined the element is a plain property: take it over.
    if (Object.hasOwn(this, "tree")) {
      const tree = this.tree;
      delete this.tree;
      this.tree = tree;
    }
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      shadow.adoptedStyleSheets = [styleSheet()];
      shadow.replaceChildren((this.#root = document.createElement("div")));
      followHostScheme(this, this.#root);
    }
    if (!this.#live) this.#showFirstState();
    if (choose(LOADING, this.getAttribute(LOADING), this.#warned) === "eager") this[START]();
    else near.observe(this);
  }

  disconnectedCallback() {
    near.unobserve(this);
    this.#starts++;
    this.#live?.module.unmount(this.#live.id);
    this.#live = null;
    if (hashOwner === this) hashOwner = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    // Another tree, or the same in another language: a widget built afresh.
    if (name === SRC || name === LANG) return this.#swap();
    if (this.#live) this.#live.module.configure(this.#live.id, this.#settings([name]));
  }

  /** Starts the live widget in place of the first state. */
  [START]() {
    this.#started = true;
    const start = ++this.#starts;
    // Which tree (so which row) is decided now, after the page's scripts: one may set `tree`.
    const [own, lang] = [this.#ownTree(), elementLanguage(this)];
    const row = ENTRIES[own ? "element-own-tree" : "element"];
    boot({
      root: this.#root,
      // One wasm instance per build serves every element on the page.
      wasm: () => importWasm(FILES.glue[row.wasm], FILES.wasm[row.wasm]),
      tree: own ? { load: own } : builtInTree(lang, (lang) => treeText(FILES.trees[lang]), (lang) => FILES.trees[lang].href),
      settings: this.#settings(SETTINGS), // claims the hash, which `share` then reads
      share: hashOwner === this ? location.href.split("#")[0] : FILES.page.href,
      stale: () => !this.isConnected || this.#live !== null || start !== this.#starts,
      failed: () => start === this.#starts && showFailure(this.#root, lang, () => this[START]()),
    }).then((live) => live && (this.#live = live));
  }

  /** The element's own tree (property, else `src`, else inline), or null for the built-in one. */
  #ownTree() {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return authorsTree({ property: this.#tree ?? null, src: this.getAttribute(SRC), inline: inline?.textContent });
  }

  /** Another tree: the live widget (if any) makes way for one built from it. */
  #swap() {
    this.#starts++; // whatever is in flight belongs to the tree before
    if (!this.#root) return;
    this.#live?.module.unmount(this.#live.id);
    this.#live = null;
    this.#showFirstState();
    if (this.#started && this.isConnected) this[START]();
  }

  /**
   * The built-in tree's first state, inert, so the element has its content and height before the
   * wasm; only its space when it will start elsewhere (another language, preset answers, a
   * hidden diagram, a link to follow). An author's tree has no first state.
   */
  #showFirstState() {
    if (this.#ownTree()) return this.#root.replaceChildren();
    // Read quietly: the live widget warns about these settings itself.
    const [theme, diagram] = [read(THEME, this.getAttribute(THEME)), read(DIAGRAM, this.getAttribute(DIAGRAM))];
    const answers = (this.getAttribute(ANSWERS) ?? "").trim() !== "" || (this.#asksForHash() && hasAnswers(location.hash));
    const elsewhere = elementLanguage(this) !== LANGUAGES[0] || answers || diagram === "hide";
    this.#root.replaceChildren(firstState({ theme, diagram, hidden: elsewhere }));
  }

  /** Whether this element asks for the permalink (a bare `permalink` attribute does). */
  #asksForHash() {
    return choose(PERMALINK, this.getAttribute(PERMALINK), this.#warned, ENTRIES.element.permalink) === "on";
  }

  /** The named attributes as `mount`'s settings: the permalink as the one owner may have it. */
  #settings(names) {
    const settings = Object.fromEntries(names.map((name) => [name, this.getAttribute(name) ?? ""]));
    return names.includes(PERMALINK) ? { ...settings, [PERMALINK]: this.#claimHash() ? "on" : "off" } : settings;
  }

  /** Whether this element asks for the permalink and may have it; warns once if it may not. */
  #claimHash() {
    if (!this.#asksForHash()) return false;
    if (hashOwner && hashOwner !== this && hashOwner.isConnected) {
      console.warn("integration-decision-tree: only one element per page may use the permalink; ignoring it here");
      return false;
    }
    hashOwner = this;
    return true;
  }
}

const ours = Symbol.for(ELEMENT); // any release of this file may define the element; others are reported
IntegrationDecisionTree[ours] = true;
if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, IntegrationDecisionTree);
else if (!customElements.get(ELEMENT)[ours]) console.warn(`integration-decision-tree: another script already defines <${ELEMENT}> on this page; its elements are left to it`);
