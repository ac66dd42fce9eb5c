// An outcome a reader can act on at a glance, and a widget that is a good guest: measured on
// every path of the golden table. Today's figures (before the outcome came in layers) are
// written below as they were measured, at f35776c, with target/tools/heights.mjs's method.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { DEFAULT_MARGINS, pagesOf } from "./pdf.mjs";
import { LIVE, ROWS, S, TREE, answerOnCard, eventually, open, outcome, useSite } from "./fixture.mjs";

/** The outcome panel's height (px) before this change, by width and outcome node. */
const BEFORE = {
  1280: { "rest-direct": 1571, combined: 2080, "rest-sync-fan-out": 1677, "event-fan-out": 1753, "rest-point-to-point": 1718, "event-async": 1753, "rest-sync": 1526 },
  390: { "rest-direct": 2432, combined: 3058, "rest-sync-fan-out": 2517, "event-fan-out": 2542, "rest-point-to-point": 2582, "event-async": 2545, "rest-sync": 2267 },
};

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** A blog post with a 680 px column, light, holding `element`. */
const blog = (element, style = "body { background: #ffffff; color: #222 }") =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>A blog post</title><link rel="icon" href="data:,"><script type="module" src="./embed.js"></script>
<style>${style} body { margin: 0; font: 18px/1.6 Georgia, serif } main { max-width: 680px; margin: 0 auto; padding: 0 16px }</style></head>
<body><main><h1>A blog post</h1><p>${"Integration choices come down to how a process behaves. ".repeat(8)}</p>
${element}<p>${"And the article goes on. ".repeat(20)}</p></main></body></html>`;

const pages = { "blog.html": blog("<integration-decision-tree></integration-decision-tree>") };
for (const row of ROWS) pages[`blog-${row.node}.html`] = blog(`<integration-decision-tree answers="${row.link}"></integration-decision-tree>`);
pages["blog-system.html"] = blog(`<integration-decision-tree theme="system"></integration-decision-tree>`);
pages["blog-scheme.html"] = blog(`<integration-decision-tree answers="${ROWS[1].link}"></integration-decision-tree>`, ":root { color-scheme: light } body { background: #fdfdf8 }");
const site = useSite({ pages });

/** The element's shadow root's live widget, once it stands at an outcome. */
const elementAtOutcome = (page) =>
  page.waitForFunction(() => document.querySelector("integration-decision-tree")?.shadowRoot?.querySelector(".idt:not([data-prerendered])[data-outcome]"));
const elementHeight = (page) => page.evaluate(() => document.querySelector("integration-decision-tree").getBoundingClientRect().height);

describe("the outcome in layers", () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    test(`at ${width}×${height}: the recommendation, its reason and Download on the first screen; half of today's height`, async () => {
      const page = await open(site, null, { width, height });
      for (const row of ROWS) {
        await page.goto(`${site.url}index.html#${row.link}`);
        await page.locator(`${LIVE}[data-outcome]`).waitFor();
        const at = await page.evaluate(() => {
          const bottom = (el) => el.getBoundingClientRect().bottom;
          const download = [...document.querySelectorAll(".idt-actions button")][0];
          return {
            kicker: bottom(document.querySelector(".idt-kicker")),
            headline: bottom(document.querySelector(".idt-headline")),
            reason: bottom(document.querySelector(".idt-reason")),
            download: bottom(download),
            downloadText: download.textContent.trim(),
            outcome: document.querySelector(".idt-outcome").getBoundingClientRect().height,
            scrolled: scrollY,
          };
        });
        assert.equal(at.scrolled, 0);
        assert.equal(at.downloadText, S.download_record);
        for (const part of ["kicker", "headline", "reason", "download"]) assert.ok(at[part] <= height, `${row.node} at ${width}: ${part} ends at ${at[part]} px`);
        assert.ok(at.outcome <= BEFORE[width][row.node] / 2, `${row.node} at ${width}: ${at.outcome} px, today ${BEFORE[width][row.node]}`);
      }
    });
  }

  test("the keyboard reaches Download before the checklist", async () => {
    const page = await open(site, `index.html#${ROWS[1].link}`, { wait: `${LIVE}[data-outcome]` });
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll(".idt-outcome :is(button, input, summary, textarea)")];
      return [all.findIndex((el) => el.matches(".idt-actions button")), all.findIndex((el) => el.matches("[data-check]"))];
    });
    assert.ok(order[0] >= 0 && order[0] < order[1], `${order}`);
  });

  test("the checklist is grouped by where each check comes from, with its tally on the fold", async () => {
    const page = await open(site, `index.html#${ROWS[1].link}&ready=outbox`, { wait: `${LIVE}[data-outcome]` });
    const checks = page.locator(".idt-checks");
    assert.equal(await checks.getAttribute("open"), null, "folded at first");
    const summary = checks.locator("summary");
    assert.ok((await summary.textContent()).includes(S.checklist_summary.replace("{done}", "1").replace("{total}", "9")));
    await summary.click();
    const groups = await page.locator(".idt-check-group").allTextContents();
    assert.deepEqual(groups, [
      S.checklist_from_pattern.replace("{outcome}", TREE.patterns.combined.name),
      S.checklist_from_answer.replace("{answer}", S.yes).replace("{question}", TREE.questions.async.label),
    ]);
    const keys = await page.locator("[data-check]").evaluateAll((boxes) => boxes.map((b) => b.dataset.check));
    assert.equal(new Set(keys).size, keys.length, "no item twice");
    assert.ok(!keys.includes("accepted-meaning"), "the combination says what “accepted” means once");
  });

  test("what would change this: other outcomes first, the same pattern under its own heading", async () => {
    const row = ROWS.find((r) => r.node === "event-fan-out");
    const page = await open(site, `index.html#${row.link}`, { wait: `${LIVE}[data-outcome]` });
    const lists = page.locator(".idt-flip-section .idt-flips");
    assert.equal(await lists.count(), 2);
    const first = await lists.nth(0).locator("[data-flip-to]").evaluateAll((b) => b.map((x) => x.dataset.flipTo));
    assert.ok(first.every((to) => to !== "event-driven"), `${first}`);
    assert.equal(await page.locator(".idt-flip-same").textContent(), S.flip_same.replace("{outcome}", TREE.patterns["event-driven"].name));
    const same = lists.nth(1).locator("button");
    const other = TREE.nodes.find((n) => n.id === "event-async");
    assert.ok((await same.textContent()).includes(other.headline), "named by its headline");
    await same.click();
    assert.equal(await outcome(page), "event-driven");
    assert.equal(await page.locator(".idt-headline").textContent(), other.headline);
  });

  test("one name for each outcome: the badge, the diagram and the title say the node's label", async () => {
    const row = ROWS.find((r) => r.node === "rest-sync-fan-out");
    const page = await open(site, "index.html");
    const title = await page.title();
    for (const answer of row.answers) await answerOnCard(page, answer);
    const label = TREE.nodes.find((n) => n.id === row.node).label;
    assert.equal(await page.locator(".idt-kicker").textContent(), S.outcome_kicker.replace("{outcome}", label));
    assert.ok((await page.locator(`[data-node="${row.node}"]`).textContent()).includes(label));
    assert.equal(await page.title(), S.title_step.replace("{step}", S.outcome_kicker.replace("{outcome}", label)).replace("{title}", title));
    // The diagram's hint and legend speak of the outcome, not of a current question.
    assert.equal(await page.locator(".idt-diagram .idt-hint").textContent(), S.diagram_hint_done);
    assert.equal(await page.locator(".idt-legend .is-current").count(), 0);
    assert.equal(await page.locator(".idt-legend .is-reached").textContent(), S.legend_reached);
    await page.getByRole("button", { name: S.restart, exact: true }).click();
    await eventually(() => page.title(), title, "the page's own title again at the start");
  });

  test("an element never touches its host's title", async () => {
    const page = await open(site, "blog-combined.html", { wait: null });
    await elementAtOutcome(page);
    assert.equal(await page.title(), "A blog post");
  });

  for (const theme of ["light", "dark"]) {
    test(`axe finds nothing on the layers opened, in the ${theme} theme, in English and Dutch`, async () => {
      for (const lang of ["en", "nl"]) {
        const page = await open(site, `index.html?theme=${theme}&lang=${lang}#${ROWS[1].link}`, { wait: `${LIVE}[data-outcome]` });
        for (const fold of await page.locator(".idt-outcome details").all()) await fold.locator("summary").click();
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).include(".idt").analyze();
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), [], `${theme} ${lang}`);
        await page.setViewportSize({ width: 360, height: 800 });
        await page.locator(".idt-diagram-toggle").click();
        const folded = await new AxeBuilder({ page }).withTags(TAGS).include(".idt").analyze();
        assert.deepEqual(folded.violations.map((v) => v.id), [], `${theme} ${lang}, compact`);
      }
    });
  }
});

describe("a good guest", () => {
  test("in a 680 px blog column, the element grows by at most 1,000 px at any outcome", async () => {
    const page = await open(site, "blog.html", { wait: null });
    await page.waitForFunction(() => document.querySelector("integration-decision-tree")?.shadowRoot?.querySelector(".idt:not([data-prerendered])"));
    const start = await elementHeight(page);
    for (const row of ROWS) {
      await page.goto(`${site.url}blog-${row.node}.html`);
      await elementAtOutcome(page);
      const end = await elementHeight(page);
      assert.ok(end - start <= 1000, `${row.node}: ${start} → ${end} px`);
    }
  });

  test("the compact layout folds the diagram under the card and opens it on demand", async () => {
    const page = await open(site, "blog.html", { wait: null });
    const tree = page.locator("integration-decision-tree");
    await page.waitForFunction(() => document.querySelector("integration-decision-tree")?.shadowRoot?.querySelector(".idt:not([data-prerendered])"));
    const toggle = tree.locator(".idt-diagram-toggle");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.ok(!(await tree.locator(".idt-svg").isVisible()), "folded in a 680 px column");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok(await tree.locator(".idt-svg").isVisible());
    // Beside the card, where there is room, there is nothing to open.
    const wide = await open(site, "index.html");
    assert.ok(!(await wide.locator(".idt-diagram-toggle").isVisible()));
    assert.ok(await wide.locator(".idt-svg").isVisible());
  });

  /** The colours of the pixels at `points` ([x, y] in the page) in a screenshot of `page`. */
  async function pixels(page, points) {
    const png = (await page.screenshot()).toString("base64");
    const reader = await open(site, null);
    return reader.evaluate(
      async ({ png, points }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return points.map(([x, y]) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
      },
      { png, points },
    );
  }

  for (const [name, path] of [
    ["a page with a white background", "blog-combined.html"],
    ["a page that declares color-scheme: light", "blog-scheme.html"],
  ]) {
    test(`${name}, the reader's system dark: no dark pixels outside the panels, light panels`, async () => {
      const page = await open(site, null, { width: 1280, height: 1400, context: { colorScheme: "dark" } });
      await page.goto(site.url + path);
      await elementAtOutcome(page);
      await page.evaluate(() => document.querySelector("integration-decision-tree").scrollIntoView({ block: "start" }));
      const spots = await page.evaluate(() => {
        const host = document.querySelector("integration-decision-tree");
        const box = host.getBoundingClientRect();
        const [main, summary] = [".idt-outcome", ".idt-summary"].map((s) => host.shadowRoot.querySelector(s).getBoundingClientRect());
        // A panel's own background: the summary's top right corner, inside its border.
        const inside = (r) => [Math.round(r.right - 12), Math.round(r.top + 8)];
        return {
          // The element's corners, just inside its box, and the gap between two panels.
          outside: [
            [Math.ceil(box.left + 1), Math.ceil(Math.max(box.top, 0) + 1)],
            [Math.floor(box.right - 2), Math.ceil(Math.max(box.top, 0) + 1)],
            [Math.round(box.left + box.width / 2), Math.round((main.bottom + summary.top) / 2)],
          ].filter(([, y]) => y >= 0 && y < innerHeight),
          panels: [inside(summary)].filter(([, y]) => y >= 0 && y < innerHeight),
        };
      });
      assert.equal(spots.outside.length, 3, `two corners and the gap, in view: ${JSON.stringify(spots)}`);
      assert.equal(spots.panels.length, 1, `a panel, in view: ${JSON.stringify(spots)}`);
      const colours = await pixels(page, [...spots.outside, ...spots.panels]);
      const light = ([r, g, b]) => (r + g + b) / 3 > 200;
      for (const [i, colour] of colours.entries()) assert.ok(light(colour), `${name}: spot ${i} is ${colour}`);
    });
  }

  test("theme=system keeps the reader's setting, whatever the page", async () => {
    const page = await open(site, null, { context: { colorScheme: "dark" } });
    await page.goto(`${site.url}blog-system.html`);
    await page.waitForFunction(() => document.querySelector("integration-decision-tree")?.shadowRoot?.querySelector(".idt:not([data-prerendered])"));
    const scheme = () => page.evaluate(() => getComputedStyle(document.querySelector("integration-decision-tree").shadowRoot.querySelector(".idt")).colorScheme);
    await eventually(scheme, "light dark", "system: the reader's");
    await page.evaluate(() => document.querySelector("integration-decision-tree").setAttribute("theme", "auto"));
    await eventually(scheme, "light", "auto: the white page's");
  });

  test("the iframe page has no inset of its own", async () => {
    const page = await open(site, "embed.html");
    const box = await page.locator(".idt").boundingBox();
    assert.equal(box.x, 0);
  });
});

describe("before the wasm arrives", () => {
  test("a loading note appears and is announced, and a tap on Yes is applied once ready", async () => {
    const page = await open(site, null);
    let release;
    const gate = new Promise((done) => (release = done));
    await page.route("**/*.wasm", async (route) => (await gate, route.continue()));
    await page.goto(site.url);
    const note = page.locator(".idt[data-prerendered] .idt-loading");
    await eventually(() => note.textContent(), S.page_loading, "the note appears after a moment");
    assert.equal(await note.getAttribute("role"), "status");
    assert.ok(await note.isVisible());
    await page.locator(".idt[data-prerendered] .idt-card").getByRole("button", { name: S.yes, exact: true }).click();
    assert.equal(await page.locator(".idt[data-prerendered] [aria-pressed=true]").textContent(), S.yes, "the tap is held, visibly");
    release();
    await page.locator(LIVE).waitFor();
    await eventually(() => page.locator(`${LIVE} .idt-question`).textContent(), TREE.questions["fan-out"].text, "the tap is applied");
  });
});

describe("on paper", () => {
  for (const format of ["A4", "Letter"]) {
    test(`${format}, the browser's default margins: at most two pages on every path, "Your answers" whole, no empty label`, async () => {
      const page = await open(site, null);
      for (const row of ROWS) {
        await page.goto(`${site.url}index.html#${row.link}`);
        await page.locator(`${LIVE}[data-outcome]`).waitFor();
        const printed = await pagesOf(await page.pdf({ format, margin: DEFAULT_MARGINS }));
        assert.ok(printed.length <= 2, `${row.node}: ${printed.length} pages`);
        const answers = printed.findIndex((text) => text.includes(S.answers_heading));
        assert.ok(answers >= 0, `${row.node}: answers printed`);
        for (const key of row.keys) {
          const words = TREE.questions[key].text.split(" ").slice(0, 5).join(" ");
          assert.ok(printed[answers].includes(words), `${row.node}: "${words}" on the page of "${S.answers_heading}"`);
        }
        const all = printed.join("\n");
        assert.ok(!all.includes(S.subject_label), `${row.node}: no empty subject label`);
        assert.ok(all.includes(TREE.nodes.find((n) => n.id === row.node).caveats[0]?.slice(0, 30) ?? ""), `${row.node}: the caveats, folded on screen, printed`);
        assert.match(all, /\d{4}-\d{2}-\d{2} · http:\/\/127\.0\.0\.1:\d+\/index\.html#/, `${row.node}: the date and the link`);
      }
    });
  }
});

describe("no overflow at 320 px", () => {
  test("the page at every outcome, opened and folded, and the plain version", async () => {
    const page = await open(site, null, { width: 320, height: 700 });
    for (const row of ROWS) {
      await page.goto(`${site.url}index.html#${row.link}`);
      await page.locator(`${LIVE}[data-outcome]`).waitFor();
      for (const fold of await page.locator(".idt details").all()) await fold.locator("summary").click();
      await page.locator(".idt-diagram-toggle").click();
      const over = await page.evaluate(() => [
        document.documentElement.scrollWidth - innerWidth,
        ...[...document.querySelectorAll(".idt-panel *")].map((el) => {
          const panel = el.closest(".idt-panel").getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return el.closest(".idt-diagram-frame") ? 0 : Math.max(0, Math.round(box.right - panel.right));
        }),
      ]);
      assert.ok(Math.max(...over) <= 0, `${row.node}: ${Math.max(...over)} px too wide`);
    }
    for (const plain of ["fallback.html", "fallback.nl.html"]) {
      await page.goto(site.url + plain);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, plain);
    }
  });
});
