// A small static file server for dist/: `make serve` (scripts/serve.mjs), the end-to-end tests
// and the benchmark.
//
// It serves under an optional base path (to prove sub-path hosting works), compresses with
// gzip or brotli when the client accepts it (preferring the precompressed .br/.gz files the
// build writes), and can send a Content-Security-Policy header (one for every page, or one per
// page: `csp(path)`).
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".mmd": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest", ".txt", ".mmd"]);

/**
 * Starts a server; resolves to { server, url } once it listens. Port 0 picks a free port.
 * `root` is the folder served, or a function that says it for each request (a test swaps one
 * release for the next under the same URL). `pages` maps extra paths (below the base) to HTML
 * served as if they were files, for tests. `headers` are added to every file's response, or are
 * what `headers(path, root)` returns for each. `validators` makes it answer as most static hosts
 * do: `etag` and `last-modified` send those headers (the date from `lastModified(path, root)`,
 * by default the file's), and conditional requests get 304 Not Modified.
 * `onResponse(path, bytes)` hears of every file sent, with the bytes on the wire (the benchmark
 * counts a first visit's total with it).
 */
export function serve({
  root = "dist",
  port = 8080,
  host = "127.0.0.1",
  base = "/",
  csp = null,
  headers = {},
  pages = {},
  validators = [],
  lastModified = null,
  onResponse = null,
} = {}) {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const top = resolve(typeof root === "function" ? root() : root);
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      if (!path.startsWith(prefix)) return send(res, 404, "not found");
      let file = resolve(top, "." + sep + path.slice(prefix.length));
      if (file !== top && !file.startsWith(top + sep)) return send(res, 403, "forbidden");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const page = pages[path.slice(prefix.length)];
      const body = page !== undefined ? Buffer.from(page) : await readFile(file).catch(() => null);
      if (!body) return send(res, 404, "not found");
      const ext = extname(file);
      const out = {
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
        // The script embed loads the module, glue and wasm cross-origin, which needs CORS.
        "access-control-allow-origin": "*",
        // Lets pages on other origins (the benchmark's) see the transfer sizes.
        "timing-allow-origin": "*",
        ...(typeof headers === "function" ? headers(path.slice(prefix.length), top) : headers),
      };
      // A header given as undefined is one this host does not send.
      for (const name of Object.keys(out)) if (out[name] === undefined) delete out[name];
      if (validators.length) {
        const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 20)}"`;
        const modified = new Date(lastModified?.(path.slice(prefix.length), top) ?? (await stat(file).catch(() => null))?.mtime ?? Date.now());
        modified.setMilliseconds(0);
        if (validators.includes("etag")) out.etag = etag;
        if (validators.includes("last-modified")) out["last-modified"] = modified.toUTCString();
        const unchanged =
          (validators.includes("etag") && req.headers["if-none-match"] === etag) ||
          (validators.includes("last-modified") && !req.headers["if-none-match"] && req.headers["if-modified-since"] && new Date(req.headers["if-modified-since"]) >= modified);
        if (unchanged) {
          delete out["content-length"];
          res.writeHead(304, out);
          return res.end();
        }
      }
      const policy = typeof csp === "function" ? csp(path.slice(prefix.length)) : csp;
      if (policy && ext === ".html") out["content-security-policy"] = policy;
      const accepts = String(req.headers["accept-encoding"] ?? "");
      let payload = body;
      if (COMPRESSIBLE.has(ext)) {
        out.vary = "accept-encoding";
        if (/\bbr\b/.test(accepts)) {
          payload = (await readFile(file + ".br").catch(() => null)) ??
            brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          out["content-encoding"] = "br";
        } else if (/\bgzip\b/.test(accepts)) {
          payload = (await readFile(file + ".gz").catch(() => null)) ?? gzipSync(body, { level: 9 });
          out["content-encoding"] = "gzip";
        }
      }
      out["content-length"] = payload.length;
      onResponse?.(path.slice(prefix.length), req.method === "HEAD" ? 0 : payload.length);
      res.writeHead(200, out);
      res.end(req.method === "HEAD" ? undefined : payload);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  return new Promise((done) =>
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host}:${actual}${prefix}` });
    }),
  );
}

/** An error: with the CORS header too, as real static hosts send it, so that a page on another
 * origin sees a 404 as a 404 and not as a refusal. */
function send(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "access-control-allow-origin": "*" });
  res.end(text);
}
