// Light, dark and forced colours: contrast holds in both palettes and the path stays visible
// when the system forces its own colours.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { useSite, open } from "./fixture.mjs";

const site = useSite();
const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

for (const [name, path, scheme] of [
  ["light", "?theme=light#immediate=no&fan-out=yes", "dark"],
  ["dark", "?theme=dark#immediate=no&fan-out=yes", "light"],
  ["auto, in a dark system", "#immediate=yes&fan-out=yes&async=yes", "dark"],
]) {
  test(`axe finds nothing in the ${name} theme`, async () => {
    const page = await open(site, path, { context: { colorScheme: scheme } });
    for (const details of await page.locator("details").all()) await details.evaluate((d) => (d.open = true));
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
  });
}

test("the dark theme really is dark", async () => {
  const page = await open(site, "?theme=dark");
  const background = await page.locator(".idt").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, background);
});

test("with forced colours the path stays distinguishable", async () => {
  const page = await open(site, "#immediate=no&fan-out=yes");
  await page.emulateMedia({ forcedColors: "active" });
  const style = (selector) =>
    page.locator(selector).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.stroke} ${s.strokeWidth} ${s.strokeDasharray}`;
    });
  const taken = await style('[data-edge="immediate:no"] path');
  const ruledOut = await style('[data-edge="immediate:yes"] path');
  assert.notEqual(taken, ruledOut, "the path and the ruled-out branches look different");
  mkdirSync("e2e/artifacts", { recursive: true });
  await page.locator(".idt-diagram").screenshot({ path: "e2e/artifacts/forced-colors.png" });
});

test("hosts can restyle the widget with documented custom properties", async () => {
  const page = await open(site);
  await page.addStyleTag({ content: "#app { --idt-accent: rgb(0, 102, 51); --idt-radius: 2px; --idt-font: Georgia, serif; }" });
  const looks = await page.locator(".idt-card").evaluate((card) => {
    const button = card.querySelector("button");
    return {
      border: getComputedStyle(button).borderTopColor,
      radius: getComputedStyle(card).borderTopLeftRadius,
      font: getComputedStyle(card).fontFamily,
    };
  });
  assert.deepEqual(looks, { border: "rgb(0, 102, 51)", radius: "2px", font: "Georgia, serif" });
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Presses Tab until `matches(activeElement)` holds; fails after 40 presses. */
async function tabTo(page, selector) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

for (const theme of ["light", "dark"]) {
  test(`in the ${theme} theme the path and both kinds of focus ring stand out at least 3:1`, async () => {
    const page = await open(site, `?theme=${theme}#immediate=no&fan-out=yes`);
    const panel = await page.locator(".idt-diagram").evaluate((el) => getComputedStyle(el).backgroundColor);
    const card = await page.locator(".idt-card").evaluate((el) => getComputedStyle(el).backgroundColor);
    const path = await page.locator('[data-edge="immediate:no"] path').evaluate((el) => getComputedStyle(el).stroke);
    const ruledOut = await page.locator('[data-edge="immediate:yes"] path').evaluate((el) => getComputedStyle(el).stroke);
    assert.ok(contrast(path, panel) >= 3, `path ${path} on ${panel}`);
    assert.ok(contrast(ruledOut, panel) >= 3, `ruled-out branch ${ruledOut} on ${panel}`);

    // An HTML control: a solid outline at least 2 px wide, in a colour that stands out.
    await tabTo(page, ".idt-card button");
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    assert.equal(outline.style, "solid", JSON.stringify(outline));
    assert.ok(outline.width >= 2, JSON.stringify(outline));
    assert.ok(contrast(outline.color, card) >= 3, `button focus ring ${outline.color} on ${card}`);

    // A branch of the diagram: its ring is drawn, at least 2 px wide, and stands out.
    await tabTo(page, "[data-edge]");
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement.querySelector("[data-part=ring]"));
      return { stroke: s.stroke, width: parseFloat(s.strokeWidth) };
    });
    assert.notEqual(ring.stroke, "none", "the focused branch draws its ring");
    assert.ok(ring.width >= 2, JSON.stringify(ring));
    assert.ok(contrast(ring.stroke, panel) >= 3, `diagram focus ring ${ring.stroke} on ${panel}`);
  });
}

test("with reduced motion there are no transitions", async () => {
  const page = await open(site, "", { context: { reducedMotion: "reduce" } });
  const durations = await page.locator(".idt button").evaluateAll((buttons) => buttons.map((b) => getComputedStyle(b).transitionDuration));
  assert.ok(durations.every((d) => d === "0s"), durations.join());
  const page2 = await open(site);
  const moving = await page2.locator(".idt-card button").first().evaluate((b) => getComputedStyle(b).transitionDuration);
  assert.notEqual(moving, "0s", "transitions exist when motion is welcome");
});
