// What a wasm module is made of: each function body's size with its (demangled) name, and the
// data segments' size, read straight from the binary (no tool to install). The names come from
// the "name" custom section, so the module must be built with names kept (wasm-opt -g).

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
    shift += 7;
  }
}

function text(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** Rust's legacy mangling (`_ZN3std2io5stdio6_print17h…E`) as a path: `std::io::stdio::_print`. */
export function demangle(name) {
  const match = /^_?_ZN(.*)E$/.exec(name);
  if (!match) return name;
  const parts = [];
  let rest = match[1];
  while (rest.length) {
    const digits = /^\d+/.exec(rest);
    if (!digits) break;
    const length = Number(digits[0]);
    parts.push(rest.slice(digits[0].length, digits[0].length + length));
    rest = rest.slice(digits[0].length + length);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts
    .join("::")
    .replaceAll("$LT$", "<")
    .replaceAll("$GT$", ">")
    .replaceAll("$u20$", " ")
    .replaceAll("$u7b$", "{")
    .replaceAll("$u7d$", "}")
    .replaceAll("$RF$", "&")
    .replaceAll("$C$", ",")
    .replaceAll("..", "::");
}

/**
 * The module's function bodies (`{ name, start, end }`, byte ranges in `bytes`) and its data
 * segments (`{ start, end }`).
 */
export function wasmParts(bytes) {
  let at = 8;
  let imported = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id === 2) {
      // Imports: functions imported take the first indices.
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        [, p] = text(bytes, p);
        [, p] = text(bytes, p);
        const kind = bytes[p++];
        if (kind === 0) {
          imported++;
          [, p] = leb(bytes, p);
        } else if (kind === 1) {
          p++;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [length, body] = leb(bytes, p);
        bodies.push({ index: imported + i, start: p, end: body + length });
        p = body + length;
      }
    } else if (id === 11) {
      data.push({ start, end });
    } else if (id === 0) {
      const [name, p] = text(bytes, start);
      if (name === "name") {
        let q = p;
        while (q < end) {
          const kind = bytes[q];
          const [length, sub] = leb(bytes, q + 1);
          if (kind === 1) {
            let [count, r] = leb(bytes, sub);
            for (let i = 0; i < count; i++) {
              let index;
              let fn;
              [index, r] = leb(bytes, r);
              [fn, r] = text(bytes, r);
              names.set(index, demangle(fn));
            }
          }
          q = sub + length;
        }
      }
    }
    at = end;
  }
  return { bodies: bodies.map((b) => ({ name: names.get(b.index) ?? `function ${b.index}`, start: b.start, end: b.end })), data };
}
