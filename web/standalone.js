// The entry of standalone.html: everything in one file that works when opened from disk
// (file://) with no network. esbuild bundles this with the wasm-bindgen glue into one inline
// module; the wasm arrives as base64 text.
import init, { mount, __idtTestPanic } from "__GLUE_PATH__";
import { whenCrashed } from "__CRASH_PATH__";

const base64 = document.getElementById("idt-wasm").textContent.trim();
const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
await init({ module_or_path: bytes });
const settings = Object.fromEntries(new URLSearchParams(location.search));
const root = document.getElementById("app");
whenCrashed(root, __idtTestPanic);
mount(root, settings, true, location.href.split("#")[0]);
