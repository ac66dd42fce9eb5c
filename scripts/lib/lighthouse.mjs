// Lighthouse, the number bloggers look at: its performance category with the mobile preset
// (simulated slow 4G and a 4× slower CPU), run on the machine's Chromium, never a downloaded
// one. The version is pinned in package.json, so scores compare across runs.
import lighthouse from "lighthouse";
import { launch as launchChrome } from "chrome-launcher";
import { CHROMIUM, CHROMIUM_ARGS } from "./browser.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs Lighthouse `runs` times on each URL (a fresh page and an empty cache each time) and
 * returns Lighthouse's version and, per URL, the median score (0–100) and metrics (ms; CLS
 * unitless).
 */
export async function lighthouseRuns(urls, runs = 3) {
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const results = { version: null, pages: {} };
    for (const [name, url] of Object.entries(urls)) {
      const each = [];
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
        const audit = (id) => lhr.audits[id].numericValue;
        results.version = lhr.lighthouseVersion;
        each.push({
          score: Math.round(lhr.categories.performance.score * 100),
          fcp: audit("first-contentful-paint"),
          lcp: audit("largest-contentful-paint"),
          tbt: audit("total-blocking-time"),
          cls: audit("cumulative-layout-shift"),
        });
      }
      results.pages[name] = Object.fromEntries(["score", "fcp", "lcp", "tbt", "cls"].map((k) => [k, median(each.map((r) => r[k]))]));
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
