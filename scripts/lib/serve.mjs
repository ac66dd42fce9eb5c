// A small static file server for dist/: `make serve` (scripts/serve.mjs), the end-to-end tests
// and the benchmark.
//
// It serves under an optional base path (to prove sub-path hosting works), compresses with
// gzip or brotli when the client accepts it (preferring the precompressed .br/.gz files the
// build writes), and can send a Content-Security-Policy header (one for every page, or one per
// page: `csp(path)`).
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
 * `pages` maps extra paths (below the base) to HTML served as if they were files, for tests.
 * `onResponse(path, bytes)` hears of every file sent, with the bytes on the wire (the benchmark
 * counts a first visit's total with it).
 */
export function serve({ root = "dist", port = 8080, host = "127.0.0.1", base = "/", csp = null, headers = {}, pages = {}, onResponse = null } = {}) {
  const top = resolve(root);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
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
        ...headers,
      };
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

function send(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}
