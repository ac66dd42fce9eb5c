// Offline support: the service worker (web/sw.js) keeps `page` and the files it loads in `lang`
// after a visit, in the release `script` (the page's own script's URL) belongs to. Both the worker
// in charge and one on its way in (a new release) are told, so that each keeps what it can. Where
// service workers are unavailable (file://, sandboxed frames with an opaque origin, where even
// reading `navigator.serviceWorker` throws, old browsers) nothing changes.
export function registerOfflineCache(page, lang, script) {
  try {
    if (!location.protocol.startsWith("http") || !("serviceWorker" in navigator)) return;
    const workers = navigator.serviceWorker;
    const tell = (worker) => worker?.postMessage({ precache: page, lang, script });
    workers
      .register("./sw.js", { updateViaCache: "none" })
      .then((registration) => {
        registration.addEventListener("updatefound", () => tell(registration.installing));
        tell(registration.installing ?? registration.waiting);
        return workers.ready.then((ready) => tell(ready.active));
      })
      .catch(() => {});
  } catch {
    // A SecurityError in an opaque origin: no offline cache there.
  }
}
