// Offline support: the service worker caches the built files after the first visit. Where
// service workers are unavailable (file://, sandboxed frames with an opaque origin, where even
// reading `navigator.serviceWorker` throws, old browsers) nothing changes.
export function registerOfflineCache() {
  try {
    if (!location.protocol.startsWith("http") || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("./sw.js").catch(() => {});
  } catch {
    // A SecurityError in an opaque origin: no offline cache there.
  }
}
