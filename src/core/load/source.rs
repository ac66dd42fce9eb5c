//! The tree file as written, read into plain types with no guarantees.
//!
//! The file is read in two steps. First any JSON-shaped data becomes a [`Value`]: in the
//! browser from the result of `JSON.parse` (walked with js-sys by `ui::tree_data`), natively
//! through serde_json. Then [`TreeSource::read`] picks the fields out of it by hand, so a
//! missing or mistyped field gets our own message, naming the node, rather than a parser's.
//! The checks in [`super::content`] and [`super::graph`] then turn a source into a tree.

use super::error::{Place, TreeError};

/// JSON-shaped data, as much of it as a tree file uses.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    List(Vec<Value>),
    /// Keys in file order; a repeated key keeps every occurrence.
    Object(Vec<(String, Value)>),
    /// Numbers, booleans and null: never meaningful in a tree file.
    Other,
}

/// `text` with its explicit bidirectional formatting balanced, so that wherever it is shown or
/// written (a sentence of the widget, the decision record, the diagram, an export) it cannot
/// change the direction of the text after it. An embedding or override (U+202A, U+202B,
/// U+202D, U+202E) left open gets its PDF (U+202C) and an isolate (U+2066 to U+2068) its PDI
/// (U+2069) at the end; a PDF or PDI that closes nothing opened in the text is dropped. Every
/// text a tree file holds passes through here when read; the rest is left as written.
pub fn contained(text: String) -> String {
    const PDF: char = '\u{202C}';
    const PDI: char = '\u{2069}';
    let mut out = String::with_capacity(text.len());
    // What is open, innermost last: the character that closes each; and how many of them are
    // isolates (counted, so that a text of 2 MiB of closers stays linear).
    let mut open = Vec::new();
    let mut isolates = 0_usize;
    for c in text.chars() {
        let keep = match c {
            PDF => open.last() == Some(&PDF) && open.pop().is_some(),
            '\u{202A}'..='\u{202E}' => {
                open.push(PDF);
                true
            }
            '\u{2066}'..='\u{2068}' => {
                open.push(PDI);
                isolates += 1;
                true
            }
            // A PDI closes the innermost isolate and every embedding opened inside it; a PDF
            // (above) only an embedding, never across an isolate.
            PDI if isolates > 0 => {
                while open.pop() != Some(PDI) {}
                isolates -= 1;
                true
            }
            PDI => false,
            _ => true,
        };
        if keep {
            out.push(c);
        }
    }
    out.extend(open.iter().rev());
    out
}

impl Value {
    /// The value of the first `key` in an object, if this is one and has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// The whole tree file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TreeSource {
    /// The widget's title, e.g. for the decision record.
    pub title: String,
    /// The id of the node the walk starts at.
    pub start: String,
    /// Question wording, keyed by the question's stable key (also used in permalinks).
    pub questions: Vec<(String, QuestionSource)>,
    /// What each recommended pattern gives and asks of the team, keyed by pattern id.
    pub patterns: Vec<(String, PatternSource)>,
    /// The readiness checks patterns and answers refer to, keyed by their stable key.
    pub checks: Vec<(String, CheckSource)>,
    /// The nodes of the tree: questions and outcomes.
    pub nodes: Vec<NodeSource>,
    /// Every other user-visible sentence, keyed by its name in [`crate::core::strings`].
    pub strings: Vec<(String, String)>,
    /// The language of the wording, as a language tag (`en` when the file does not say).
    pub lang: String,
}

/// The wording of one question, shared by every node that asks it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionSource {
    /// A short label for the diagram.
    pub label: String,
    /// The question itself.
    pub text: String,
    /// One line on what the question is about.
    pub explanation: String,
    /// Examples of situations where the answer is yes.
    pub examples: Vec<String>,
    /// `any` (one example suffices, the default) or `all` (every one must hold).
    pub examples_rule: Option<String>,
    /// A trap to avoid when answering, if any.
    pub caution: String,
    /// The sentence stating each answer, keyed by answer.
    pub statements: Vec<(String, String)>,
    /// The checks each answer adds to the readiness checklist, keyed by answer.
    pub checklist: Vec<(String, Vec<String>)>,
    /// The answers offered, when the question is not a yes/no one.
    pub options: Option<Vec<OptionSource>>,
}

/// One answer a question offers, as written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OptionSource {
    pub key: String,
    pub label: String,
    pub statement: String,
    pub checklist: Vec<String>,
}

/// What one pattern asks of the team that picks it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatternSource {
    /// The pattern's name as shown to people.
    pub name: String,
    /// One or two sentences on how the pattern works.
    pub summary: String,
    /// What the pattern gives ("Good, because …").
    pub strengths: Vec<String>,
    /// What it costs ("Bad, because …").
    pub drawbacks: Vec<String>,
    /// The keys of the checks that must be in place for the pattern to work.
    pub checklist: Vec<String>,
    /// A worked example, if any.
    pub example: String,
}

/// One readiness check as written: its text, and the answers it takes for granted (`if`, a
/// question key to an answer), if any. In the file a check is either its text alone or an
/// object with `text` and `if`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckSource {
    pub text: String,
    pub only_if: Vec<(String, String)>,
}

/// One node as written. A question node has `ask` and where each answer leads (`yes` and
/// `no`, or `next` keyed by the options' keys); an outcome node has `outcome`, `label`,
/// `headline` and `why`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodeSource {
    pub id: String,
    pub ask: Option<String>,
    /// Answer key to node id, in file order: `yes` and `no`, then `next`'s entries.
    pub next: Vec<(String, String)>,
    pub outcome: Option<String>,
    pub label: String,
    pub headline: String,
    pub why: String,
    pub caveats: Vec<String>,
}

/// Collects type errors while fields are picked out of a [`Value`].
struct Reader<'e> {
    errors: &'e mut Vec<TreeError>,
}

impl Reader<'_> {
    fn wrong(&mut self, place: &dyn Fn() -> Place, field: &str, expected: &'static str) {
        self.errors.push(TreeError::WrongType {
            place: place(),
            field: field.to_string(),
            expected,
        });
    }

    /// An optional text field.
    fn maybe_text(
        &mut self,
        object: &Value,
        field: &str,
        place: &dyn Fn() -> Place,
    ) -> Option<String> {
        match object.get(field) {
            None | Some(Value::Other) => None,
            Some(Value::Text(text)) => Some(text.clone()),
            Some(_) => {
                self.wrong(place, field, "text");
                None
            }
        }
    }

    /// A text field; missing gives an empty string, which validation reports where it matters.
    fn text(&mut self, object: &Value, field: &str, place: &dyn Fn() -> Place) -> String {
        self.maybe_text(object, field, place).unwrap_or_default()
    }

    /// A list of texts; missing gives an empty list.
    fn texts(&mut self, object: &Value, field: &str, place: &dyn Fn() -> Place) -> Vec<String> {
        match object.get(field) {
            None | Some(Value::Other) => Vec::new(),
            Some(Value::List(items)) if items.iter().all(|i| i.text().is_some()) => items
                .iter()
                .filter_map(Value::text)
                .map(str::to_owned)
                .collect(),
            Some(_) => {
                self.wrong(place, field, "a list of texts");
                Vec::new()
            }
        }
    }

    /// An optional object of texts, as `(key, text)` pairs; missing gives none.
    fn text_map(
        &mut self,
        object: &Value,
        field: &str,
        place: &dyn Fn() -> Place,
    ) -> Vec<(String, String)> {
        match object.get(field) {
            None | Some(Value::Other) => Vec::new(),
            Some(Value::Object(entries)) if entries.iter().all(|(_, v)| v.text().is_some()) => {
                entries
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), v.text()?.to_owned())))
                    .collect()
            }
            Some(_) => {
                self.wrong(place, field, "an object of texts");
                Vec::new()
            }
        }
    }

    /// An optional object of lists of texts; missing gives none.
    fn list_map(
        &mut self,
        object: &Value,
        field: &str,
        place: &dyn Fn() -> Place,
    ) -> Vec<(String, Vec<String>)> {
        match object.get(field) {
            None | Some(Value::Other) => Vec::new(),
            Some(inner @ Value::Object(entries)) => entries
                .iter()
                .map(|(key, _)| (key.clone(), self.texts(inner, key, place)))
                .collect(),
            Some(_) => {
                self.wrong(place, field, "an object of lists of texts");
                Vec::new()
            }
        }
    }

    /// A question's `options`, if it has them: a list of objects with `key`, `label`,
    /// `statement` and optionally `checklist`.
    fn options(&mut self, question: &Value, key: &str) -> Option<Vec<OptionSource>> {
        let place = || Place::Question(key.to_string());
        match question.get("options") {
            None | Some(Value::Other) => None,
            Some(Value::List(items)) => Some(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let at = || Place::Option(key.to_string(), i);
                        if !matches!(o, Value::Object(_)) {
                            self.wrong(&place, "options", "a list of objects");
                        }
                        OptionSource {
                            key: self.text(o, "key", &at),
                            label: self.text(o, "label", &at),
                            statement: self.text(o, "statement", &at),
                            checklist: self.texts(o, "checklist", &at),
                        }
                    })
                    .collect(),
            ),
            Some(_) => {
                self.wrong(&place, "options", "a list of objects");
                Some(Vec::new())
            }
        }
    }

    /// The entries of an object field; missing gives none.
    fn entries<'v>(
        &mut self,
        object: &'v Value,
        field: &str,
        place: &dyn Fn() -> Place,
    ) -> &'v [(String, Value)] {
        match object.get(field) {
            Some(Value::Object(entries)) => entries,
            _ => {
                self.wrong(place, field, "an object");
                &[]
            }
        }
    }
}

impl TreeSource {
    /// Picks the tree file's fields out of `value`, reporting every field of the wrong type.
    pub fn read(value: &Value) -> Result<TreeSource, Vec<TreeError>> {
        let mut errors = Vec::new();
        let mut r = Reader {
            errors: &mut errors,
        };
        let file = || Place::File;
        if !matches!(value, Value::Object(_)) {
            r.wrong(&file, "(top level)", "an object");
            return Err(errors);
        }
        let mut source = TreeSource {
            title: r.text(value, "title", &file),
            start: r.text(value, "start", &file),
            // Only ever an attribute's value (escaped); whether it is a well-formed tag is
            // checked where files are written and built (`check_translation`, idt-check).
            lang: r
                .maybe_text(value, "lang", &file)
                .unwrap_or_else(|| "en".into()),
            ..TreeSource::default()
        };
        for (key, q) in r.entries(value, "questions", &file) {
            let place = || Place::Question(key.clone());
            let question = QuestionSource {
                label: r.text(q, "label", &place),
                text: r.text(q, "text", &place),
                explanation: r.text(q, "explanation", &place),
                examples: r.texts(q, "examples", &place),
                examples_rule: r.maybe_text(q, "examples_rule", &place),
                caution: r.text(q, "caution", &place),
                statements: r.text_map(q, "statements", &place),
                checklist: r.list_map(q, "checklist", &place),
                options: r.options(q, key),
            };
            source.questions.push((key.clone(), question));
        }
        for (key, p) in r.entries(value, "patterns", &file) {
            let place = || Place::Pattern(key.clone());
            let pattern = PatternSource {
                name: r.text(p, "name", &place),
                summary: r.text(p, "summary", &place),
                strengths: r.texts(p, "strengths", &place),
                drawbacks: r.texts(p, "drawbacks", &place),
                checklist: r.texts(p, "checklist", &place),
                example: r.text(p, "example", &place),
            };
            source.patterns.push((key.clone(), pattern));
        }
        if value.get("checks").is_some() {
            for (key, c) in r.entries(value, "checks", &file) {
                let place = || Place::Check(key.clone());
                let check = match c {
                    Value::Text(text) => CheckSource {
                        text: text.clone(),
                        only_if: Vec::new(),
                    },
                    _ => CheckSource {
                        text: r.text(c, "text", &place),
                        only_if: r.text_map(c, "if", &place),
                    },
                };
                source.checks.push((key.clone(), check));
            }
        }
        match value.get("nodes") {
            // Refused before anything else is read: a hostile file may have a problem per node.
            Some(Value::List(nodes)) if nodes.len() > super::MAX_NODES => {
                return Err(vec![TreeError::TooLarge {
                    what: "nodes",
                    limit: super::MAX_NODES,
                }]);
            }
            Some(Value::List(nodes)) => {
                for (position, n) in nodes.iter().enumerate() {
                    let place = || Place::NodeAt(position);
                    let mut next = Vec::new();
                    for answer in ["yes", "no"] {
                        if let Some(target) = r.maybe_text(n, answer, &place) {
                            next.push((answer.to_string(), target));
                        }
                    }
                    next.extend(r.text_map(n, "next", &place));
                    source.nodes.push(NodeSource {
                        id: r.text(n, "id", &place),
                        ask: r.maybe_text(n, "ask", &place),
                        next,
                        outcome: r.maybe_text(n, "outcome", &place),
                        label: r.text(n, "label", &place),
                        headline: r.text(n, "headline", &place),
                        why: r.text(n, "why", &place),
                        caveats: r.texts(n, "caveats", &place),
                    });
                }
            }
            _ => r.wrong(&file, "nodes", "a list"),
        }
        // Optional: the loader says which sentences a tree must have.
        if value.get("strings").is_some() {
            for (key, text) in r.entries(value, "strings", &file) {
                match text {
                    Value::Text(text) => source.strings.push((key.clone(), text.clone())),
                    _ => r.wrong(&|| Place::Strings, key, "text"),
                }
            }
        }
        if errors.is_empty() {
            Ok(source)
        } else {
            Err(errors)
        }
    }
}

impl Value {
    /// The value as JSON text (numbers, booleans and null, which a tree file never needs,
    /// come out as `null`).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Value::Text(text) => write_json_string(text, out),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_json_string(key, out);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
            Value::Other => out.push_str("null"),
        }
    }
}

fn write_json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reading a [`Value`] with serde, natively: the tools and the tests read the tree file with
/// serde_json. The browser never does (see `ui::tree_data`), so the wasm has no serde at all.
#[cfg(not(target_arch = "wasm32"))]
mod deserialize {
    use std::fmt;

    use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

    use super::Value;

    impl<'de> Deserialize<'de> for Value {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
            deserializer.deserialize_any(ValueVisitor)
        }
    }

    /// Accepts anything: every `visit_*` is defined, so reading JSON into a [`Value`] never fails
    /// on a type. Whether the value makes a tree is for [`TreeSource::read`] to say.
    struct ValueVisitor;

    impl<'de> Visitor<'de> for ValueVisitor {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_char<E>(self, c: char) -> Result<Value, E> {
            Ok(Value::Text(super::contained(c.to_string())))
        }
        fn visit_str<E>(self, text: &str) -> Result<Value, E> {
            Ok(Value::Text(super::contained(text.to_owned())))
        }
        fn visit_string<E>(self, text: String) -> Result<Value, E> {
            Ok(Value::Text(super::contained(text)))
        }
        fn visit_bytes<E>(self, _: &[u8]) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_none<E>(self) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Other)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
            Value::deserialize(deserializer)
        }
        fn visit_newtype_struct<D: Deserializer<'de>>(
            self,
            deserializer: D,
        ) -> Result<Value, D::Error> {
            Value::deserialize(deserializer)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<Value>()? {
                items.push(item);
            }
            Ok(Value::List(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut entries = Vec::new();
            while let Some((key, value)) = map.next_entry::<Value, Value>()? {
                if let Value::Text(key) = key {
                    entries.push((key, value));
                }
            }
            Ok(Value::Object(entries))
        }
        fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
            Ok(Value::Other)
        }
    }
}
