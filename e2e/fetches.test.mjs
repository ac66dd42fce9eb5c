// The size gate (scripts/size.mjs) reads what each entry point loads off the files' text. This
// checks its lists against what a browser really fetches, so the gate cannot measure less than
// a reader downloads.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { filesOf } from "../scripts/size.mjs";
import { useSite, open, eventually } from "./fixture.mjs";

const site = useSite({
  pages: {
    "host.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="./embed.js"></script></head><body><main><integration-decision-tree></integration-decision-tree></main></body></html>`,
    "own-tree.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="./embed.js"></script></head><body><main><integration-decision-tree src="trees/api-style.json"></integration-decision-tree></main></body></html>`,
    "trees/api-style.json": readFileSync("examples/api-style.json", "utf8"),
  },
});

/**
 * Opens `path` and returns a function that lists, by name, the site's files the page has
 * fetched so far: not what the service worker fetches for its cache (it counts the worker's
 * own script, which the page registers).
 */
async function watchFetches(path) {
  const names = new Set();
  const page = await open(site, null, {
    before: (page) =>
      page.context().on("request", (request) => {
        if (!request.url().startsWith(site.url)) return;
        if (request.serviceWorker() && request.resourceType() !== "script") return;
        const { pathname } = new URL(request.url());
        names.add(pathname.slice(1) || "index.html");
      }),
  });
  await page.goto(site.url + path);
  await page.locator(".idt-card").first().waitFor();
  return () => [...names].filter((name) => !/^(host|own-tree)\.html$|^trees\//.test(name)).sort();
}

for (const [entry, path, ownTree] of [
  ["index.html", ""],
  ["embed.html", "embed.html"],
  ["embed.js", "host.html"],
  ["embed.js", "own-tree.html", true],
  ["tree.html", "tree.html?src=trees/api-style.json", true],
]) {
  test(`the size gate counts exactly what ${entry}${ownTree ? " with an author's tree" : ""} makes a browser fetch`, async () => {
    const fetched = await watchFetches(path);
    // Some fetches (the icon, the worker script) come after the widget is up: wait for them.
    await eventually(fetched, filesOf("dist", entry, [], { ownTree }).sort());
  });
}
