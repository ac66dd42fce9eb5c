//! The build for authors' trees (feature `authoring`): a tree a host passes in (the element's
//! `src`, inline JSON or `tree` property, or tree.html's `?src=`), untrusted. It is checked like
//! an author's (`core::load_authored`), with the interface sentences it leaves out taken from the
//! wording this build carries, and every problem is reported with its place in the text, in a
//! panel in the widget's place.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::to_value;
use crate::core::contract::{TREE, TREE_FAILED, TREE_SOURCE};
use crate::core::load::{MAX_TREE_BYTES, Problem, Value, report, syntax_error_at};
use crate::core::strings::{Str, Strings};
use crate::core::template::fill;
use crate::core::{AUTHOR_WORDING_JSON, Tree, TreeError};

/// Nothing to read ahead in this build: each tree is read when it is mounted.
pub fn prepare(_json: &str) -> bool {
    true
}

/// The tree `mount`'s settings give (`setting` looks one up by name): an author's tree as JSON
/// text, or the reason the loader could not fetch one. A tree that cannot be used is refused,
/// with the panel of its problems in `root`.
pub fn tree<'a>(root: &Element, setting: impl Fn(&str) -> Option<&'a str>) -> Option<Rc<Tree>> {
    let strings = wording();
    let alone = |message: String, at: Option<(usize, usize)>| {
        vec![Problem {
            message,
            path: None,
            node: None,
            at,
        }]
    };
    let loaded = match (setting(TREE), setting(TREE_FAILED)) {
        (_, Some(reason)) => Err(alone(
            fill(&strings[Str::TreeLoadFailed], &[("reason", reason)]),
            None,
        )),
        (Some(json), None) => parse(json, &strings, alone),
        (None, None) => Err(Vec::new()),
    };
    match loaded {
        Ok(tree) => Some(tree),
        Err(problems) => {
            let source = setting(TREE_SOURCE).filter(|s| !s.is_empty());
            refuse(root, &strings, source, &problems);
            None
        }
    }
}

/// Parses and checks an author's tree file, or says everything that is wrong with it, each
/// problem with its place in the text.
fn parse(
    json: &str,
    strings: &Strings,
    alone: impl Fn(String, Option<(usize, usize)>) -> Vec<Problem>,
) -> Result<Rc<Tree>, Vec<Problem>> {
    if json.len() > MAX_TREE_BYTES {
        let error = TreeError::TooLarge {
            what: "bytes",
            limit: MAX_TREE_BYTES,
        };
        return Err(alone(error.to_string(), None));
    }
    let value = js_sys::JSON::parse(json).map_err(|error| {
        let reason = String::from(error.unchecked_into::<js_sys::Error>().message());
        let at = syntax_error_at(json, &reason);
        alone(fill(&strings[Str::TreeNotJson], &[("reason", &reason)]), at)
    })?;
    crate::core::load_authored(&to_value(&value, 0), strings)
        .map(Rc::new)
        .map_err(|errors| report(json, &errors))
}

/// Replaces the widget in `root` with a panel listing why its tree cannot be used: each problem
/// with its place in the file (`data-error-path`, and `data-line`/`data-column` where the text
/// showed it) and its node (`data-error-node`), and where the tree came from (`source`). Text
/// only: the problems quote untrusted input.
fn refuse(root: &Element, s: &Strings, source: Option<&str>, problems: &[Problem]) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let add = |parent: &Element, tag: &str, class: &str, text: &str| -> Option<Element> {
        let element = document.create_element(tag).ok()?;
        if !class.is_empty() {
            let _ = element.set_attribute("class", class);
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        parent.append_child(&element).ok()?;
        Some(element)
    };
    root.set_text_content(None);
    let Some(panel) = add(root, "section", "idt idt-panel idt-errors", "") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-tree-errors", "");
    let _ = add(&panel, "h2", "", &s[Str::TreeErrorsHeading]);
    let source = source.unwrap_or(&s[Str::TreeErrorsHere]);
    let count = problems.len().to_string();
    let intro = fill(
        &s[Str::TreeErrorsIntro],
        &[("source", source), ("count", &count)],
    );
    let _ = add(&panel, "p", "", &intro);
    let Some(list) = add(&panel, "ol", "idt-error-list", "") else {
        return;
    };
    for problem in problems {
        let Some(item) = add(&list, "li", "", "") else {
            continue;
        };
        if let Some(path) = &problem.path {
            let _ = item.set_attribute("data-error-path", path);
            let _ = add(&item, "code", "", path);
        }
        if let Some(node) = &problem.node {
            let _ = item.set_attribute("data-error-node", node);
        }
        let _ = add(&item, "span", "idt-error-message", &problem.message);
        if let Some((line, column)) = problem.at {
            let (line, column) = (line.to_string(), column.to_string());
            let _ = item.set_attribute("data-line", &line);
            let _ = item.set_attribute("data-column", &column);
            let at = fill(
                &s[Str::TreeErrorAt],
                &[("line", &line), ("column", &column)],
            );
            let _ = add(&item, "span", "idt-error-at", &at);
        }
    }
}

/// The crash screen's two sentences: the loader's own (web/crash.js), as this build knows no
/// language but English for them.
pub fn crash_sentences() -> Option<[String; 2]> {
    None
}

/// The interface wording for authors' trees and for the panel that reports their problems
/// (`AUTHOR_WORDING_JSON`, see `build.rs`).
fn wording() -> Strings {
    let value = js_sys::JSON::parse(AUTHOR_WORDING_JSON)
        .map(|value| to_value(&value, 0))
        .unwrap_or(Value::Other);
    let strings = value.get("strings").cloned().unwrap_or(Value::Other);
    crate::core::authored_defaults(&Strings::default(), &strings)
}
