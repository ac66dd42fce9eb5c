// The site's description (dist/site.json) says what each entry point loads, in each language;
// the size gate, the service worker and the README's figures all go by it. This holds every row
// against what a browser really fetches, so nothing can load more (or less) than it says.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { site as described } from "../scripts/lib/dist.mjs";
import { useSite, open, eventually } from "./fixture.mjs";

const host = (attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="./embed.js"></script></head><body><main><integration-decision-tree ${attributes}></integration-decision-tree></main></body></html>`;
const { languages, entries } = described("dist");
const site = useSite({
  pages: {
    ...Object.fromEntries(languages.map((lang) => [`host-${lang}.html`, host(`lang="${lang}"`)])),
    "own-tree.html": host('src="trees/api-style.json"'),
    "trees/api-style.json": readFileSync("examples/api-style.json", "utf8"),
  },
});

/** Where a row is opened: its page (in its language), or a host page with the element. */
const PATHS = {
  page: (lang) => `index.html?lang=${lang}`,
  frame: (lang) => `embed.html?lang=${lang}`,
  element: (lang) => `host-${lang}.html`,
  "element-own-tree": () => "own-tree.html",
  "tree-page": () => "tree.html?src=trees/api-style.json",
  "single-file": () => "standalone.html",
  plain: (lang, row) => row.file,
  authoring: () => "author.html",
};
/** What shows that a row has done its loading: the live widget, or (the plain version) its table. */
const READY = { plain: ".idt-fallback", authoring: "integration-decision-tree .idt-card" };

/**
 * Opens `path` and returns a function that lists, by name, the site's files the page has
 * fetched so far: not what the service worker fetches for its cache (it counts the worker's
 * own script, which the page registers), nor the test's own host pages and tree files.
 */
async function watchFetches(path, ready) {
  const names = new Set();
  const page = await open(site, null, {
    before: (page) =>
      page.context().on("request", (request) => {
        if (!request.url().startsWith(site.url)) return;
        if (request.serviceWorker() && request.resourceType() !== "script") return;
        names.add(new URL(request.url()).pathname.slice(1) || "index.html");
      }),
  });
  await page.goto(site.url + path);
  await page.locator(ready).first().waitFor();
  const ours = (name) => !(name.startsWith("host-") || name === "own-tree.html" || name.startsWith("trees/"));
  return () => [...names].filter(ours).sort();
}

test("site.json describes every entry point in every language it has", () => {
  const ids = new Set(entries.map((e) => e.id));
  assert.deepEqual([...ids].sort(), Object.keys(PATHS).sort());
  for (const id of ["page", "frame", "element", "plain"]) {
    assert.deepEqual(entries.filter((e) => e.id === id).map((e) => e.lang), languages, id);
  }
});

for (const row of entries) {
  test(`${row.file} (${row.id}, ${row.lang}) makes a browser fetch exactly what site.json lists`, async () => {
    const fetched = await watchFetches(PATHS[row.id](row.lang, row), READY[row.id] ?? ".idt-card");
    // Some fetches (the icon, the worker script) come after the widget is up: wait for them.
    await eventually(fetched, [...row.loads].sort());
  });
}
