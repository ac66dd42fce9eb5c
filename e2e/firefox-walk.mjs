// The end-to-end walk in Firefox ESR, driven through geckodriver's WebDriver API (Playwright
// can only drive its own patched Firefox, which is not installed here). Walks all seven rows
// of the decision table twice, with the card's buttons and with the diagram only, on the
// built dist/.
//
// Usage: node e2e/firefox-walk.mjs   (`make engines`, part of `make test`; setup installs Firefox ESR and geckodriver)
import { serve } from "../scripts/lib/serve.mjs";
import { webdriver } from "./webdriver.mjs";
import { walkAllRows } from "./walks.mjs";

const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

const site = await serve({ root: "dist", port: 0 });
const browser = await webdriver(GECKODRIVER, (port) => ["--port", String(port)], {
  browserName: "firefox",
  "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"] },
});
try {
  const walked = await walkAllRows(browser, site.url);
  console.log(`firefox: Firefox ${browser.version} walked all rows with the card and with the diagram (${walked} walks)`);
} finally {
  await browser.close();
  site.server.close();
}
