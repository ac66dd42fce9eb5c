// The offline cache. Each page that registers the worker asks it to keep what that page needs
// to work offline in the language it is read in (index.html asks for itself and its files,
// embed.html for its own), so a first visit fetches nothing the page does not use. The build
// supplies the lists from the site table (dist/site.json: hashed names change with every build)
// and the cache name (which changes with the lists, so an update replaces the old cache). The
// site's root ("./") is served from index.html.
import { CACHE, FIRST, PAGES } from "@idt/precache";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("idt-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// A page's request: `{ precache: "index.html", lang: "nl" }`. Unknown names are ignored. The
// reply tells the page (and the tests) when its files are stored.
self.addEventListener("message", (event) => {
  const page = Object.hasOwn(PAGES, event.data?.precache ?? "") ? PAGES[event.data.precache] : null;
  if (!page) return;
  const files = Object.hasOwn(page, event.data.lang ?? "") ? page[event.data.lang] : page[FIRST];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files))
      .then(
        () => event.source?.postMessage({ precached: event.data.precache }),
        () => {},
      ),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const scope = self.registration.scope;
  const root = event.request.url.split(/[?#]/)[0] === scope;
  const request = root ? new URL("./index.html", scope).href : event.request;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(event.request))));
});
