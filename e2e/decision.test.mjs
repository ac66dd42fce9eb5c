// From recommendation to decision: what would change the outcome, the readiness checklist,
// naming the decision, the decision record (copied, downloaded, as MADR with a Mermaid
// flowchart that real Mermaid draws), printing, and the layout at every width.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { serve } from "../scripts/lib/serve.mjs";
import { ROWS, S, TREE, answerOnCard, hashOf, useSite, open, outcome, current, eventually, hash } from "./fixture.mjs";

const site = useSite({ pages: { "mermaid.html": "<!doctype html><html lang=en><head><meta charset=utf-8><title>Mermaid</title><link rel=icon href='data:,'></head><body><main>Mermaid</main></body></html>" } });
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
const nodeOf = (id) => TREE.nodes.find((n) => n.id === id);
const COMBINED = ROWS.find((row) => row.pattern === "combined");

describe("what would change this", () => {
  for (const row of ROWS) {
    test(`every flip from ${row.node} lands where the golden table says`, async () => {
      const page = await open(site, hashOf(row));
      for (const [key, target] of Object.entries(row.flips)) {
        await page.goto(site.url + hashOf(row));
        await page.locator(".idt[data-outcome]").waitFor();
        const flip = page.locator(`[data-flip="${key}"]`);
        const landsOn = nodeOf(target);
        assert.equal(await flip.getAttribute("data-flip-to"), landsOn.outcome ?? "question", `${key} on ${row.node}`);
        await flip.click();
        if (landsOn.outcome) {
          await eventually(() => page.locator("[data-node][data-on-path]").last().getAttribute("data-node"), target);
          assert.equal(await outcome(page), landsOn.outcome);
        } else {
          await eventually(() => current(page), target);
        }
      }
    });
  }
});

describe("the readiness checklist", () => {
  test("ticks travel in the link, survive a reload, and reach the downloaded record", async () => {
    const page = await open(site, hashOf(COMBINED), { context: { acceptDownloads: true } });
    const boxes = page.locator(".idt-checklist input[type=checkbox]");
    const total = await boxes.count();
    assert.ok(total >= 5);
    // The checklist is a layer of its own, folded under its tally.
    await page.locator(".idt-checks > summary").click();
    await page.locator('[data-check="outbox"]').check();
    await page.locator('[data-check="versioned"]').check();
    await eventually(() => hash(page), `${hashOf(COMBINED)}&ready=outbox,versioned`);
    assert.equal(
      await page.locator(".idt-checklist-summary").textContent(),
      S.checklist_summary.replace("{done}", "2").replace("{total}", String(total)),
    );
    // Ticking is not a step: focus stays on the box, and Back in the browser leaves the page.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.check), "versioned");
    await page.reload();
    await page.locator(".idt[data-outcome]").waitFor();
    assert.ok(await page.locator('[data-check="outbox"]').isChecked());
    assert.ok(await page.locator('[data-check="versioned"]').isChecked());
    assert.ok(!(await page.locator('[data-check="idempotent"]').isChecked()));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: S.download_record, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^0001-[a-z0-9-]+\.md$/);
    const record = readFileSync(await download.path(), "utf8");
    assert.equal(record, await page.locator(".idt-record textarea").inputValue());
    const text = (key) => TREE.checks[key].text ?? TREE.checks[key];
    assert.ok(record.includes(`- [x] ${text("outbox")}`), "outbox ticked in the record");
    assert.ok(record.includes(`- [ ] ${text("idempotent")}`), "idempotent open in the record");
    await eventually(() => page.locator(".idt-status").textContent(), S.downloaded.replace("{file}", download.suggestedFilename()));
  });

  for (const theme of ["light", "dark"]) {
    test(`axe finds nothing on an outcome with its checklist ticked, in the ${theme} theme`, async () => {
      const page = await open(site, `?theme=${theme}${hashOf(COMBINED)}&ready=outbox,idempotent&subject=Orders`);
      for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
    });
  }
});

describe("naming the decision", () => {
  test("the subject names the record, travels in the link, and markup in it stays text", async () => {
    const page = await open(site, hashOf(COMBINED));
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const hostile = `Orders <img src=x onerror=alert(1)> & "billing"`;
    await page.getByLabel(S.subject_label, { exact: true }).fill(hostile);
    await eventually(() => hash(page).then((h) => decodeURIComponent(h.split("subject=")[1] ?? "")), hostile);
    const record = await page.locator(".idt-record textarea").inputValue();
    const title = record.split("\n").find((line) => line.startsWith("# "));
    assert.ok(title.includes("Orders \\<img src=x onerror=alert(1)\\> & \"billing\""), title);
    assert.equal(await page.locator(".idt img").count(), 0);
    await page.reload();
    await page.locator(".idt[data-outcome]").waitFor();
    assert.equal(await page.getByLabel(S.subject_label, { exact: true }).inputValue(), hostile);
    assert.deepEqual(dialogs, []);
  });
});

describe("the decision record", () => {
  test("Copy decision record and Download give the same MADR text", async () => {
    const page = await open(site, hashOf(ROWS[0]), {
      context: { acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] },
    });
    // Copy decision record sits with the record it copies, in its fold.
    await page.locator(".idt-record > summary").click();
    await page.getByRole("button", { name: S.copy_record, exact: true }).click();
    await eventually(() => page.locator(".idt-status").textContent(), S.copied_record);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: S.download_record, exact: true }).click(),
    ]);
    assert.equal(readFileSync(await download.path(), "utf8"), copied);
    // No decision-makers given: the field is left out, never empty.
    assert.match(copied, /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n\n# /);
    // The framework is cited with the page it was used on (the test server's, without answers).
    assert.ok(copied.includes(`${S.adr_source} <${page.url().split("#")[0]}>`), "the framework's link");
    for (const heading of [S.adr_context_heading, S.adr_drivers_heading, S.adr_options_heading, S.adr_outcome_heading, S.adr_more_heading]) {
      assert.ok(copied.includes(`\n## ${heading}\n`), heading);
    }
    assert.ok(copied.includes("```mermaid\nflowchart TD\n"));
  });

  test("the record's number is set before download, and the next record takes the next one", async () => {
    const page = await open(site, hashOf(COMBINED), { context: { acceptDownloads: true } });
    // Beside the subject, before the Download button: no fold to open first.
    const number = page.locator(".idt-take input[name=number]");
    assert.ok(await number.isVisible(), "the number field is in view with the actions");
    assert.equal(await number.inputValue(), "1", "the first record is 0001");
    await number.fill("41");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: S.download_record, exact: true }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^0041-[a-z0-9-]+\.md$/);
    // Remembered in this browser: a new visit starts at the next number.
    await page.reload();
    await page.locator(".idt[data-outcome]:not([data-prerendered])").waitFor();
    assert.equal(await page.locator("input[name=number]").inputValue(), "42");
    // Something that is not a number is marked invalid and changes nothing; starting again
    // keeps the number.
    await page.locator("input[name=number]").fill("4x");
    assert.equal(await page.locator("input[name=number]").evaluate((input) => input.matches(":invalid")), true);
    await page.getByRole("button", { name: S.restart, exact: true }).click();
    for (const answer of COMBINED.answers) await answerOnCard(page, answer);
    assert.equal(await page.locator("input[name=number]").inputValue(), "42");
  });
});

describe("Mermaid", () => {
  let mermaidServer;
  before(async () => {
    mermaidServer = await serve({ root: "node_modules/mermaid/dist", port: 0 });
  });
  after(() => new Promise((done) => mermaidServer.server.close(done)));

  /** Parses and draws `text` with the real Mermaid package; returns what the drawing marks. */
  async function draw(page, text) {
    return page.evaluate(
      async ([origin, text]) => {
        const { default: mermaid } = await import(`${origin}mermaid.esm.min.mjs`);
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
        await mermaid.parse(text);
        const { svg } = await mermaid.render(`m${Math.random().toString(36).slice(2)}`, text);
        const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
        const labels = (selector) => [...doc.querySelectorAll(selector)].map((n) => n.textContent.trim());
        return {
          path: labels("g.node.path"),
          reached: labels("g.node.reached"),
          nodes: doc.querySelectorAll("g.node").length,
          scripts: doc.querySelectorAll("script, foreignObject img, [onerror]").length,
          // What a screen reader is given: the drawing's accessible title and description.
          title: doc.querySelector("svg > title")?.textContent,
          description: doc.querySelector("svg > desc")?.textContent,
        };
      },
      [mermaidServer.url, text],
    );
  }

  test("every path's flowchart parses with the real Mermaid and marks the path", async () => {
    const page = await open(site, "mermaid.html", { wait: "main", context: { permissions: ["clipboard-read", "clipboard-write"] } });
    for (const row of ROWS) {
      await page.goto(site.url + hashOf(row));
      await page.locator(".idt[data-outcome]").waitFor();
      await page.getByRole("button", { name: S.copy_mermaid, exact: true }).click();
      await eventually(() => page.locator(".idt-status").textContent(), S.copied_mermaid);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const record = await page.locator(".idt-record textarea").inputValue();
      assert.ok(record.includes("```mermaid\n" + text + "```"), "the record holds the same flowchart");
      await page.goto(site.url + "mermaid.html");
      const drawn = await draw(page, text);
      assert.equal(drawn.nodes, TREE.nodes.length, row.link);
      assert.equal(drawn.reached.length, 1, row.link);
      assert.equal(drawn.reached[0], nodeOf(row.node).label, row.link);
      assert.equal(drawn.path.length, row.answers.length, `${row.link}: one marked question per answer`);
      assert.equal(drawn.title, TREE.title, `${row.link}: accTitle`);
      assert.ok(drawn.description.endsWith(`${nodeOf(row.node).label}.`), `${row.link}: accDescr names the outcome: ${drawn.description}`);
      assert.ok(record.includes(`\n${drawn.description}\n`), `${row.link}: the record says the path in words`);
    }
  });

  test("dist/tree.mmd draws the whole tree with nothing marked", async () => {
    const page = await open(site, "mermaid.html", { wait: "main" });
    const text = await (await page.request.get(site.url + "tree.mmd")).text();
    const drawn = await draw(page, text);
    assert.equal(drawn.nodes, TREE.nodes.length);
    assert.deepEqual([drawn.path.length, drawn.reached.length], [0, 0]);
  });
});

describe("printing", () => {
  for (const format of ["A4", "Letter"]) {
    test(`an outcome prints on one or two ${format} pages, without a single button`, async () => {
      const page = await open(site, `?theme=dark${hashOf(COMBINED)}&ready=outbox&subject=Orders`, { context: { colorScheme: "dark" } });
      await page.emulateMedia({ media: "print" });
      const visibleButtons = await page.evaluate(
        // Print opens the outcome's folds (the checklist, what the pattern gives) and shows
        // none of the disclosures' own controls.
        () => [...document.querySelectorAll("button, [role=button] [data-part=ring], details:not(.idt-more), details > summary")].filter((el) => el.getClientRects().length > 0).length,
      );
      assert.equal(visibleButtons, 0);
      const background = await page.locator(".idt").evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, "rgb(255, 255, 255)", "no dark background on paper");
      assert.ok(await page.locator(".idt-diagram svg").isVisible(), "the diagram is printed");
      assert.ok(await page.locator(".idt-checklist").isVisible(), "the checklist is printed");
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    });
  }
});

describe("layout at every width", () => {
  mkdirSync("e2e/artifacts/widths", { recursive: true });
  for (const width of [320, 768, 1024, 1440]) {
    test(`at ${width} px: no horizontal scroll, readable columns, screenshots at a question and an outcome`, async () => {
      for (const [where, path] of [["question", hashOf(COMBINED, 2)], ["outcome", hashOf(COMBINED)]]) {
        const page = await open(site, path, { width, height: 900 });
        const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        assert.equal(scrolls, false, `${where}: no horizontal scroll`);
        // The answers' questions wrap as sentences, not word by word.
        const narrowest = await page.locator(".idt-answer-question").evaluateAll((els) => Math.min(...els.map((el) => el.getBoundingClientRect().width)));
        assert.ok(narrowest >= Math.min(240, width - 80), `${where}: answer text column ${narrowest} px wide`);
        const main = await page.locator(".idt-main").evaluate((el) => el.getBoundingClientRect().width);
        assert.ok(main >= Math.min(440, width - 40), `${where}: main column ${main} px wide`);
        await page.screenshot({ path: `e2e/artifacts/widths/${width}-${where}.png`, fullPage: true });
      }
    });
  }
});
