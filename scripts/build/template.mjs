// Page shells are HTML templates in web/: `{{name}}` is replaced by an escaped value,
// `{{{name}}}` by raw HTML the build produced itself (the fallback, an inline bundle). A
// template that names a value it is not given, or a value the template never uses, is an
// error: nothing is left half-filled.
import { readFileSync } from "node:fs";

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The template `web/<name>` without its comments and the indentation between its tags. */
const source = (name) =>
  readFileSync(`web/${name}`, "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/>\s+</g, "><")
    .trim();

const SLOT = /\{\{(\{?)([a-z0-9_]+)\}?\}\}/g;

/** The names of the values the template `web/<name>` has slots for. */
export const slots = (name) => [...new Set([...source(name).matchAll(SLOT)].map((m) => m[2]))];

/**
 * Fills the template `web/<name>` with `values`. The template's comments and the indentation
 * between its tags are dropped first: they are for the people who edit it, not the readers.
 */
export function render(name, values) {
  const template = source(name);
  const used = new Set();
  const filled = template.replace(SLOT, (_, raw, key) => {
    if (!(key in values)) throw new Error(`web/${name} needs a value for {{${key}}}`);
    used.add(key);
    return raw ? String(values[key]) : escapeHtml(values[key]);
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length) throw new Error(`web/${name} does not use ${unused.join(", ")}`);
  return filled + "\n";
}
