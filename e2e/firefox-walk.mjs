// The end-to-end walk in Firefox ESR, driven through geckodriver's WebDriver API (Playwright
// can only drive its own patched Firefox, which is not installed here). Walks all seven rows
// of the decision table twice, with the card's buttons and with the diagram only, on the
// built dist/.
//
// Usage: node e2e/firefox-walk.mjs   (make test-firefox installs Firefox ESR and geckodriver)
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { serve } from "../scripts/lib/serve.mjs";
import { ROWS } from "../scripts/lib/golden.mjs";

const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const PORT = 4444 + Math.floor(Math.random() * 1000);
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

const driver = spawn(GECKODRIVER, ["--port", String(PORT)], { stdio: "ignore" });
const site = await serve({ root: "dist", port: 0 });
let session;

async function call(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}
const run = (path, body) => call("POST", `/session/${session}${path}`, body);
const script = (source, ...args) => run("/execute/sync", { script: source, args });
const find = async (css) => (await run("/element", { using: "css selector", value: css }))[ELEMENT];
const click = async (css) => run(`/element/${await find(css)}/click`, {});
async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}
const outcome = () => script("return document.querySelector('.idt')?.getAttribute('data-outcome') ?? null");
const current = () => script("return document.querySelector('[aria-current=step]')?.getAttribute('data-node') ?? null");

try {
  for (let i = 0; ; i++) {
    try {
      await call("GET", "/status");
      break;
    } catch (error) {
      if (i > 100) throw error;
      await sleep(100);
    }
  }
  const created = await call("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "firefox", "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"] } } },
  });
  session = created.sessionId;
  const version = created.capabilities.browserVersion;
  let walked = 0;
  for (const how of ["card", "diagram"]) {
    for (const row of ROWS) {
      await run("/url", { url: `${site.url}index.html?run=${walked}` });
      await until(async () => (await current()) === "immediate", "the first question");
      for (const answer of row.answers) {
        const at = await current();
        if (how === "card") {
          const index = answer === "yes" ? 1 : 2;
          await click(`.idt-card .idt-choices button:nth-child(${index})`);
        } else {
          await click(`[data-edge="${at}:${answer}"] text`);
        }
        await until(async () => (await current()) !== at, `an answer to ${at}`);
      }
      assert.equal(await outcome(), row.pattern, `${how}: ${row.link}`);
      walked++;
    }
  }
  console.log(`firefox: Firefox ${version} walked all ${ROWS.length} rows with the card and with the diagram (${walked} walks)`);
} finally {
  if (session) await call("DELETE", `/session/${session}`).catch(() => {});
  driver.kill();
  site.server.close();
}
