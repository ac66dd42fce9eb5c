// `make serve`: serves a built site on localhost.
//
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [--base=/sub/path/] [--csp=policy]
import { serve } from "./lib/serve.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split("=").slice(1).join("=");
const [root = "dist", port = "8080"] = args.filter((a) => !a.startsWith("--"));
const { url } = await serve({ root, port: Number(port), base: flag("base") ?? "/", csp: flag("csp") ?? null });
console.log(`Serving ${root}/ at ${url}  (Ctrl+C to stop)`);
