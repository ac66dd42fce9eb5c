// Offline support: the service worker keeps `page` and the files it loads after the first
// visit (and the tree in `lang`, when the page is read in another language). Where service
// workers are unavailable (file://, sandboxed frames with an opaque
// origin, where even reading `navigator.serviceWorker` throws, old browsers) nothing changes.
export function registerOfflineCache(page, lang) {
  try {
    if (!location.protocol.startsWith("http") || !("serviceWorker" in navigator)) return;
    const workers = navigator.serviceWorker;
    workers
      .register("./sw.js")
      .then(() => workers.ready)
      .then((registration) => registration.active?.postMessage({ precache: page, lang }))
      .catch(() => {});
  } catch {
    // A SecurityError in an opaque origin: no offline cache there.
  }
}
