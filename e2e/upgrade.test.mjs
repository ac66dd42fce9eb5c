// A new release never breaks a reader. Two releases of the site (dist/, and the next one that
// `make next-release` builds: a new crate version in the wasm and a changed sentence, so the
// wasm, the glue and the tree file all get new names, deployed with the previous release's
// hashed files kept, as the README says) are swapped under one URL, served the way real static
// hosts serve files. For the page, the iframe page, the element (one on screen, one waiting
// below the fold, on another origin) and the authoring page: the first visit after the release,
// reloads at several delays after it, then the network gone. Nothing may mix releases, no widget
// may be left dead, and what worked offline before works offline after.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { serve } from "../scripts/lib/serve.mjs";
import { site as described } from "../scripts/lib/dist.mjs";
import { LIVE, S, eventually, useSite, open } from "./fixture.mjs";

const [A, B] = ["dist", "target/next-release"];
const RELEASES = { [A]: described(A), [B]: described(B) };
const NAMES = Object.fromEntries(Object.entries(RELEASES).map(([dir, site]) => [dir, new Set(site.hashed)]));
// B carries A's hashed files (KEEP_RELEASE): an old page or element finds its own files.
assert.ok(RELEASES[A].hashed.every((name) => RELEASES[B].kept.includes(name) || RELEASES[B].hashed.includes(name)), "B keeps A's files");
assert.notEqual(RELEASES[A].files.wasm.widget, RELEASES[B].files.wasm.widget, "the next release renames the wasm");
assert.notEqual(RELEASES[A].files.trees.en, RELEASES[B].files.trees.en, "and the tree file");

const DAY = 24 * 60 * 60 * 1000;
/** How hosts serve files, by their defaults; each profile names whom it stands for. */
const PROFILES = {
  // Revalidate everything, validators or not: a careful host.
  "no-cache": { headers: () => ({ "cache-control": "no-cache" }), validators: [] },
  // GitHub Pages: ten minutes of freshness for every file, ETag and Last-Modified.
  "max-age=600 on everything": { headers: () => ({ "cache-control": "max-age=600" }), validators: ["etag", "last-modified"] },
  // nginx and S3 by default: no Cache-Control, only Last-Modified, so browsers guess a freshness
  // from the file's age (files of the old release are a month old here: fresh for days).
  "Last-Modified only": {
    headers: () => ({ "cache-control": undefined }),
    validators: ["last-modified"],
    lastModified: (path, root) => Date.now() - (root.endsWith(A) ? 30 * DAY : DAY / 24),
  },
  // The README's advice: hashed files immutable, everything else revalidated.
  "the README's advice": {
    headers: (path, root) => ({ "cache-control": NAMES[root.endsWith(A) ? A : B].has(path) ? "public, max-age=31536000, immutable" : "no-cache" }),
    validators: ["etag"],
  },
};
const DELAYS = [0, 500, 1000, 2000, 3000];

/** The release (`A` or `B`) a list of loaded files belongs to, asserting it is one. */
function releaseOf(loaded, what) {
  const ours = loaded.filter((name) => NAMES[A].has(name) || NAMES[B].has(name));
  assert.ok(ours.length, `${what}: it loaded files of a release (${loaded.join(" ")})`);
  const matching = [A, B].filter((dir) => ours.every((name) => NAMES[dir].has(name)));
  assert.equal(matching.length, 1, `${what}: every file from one release (${ours.join(" ")})`);
  return matching[0];
}

/** The files of our site the document in `scope` (the page, or an element's page) loaded. */
const loadedFiles = (page, origin) =>
  page.evaluate((origin) => performance.getEntriesByType("resource").map((r) => r.name).filter((n) => n.startsWith(origin)).map((n) => new URL(n).pathname.split("/").pop()), origin);

/** The files in the offline cache: every release's (not the worker's own notes). */
const stored = (page) =>
  page.evaluate(async () => {
    const names = [];
    for (const name of (await caches.keys()).filter((n) => n.startsWith("idt-release-"))) {
      for (const request of await (await caches.open(name)).keys()) names.push(new URL(request.url).pathname.split("/").pop());
    }
    return names;
  });

/** Whether the offline cache holds what the page `id` of release `dir` loads. */
const holds = (page, dir, id) => async () => {
  const have = await stored(page);
  return RELEASES[dir].entries.find((e) => e.id === id && e.lang === "en").loads.filter((f) => f !== "sw.js").every((f) => have.includes(f));
};

/** The live widget in `scope` answers a question: it is not dead. */
async function answers(scope, page) {
  const at = await scope.locator("[aria-current=step]").first().getAttribute("data-node");
  await scope.locator(".idt-card").getByRole("button", { name: S.no, exact: true }).click();
  await eventually(async () => (await scope.locator("[aria-current=step]").first().getAttribute("data-node")) !== at, true, `the widget answers (${page.url()})`);
}

for (const [name, profile] of Object.entries(PROFILES)) {
  describe(`a release served with ${name}`, () => {
    let serving = A;
    const site = useSite({ root: () => serving, headers: profile.headers, validators: profile.validators, lastModified: profile.lastModified });
    let host;
    const hostPage = (url) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<script type="module" src="${url}embed.js"></script></head><body><main><h1>A post</h1>
<integration-decision-tree id="top" loading="eager"></integration-decision-tree>
<div style="height: 4000px">A long post.</div>
<integration-decision-tree id="below"></integration-decision-tree></main></body></html>`;

    /** A fresh reader of release A at `path`, with the page's files stored offline (`id`). */
    async function readerOfA(path, id, wait = LIVE) {
      serving = A;
      const page = await open(site, path, { wait });
      await page.evaluate(() => navigator.serviceWorker.ready);
      if (id) await eventually(holds(page, A, id), true, `${path}: stored offline`, 15000);
      return page;
    }

    for (const [path, id, ready] of [
      ["index.html", "page", LIVE],
      ["embed.html", "frame", LIVE],
      ["author.html", "authoring", `integration-decision-tree ${LIVE}`],
    ]) {
      test(`${path}: the first visit after the release, reloads after it, then offline`, async () => {
        const page = await readerOfA(path, id, ready);
        assert.equal(releaseOf(await loadedFiles(page, site.url), path), A);
        serving = B;
        for (const [i, delay] of [0, ...DELAYS].entries()) {
          await new Promise((done) => setTimeout(done, delay));
          if (i === 0) await page.goto(site.url + path);
          else await page.reload({ timeout: 20000 }); // a loaded two-core machine can take longer than the default
          await page.locator(ready).first().waitFor();
          // Online, a page is always the release the host serves now.
          assert.equal(releaseOf(await loadedFiles(page, site.url), `${path}, visit ${i} after the release`), B);
        }
        await eventually(holds(page, B, id), true, `${path}: the new release stored offline`, 15000);
        await page.context().setOffline(true);
        await page.reload();
        await page.locator(ready).first().waitFor();
        assert.equal(releaseOf(await loadedFiles(page, site.url), `${path}, offline`), B);
        if (id !== "authoring") await answers(page, page);
      });
    }

    test("after one visit following the release, the page and the iframe page both work offline", async () => {
      const page = await readerOfA("index.html", "page");
      await page.goto(site.url + "embed.html");
      await page.locator(LIVE).waitFor();
      await eventually(holds(page, A, "frame"), true, "embed.html stored offline", 15000);
      serving = B;
      await page.goto(site.url + "index.html");
      await page.locator(LIVE).waitFor();
      // The new release's worker stores both pages while it installs, and offline answers come
      // from it even while the worker before is still in charge.
      await eventually(async () => (await holds(page, B, "page")()) && (await holds(page, B, "frame")()), true, "both stored in B", 15000);
      await page.context().setOffline(true);
      for (const path of ["embed.html", "index.html", ""]) {
        await page.goto(site.url + path);
        await page.locator(LIVE).waitFor();
        assert.equal(releaseOf(await loadedFiles(page, site.url), `${path || "the root"} offline`), B);
        await answers(page, page);
      }
    });

    test("an element on a page opened before the release starts after it, below the fold too", async () => {
      serving = A;
      host = await serve({ root: "e2e", port: 0, pages: { "post.html": hostPage(site.url) } });
      try {
        const page = await open(site, null);
        await page.goto(host.url + "post.html");
        await page.locator(`#top ${LIVE}`).waitFor();
        assert.equal(await page.locator(`#below ${LIVE}`).count(), 0, "the one below the fold waits");
        serving = B;
        await page.locator("#below").scrollIntoViewIfNeeded();
        await page.locator(`#below ${LIVE}`).waitFor();
        await answers(page.locator("#below"), page);
        // The element's files all come from its own release, the one its embed.js belongs to.
        releaseOf(await loadedFiles(page, site.url), "the element below the fold");
        for (const delay of DELAYS.slice(0, 3)) {
          await new Promise((done) => setTimeout(done, delay));
          await page.reload();
          await page.locator(`#top ${LIVE}`).waitFor();
          await page.locator("#below").scrollIntoViewIfNeeded();
          await page.locator(`#below ${LIVE}`).waitFor();
          releaseOf(await loadedFiles(page, site.url), `the host page reloaded after ${delay} ms`);
        }
      } finally {
        host.server.close();
      }
    });
  });
}

test("the next release is what this suite takes it for", () => {
  const [a, b] = [RELEASES[A], RELEASES[B]];
  assert.notEqual(a.release, b.release);
  assert.match(readFileSync(`${B}/${b.files.trees.en}`, "utf8"), /next release/);
  assert.equal(b.kept.length > 0, true);
});
