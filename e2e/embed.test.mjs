// Embedding: the custom element on a hostile host page (another origin), its attributes and
// events, and the auto-sizing iframe.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { serve } from "../scripts/serve.mjs";
import { useSite } from "./fixture.mjs";

const site = useSite();
const hosts = mkdtempSync(join(tmpdir(), "idt-hosts-"));
let host;
// Written on first use: the widget's URL is only known once the site's server is up.
async function hostPages() {
  if (host) return host;
  const widget = site.url;
  writeFileSync(
    join(hosts, "hostile.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hostile host</title><link rel="icon" href="data:,">
<style>* { font: 30px serif !important; color: red !important } button { display: none } svg { display: none }</style>
<script type="module" src="${widget}embed.js"></script></head>
<body><main><h1>A host page</h1>
<div class="idt-panel idt-card" id="probe">Host content with the widget's class names</div>
<integration-decision-tree id="one"></integration-decision-tree>
<integration-decision-tree id="two" theme="dark"></integration-decision-tree>
<integration-decision-tree id="three" answers="immediate=no"></integration-decision-tree>
</main></body></html>`,
  );
  writeFileSync(
    join(hosts, "settings.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Settings</title><link rel="icon" href="data:,">
<script type="module" src="${widget}embed.js"></script></head>
<body><main>
<integration-decision-tree id="preset" answers="immediate=yes&amp;fan-out=yes&amp;async=yes" diagram="hide"></integration-decision-tree>
<integration-decision-tree id="wrong" theme="purple" diagram="sometimes" answers="%%%"></integration-decision-tree>
</main></body></html>`,
  );
  writeFileSync(
    join(hosts, "iframe.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iframe host</title><link rel="icon" href="data:,"></head>
<body><main><h1>An article</h1>
<iframe id="tree" src="${widget}embed.html" title="REST or event-driven integration? decision tree"
  width="100%" height="600" loading="lazy" style="border: 0"></iframe>
<script>
  // The README's host snippet.
  addEventListener("message", (event) => {
    const frame = document.getElementById("tree");
    if (event.origin !== new URL(frame.src).origin || event.source !== frame.contentWindow) return;
    if (event.data?.type === "integration-decision-tree:height") frame.style.height = event.data.height + "px";
  });
</script></main></body></html>`,
  );
  host = await serve({ root: hosts, port: 0 });
  return host;
}
after(() => new Promise((done) => (host ? host.server.close(done) : done())));

async function openHost(name, options = {}) {
  await hostPages();
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => messages.push(`exception: ${e.message}`));
  page.messages = messages;
  await page.goto(host.url + name);
  return page;
}

const inWidget = (page, id, selector) => page.locator(`#${id} ${selector}`);

async function walk(page, id, answers) {
  for (const answer of answers) {
    const at = await inWidget(page, id, "[aria-current=step]").getAttribute("data-node");
    await inWidget(page, id, `[data-edge="${at}:${answer}"] text`).click();
    await page.waitForFunction(
      ([id, at]) => !document.getElementById(id).shadowRoot.querySelector(`[data-node="${at}"][aria-current=step]`),
      [id, at],
    );
  }
}

describe("the custom element on a hostile page from another origin", () => {
  test("three instances walk to three different outcomes, independently", async () => {
    const page = await openHost("hostile.html");
    await inWidget(page, "three", ".idt").waitFor();
    assert.equal(await inWidget(page, "three", "[aria-current=step]").getAttribute("data-node"), "fan-out");
    await walk(page, "one", ["yes", "yes", "yes"]);
    await walk(page, "two", ["yes", "no"]);
    await walk(page, "three", ["yes", "yes"]);
    assert.equal(await inWidget(page, "one", ".idt").getAttribute("data-outcome"), "combined");
    assert.equal(await inWidget(page, "two", ".idt").getAttribute("data-outcome"), "rest");
    assert.equal(await inWidget(page, "three", ".idt").getAttribute("data-outcome"), "event-driven");
    assert.equal(new URL(page.url()).hash, "", "embedded instances leave the host's URL alone");
    assert.deepEqual(page.messages.filter((m) => !m.startsWith("warning")), []);
    await page.context().close();
  });

  test("host CSS does not reach in, and the widget's CSS does not leak out", async () => {
    const page = await openHost("hostile.html");
    await inWidget(page, "one", ".idt-card").waitFor();
    const inside = await page.evaluate(() => {
      const root = document.getElementById("one").shadowRoot;
      const style = (el) => getComputedStyle(el);
      const button = root.querySelector(".idt-card button");
      return {
        buttonDisplay: style(button).display,
        buttonFont: style(button).fontSize,
        headingFont: style(root.querySelector(".idt-question")).fontSize,
        headingColor: style(root.querySelector(".idt-question")).color,
        family: style(root.querySelector(".idt")).fontFamily,
        svgDisplay: style(root.querySelector("svg.idt-svg")).display,
      };
    });
    assert.notEqual(inside.buttonDisplay, "none");
    assert.equal(inside.buttonFont, "18px");
    assert.equal(inside.headingFont, "22px");
    assert.notEqual(inside.headingColor, "rgb(255, 0, 0)");
    assert.doesNotMatch(inside.family, /^serif$/);
    assert.equal(inside.svgDisplay, "block");
    const probe = await page.evaluate(() => {
      const style = getComputedStyle(document.getElementById("probe"));
      return { border: style.borderTopStyle, padding: style.paddingTop };
    });
    assert.deepEqual(probe, { border: "none", padding: "0px" }, "the widget's styles stay in its shadow root");
    await page.context().close();
  });

  test("axe finds nothing on the host page, duplicate ids included", async () => {
    const page = await openHost("hostile.html");
    for (const id of ["one", "two", "three"]) await inWidget(page, id, ".idt").waitFor();
    await walk(page, "one", ["no", "yes"]);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll("integration-decision-tree")].flatMap((el) => [...el.shadowRoot.querySelectorAll("[id]")].map((n) => n.id)),
    );
    assert.equal(new Set(ids).size, ids.length, "element ids are unique across instances");
    await page.context().close();
  });

});

describe("attributes", () => {
  test("answers presets the walk, diagram hides the diagram, invalid values fall back with one warning each", async () => {
    const page = await openHost("settings.html");
    await inWidget(page, "preset", ".idt").waitFor();
    await inWidget(page, "wrong", ".idt").waitFor();
    assert.equal(await inWidget(page, "preset", ".idt").getAttribute("data-outcome"), "combined");
    assert.equal(await inWidget(page, "preset", "svg.idt-svg").count(), 0);
    assert.equal(await inWidget(page, "wrong", ".idt").getAttribute("data-theme"), "auto");
    assert.equal(await inWidget(page, "wrong", "svg.idt-svg").count(), 1);
    assert.equal(await inWidget(page, "wrong", "[aria-current=step]").getAttribute("data-node"), "immediate");
    const warnings = page.messages.filter((m) => m.startsWith("warning: integration-decision-tree"));
    assert.equal(warnings.length, 3, warnings.join("\n"));
    for (const setting of ["theme", "diagram", "answers"]) assert.ok(warnings.some((w) => w.includes(`${setting}=`)), setting);
    await page.context().close();
  });

  test("changing attributes after mount takes effect", async () => {
    const page = await openHost("settings.html");
    await inWidget(page, "wrong", ".idt").waitFor();
    const theme = () => inWidget(page, "wrong", ".idt").getAttribute("data-theme");
    const background = () => inWidget(page, "wrong", ".idt").evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.locator("#wrong").evaluate((el) => el.setAttribute("theme", "light"));
    await page.waitForFunction(() => document.getElementById("wrong").shadowRoot.querySelector(".idt[data-theme=light]"));
    const light = await background();
    await page.locator("#wrong").evaluate((el) => el.setAttribute("theme", "dark"));
    await page.waitForFunction(() => document.getElementById("wrong").shadowRoot.querySelector(".idt[data-theme=dark]"));
    assert.equal(await theme(), "dark");
    assert.notEqual(await background(), light, "the dark palette applies");
    await page.locator("#wrong").evaluate((el) => el.setAttribute("answers", "immediate=no&fan-out=no&async=no"));
    await page.waitForFunction(() => document.getElementById("wrong").shadowRoot.querySelector(".idt[data-outcome=rest]"));
    await page.locator("#wrong").evaluate((el) => el.setAttribute("diagram", "hide"));
    await page.waitForFunction(() => !document.getElementById("wrong").shadowRoot.querySelector("svg.idt-svg"));
    await page.context().close();
  });
});

test("hosts hear about answers, outcomes and restarts on document", async () => {
  const page = await openHost("hostile.html");
  await page.evaluate(() => {
    window.heard = [];
    for (const type of ["idt-answer", "idt-outcome", "idt-restart"]) {
      document.addEventListener(type, (e) => window.heard.push({ type, target: e.target.id, detail: e.detail }));
    }
  });
  await inWidget(page, "one", ".idt").waitFor();
  await walk(page, "one", ["no", "no", "yes"]);
  await page.locator("#one").getByRole("button", { name: "Start again", exact: true }).click();
  const heard = await page.evaluate(() => window.heard);
  assert.deepEqual(
    heard.map((h) => [h.type, h.target]),
    [["idt-answer", "one"], ["idt-answer", "one"], ["idt-answer", "one"], ["idt-outcome", "one"], ["idt-restart", "one"]],
  );
  assert.deepEqual(heard[1].detail, {
    question: "fan-out",
    answer: "no",
    node: "fan-out",
    outcome: null,
    answers: { immediate: "no", "fan-out": "no" },
    hash: "immediate=no&fan-out=no",
  });
  assert.deepEqual(heard[3].detail, {
    question: null,
    answer: null,
    node: "event-async",
    outcome: "event-driven",
    answers: { immediate: "no", "fan-out": "no", async: "yes" },
    hash: "immediate=no&fan-out=no&async=yes",
  });
  assert.deepEqual(heard[4].detail.answers, {});
  await page.context().close();
});

describe("the iframe embed", () => {
  const fits = async (page) => {
    const frame = page.frameLocator("#tree");
    const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const iframe = await page.locator("#tree").evaluate((el) => el.getBoundingClientRect().height);
    const scrolls = await frame.locator("html").evaluate((el) => el.scrollHeight > el.clientHeight);
    return { content, iframe, scrolls };
  };
  const settled = async (page) => {
    // The frame is cross-origin, so its height is read through Playwright, polling briefly
    // while the message from the frame travels to the host.
    let first = await fits(page);
    for (let tries = 0; tries < 40 && Math.abs(first.content - first.iframe) > 2; tries++) {
      await page.waitForTimeout(50);
      first = await fits(page);
    }
    await page.waitForTimeout(1000);
    const later = await fits(page);
    assert.ok(Math.abs(first.content - first.iframe) <= 2, JSON.stringify(first));
    assert.equal(first.scrolls, false, "no scroll bar");
    assert.deepEqual(later, first, "no change in the next second");
  };

  test("sizes itself to its content at the start and at each outcome", async () => {
    const page = await openHost("iframe.html");
    const frame = page.frameLocator("#tree");
    await frame.locator(".idt").waitFor();
    await settled(page);
    for (const answers of [["yes", "no"], ["no", "yes", "yes"], ["yes", "yes", "yes"]]) {
      for (const answer of answers) {
        const at = await frame.locator("[aria-current=step]").getAttribute("data-node");
        await frame.locator(`[data-edge="${at}:${answer}"] text`).click();
      }
      await frame.locator(".idt[data-outcome]").waitFor();
      await settled(page);
      await frame.getByRole("button", { name: "Start again", exact: true }).click();
      await frame.locator(".idt:not([data-outcome])").waitFor();
    }
    await page.context().close();
  });

  test("works in a sandboxed iframe, as WordPress embeds oEmbed content", async () => {
    const page = await openHost("iframe.html");
    await page.locator("#tree").evaluate((frame, src) => {
      const sandboxed = document.createElement("iframe");
      sandboxed.id = "sandboxed";
      sandboxed.title = "sandboxed copy";
      sandboxed.setAttribute("sandbox", "allow-scripts");
      sandboxed.src = src;
      frame.after(sandboxed);
    }, site.url + "embed.html?answers=immediate%3Dno");
    const frame = page.frameLocator("#sandboxed");
    await frame.locator('[data-node="fan-out"][aria-current=step]').waitFor();
    await frame.locator('[data-edge="fan-out:yes"] text').click();
    await frame.locator('[data-node="async-fan-out"][aria-current=step]').waitFor();
    await page.context().close();
  });
});
