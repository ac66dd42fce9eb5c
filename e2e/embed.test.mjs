// Embedding: the custom element on host pages of another origin (hostile ones included), its
// attributes, permalink, events, focus manners, removal and theming; the auto-sizing iframe;
// and the oEmbed response.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { serve } from "../scripts/lib/serve.mjs";
import { S, useSite, eventually, focusedText, LIVE } from "./fixture.mjs";

const site = useSite();
const hosts = mkdtempSync(join(tmpdir(), "idt-hosts-"));
let host;

/** A host page on the other origin that loads embed.js and holds `body`. */
const hostPage = (title, body, head = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"><script type="module" src="${site.url}embed.js"></script>${head}</head>
<body><main>${body}</main></body></html>`;

/** The README's iframe snippet, with its example URLs replaced by this test's site. */
function readmeIframeSnippet() {
  const section = readFileSync("README.md", "utf8").split("### The iframe")[1];
  const snippet = section.match(/```html\n([\s\S]*?)```/)[1];
  return snippet.replaceAll("https://example.org/decision-tree/", site.url).replaceAll("https://example.org", new URL(site.url).origin);
}

// Written on first use: the widget's URL is only known once the site's server is up.
async function hostPages() {
  if (host) return host;
  const pages = {
    "hostile.html": hostPage(
      "A hostile host",
      `<h1>A host page</h1>
<div class="idt-panel idt-card" id="probe">Host content with the widget's class names</div>
<integration-decision-tree id="one"></integration-decision-tree>
<integration-decision-tree id="two" theme="dark"></integration-decision-tree>
<integration-decision-tree id="three" answers="immediate=no"></integration-decision-tree>`,
      `<style>* { font: 30px serif !important; color: red !important } button { display: none } svg { display: none }</style>`,
    ),
    "settings.html": hostPage(
      "Settings",
      `<integration-decision-tree id="preset" answers="immediate=yes&amp;fan-out=yes&amp;async=yes" diagram="hide"></integration-decision-tree>
<integration-decision-tree id="wrong" theme="purple" diagram="sometimes" answers="%%%"></integration-decision-tree>`,
    ),
    "permalink.html": hostPage(
      "Permalink",
      `<integration-decision-tree id="owner" permalink></integration-decision-tree>
<integration-decision-tree id="second" permalink></integration-decision-tree>
<integration-decision-tree id="off" permalink="off"></integration-decision-tree>`,
    ),
    "focus.html": hostPage(
      "Focus",
      `<label>Search this site <input id="search" autofocus></label>
<integration-decision-tree id="linked" permalink></integration-decision-tree>
<integration-decision-tree id="preset" answers="immediate=yes&amp;fan-out=no"></integration-decision-tree>`,
    ),
    "themed.html": hostPage(
      "Themed",
      `<integration-decision-tree id="auto" theme="auto"></integration-decision-tree>
<integration-decision-tree id="styled" theme="light"></integration-decision-tree>`,
      `<style>#styled { --idt-background: rgb(1, 2, 3); --idt-text: rgb(250, 240, 230); }</style>`,
    ),
    // The README's iframe snippet, pointed at this test's site.
    "iframe.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Iframe host</title><link rel="icon" href="data:,"></head>
<body><main><h1>An article</h1>${readmeIframeSnippet().replace("<iframe ", '<iframe id="tree" ')}</main></body></html>`,
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(hosts, name), html);
  host = await serve({ root: hosts, port: 0 });
  return host;
}
after(() => new Promise((done) => (host ? host.server.close(done) : done())));

/** Opens a host page in a fresh context; `page.messages` holds everything the console said. */
async function openHost(name, { context = {}, before } = {}) {
  await hostPages();
  const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...context });
  const page = site.track(await ctx.newPage());
  page.setDefaultTimeout(8000);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.messages = messages;
  await before?.(page);
  await page.goto(host.url + name);
  return page;
}

const inWidget = (page, id, selector) => page.locator(`#${id} ${selector}`);
const currentIn = (page, id) => inWidget(page, id, "[aria-current=step]").getAttribute("data-node");
const outcomeIn = (page, id) => inWidget(page, id, ".idt").getAttribute("data-outcome");

async function walk(page, id, answers) {
  for (const answer of answers) {
    const at = await currentIn(page, id);
    await inWidget(page, id, `[data-edge="${at}:${answer}"] text`).click();
    await page.waitForFunction(
      ([id, at]) => !document.getElementById(id).shadowRoot.querySelector(`[data-node="${at}"][aria-current=step]`),
      [id, at],
    );
  }
}

/** The sum of the red, green and blue of an element's background inside a widget. */
// Of a panel: outside its panels the widget is transparent, the host's page showing through.
const brightness = (page, id) =>
  inWidget(page, id, ".idt-main > .idt-panel:first-child").evaluate((el) =>
    getComputedStyle(el).backgroundColor.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b),
  );

describe("the custom element on a hostile page from another origin", () => {
  test("three instances walk to three different outcomes, independently", async () => {
    const page = await openHost("hostile.html");
    await inWidget(page, "three", LIVE).waitFor();
    assert.equal(await currentIn(page, "three"), "fan-out");
    await walk(page, "one", ["yes", "yes", "yes"]);
    await walk(page, "two", ["yes", "no"]);
    await walk(page, "three", ["yes", "yes"]);
    assert.equal(await outcomeIn(page, "one"), "combined");
    assert.equal(await outcomeIn(page, "two"), "rest");
    assert.equal(await outcomeIn(page, "three"), "event-driven");
    assert.equal(new URL(page.url()).hash, "", "embedded instances leave the host's URL alone");
    assert.deepEqual(page.messages.filter((m) => !m.startsWith("warning")), []);
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
  });

  test("axe finds nothing on the host page, duplicate ids included", async () => {
    const page = await openHost("hostile.html");
    for (const id of ["one", "two", "three"]) await inWidget(page, id, LIVE).waitFor();
    await walk(page, "one", ["no", "yes"]);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll("integration-decision-tree")].flatMap((el) => [...el.shadowRoot.querySelectorAll("[id]")].map((n) => n.id)),
    );
    assert.equal(new Set(ids).size, ids.length, "element ids are unique across instances");
  });

  test("removing an element unmounts it quietly; the others keep working, and it can come back", async () => {
    const page = await openHost("hostile.html");
    for (const id of ["one", "two"]) await inWidget(page, id, LIVE).waitFor();
    await page.evaluate(() => {
      window.heard = [];
      document.addEventListener("idt-answer", (e) => window.heard.push(e.target.id));
      window.removed = document.getElementById("one");
      window.removed.remove();
    });
    await page.waitForFunction(() => !window.removed.shadowRoot.querySelector(".idt"));
    await walk(page, "two", ["yes", "no"]);
    assert.equal(await outcomeIn(page, "two"), "rest");
    // Back at the end of the page, below the fold: it starts once scrolled to (it is lazy).
    await page.evaluate(() => {
      document.querySelector("main").append(window.removed);
      window.removed.scrollIntoView();
    });
    await inWidget(page, "one", LIVE).waitFor();
    await walk(page, "one", ["no"]);
    assert.equal(await currentIn(page, "one"), "fan-out");
    assert.deepEqual(await page.evaluate(() => window.heard), ["two", "two", "one"]);
  });
});

describe("attributes", () => {
  test("answers presets the walk, diagram hides the diagram, invalid values fall back with one warning each", async () => {
    const page = await openHost("settings.html");
    await inWidget(page, "preset", LIVE).waitFor();
    await inWidget(page, "wrong", LIVE).waitFor();
    assert.equal(await outcomeIn(page, "preset"), "combined");
    assert.equal(await inWidget(page, "preset", "svg.idt-svg").count(), 0);
    assert.equal(await inWidget(page, "wrong", ".idt").getAttribute("data-theme"), "auto");
    assert.equal(await inWidget(page, "wrong", "svg.idt-svg").count(), 1);
    assert.equal(await currentIn(page, "wrong"), "immediate");
    const warnings = page.messages.filter((m) => m.startsWith("warning: integration-decision-tree"));
    assert.equal(warnings.length, 3, warnings.join("\n"));
    for (const setting of ["theme", "diagram", "answers"]) assert.ok(warnings.some((w) => w.includes(`${setting}=`)), setting);
  });

  test("changing attributes after mount takes effect", async () => {
    const page = await openHost("settings.html");
    await inWidget(page, "wrong", LIVE).waitFor();
    const theme = () => inWidget(page, "wrong", ".idt").getAttribute("data-theme");
    await page.locator("#wrong").evaluate((el) => el.setAttribute("theme", "light"));
    await eventually(theme, "light");
    const light = await brightness(page, "wrong");
    await page.locator("#wrong").evaluate((el) => el.setAttribute("theme", "dark"));
    await eventually(theme, "dark");
    assert.ok((await brightness(page, "wrong")) < light, "the dark palette applies");
    await page.locator("#wrong").evaluate((el) => el.setAttribute("answers", "immediate=no&fan-out=no&async=no"));
    await eventually(() => outcomeIn(page, "wrong"), "rest");
    await page.locator("#wrong").evaluate((el) => el.setAttribute("diagram", "hide"));
    await eventually(() => inWidget(page, "wrong", "svg.idt-svg").count(), 0);
  });

  test("theme=auto follows the reader's system, also when it changes", async () => {
    const page = await openHost("themed.html", { context: { colorScheme: "light" } });
    await inWidget(page, "auto", LIVE).waitFor();
    assert.ok((await brightness(page, "auto")) > 600, "light in a light system");
    await page.emulateMedia({ colorScheme: "dark" });
    await eventually(async () => (await brightness(page, "auto")) < 150, true, "dark once the system turns dark");
    await page.emulateMedia({ colorScheme: "light" });
    await eventually(async () => (await brightness(page, "auto")) > 600, true, "light again");
  });

  test("--idt-background and --idt-text set on the element restyle it", async () => {
    const page = await openHost("themed.html");
    await inWidget(page, "styled", LIVE).waitFor();
    const colours = await inWidget(page, "styled", ".idt").evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      text: getComputedStyle(el).color,
      question: getComputedStyle(el.querySelector(".idt-question")).color,
    }));
    assert.deepEqual(colours, { background: "rgb(1, 2, 3)", text: "rgb(250, 240, 230)", question: "rgb(250, 240, 230)" });
    assert.ok((await brightness(page, "auto")) > 100, "the other element keeps its own colours");
  });
});

describe("the permalink attribute", () => {
  test("the first element that asks owns the host's hash; others get one warning and leave it alone", async () => {
    const page = await openHost("permalink.html#immediate=no");
    for (const id of ["owner", "second", "off"]) await inWidget(page, id, LIVE).waitFor();
    assert.equal(await currentIn(page, "owner"), "fan-out", "the owner restores the link");
    assert.equal(await currentIn(page, "second"), "immediate");
    assert.equal(await currentIn(page, "off"), "immediate");
    const refusals = page.messages.filter((m) => m.includes("only one element per page may use the permalink"));
    assert.equal(refusals.length, 1, refusals.join("\n"));

    await walk(page, "owner", ["yes"]);
    await eventually(() => page.evaluate(() => location.hash), "#immediate=no&fan-out=yes");
    await walk(page, "second", ["yes", "no"]);
    await walk(page, "off", ["no"]);
    assert.equal(await page.evaluate(() => location.hash), "#immediate=no&fan-out=yes", "only the owner writes the hash");

    await page.goBack();
    await eventually(() => currentIn(page, "owner"), "fan-out", "back moves the owner");
    assert.equal(await outcomeIn(page, "second"), "rest", "and nobody else");
    await page.evaluate(() => (location.hash = "#immediate=yes&fan-out=yes&async=yes"));
    await eventually(() => outcomeIn(page, "owner"), "combined", "a hand-edited hash moves the owner");
  });

  test("an embed does not take focus on load, even when it restores a link", async () => {
    const page = await openHost("focus.html#immediate=yes&fan-out=no");
    for (const id of ["linked", "preset"]) await inWidget(page, id, LIVE).waitFor();
    assert.equal(await outcomeIn(page, "linked"), "rest");
    assert.equal(await outcomeIn(page, "preset"), "rest");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "search", "focus stays where the host put it");
    // Moving through history is the reader acting on the widget: then focus follows.
    await page.evaluate(() => (location.hash = "#immediate=no"));
    await eventually(() => currentIn(page, "linked"), "fan-out");
    await page.goBack();
    await eventually(() => outcomeIn(page, "linked"), "rest");
    const headline = await inWidget(page, "linked", ".idt-headline").textContent();
    await eventually(() => focusedText(page), headline.trim());
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
  await inWidget(page, "one", LIVE).waitFor();
  await walk(page, "one", ["no", "no", "yes"]);
  await page.locator("#one").getByRole("button", { name: S.restart, exact: true }).click();
  await eventually(() => page.evaluate(() => window.heard.length), 5);
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
  assert.deepEqual(heard[4].detail, { question: null, answer: null, node: null, outcome: null, answers: {}, hash: "" });
});

describe("the iframe embed", () => {
  const fits = async (page) => {
    const frame = page.frameLocator("#tree");
    const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const iframe = await page.locator("#tree").evaluate((el) => el.getBoundingClientRect().height);
    const scrolls = await frame.locator("html").evaluate((el) => el.scrollHeight > el.clientHeight);
    return { content, iframe, scrolls };
  };
  // The frame is cross-origin, so its height is read through Playwright, polling while the
  // message from the frame travels to the host; then it must hold still.
  const settled = async (page) => {
    await eventually(async () => {
      const now = await fits(page);
      return Math.abs(now.content - now.iframe) <= 2 && !now.scrolls;
    }, true, "the iframe fits its content without a scroll bar");
    const first = await fits(page);
    // Observing stability is the point here: a second in which nothing may change.
    await page.waitForTimeout(1000);
    assert.deepEqual(await fits(page), first, "no change in the next second");
  };

  test("sizes itself to its content at the start and at each outcome", async () => {
    const page = await openHost("iframe.html");
    const frame = page.frameLocator("#tree");
    await frame.locator(LIVE).waitFor();
    await settled(page);
    for (const answers of [["yes", "no"], ["no", "yes", "yes"], ["yes", "yes", "yes"]]) {
      for (const answer of answers) {
        const at = await frame.locator("[aria-current=step]").getAttribute("data-node");
        await frame.locator(`[data-edge="${at}:${answer}"] text`).click();
        await frame.locator(`[data-node="${at}"]:not([aria-current])`).waitFor();
      }
      await frame.locator(".idt[data-outcome]").waitFor();
      await settled(page);
      await frame.getByRole("button", { name: S.restart, exact: true }).click();
      await frame.locator(".idt:not([data-outcome])").waitFor();
    }
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
    // A narrow frame folds the diagram under the card: open it.
    await frame.locator(".idt:not([data-prerendered]) .idt-diagram-toggle").click();
    await frame.locator('[data-node="fan-out"][aria-current=step]').waitFor();
    await frame.locator('[data-edge="fan-out:yes"] text').click();
    await frame.locator('[data-node="async-fan-out"][aria-current=step]').waitFor();
  });
});

describe("oEmbed", () => {
  const iframeSrc = (response) => response.html.match(/<iframe src="([^"]+)"/)[1];

  test("the page announces oembed.json, whose iframe is embed.html, relative without SITE_URL", async () => {
    const page = await site.browser.newPage();
    site.track(page);
    await page.goto(site.url);
    const href = await page.locator('link[rel=alternate][type="application/json+oembed"]').getAttribute("href");
    const response = await (await page.request.get(new URL(href, page.url()).href)).json();
    assert.equal(response.version, "1.0");
    assert.equal(response.type, "rich");
    assert.equal(response.provider_url, undefined);
    assert.equal(iframeSrc(response), "./embed.html");
    assert.match(response.html, /^<iframe [^>]*title="[^"<>]+"[^>]*><\/iframe>$/, "the iframe alone, its title escaped");
  });

  test("with SITE_URL every URL in it is absolute", () => {
    const out = mkdtempSync(join(tmpdir(), "idt-site-url-"));
    execFileSync("node", ["scripts/build.mjs", "--widget=target/trunk", `--out=${out}`], {
      env: { ...process.env, SITE_URL: "https://example.org/tools/decision-tree" },
      stdio: "ignore",
    });
    const response = JSON.parse(readFileSync(join(out, "oembed.json"), "utf8"));
    assert.equal(response.provider_url, "https://example.org/tools/decision-tree/");
    assert.equal(iframeSrc(response), "https://example.org/tools/decision-tree/embed.html");
    const discovery = readFileSync(join(out, "index.html"), "utf8").match(/type="application\/json\+oembed" href="([^"]+)"/)[1];
    assert.equal(discovery, "https://example.org/tools/decision-tree/oembed.json");
  });
});
