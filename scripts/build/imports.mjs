// Short names for what the wasm imports from its glue.
//
// wasm-bindgen names each import after the Rust item plus a 16-digit hash
// (`__wbg_set_listener_id_fc5a5a59311dcc63`) and puts all of them in a module called after the
// crate's file (`./integration-decision-tree_bg.js`). Every name is written twice, in the wasm's
// import section and as a key in the glue's import object, and the hashes do not compress: about
// 9 KB of names a reader downloads for nothing. This step renames each import to a short name
// (`a`, `b`, … `ba`, …, in the order the wasm lists them) in both files at once. It checks that
// each old name occurs exactly once in the glue, so a glue of another shape fails the build
// instead of making a wasm that cannot be instantiated.
//
// The wasm's binary format: after the 8-byte header come sections, each an id byte, a LEB128
// size and its content. The import section (id 2) is a vector of (module, field, description);
// only the names change, so every other section is copied byte for byte.

const IMPORT_SECTION = 2;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Reads a LEB128 unsigned number at `at`: `[value, next offset]`. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error("imports: the wasm ends inside a number");
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as LEB128 bytes. */
function unsigned(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A name as the wasm writes it: its length, then its UTF-8 bytes. */
const name = (text) => {
  const bytes = encoder.encode(text);
  return [...unsigned(bytes.length), ...bytes];
};

/** Reads a name at `at`: `[text, next offset]`. */
function readName(bytes, at) {
  const [length, start] = readUnsigned(bytes, at);
  return [decoder.decode(bytes.subarray(start, start + length)), start + length];
}

/** The end of an import's description (what is imported and its type) that starts at `at`. */
function descriptionEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from];
    let [, next] = readUnsigned(bytes, from + 1);
    if (flags & 1) [, next] = readUnsigned(bytes, next);
    return next;
  };
  switch (kind) {
    case 0x00: // a function: its type's index
      return readUnsigned(bytes, at)[1];
    case 0x01: // a table: its element type, then limits
      return limits(at + 1);
    case 0x02: // a memory: limits
      return limits(at);
    case 0x03: // a global: its value type and mutability
      if (bytes[at] === 0x63 || bytes[at] === 0x64) return readUnsigned(bytes, at + 1)[1] + 1;
      return at + 2;
    case 0x04: // a tag: an attribute byte and its type's index
      return readUnsigned(bytes, at + 1)[1];
    default:
      throw new Error(`imports: an import of unknown kind ${kind}`);
  }
}

/** The `index`th short name: a, b, … z, ba, bb, … (letters only, so never a JS keyword's shape). */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let text = letters[index % 26];
  for (let rest = Math.floor(index / 26); rest > 0; rest = Math.floor(rest / 26)) text = letters[rest % 26] + text;
  return text;
}

/** Replaces the one occurrence of `old` (a whole identifier or a quoted string) in `glue`. */
function replaceOnce(glue, old, replacement, pattern) {
  const found = glue.match(pattern);
  if (found?.length !== 1) {
    throw new Error(`imports: the glue names ${old} ${found?.length ?? 0} times, not once; is it wasm-bindgen's glue?`);
  }
  return glue.replace(pattern, replacement);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Renames the wasm's imports: `glue` (wasm-bindgen's JS, as text) and `wasm` (the module's bytes)
 * give the same module with short names, as `{ glue, wasm }`.
 */
export function shortenImports(glue, wasm) {
  const bytes = new Uint8Array(wasm);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error("imports: not a wasm module");
  const parts = [bytes.subarray(0, 8)];
  let modules = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readUnsigned(bytes, at + 1);
    const end = start + size;
    if (id !== IMPORT_SECTION) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, cursor] = readUnsigned(bytes, start);
    const content = [...unsigned(count)];
    for (let index = 0; index < count; index++) {
      let module;
      let field;
      [module, cursor] = readName(bytes, cursor);
      [field, cursor] = readName(bytes, cursor);
      const description = bytes.subarray(cursor, descriptionEnd(bytes, cursor));
      cursor += description.length;
      if (!modules.has(module)) modules.set(module, shortName(modules.size));
      const short = shortName(index);
      glue = replaceOnce(glue, field, short, new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, "g"));
      content.push(...name(modules.get(module)), ...name(short), ...description);
    }
    if (cursor !== end) throw new Error("imports: the import section has bytes after its last import");
    parts.push(Uint8Array.of(IMPORT_SECTION, ...unsigned(content.length), ...content));
    at = end;
  }
  for (const [module, short] of modules) {
    glue = replaceOnce(glue, module, JSON.stringify(short), new RegExp(`(["'])${escape(module)}\\1`, "g"));
  }
  return { glue, wasm: Buffer.concat(parts) };
}
