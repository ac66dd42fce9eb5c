// <integration-decision-tree>: the widget as a custom element, for any page that can load one
// module script. Load this file once, then write the element wherever the tree should be:
//
//   <script type="module" src="https://example.org/decision-tree/embed.js"></script>
//   <integration-decision-tree theme="auto"></integration-decision-tree>
//
// Everything it needs (wasm, glue, styles) is found next to this file, so it works from
// another origin and under any path. Each element renders in its own open shadow root with
// its own styles: the host page's CSS cannot reach in, and the widget's cannot leak out.

import { ELEMENT, PERMALINK, PERMALINK_OFF, SETTINGS } from "@idt/contract";
import GLUE from "@idt/url/glue";
import WASM from "@idt/url/wasm";
import WIDGET_CSS from "@idt/url/widget-css";
import { whenCrashed } from "./crash.js";

const PAGE = new URL("./index.html", import.meta.url).href;

// One wasm instance serves every element on the page.
let glue;
const load = () =>
  (glue ??= import(/* the glue stays a file of its own, fetched only when needed */ GLUE.href).then(async (module) => {
    await module.default({ module_or_path: WASM });
    return module;
  }));

// At most one element may own the page's URL hash.
let hashOwner = null;

class IntegrationDecisionTree extends HTMLElement {
  static observedAttributes = SETTINGS;
  /** The id `mount` returned, once mounted. */
  #widget = null;
  #root = null;

  connectedCallback() {
    if (!this.#root) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      const styles = document.createElement("link");
      styles.rel = "stylesheet";
      styles.href = WIDGET_CSS.href;
      this.#root = document.createElement("div");
      // Hidden until the styles arrive, so the widget never flashes unstyled.
      this.#root.hidden = true;
      whenCrashed(this.#root);
      const show = () => (this.#root.hidden = false);
      styles.addEventListener("load", show, { once: true });
      styles.addEventListener("error", show, { once: true });
      shadow.replaceChildren(styles, this.#root);
    }
    load().then((module) => {
      if (!this.isConnected || this.#widget) return;
      const owner = this.#claimHash();
      const share = owner ? location.href.split("#")[0] : PAGE;
      this.#widget = module.mount(this.#root, this.#settings(SETTINGS, owner), false, share);
    });
  }

  disconnectedCallback() {
    const widget = this.#widget;
    if (widget) glue.then((module) => module.unmount(widget));
    this.#widget = null;
    if (hashOwner === this) hashOwner = null;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#widget || before === after) return;
    const settings = this.#settings([name], name === PERMALINK && this.#claimHash());
    glue.then((module) => module.configure(this.#widget, settings));
  }

  /** Whether this element asks for the permalink and may have it; warns once if it may not. */
  #claimHash() {
    if (!this.hasAttribute(PERMALINK) || PERMALINK_OFF.includes(this.getAttribute(PERMALINK).trim().toLowerCase())) {
      return false;
    }
    if (hashOwner && hashOwner !== this && hashOwner.isConnected) {
      console.warn("integration-decision-tree: only one element per page may use the permalink; ignoring it here");
      return false;
    }
    hashOwner = this;
    return true;
  }

  /** The named attributes as settings; a missing attribute asks for its default. */
  #settings(names, owner) {
    const settings = {};
    for (const name of names) {
      settings[name] = name === PERMALINK ? (owner ? "on" : "off") : this.getAttribute(name) ?? "";
    }
    return settings;
  }
}

if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, IntegrationDecisionTree);
