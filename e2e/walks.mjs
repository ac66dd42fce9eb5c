// Walks shared by the WebDriver runs (Firefox, WebKit): every row of the golden decision table
// on the page, once with the card's buttons and once with the diagram only.
import assert from "node:assert/strict";
import { ROWS } from "../scripts/lib/golden.mjs";

/** The widget's outcome and current question, read in the page (or the current frame). */
export const outcome = (browser) => browser.script("return document.querySelector('.idt:not([data-prerendered])')?.getAttribute('data-outcome') ?? null");
export const current = (browser) =>
  browser.script("return document.querySelector('.idt:not([data-prerendered]) [aria-current=step]')?.getAttribute('data-node') ?? null");

/**
 * Answers through the diagram from the keyboard: focuses the branch (the diagram's branches are
 * buttons in the tab order) and presses Enter. For WebKitGTK, whose driver cannot click SVG
 * shapes: it reports the diagram's SVG at another place and size in getBoundingClientRect than
 * where it paints and hit-tests it, so Element Click calls the labels "not interactable" and
 * coordinates computed from those boxes miss. A reader's pointer works (the label is hit where
 * it is painted); the keyboard is the other way a reader uses the diagram.
 */
export async function pressBranch(browser, edge) {
  await browser.script(`document.querySelector(${JSON.stringify(`[data-edge="${edge}"]`)}).focus()`);
  await browser.press("\uE007");
}

/**
 * Walks every row by card and by diagram on `url`index.html; returns the number of walks.
 * `diagram` clicks a branch label: by default with WebDriver's Element Click.
 */
export async function walkAllRows(browser, url, { diagram = async (at, answer) => browser.click(await browser.find(`[data-edge="${at}:${answer}"] text`)) } = {}) {
  let walked = 0;
  for (const how of ["card", "diagram"]) {
    for (const row of ROWS) {
      await browser.go(`${url}index.html?run=${walked}`);
      await browser.until(async () => (await current(browser)) !== null, "the live widget");
      assert.equal(await current(browser), "immediate");
      for (const answer of row.answers) {
        const at = await current(browser);
        if (how === "card") await browser.click(await browser.find(`.idt-card [data-answer="${answer}"]`));
        else await diagram(at, answer);
        await browser.until(async () => (await current(browser)) !== at, `an answer to ${at}`);
      }
      assert.equal(await outcome(browser), row.pattern, `${how}: ${row.link}`);
      walked++;
    }
  }
  return walked;
}
