// Hardening: a strict Content-Security-Policy, hostile tree data, and the crash screen.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { useSite, open, outcome, answerOnCard } from "./fixture.mjs";

const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'";

const glueName = () => readdirSync("dist").find((f) => /^integration-decision-tree-[0-9a-f]+\.js$/.test(f));

/** A page that mounts the widget with a tree file passed in by the host. */
function mountPage(tree) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custom tree</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="./${readFileSync("dist/index.html", "utf8").match(/href="?\.\/(site-[0-9a-f]+\.css)/)[1]}">
<script type="module">
  import init, { mount } from "./${glueName()}";
  await init({ module_or_path: "./${glueName().replace(/\.js$/, "_bg.wasm")}" });
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

const site = useSite({
  csp: CSP,
  pages: {
    "host.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host under CSP</title>
<link rel="icon" href="data:,"><script type="module" src="./embed.js"></script></head>
<body><main><integration-decision-tree id="one"></integration-decision-tree>
<integration-decision-tree id="two" theme="dark" answers="immediate=no"></integration-decision-tree></main></body></html>`,
  },
});
const plain = useSite({ pages: { "hostile.html": mountPage(hostileTree()), "broken.html": mountPage(broken) } });

describe("under a strict Content-Security-Policy", () => {
  for (const path of ["index.html", "embed.html", "host.html"]) {
    test(`${path} works with zero violations`, async () => {
      const page = await site.browser.newPage();
      page.setDefaultTimeout(8000);
      const refused = [];
      page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
      await page.addInitScript(() => {
        window.__violations = [];
        const record = (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        document.addEventListener("securitypolicyviolation", record, true);
      });
      const response = await page.goto(site.url + path);
      assert.equal(response.headers()["content-security-policy"], CSP);
      await page.locator(".idt").first().waitFor();
      const scope = path === "host.html" ? page.locator("#one") : page;
      for (const answer of ["Yes", "Yes", "Yes"]) {
        await scope.locator(".idt-card").getByRole("button", { name: answer, exact: true }).click();
      }
      await scope.locator(".idt[data-outcome=combined]").waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(refused, []);
      await page.close();
    });
  }
});

describe("hostile tree data", () => {
  test("labels full of markup and script URLs render as text", async () => {
    const page = await plain.browser.newPage();
    page.setDefaultTimeout(8000);
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(plain.url + "hostile.html");
    await page.locator(".idt").waitFor();
    assert.equal(await page.locator(".idt-question").textContent(), HOSTILE[1]);
    assert.equal(await page.locator('[data-node="immediate"] .idt-label').textContent(), HOSTILE[0]);
    await page.locator("details").first().evaluate((d) => (d.open = true));
    assert.equal(await page.locator(".idt-examples li").first().textContent(), HOSTILE[2]);
    await page.locator(".idt-card").getByRole("button", { name: "<b>Yes</b>", exact: true }).click();
    await page.locator(".idt-card").getByRole("button", { name: "No", exact: true }).click();
    assert.equal(await outcome(page), "rest");
    assert.equal(await page.locator(".idt-headline").textContent(), HOSTILE[2]);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll(".idt img").length,
      script: document.querySelectorAll(".idt script").length,
      bold: document.querySelectorAll(".idt b").length,
      links: [...document.querySelectorAll(".idt a")].map((a) => a.href),
    }));
    assert.deepEqual(injected, { img: 0, script: 0, bold: 0, links: [] });
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], "no script ran");
    await page.close();
  });

  test("a broken tree is refused with its problems as text, never as markup", async () => {
    const page = await plain.browser.newPage();
    await page.goto(plain.url + "broken.html");
    const alert = page.locator("#app[role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), /node "immediate": the "yes" answer leads to "<img src=x onerror=alert\(1\)>", which does not exist/);
    assert.equal(await page.locator("#app img").count(), 0);
    await page.close();
  });
});

test("a crash replaces the widget with a message and a Reload button", async () => {
  const page = await open(plain, "#immediate=no");
  // The page's test-only trigger; the trap after the panic hook surfaces as a page error.
  await page.locator("#app").evaluate((root) => root.dispatchEvent(new Event("idt-test-panic")));
  const crashed = page.locator(".idt-crashed[role=alert]");
  await crashed.waitFor();
  assert.match(await crashed.textContent(), /Something went wrong/);
  await crashed.getByRole("button", { name: "Reload" }).click();
  await page.locator(".idt-card").waitFor();
  assert.equal(await page.locator("[aria-current=step]").getAttribute("data-node"), "fan-out", "the link keeps the answers");
  await page.closeAll();
});

test("a crash replaces every embedded instance, within the strict policy", async () => {
  const page = await site.browser.newPage();
  page.setDefaultTimeout(8000);
  const refused = [];
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
  await page.goto(site.url + "host.html");
  for (const id of ["one", "two"]) await page.locator(`#${id} .idt-card`).waitFor();
  // The widget's root is the element its loader mounted it in, inside the shadow root.
  await page.evaluate(() => {
    const root = document.getElementById("one").shadowRoot.querySelector("link + div");
    root.dispatchEvent(new Event("idt-test-panic"));
  });
  for (const id of ["one", "two"]) {
    const crashed = page.locator(`#${id} .idt-crashed[role=alert]`);
    await crashed.waitFor();
    assert.equal(await crashed.getByRole("button", { name: "Reload" }).count(), 1);
  }
  assert.deepEqual(refused, []);
  await page.close();
});
