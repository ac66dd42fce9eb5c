//! Translations: a tree's wording in another language.
//!
//! A translation is keyed like the tree it translates, so that a permalink, a `data-*` hook or
//! a host event means the same path in every language: question keys, option keys, pattern
//! keys, check keys, node ids and sentence names stay; only the text changes.
//!
//! ```json
//! { "lang": "nl", "language": "Nederlands", "title": "…",
//!   "questions": { "immediate": { "label": "…", "text": "…", "examples": ["…"],
//!                                 "statements": { "yes": "…", "no": "…" } } },
//!   "patterns": { "rest": { "name": "…", "strengths": ["…"] } },
//!   "checks": { "timeouts": "…" },
//!   "nodes": { "rest-direct": { "label": "…", "headline": "…", "why": "…" } },
//!   "strings": { "yes": "Ja", "no": "Nee" } }
//! ```
//!
//! A translation is checked against its tree before it is used: every text the tree has is
//! translated, nothing is translated that the tree does not have, and each sentence keeps the
//! same `{placeholders}`. A translation is the shipped tree's separate file (`data/tree.nl.json`)
//! or an entry of an author's tree's own `translations` object.

use super::error::TreeError;
use super::lookup::Lookup;
use super::source::{TreeSource, Value};
use crate::core::strings::Str;
use crate::core::template::placeholders;

/// The top-level fields of a translation that are not wording of the tree.
const ABOUT: [&str; 2] = ["lang", "language"];

/// Calls `each` with every translatable text of `source` and its path (its segments).
fn texts(source: &mut TreeSource, each: &mut dyn FnMut(&[&str], &mut String)) {
    each(&["title"], &mut source.title);
    for (key, q) in &mut source.questions {
        let at = |field| ["questions", key.as_str(), field];
        each(&at("label"), &mut q.label);
        each(&at("text"), &mut q.text);
        each(&at("explanation"), &mut q.explanation);
        each(&at("caution"), &mut q.caution);
        list(&at("examples"), &mut q.examples, each);
        for (answer, statement) in &mut q.statements {
            each(&["questions", key, "statements", answer], statement);
        }
        for option in q.options.iter_mut().flatten() {
            let key = (key.as_str(), option.key.as_str());
            each(
                &["questions", key.0, "options", key.1, "label"],
                &mut option.label,
            );
            each(
                &["questions", key.0, "options", key.1, "statement"],
                &mut option.statement,
            );
        }
    }
    for (key, p) in &mut source.patterns {
        let at = |field| ["patterns", key.as_str(), field];
        each(&at("name"), &mut p.name);
        each(&at("summary"), &mut p.summary);
        each(&at("example"), &mut p.example);
        list(&at("strengths"), &mut p.strengths, each);
        list(&at("drawbacks"), &mut p.drawbacks, each);
    }
    for (key, check) in &mut source.checks {
        each(&["checks", key], &mut check.text);
    }
    for node in &mut source.nodes {
        let at = |field| ["nodes", node.id.as_str(), field];
        each(&at("label"), &mut node.label);
        each(&at("headline"), &mut node.headline);
        each(&at("why"), &mut node.why);
        list(&at("caveats"), &mut node.caveats, each);
    }
    for (name, text) in &mut source.strings {
        each(&["strings", name], text);
    }
}

fn list(at: &[&str], items: &mut [String], each: &mut dyn FnMut(&[&str], &mut String)) {
    for (i, item) in items.iter_mut().enumerate() {
        let index = i.to_string();
        let mut path = at.to_vec();
        path.push(&index);
        each(&path, item);
    }
}

/// The value at `path` in `value`: objects by key, lists by position.
fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |value, segment| match value {
        Value::List(items) => items.get(segment.parse::<usize>().ok()?),
        _ => value.get(segment),
    })
}

/// `/a/b` from segments, below `base` (the translation's own place in its file).
fn pointer(base: &str, path: &[&str]) -> String {
    let mut out = base.to_string();
    for segment in path {
        out.push('/');
        out.push_str(segment);
    }
    out
}

/// Puts `translation` (the whole translation object, at `base` in its file: `""` for a file of
/// its own, `/translations/nl` inside a tree) in place of `source`'s wording, or says what keeps
/// it from being used: a text it lacks or one that is not text. The loader's checks then run
/// on the translated tree as on any other; [`check`] says more (see there). On error `source`
/// may be half translated.
pub fn translate(
    source: &mut TreeSource,
    translation: &Value,
    base: &str,
) -> Result<(), Vec<TreeError>> {
    let mut errors = Vec::new();
    if !matches!(translation, Value::Object(_)) {
        return Err(vec![problem(base.to_string(), "must be an object")]);
    }
    for field in ABOUT {
        if !matches!(translation.get(field), Some(Value::Text(t)) if !t.trim().is_empty()) {
            errors.push(problem(pointer(base, &[field]), "is missing or empty"));
        }
    }
    if let Some(Value::Text(lang)) = translation.get("lang") {
        source.lang = lang.clone();
    }
    texts(source, &mut |path, text| match at(translation, path) {
        Some(Value::Text(given)) => *text = given.clone(),
        Some(_) => errors.push(problem(pointer(base, path), "must be text")),
        None if !text.is_empty() => errors.push(problem(pointer(base, path), "is not translated")),
        None => {}
    });
    // The interface sentences a tree borrows (an author's tree leaves most out) may be
    // translated too.
    if let Some(Value::Object(strings)) = translation.get("strings") {
        for (name, text) in strings {
            let own = source.strings.iter().any(|(n, _)| n == name);
            if let (false, Some(_), Value::Text(text)) = (own, Str::from_name(name), text) {
                source.strings.push((name.clone(), text.clone()));
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// What [`translate`] lets through and a translator should still hear about: a sentence
/// whose `{placeholders}` differ from the original's, and a text that translates nothing in
/// the tree (a typo in a key, or wording the tree does not have). Run where translations are
/// written and built (the build, the native tests, an author's tree's own `translations`);
/// the widget trusts the files the build checked.
pub fn check(source: &TreeSource, translation: &Value, base: &str) -> Vec<TreeError> {
    let mut errors = Vec::new();
    let mut used = Vec::new();
    texts(&mut source.clone(), &mut |path, text| {
        let place = pointer(base, path);
        if let Some(Value::Text(given)) = at(translation, path) {
            // A text is translated by a text, and nothing by nothing: readers of every
            // language get the same content.
            match (text.trim().is_empty(), given.trim().is_empty()) {
                (false, true) => errors.push(problem(
                    place.clone(),
                    "is empty where the original has text",
                )),
                (true, false) => errors.push(problem(
                    place.clone(),
                    "has text where the original has none",
                )),
                _ => {}
            }
            let (want, got) = (placeholders(text), placeholders(given));
            let count = |names: &[&str], name: &str| names.iter().filter(|n| **n == name).count();
            let same = want.len() == got.len()
                && want
                    .iter()
                    .all(|name| count(&want, name) == count(&got, name));
            if !same {
                errors.push(TreeError::Translation {
                    path: place.clone(),
                    problem: format!(
                        "uses the placeholders {{{}}} where the original has {{{}}}",
                        got.join("} {"),
                        want.join("} {")
                    ),
                });
            }
        }
        used.push(place);
    });
    if let Some(Value::Object(strings)) = translation.get("strings") {
        for (name, text) in strings {
            let place = pointer(base, &["strings", name]);
            if Str::from_name(name).is_some() {
                used.push(place);
            } else if matches!(text, Value::Text(_)) {
                errors.push(problem(place, "is not a sentence the widget has"));
            }
        }
    }
    if let Some(Value::Text(lang)) = translation.get("lang") {
        if !super::is_language_tag(lang) {
            errors.push(problem(
                pointer(base, &["lang"]),
                "must be a language tag such as \"nl\"",
            ));
        }
    }
    if !super::is_language_tag(&source.lang) {
        errors.push(TreeError::BadValue {
            place: super::Place::File,
            field: "lang",
            value: source.lang.clone(),
            expected: "a language tag such as \"en\" or \"pt-BR\"",
        });
    }
    let used = Lookup::new(used.iter().map(String::as_str).enumerate());
    if let Value::Object(entries) = translation {
        for (key, inner) in entries
            .iter()
            .filter(|(key, _)| !ABOUT.contains(&key.as_str()))
        {
            unknown(inner, &pointer(base, &[key]), &used, &mut errors);
        }
    }
    errors
}

fn problem(path: String, problem: &str) -> TreeError {
    TreeError::Translation {
        path,
        problem: problem.to_string(),
    }
}

/// Reports every text in the translation that translates nothing in the tree.
fn unknown(value: &Value, here: &str, used: &Lookup, errors: &mut Vec<TreeError>) {
    match value {
        Value::Object(entries) => {
            for (key, inner) in entries {
                unknown(inner, &pointer(here, &[key]), used, errors);
            }
        }
        Value::List(items) => {
            for (i, inner) in items.iter().enumerate() {
                unknown(inner, &pointer(here, &[&i.to_string()]), used, errors);
            }
        }
        _ if used.get(here).is_some() => {}
        _ => errors.push(TreeError::Translation {
            path: here.to_string(),
            problem: "translates nothing in the tree (a typo, or wording the tree does not have)"
                .to_string(),
        }),
    }
}

/// The fields whose value is a list of texts (their items' paths end in a position).
const LISTS: [&str; 4] = ["examples", "strengths", "drawbacks", "caveats"];

/// The wording of `source` as a translation of itself (`lang` and `language` as given): what a
/// translator starts from, and the file a site ships for the tree's own language when another
/// language comes first.
pub fn extract(source: &TreeSource, language: &str) -> Value {
    let mut root = Value::Object(vec![
        ("lang".into(), Value::Text(source.lang.clone())),
        ("language".into(), Value::Text(language.into())),
    ]);
    let mut copy = source.clone();
    texts(&mut copy, &mut |path, text| {
        // Nothing to translate (a question node has no label): left out, except in a list,
        // where each item keeps its place.
        let in_list = path.len() == 4 && LISTS.contains(&path[2]);
        if text.is_empty() && !in_list {
            return;
        }
        let mut here = &mut root;
        for (depth, segment) in path.iter().enumerate() {
            let last = depth + 1 == path.len();
            let item = || Value::Text(text.clone());
            let inner = if !last {
                if depth == 2 && LISTS.contains(segment) {
                    Value::List(Vec::new())
                } else {
                    Value::Object(Vec::new())
                }
            } else {
                item()
            };
            here = match here {
                Value::List(items) => {
                    items.push(inner);
                    items.last_mut().expect("just pushed")
                }
                Value::Object(entries) => match entries.iter().position(|(k, _)| k == segment) {
                    Some(i) => &mut entries[i].1,
                    None => {
                        entries.push((segment.to_string(), inner));
                        &mut entries.last_mut().expect("just pushed").1
                    }
                },
                _ => return,
            };
        }
    });
    root
}

/// The tree file `value` (read as `source`) with `translation`'s wording in place of its own:
/// what a site ships for that language. Assumes the translation was checked ([`check`]).
pub fn apply(value: &Value, source: &TreeSource, translation: &Value) -> Value {
    let mut out = value.clone();
    let mut set = |path: &[&str], text: &Value| {
        if let Some(slot) = slot(&mut out, path) {
            *slot = text.clone();
        }
    };
    for field in ABOUT {
        if let Some(text) = translation.get(field) {
            set(&[field], text);
        }
    }
    texts(&mut source.clone(), &mut |path, _| {
        if let Some(text @ Value::Text(_)) = at(translation, path) {
            set(path, text);
        }
    });
    // Sentences the tree borrows, translated: added to its own.
    if let (Some(Value::Object(strings)), Value::Object(top)) =
        (translation.get("strings"), &mut out)
    {
        let own = match top.iter().position(|(k, _)| k == "strings") {
            Some(i) => i,
            None => {
                top.push(("strings".into(), Value::Object(Vec::new())));
                top.len() - 1
            }
        };
        if let Value::Object(own) = &mut top[own].1 {
            for (name, text) in strings {
                if !own.iter().any(|(n, _)| n == name) && Str::from_name(name).is_some() {
                    own.push((name.clone(), text.clone()));
                }
            }
        }
    }
    out
}

/// The text at `path` (a translation's path) in a tree file: lists of nodes and options by id
/// or key, lists of texts by position, a check written as an object by its `text`.
fn slot<'v>(value: &'v mut Value, path: &[&str]) -> Option<&'v mut Value> {
    let mut here = value;
    for segment in path {
        here = match here {
            Value::Object(entries) => match entries.iter().position(|(k, _)| k == segment) {
                Some(i) => &mut entries[i].1,
                None => {
                    entries.push((segment.to_string(), Value::Other));
                    &mut entries.last_mut()?.1
                }
            },
            Value::List(items) => {
                let named = |item: &Value| {
                    [item.get("id"), item.get("key")]
                        .into_iter()
                        .any(|name| matches!(name, Some(Value::Text(n)) if n == segment))
                };
                match items.iter().position(named) {
                    Some(i) => &mut items[i],
                    None => items.get_mut(segment.parse::<usize>().ok()?)?,
                }
            }
            _ => return None,
        };
    }
    // A check with conditions is an object: its text is the `text` field.
    if let Value::Object(entries) = here {
        return entries
            .iter_mut()
            .find(|(k, _)| k == "text")
            .map(|(_, v)| v);
    }
    Some(here)
}
