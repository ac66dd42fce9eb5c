//! Where a path into the tree file (`/nodes/fan-out/next/yes`, see [`super::Place::path`]) is
//! in the file's text, as a line and column, for error messages and the authoring page.
//!
//! It reads just enough JSON to follow the path: object keys in order, array items by
//! position, and nodes by id (`/nodes/<id>` is the node whose `id` is that). A path that does
//! not resolve, or text that is not JSON, gives the place of the deepest step that did. A
//! question node's `yes` and `no` are found under `next` too (`/nodes/<id>/next/yes`).

/// The 1-based line and column of the value `path` names in `text`; `None` if not even its
/// first step is there.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = skip_space(bytes, 0);
    let mut found = None;
    let mut in_nodes = false;
    for step in path.split('/').filter(|s| !s.is_empty()) {
        let next = match bytes.get(at) {
            Some(b'{') => member(bytes, at, step),
            // In `nodes`, a step is a node's id (which may be all digits), else a position.
            Some(b'[') => in_nodes
                .then(|| node_by_id(bytes, at, step))
                .flatten()
                .or_else(|| {
                    let i = number(step)?;
                    entries(bytes, at)
                        .get(i)
                        .map(|&(start, _, value)| (start, value))
                }),
            _ => None,
        };
        // `/nodes/<id>/next/yes` names the shorthand `"yes"` too: `next` may be left out.
        if next.is_none() && step == "next" {
            continue;
        }
        let Some((start, value)) = next else { break };
        in_nodes = found.is_none() && step == "nodes";
        found = Some(start);
        at = value;
    }
    found.map(|offset| line_column(text, offset))
}

/// A step that is all digits, as a number (no `str::parse`: it costs the wasm more).
fn number(step: &str) -> Option<usize> {
    let mut n: usize = 0;
    for b in step.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(usize::from(b - b'0'))?;
    }
    Some(n)
}

/// The 1-based line and column of a byte offset, columns counted in characters.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..floor_char(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn floor_char(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The end of the string starting at `at` (just past its closing quote).
fn string_end(bytes: &[u8], mut at: usize) -> usize {
    at += 1;
    while let Some(&b) = bytes.get(at) {
        at += match b {
            b'\\' => 2,
            b'"' => return at + 1,
            _ => 1,
        };
    }
    at
}

/// The end of the value starting at `at`.
fn value_end(bytes: &[u8], at: usize) -> usize {
    let mut depth = 0usize;
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                i = string_end(bytes, i);
                if depth == 0 {
                    return i;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                if depth <= 1 {
                    return i + 1;
                }
                depth -= 1;
            }
            b',' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The entries of the object or items of the array at `at`: (key start, key, value start).
fn entries(bytes: &[u8], at: usize) -> Vec<(usize, &[u8], usize)> {
    let object = bytes.get(at) == Some(&b'{');
    let mut out = Vec::new();
    let mut i = skip_space(bytes, at + 1);
    while let Some(&b) = bytes.get(i) {
        if b == b'}' || b == b']' {
            break;
        }
        let start = i;
        let mut key: &[u8] = &[];
        if object {
            let end = string_end(bytes, i);
            key = &bytes[(i + 1).min(end)..end.saturating_sub(1).max(i + 1)];
            i = skip_space(bytes, end);
            if bytes.get(i) != Some(&b':') {
                break;
            }
            i = skip_space(bytes, i + 1);
        }
        out.push((start, key, i));
        i = skip_space(bytes, value_end(bytes, i));
        if bytes.get(i) == Some(&b',') {
            i = skip_space(bytes, i + 1);
        } else {
            break;
        }
    }
    out
}

fn member(bytes: &[u8], at: usize, key: &str) -> Option<(usize, usize)> {
    entries(bytes, at)
        .into_iter()
        .find(|(_, k, _)| *k == key.as_bytes())
        .map(|(start, _, value)| (start, value))
}

fn node_by_id(bytes: &[u8], at: usize, id: &str) -> Option<(usize, usize)> {
    entries(bytes, at)
        .into_iter()
        .find_map(|(start, _, value)| {
            if bytes.get(value) != Some(&b'{') {
                return None;
            }
            let (_, id_value) = member(bytes, value, "id")?;
            let end = value_end(bytes, id_value);
            let quoted = bytes.get(id_value..end)?;
            (quoted.len() == id.len() + 2 && &quoted[1..quoted.len() - 1] == id.as_bytes())
                .then_some((start, value))
        })
}

/// Where a JSON parser's error `message` says the text broke: it names a line and column
/// ("line 3 column 5", as Firefox and newer Chromium do) or a byte position ("at position 42").
pub fn syntax_error_at(text: &str, message: &str) -> Option<(usize, usize)> {
    // Byte searches by hand: `str::find` with a string pattern links a searcher that costs the
    // wasm more than this whole function.
    let bytes = message.as_bytes();
    let number_after = |word: &[u8]| -> Option<usize> {
        let start = bytes.windows(word.len()).position(|w| w == word)? + word.len();
        let digits = bytes[start..].iter().skip_while(|b| **b == b' ');
        let mut n: Option<usize> = None;
        for &b in digits.take_while(|b| b.is_ascii_digit()) {
            n = Some(
                n.unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(usize::from(b - b'0'))?,
            );
        }
        n
    };
    match (number_after(b"line"), number_after(b"column")) {
        (Some(line), Some(column)) => Some((line, column)),
        _ => number_after(b"position").map(|offset| line_column(text, offset)),
    }
}
