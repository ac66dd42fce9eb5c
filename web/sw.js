// The offline cache, one release at a time, so that no page is ever answered with files from two
// releases.
//
// - A release's files live in a cache of their own (`idt-release-<id>`), each page's files
//   fetched past the browser's HTTP cache and stored as one unit: all of them or none. The build
//   supplies this release's lists (from the site table, dist/site.json) and its id.
// - Pages are fetched from the network first when online, revalidated whatever the server's
//   caching headers say (so a new release shows on the next visit). Offline, a page comes from the
//   newest release whose worker finished installing (its files are complete), else from this
//   release's cache. Everything a page loads has a content hash in its name, so it is served from
//   whichever release's cache holds it: an old page keeps finding its own files.
// - The pages readers kept offline are remembered across releases: a new release's worker stores
//   the same pages, in the new release, while it installs (if it cannot, it is not installed), so
//   a page that worked offline keeps working offline, in the new release, after one visit.
// - A new release's worker does not push the one in charge aside (no skipWaiting): it takes over
//   when no page of the site is open, as browsers do by default. Offline answers do not wait for
//   it (the point above), and a page never loses its worker in the middle of a navigation, which
//   in Chromium can leave that navigation hanging for good.
// - A release's cache is kept while a page that came from it is still open, and while it is the
//   newest installed release.
import { FIRST, PAGES, RELEASE } from "@idt/precache";

const CACHE = `idt-release-${RELEASE}`;
// What the worker remembers across releases: the pages kept offline, and each open page's release.
const MEMORY = "idt-memory";
const MEMORY_KEY = new URL("./idt-memory.json", self.registration.scope).href;
// The last release whose worker finished installing, kept apart from the memory above: only
// installs write it, and no other worker's read-change-write of the memory can undo it.
const NEWEST_KEY = new URL("./idt-newest-release.txt", self.registration.scope).href;

async function newestRelease() {
  const stored = await (await caches.open(MEMORY)).match(NEWEST_KEY);
  return stored ? (await stored.text()).trim() || null : null;
}

/** The worker's memory: `{ pages: [[page, lang]…], clients: { clientId: release } }`. */
async function recall() {
  const stored = await (await caches.open(MEMORY)).match(MEMORY_KEY);
  const memory = stored ? await stored.json().catch(() => ({})) : {};
  return { pages: Array.isArray(memory.pages) ? memory.pages : [], clients: memory.clients ?? {} };
}

async function remember(memory) {
  await (await caches.open(MEMORY)).put(MEMORY_KEY, new Response(JSON.stringify(memory), { headers: { "content-type": "application/json" } }));
}

// One change to the memory and the caches at a time.
let queue = Promise.resolve();
const serially = (work) => (queue = queue.then(work, work));

/** This release's files for `page` read in `lang` (the first language's list for a page with one). */
const filesOf = (page, lang) => (Object.hasOwn(PAGES, page) ? (PAGES[page][lang] ?? PAGES[page][FIRST]) : null);

/**
 * Stores the files of `pages` (`[page, lang]` pairs) in this release's cache, fetched past the
 * HTTP cache; all of them or none. Pages already stored are skipped.
 */
async function store(pages) {
  const cache = await caches.open(CACHE);
  const wanted = [...new Set(pages.flatMap(([page, lang]) => filesOf(page, lang) ?? []))];
  const missing = [];
  for (const file of wanted) if (!(await cache.match(new URL(file, self.registration.scope)))) missing.push(file);
  const responses = await Promise.all(
    missing.map(async (file) => {
      const response = await fetch(new Request(new URL(file, self.registration.scope), { cache: "reload" }));
      if (!response.ok) throw new Error(`${file} answered ${response.status}`);
      return [file, response];
    }),
  );
  await Promise.all(responses.map(([file, response]) => cache.put(new URL(file, self.registration.scope), response)));
}

/** Deletes every release's cache that is not this one, nor the newest installed, and that no open page came from. */
async function prune() {
  const memory = await recall();
  const open = new Set((await self.clients.matchAll({ type: "window", includeUncontrolled: true })).map((client) => client.id));
  memory.clients = Object.fromEntries(Object.entries(memory.clients).filter(([id]) => open.has(id)));
  await remember(memory);
  const releases = [await newestRelease(), ...Object.values(memory.clients)].filter(Boolean);
  const kept = new Set([CACHE, MEMORY, ...releases.map((release) => `idt-release-${release}`)]);
  for (const name of await caches.keys()) if (name.startsWith("idt-") && !kept.has(name)) await caches.delete(name);
}

self.addEventListener("install", (event) => {
  // The pages readers kept offline, stored in this release; if a file cannot be had, the install
  // fails and the release before stays in charge. Pages remembered while this ran are stored too,
  // then this release is the newest one offline answers come from.
  event.waitUntil(
    serially(async () => {
      try {
        for (let done = 0; ; ) {
          const { pages } = await recall();
          const ours = pages.filter(([page]) => Object.hasOwn(PAGES, page));
          await store(ours);
          if (ours.length === done) break;
          done = ours.length;
        }
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
      await (await caches.open(MEMORY)).put(NEWEST_KEY, new Response(RELEASE, { headers: { "content-type": "text/plain" } }));
    }),
  );
});

// Taking over (when no page of the site is open, or on the first visit): the open pages are
// claimed and the caches no open page needs go.
self.addEventListener("activate", (event) =>
  event.waitUntil(
    serially(async () => {
      await self.clients.claim();
      await prune();
    }),
  ),
);

// A page's request to be kept offline: `{ precache: "index.html", lang: "nl", script }`, where
// `script` is the URL of the page's own script, which names its release. The page is remembered
// for later releases; in this release, its files are stored at once. The reply tells the page
// (and the tests) what was done.
self.addEventListener("message", (event) => {
  const { precache: page, lang, script } = event.data ?? {};
  if (typeof page !== "string" || !Object.hasOwn(PAGES, page)) return;
  const ours = typeof script === "string" && filesOf(page, lang).includes(`./${new URL(script).pathname.split("/").pop()}`);
  event.waitUntil(
    serially(async () => {
      const memory = await recall();
      if (!memory.pages.some(([p, l]) => p === page && l === lang)) memory.pages.push([page, typeof lang === "string" ? lang : FIRST]);
      memory.pages = memory.pages.slice(-24);
      if (ours && event.source?.id) memory.clients[event.source.id] = RELEASE;
      await remember(memory);
      if (ours) await store([[page, lang]]);
      event.source?.postMessage({ precached: ours ? page : null, release: RELEASE });
    }).catch(() => event.source?.postMessage({ precached: null, release: RELEASE })),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(event) : asset(request));
});

/**
 * A page: from the network, revalidated past the HTTP cache (a host's `max-age` must not hide a
 * new release); offline, the newest installed release's copy (the site's root is index.html), else
 * this release's, else an older release's that is still kept, with its own files beside it.
 */
async function page(event) {
  try {
    const response = await fetch(event.request.url, { cache: "no-cache", credentials: "same-origin" });
    // A navigation may not be answered with a redirected response: let the browser follow it.
    return response.redirected ? fetch(event.request) : response;
  } catch (error) {
    const path = new URL(event.request.url).pathname;
    const key = new URL(path.endsWith("/") ? "./index.html" : `./${path.split("/").pop()}`, self.registration.scope).href;
    const newest = await newestRelease();
    for (const cacheName of [newest && `idt-release-${newest}`, CACHE]) {
      const found = cacheName && (await caches.match(key, { cacheName }));
      if (found) return found;
    }
    const found = await caches.match(key);
    if (!found) throw error;
    return found;
  }
}

/** A page's file: its name has a content hash, so any release's copy is the right one. */
async function asset(request) {
  return (await caches.match(request, { ignoreSearch: true })) ?? fetch(request);
}
