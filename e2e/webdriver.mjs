// A small W3C WebDriver client, for the browsers Playwright cannot drive here: Firefox ESR
// (geckodriver) and WebKitGTK (WebKitWebDriver). Just what the walks need: sessions,
// navigation, scripts, elements (in shadow roots and frames too) and clicks.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const SHADOW = "shadow-6066-11e4-a52e-4f735466cecf";

/**
 * Starts `command` (a WebDriver server) on a free-ish port with `args(port)`, opens a session
 * with `capabilities`, and returns the client. `close()` ends both.
 */
export async function webdriver(command, args, capabilities, { env } = {}) {
  const port = 4444 + Math.floor(Math.random() * 1000);
  const server = spawn(command, args(port), { stdio: "ignore", env: env ?? process.env });
  const call = async (method, path, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call("GET", "/status");
      break;
    } catch (error) {
      if (i > 150) {
        server.kill();
        throw error;
      }
      await sleep(100);
    }
  }
  let created;
  try {
    created = await call("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
  } catch (error) {
    server.kill();
    throw error;
  }
  const session = created.sessionId;
  const run = (path, body) => call("POST", `/session/${session}${path}`, body);
  const get = (path) => call("GET", `/session/${session}${path}`);

  const client = {
    version: created.capabilities.browserVersion,
    go: (url) => run("/url", { url }),
    script: (source, ...args) => run("/execute/sync", { script: source, args }),
    /** A PNG of the viewport, base64. */
    screenshot: () => get("/screenshot"),
    /** The element for `css` in the document (or the current frame). */
    find: async (css) => (await run("/element", { using: "css selector", value: css }))[ELEMENT],
    /** The element for `css` inside the shadow root of the element for `host`. */
    findInShadow: async (host, css) => {
      const root = (await get(`/element/${await client.find(host)}/shadow`))[SHADOW];
      return (await run(`/shadow/${root}/element`, { using: "css selector", value: css }))[ELEMENT];
    },
    click: (element) => run(`/element/${element}/click`, {}),
    /** Presses and releases `key` (a WebDriver key code) on whatever has focus. */
    press: async (key) => {
      await run("/actions", {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
      });
      await call("DELETE", `/session/${session}/actions`);
    },
    /** Enters the frame `element`; `null` goes back to the top document. */
    frame: (element) => run("/frame", { id: element === null ? null : { [ELEMENT]: element } }),
    /** Waits until `check()` is truthy, polling every 50 ms for up to `timeout` ms. */
    until: async (check, what, timeout = 8000) => {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        if (await check()) return;
        await sleep(50);
      }
      throw new Error(`timed out waiting for ${what}`);
    },
    close: async () => {
      await call("DELETE", `/session/${session}`).catch(() => {});
      server.kill();
    },
  };
  return client;
}
