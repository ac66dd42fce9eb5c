// Starts embed.html, the widget for iframes: mounts it without page chrome and tells the
// parent page its height whenever that changes, so a host can size the iframe to fit: with our
// own message (see the README's snippet) and, in WordPress, with WordPress's. Settings come
// from the query string: embed.html?theme=dark&diagram=hide.
import WASM from "@idt/url/wasm";
import { registerOfflineCache } from "./offline.js";
import { reportHeight } from "./report-height.js";
import { querySettings } from "./page-url.js";
import { start } from "./start.js";
import { otherLanguage } from "./other-language.js";
import { afterFirstPaint } from "./tasks.js";

// WordPress embeds an oEmbed provider's page in a sandboxed iframe whose address ends in
// "#?secret=…", keeps it clipped to a pixel until the page answers, and sizes it from
// { message: "height", value, secret } messages (wp-embed.js). That hash is WordPress's, not a
// permalink: it is kept as it is.
const secret = /^#\?secret=([A-Za-z0-9]{1,32})$/.exec(location.hash)?.[1] ?? null;
const settings = querySettings();
if (secret) settings.permalink = "off";
// The language early.js chose for the page.
const lang = document.documentElement.dataset.idtLang;

// Heights are reported from the start: the page arrives with its first state prerendered, as
// tall as the live widget's, so the host can size the frame (and WordPress unclip it) before
// the wasm has arrived.
reportHeight(secret);
await start({
  wasm: WASM,
  root: document.getElementById("app"),
  settings,
  page: false,
  share: new URL("./index.html", location.href).href,
  tree: document.getElementById("idt-tree").textContent,
  other: afterFirstPaint().then(() => otherLanguage(lang)),
});
registerOfflineCache("embed.html", lang);
