// Hardening: a strict Content-Security-Policy, hostile tree data, and the crash screen.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { site, siteFiles } from "../scripts/lib/dist.mjs";
import { S, useSite, open, outcome } from "./fixture.mjs";

// The strict policy each page needs, as the build describes it: its own files, the wasm, the
// offline cache, and its inline style and script by their hashes. The host page of the element
// needs the element's (no inline code of ours).
/** The policy for each path of the site in `root`, from its site.json. */
function policies(root) {
  const policyOf = (id) => site(root).entries.find((e) => e.id === id).csp;
  const byPath = { "index.html": policyOf("page"), "embed.html": policyOf("frame"), "host.html": policyOf("element") };
  return (path) => byPath[path] ?? policyOf("element");
}
const CSP = policies("dist");

/** A page that mounts the widget (the build for authors' trees) with a tree file passed in by the host. */
function mountPage(tree) {
  const { authoringGlue: glue, authoringWasm: wasm } = siteFiles("dist");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custom tree</title>
<link rel="icon" href="data:,">
<script type="module">
  import init, { mount } from "./${glue}";
  await init({ module_or_path: "./${wasm}" });
  mount(document.getElementById("app"), { tree: ${JSON.stringify(JSON.stringify(tree)).replaceAll("</", "<\\/")} }, false, location.href);
</script></head><body><main id="app"></main></body></html>`;
}

const HOSTILE = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "javascript:alert(3)"];
function hostileTree() {
  const tree = JSON.parse(readFileSync("data/tree.json", "utf8"));
  tree.questions.immediate.label = HOSTILE[0];
  tree.questions.immediate.text = HOSTILE[1];
  tree.questions.immediate.examples = [HOSTILE[2], HOSTILE[0]];
  for (const node of tree.nodes.filter((n) => n.outcome)) {
    node.label = HOSTILE[0];
    node.headline = HOSTILE[2];
    node.why = HOSTILE[1];
  }
  tree.strings.yes = "<b>Yes</b>";
  tree.strings.diagram_hint = HOSTILE[0];
  return tree;
}
const broken = (() => {
  const tree = JSON.parse(readFileSync("data/tree.json", "utf8"));
  tree.nodes[0].yes = "<img src=x onerror=alert(1)>";
  return tree;
})();

const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host under CSP</title>
<link rel="icon" href="data:,"><script type="module" src="./embed.js"></script></head>
<body><main><integration-decision-tree id="one"></integration-decision-tree>
<integration-decision-tree id="two" theme="dark" answers="immediate=no"></integration-decision-tree></main></body></html>`;
const strict = useSite({ csp: CSP, pages: { "host.html": hostPage } });
const plain = useSite({ pages: { "hostile.html": mountPage(hostileTree()), "broken.html": mountPage(broken) } });

describe("under a strict Content-Security-Policy", () => {
  for (const path of ["index.html", "embed.html", "host.html"]) {
    test(`${path} works with zero violations`, async () => {
      const refused = [];
      const page = await open(strict, path, {
        init: [
          () => {
            window.__violations = [];
            const record = (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
            document.addEventListener("securitypolicyviolation", record, true);
          },
        ],
        before: (page) => page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text())),
      });
      const response = await page.request.get(strict.url + path);
      assert.equal(response.headers()["content-security-policy"], CSP(path));
      assert.match(CSP(path), /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
      const scope = path === "host.html" ? page.locator("#one") : page;
      for (const answer of ["yes", "yes", "yes"]) {
        await scope.locator(".idt-card").getByRole("button", { name: S[answer], exact: true }).click();
      }
      await scope.locator(".idt[data-outcome=combined]").waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(refused, []);
    });
  }
});

describe("hostile tree data", () => {
  test("labels full of markup and script URLs render as text", async () => {
    const dialogs = [];
    const page = await open(plain, "hostile.html", {
      before: (page) =>
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          d.dismiss();
        }),
    });
    assert.equal(await page.locator(".idt-question").textContent(), HOSTILE[1]);
    assert.equal(await page.locator('[data-node="immediate"] [data-part=label]').textContent(), HOSTILE[0]);
    await page.locator("details").first().evaluate((d) => (d.open = true));
    assert.equal(await page.locator(".idt-examples li").first().textContent(), HOSTILE[2]);
    await page.locator(".idt-card").getByRole("button", { name: "<b>Yes</b>", exact: true }).click();
    await page.locator(".idt-card").getByRole("button", { name: S.no, exact: true }).click();
    assert.equal(await outcome(page), "rest");
    assert.equal(await page.locator(".idt-headline").textContent(), HOSTILE[2]);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll(".idt img").length,
      script: document.querySelectorAll(".idt script").length,
      bold: document.querySelectorAll(".idt b").length,
      links: [...document.querySelectorAll(".idt a")].map((a) => a.href),
    }));
    assert.deepEqual(injected, { img: 0, script: 0, bold: 0, links: [] });
    // Anything injected would have run while the widget rendered, before the checks above.
    assert.deepEqual(dialogs, [], "no script ran");
  });

  test("a broken tree is refused with its problems as text, never as markup", async () => {
    const page = await open(plain, "broken.html", { wait: "#app [role=alert]" });
    const alert = page.locator("#app [role=alert]");
    assert.match(await alert.textContent(), /node "immediate": the "yes" answer leads to "<img src=x onerror=alert\(1\)>", which does not exist/);
    assert.equal(await alert.locator("[data-error-node=immediate]").getAttribute("data-error-path"), "/nodes/immediate/next/yes");
    assert.equal(await page.locator("#app img").count(), 0);
  });
});

// The crash screen needs a widget that panics on demand. The release build has no way to do
// that (any script on a host page could use it), so these tests run against the test site:
// the same build with the `test-hooks` feature (`make test-site`). The event's name is read
// from the Rust source that listens for it.
const TEST_PANIC_EVENT = readFileSync("src/ui/test_hooks.rs", "utf8").match(/TEST_PANIC_EVENT: &str = "([^"]+)"/)[1];
const testSite = useSite({ root: "target/test-site", csp: policies("target/test-site"), pages: { "host.html": hostPage } });

/**
 * Arms a panic in a widget: the page's own (`host` null) or the one inside the element with id
 * `host`. The event goes to the element the widget is mounted in, the parent of `.idt`.
 */
const arm = (page, host, where) =>
  page.evaluate(
    ([name, host, where]) => {
      const scope = host ? document.getElementById(host).shadowRoot : document;
      scope.querySelector(".idt").parentElement.dispatchEvent(new CustomEvent(name, { detail: where }));
    },
    [TEST_PANIC_EVENT, host, where],
  );
/** The panic is logged and the wasm traps: both expected here. */
const expectPanic = (page) => {
  page.expectProblem(/integration-decision-tree [\d.]+\S* stopped: [\s\S]*test-only panic/);
  page.expectProblem(/unreachable|RuntimeError/);
};

describe("a crash replaces the widget with the tree's message and a Reload button", () => {
  for (const [where, after] of [
    ["now", async () => {}],
    ["update", (page) => page.locator(".idt-card").getByRole("button", { name: S.yes, exact: true }).click()],
    ["render", (page) => page.locator(".idt-card").getByRole("button", { name: S.no, exact: true }).click()],
  ]) {
    test(`a panic ${where === "now" ? "outside Yew" : `during an ${where === "render" ? "render" : "update"}`}`, async () => {
      const page = await open(testSite, "index.html#immediate=no");
      expectPanic(page);
      await arm(page, null, where);
      await after(page);
      const crashed = page.locator(".idt-crashed[role=alert]");
      await crashed.waitFor();
      // The exact sentence from the tree file proves the wasm supplied it: the loader's own
      // fallback says something else.
      assert.equal(await crashed.locator("p").textContent(), S.crash_message);
      await crashed.getByRole("button", { name: S.reload, exact: true }).click();
      await page.locator(".idt-card").waitFor();
      assert.equal(await page.locator("[aria-current=step]").getAttribute("data-node"), "fan-out", "the link keeps the answers");
    });
  }
});

test("a crash replaces every embedded instance, within the strict policy", async () => {
  const page = await open(testSite, "host.html", { wait: "#two .idt-card" });
  expectPanic(page);
  const refused = [];
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
  await page.locator("#one .idt-card").waitFor();
  // The widget's root is the element its loader mounted it in, inside the shadow root.
  await arm(page, "one", "render");
  await page.locator("#one .idt-card").getByRole("button", { name: S.yes, exact: true }).click();
  for (const id of ["one", "two"]) {
    const crashed = page.locator(`#${id} .idt-crashed[role=alert]`);
    await crashed.waitFor();
    assert.equal(await crashed.locator("p").textContent(), S.crash_message);
    assert.equal(await crashed.getByRole("button", { name: S.reload, exact: true }).count(), 1);
  }
  assert.deepEqual(refused, []);
});
