// Accessibility: axe (WCAG 2.0/2.1/2.2 A and AA) at the start, in the middle and at each of
// the three outcomes, plus target sizes that axe only samples.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { OUTCOME_HASHES, useSite, open } from "./fixture.mjs";

const site = useSite();
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function assertNoViolations(page, where) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(summary, [], `axe violations ${where}`);
}

const STATES = {
  "at the start": "",
  "at a middle question": "#immediate=no",
  ...Object.fromEntries(Object.entries(OUTCOME_HASHES).map(([o, h]) => [`at the ${o} outcome`, h])),
};

for (const [where, path] of Object.entries(STATES)) {
  test(`axe finds nothing ${where}`, async () => {
    const page = await open(site, path);
    // The examples and the decision record are collapsed by default; check them open too.
    for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
    await assertNoViolations(page, where);
  });
}

test("axe finds nothing on a 320 px wide screen", async () => {
  const page = await open(site, "#immediate=yes&fan-out=yes", { width: 320, height: 640 });
  await assertNoViolations(page, "at 320 px");
});

for (const width of [320, 1280]) {
  test(`every control is at least 24×24 CSS px at ${width} px wide`, async () => {
    const page = await open(site, "#immediate=no&fan-out=yes", { width });
    // Where the compact layout folds the diagram, open it: its controls count too.
    if (await page.locator(".idt-diagram-toggle").isVisible()) await page.locator(".idt-diagram-toggle").click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, [role=button], summary")]
        .map((el) => {
          // For diagram branches, the target is the Yes/No label.
          const target = el.matches("[data-edge]") ? el.querySelector("rect:not([data-part=ring])") ?? el : el;
          const { width, height } = target.getBoundingClientRect();
          return { what: el.getAttribute("aria-label") ?? el.textContent.trim(), width, height };
        })
        // What the layout does not show (the diagram's control where there is room) is no target.
        .filter((t) => (t.width || t.height) && (t.width < 24 || t.height < 24)),
    );
    assert.deepEqual(small, []);
  });
}
