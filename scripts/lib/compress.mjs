// How the site's files are compressed, in one place: for the copies dist/ ships and for every
// size the budget, the README and the benchmark report.
//
// gzip: zopfli, a slower encoder that writes ordinary gzip (every browser reads it) about 6%
// smaller than zlib's level 9; the build ships these as the .gz copies, so a server that sends
// precompressed files sends exactly these bytes. zlib's gzip -9 is reported beside it, for
// servers that compress on the fly. brotli: quality 11, the .br copies.
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// @gfx/zopfli is an Emscripten build that installs process-wide handlers for uncaught errors
// and unhandled rejections, which print its whole minified source before any error of ours.
// Load it, then take those handlers away again so our errors read as our errors.
const { gzipAsync } = await withoutNewHandlers(() => import("@gfx/zopfli"));

async function withoutNewHandlers(load) {
  const events = ["uncaughtException", "unhandledRejection"];
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e))]));
  const loaded = await load();
  for (const e of events) for (const l of process.listeners(e)) if (!before.get(e).has(l)) process.removeListener(e, l);
  return loaded;
}

/** The gzip copy the build ships (zopfli). */
export function gzip(body) {
  return gzipAsync(body, { numiterations: 15 });
}

/** The brotli copy the build ships (quality 11). */
export function brotli(body) {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/** Raw, gzip (as shipped), zlib gzip -9 and brotli sizes of some bytes. */
export async function sizes(body) {
  return {
    raw: body.length,
    gzip: (await gzip(body)).length,
    zlib: gzipSync(body, { level: 9 }).length,
    brotli: brotli(body).length,
  };
}
