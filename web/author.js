// The authoring page: a tree file in a textarea, the real widget beside it showing that tree
// (the custom element's `tree` property), and its problems as a list that takes the cursor to
// each one's line. The text is saved in the browser's storage on every change and restored on
// return; closing the tab with changes not yet downloaded asks first.
import BUILTIN from "@idt/tree/builtin";
import DEEPER from "@idt/tree/deeper";
import EXAMPLE from "@idt/tree/example";
import { SRC } from "@idt/contract";
import { registerOfflineCache } from "./offline.js";

const KEY = "integration-decision-tree:author";
const SKELETON = {
  title: "My decision",
  start: "first",
  questions: { first: { label: "First question", text: "Is this the first question?" } },
  patterns: { a: { name: "Option A" }, b: { name: "Option B" } },
  nodes: [
    { id: "first", ask: "first", yes: "a", no: "b" },
    { id: "a", outcome: "a", label: "A", headline: "Choose option A.", why: "The answer was yes." },
    { id: "b", outcome: "b", label: "B", headline: "Choose option B.", why: "The answer was no." },
  ],
};
const STARTS = { builtin: BUILTIN, example: EXAMPLE, deeper: DEEPER, skeleton: SKELETON };

const $ = (selector) => document.querySelector(selector);
const text = $("textarea[name=tree]");
const lines = $(".author-lines");
const status = $("#author-status");
const problems = $(".author-problems");
const preview = $("integration-decision-tree");

/** Browser storage, where it is allowed (not in some file:// or private contexts). */
const storage = (() => {
  try {
    localStorage.setItem(`${KEY}:probe`, "1");
    localStorage.removeItem(`${KEY}:probe`);
    return localStorage;
  } catch {
    return null;
  }
})();
const saved = () => storage?.getItem(`${KEY}:text`) ?? null;
const downloaded = () => storage?.getItem(`${KEY}:downloaded`) ?? memory.downloaded;
const memory = { downloaded: null };

let kept = storage !== null;
function save() {
  try {
    storage?.setItem(`${KEY}:text`, text.value);
    kept = storage !== null;
  } catch {
    // Full or refused: say so, and the marker still says the text is not downloaded.
    kept = false;
  }
  showStatus();
}

function showStatus() {
  const unsaved = text.value !== downloaded();
  document.body.toggleAttribute("data-unsaved", unsaved);
  status.textContent =
    (kept ? "Saved in this browser." : "This browser did not let the page keep your text: download it before you leave.") +
    (unsaved ? " Changed since your last download." : " Same as your last download.");
}

function numberLines() {
  const count = text.value.split("\n").length;
  lines.textContent = Array.from({ length: count }, (_, i) => i + 1).join("\n");
  lines.scrollTop = text.scrollTop;
}

/** Shows the text in the preview: the element checks it and shows the widget or its problems. */
function showPreview() {
  preview.tree = text.value;
}

/** Lists the preview's problems here, each a button that takes the cursor to its line. */
function listProblems() {
  const items = [...(preview.shadowRoot?.querySelectorAll("[data-tree-errors] li") ?? [])];
  problems.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      const line = Number(item.dataset.line);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "author-problem";
      // The panel's parts: the path, the message, and where it is in the text.
      for (const part of item.children) {
        const copy = document.createElement(part.localName === "code" ? "code" : "span");
        copy.className = part.className.replace("idt-error-", "author-problem-");
        copy.textContent = part.textContent;
        button.append(copy, " ");
      }
      if (item.dataset.errorPath) button.dataset.errorPath = item.dataset.errorPath;
      if (line) {
        button.dataset.line = String(line);
        button.addEventListener("click", () => goToLine(line, Number(item.dataset.column) || 1));
      } else {
        button.disabled = true;
      }
      li.append(button);
      return li;
    }),
  );
  // "None" only once the preview shows the live widget, not while it is loading.
  const live = preview.shadowRoot?.querySelector(".idt:not([data-prerendered])");
  if (!items.length && live) problems.replaceChildren(Object.assign(document.createElement("li"), { textContent: "None: the tree is valid.", className: "author-none" }));
}

function goToLine(line, column) {
  const before = text.value.split("\n").slice(0, line - 1);
  const offset = before.reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  text.focus();
  text.setSelectionRange(offset, offset);
  // Bring the line into view: the textarea scrolls to the caret on the next input or blur.
  const height = text.scrollHeight / Math.max(1, text.value.split("\n").length);
  text.scrollTop = Math.max(0, (line - 3) * height);
  numberLines();
}

let timer = 0;
function changed() {
  save();
  numberLines();
  clearTimeout(timer);
  timer = setTimeout(showPreview, 300);
}

/** Puts `value` in the editor and the preview; `keep` saves it as the reader's text. */
function load(value, keep = true) {
  text.value = value;
  if (keep) save();
  else showStatus();
  numberLines();
  clearTimeout(timer);
  showPreview();
}

// The preview's content changes when the element has checked a new text.
new MutationObserver(() => listProblems()).observe(preview.shadowRoot ?? preview.attachShadow({ mode: "open" }), { childList: true, subtree: true });

text.addEventListener("input", changed);
text.addEventListener("scroll", () => (lines.scrollTop = text.scrollTop));
/** Whether the text may be replaced: nothing to lose, or the reader says so. */
const mayReplace = () =>
  !text.value.trim() || text.value === downloaded() || confirm("Replace your text? It has changes you have not downloaded.");

$("select[name=start-from]").addEventListener("change", (event) => {
  const tree = STARTS[event.target.value];
  if (!tree) return;
  if (!mayReplace()) {
    event.target.value = "";
    return;
  }
  load(JSON.stringify(tree, null, 2) + "\n");
  event.target.value = "";
});

async function openFile(file) {
  if (!file) return;
  if (!mayReplace()) return;
  load(await file.text());
}
$("input[name=open-file]").addEventListener("change", (event) => openFile(event.target.files[0]));
text.addEventListener("dragover", (event) => event.preventDefault());
text.addEventListener("drop", (event) => {
  event.preventDefault();
  openFile(event.dataTransfer.files[0]);
});

/** The tree's title, or `fallback` while the text is not a tree with one. */
function title(fallback) {
  try {
    const title = JSON.parse(text.value).title;
    return typeof title === "string" && title.trim() ? title.trim() : fallback;
  } catch {
    return fallback;
  }
}

/** The file name for the text: its title as a slug, or `tree.json`. */
function fileName() {
  const slug = title("").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${slug || "tree"}.json`;
}

/** `value` safe inside a double-quoted HTML attribute. */
const attribute = (value) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

$("button[name=download]").addEventListener("click", () => {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text.value], { type: "application/json" }));
  link.download = fileName();
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  memory.downloaded = text.value;
  try {
    storage?.setItem(`${KEY}:downloaded`, text.value);
  } catch {}
  showStatus();
});

const script = new URL("./embed.js", location.href).href;
/** The iframe page showing the tree file: `tree.html?src=…`, which loads trees from its own site only. */
function framePage() {
  const page = new URL("./tree.html", location.href);
  page.searchParams.set(SRC, fileName());
  return page.href;
}
// Each snippet, and where its tree file goes.
const copies = {
  // Every `<` as `\u003c` (it can only stand inside JSON strings, where that is the same
  // character): nothing in the tree can end or confuse its script element.
  "copy-inline": () => [
    `<script type="module" src="${script}"></script>\n<integration-decision-tree>\n<script type="application/json">\n${text.value.trim().replaceAll("<", "\\u003c")}\n</script>\n</integration-decision-tree>\n`,
    "Copied.",
  ],
  "copy-src": () => [
    `<script type="module" src="${script}"></script>\n<integration-decision-tree src="${attribute(fileName())}"></integration-decision-tree>\n`,
    `Copied. Put the downloaded ${fileName()} next to the page you paste this into.`,
  ],
  "copy-iframe": () => [
    `<iframe src="${attribute(framePage())}" title="${attribute(title("Decision tree"))}"\n        width="100%" height="900" loading="lazy" style="border: 0"></iframe>\n`,
    `Copied. It needs the downloaded ${fileName()} next to tree.html on the site that serves this page, at ${new URL(fileName(), framePage()).href}.`,
  ],
};
for (const [name, snippet] of Object.entries(copies)) {
  $(`button[name=${name}]`).addEventListener("click", async (event) => {
    const [snippetText, done] = snippet();
    try {
      await navigator.clipboard.writeText(snippetText);
      status.textContent = done;
    } catch {
      status.textContent = "This browser did not allow copying.";
    }
    event.target.focus();
  });
}

window.addEventListener("beforeunload", (event) => {
  if (text.value.trim() && text.value !== downloaded()) {
    event.preventDefault();
    event.returnValue = "";
  }
});

// The reader's text if there is one; else the example, which counts as nothing to lose.
const previous = saved();
if (previous === null) memory.downloaded = JSON.stringify(EXAMPLE, null, 2) + "\n";
load(previous ?? memory.downloaded, false);
registerOfflineCache("author.html", document.documentElement.lang, import.meta.url);
