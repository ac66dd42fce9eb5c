// The settings' rules, as the core states them (`core::contract`, handed over as
// `@idt/contract`): which words a setting takes and how each may be spelt, what an invalid value
// falls back to and the warning it gives, which settings change what the first state shows, and
// what a URL hash holding answers looks like. The loaders read settings through these and spell
// none of their own.
import { ANSWERS_IN_HASH, CHOICES, SETTING_WARNING, SHOWN_SETTINGS } from "@idt/contract";

/** The word the choice `name` takes for `raw`, or null when it takes no such value. */
export const read = (name, raw) => CHOICES[name].find((spellings) => spellings.includes(String(raw ?? "").trim().toLowerCase()))?.[0] ?? null;

/**
 * The word the choice `name` takes for `raw` (an attribute's or query parameter's value; `null`
 * when absent gives `fallback` quietly), or `fallback` with the core's warning, once per `warned`
 * set (one per widget). The fallback is the choice's default, its first word, unless given.
 */
export function choose(name, raw, warned = new Set(), fallback = CHOICES[name][0][0]) {
  if (raw === null || raw === undefined) return fallback;
  const word = read(name, raw);
  if (word) return word;
  if (!warned.has(name)) {
    warned.add(name);
    const values = { setting: name, value: raw, fallback };
    console.warn(SETTING_WARNING.replace(/\{(setting|value|fallback)\}/g, (_, key) => values[key]));
  }
  return fallback;
}

/** Whether `hash` (with its `#`) holds answers: a link the widget will open at. */
export const hasAnswers = (hash) => new RegExp(ANSWERS_IN_HASH).test(hash);

/** Whether `settings` (name to value) include one that changes what the first state shows. */
export const changesFirstState = (settings) => SHOWN_SETTINGS.some((name) => (settings[name] ?? "") !== "");
