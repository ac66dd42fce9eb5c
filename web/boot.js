// Starts the standalone page: loads the wasm next to this file and mounts the widget into
// #app. Settings come from the query string (index.html?theme=dark), like attributes do for
// the embedded element. This file replaces Trunk's inline loader so that the page runs under
// a strict Content-Security-Policy (no inline scripts).
import init, { mount } from "./__GLUE__";

await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
const root = document.getElementById("app");
const settings = Object.fromEntries(new URLSearchParams(location.search));
mount(root, settings, true, location.href.split("#")[0]);
