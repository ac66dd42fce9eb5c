//! Loading a tree file: reading it ([`source`]), checking its content ([`content`]) and its
//! graph ([`graph`]), and putting the [`Tree`] together. Loading is the only way to build a
//! tree, and it either succeeds or explains every problem it found ([`TreeError`]).

mod content;
mod error;
mod graph;
mod language;
mod locate;
mod lookup;
mod report;
mod source;
mod translation;
mod tree;

pub use content::is_valid_id;
pub use error::{Place, TreeError};
pub use language::is_language_tag;
pub use locate::{line_column, locate, syntax_error_at};
pub use report::{MAX_PROBLEMS, Problem, report};
pub use source::{NodeSource, PatternSource, QuestionSource, TreeSource, Value, contained};
pub use translation::extract as extract_translation;
pub use tree::Tree;

use crate::core::model::{Node, NodeId};
use crate::core::strings::{Str, Strings};
use tree::TreeParts;

/// The most nodes a tree may have: beyond it the diagram is no help to anyone, and a hostile
/// file could make the page slow.
pub const MAX_NODES: usize = 10_000;
/// The most answers a path may take before it reaches an outcome.
pub const MAX_DEPTH: u32 = 64;
/// The longest tree file, in bytes, the widget reads (checked before parsing, by the shell).
pub const MAX_TREE_BYTES: usize = 2 << 20;

/// Reads and checks a tree file that has been parsed into a [`Value`].
///
/// Returns the tree, or every problem found, each naming what it is about.
pub fn load(value: &Value) -> Result<Tree, Vec<TreeError>> {
    load_with(value, None, &mut |_, _| {})
}

/// Reads and checks a tree file and a translation of it (a file of its own, such as
/// `data/tree.nl.json`): the tree in the translation's language, or every problem with
/// either, the translation's with their place in its file.
pub fn load_translated(value: &Value, translation: &Value) -> Result<Tree, Vec<TreeError>> {
    load_in(value, None, translation)
}

/// A tree in a translation's wording, with `defaults` for the sentences it borrows, if any.
fn load_in(
    value: &Value,
    defaults: Option<&Strings>,
    translation: &Value,
) -> Result<Tree, Vec<TreeError>> {
    load_with(value, defaults, &mut |source, errors| {
        if let Err(found) = translation::translate(source, translation, "") {
            errors.extend(found);
        }
    })
}

/// Everything wrong with a translation of a tree: what keeps [`load_translated`] from using it,
/// and what it lets through (see [`translation::check`]). Empty when the translation fits.
/// For an author's tree, `defaults` are the sentences it borrows (see [`load_authored`]): a
/// translation need not translate those.
pub fn check_translation(
    value: &Value,
    translation: &Value,
    defaults: Option<&Strings>,
) -> Vec<TreeError> {
    let mut errors = load_in(value, defaults, translation)
        .err()
        .unwrap_or_default();
    if let Ok(source) = TreeSource::read(value) {
        errors.extend(translation::check(&source, translation, ""));
    }
    errors
}

/// Reads and checks an author's tree file: interface sentences it leaves out are taken from
/// `defaults` (usually the built-in tree's).
pub fn load_authored(value: &Value, defaults: &Strings) -> Result<Tree, Vec<TreeError>> {
    load_with(value, Some(defaults), &mut |_, _| {})
}

/// The tree file `value` in the language of `translation`: the same file with the
/// translation's wording in place of its own, for a site to ship as that language's tree.
/// Or everything wrong with the translation (see [`check_translation`]).
pub fn translated_tree(value: &Value, translation: &Value) -> Result<Value, Vec<TreeError>> {
    let errors = check_translation(value, translation, None);
    if !errors.is_empty() {
        return Err(errors);
    }
    let source = TreeSource::read(value)?;
    Ok(translation::apply(value, &source, translation))
}

/// The sentences an author's tree falls back on: the shipped tree's `strings`, with the
/// generic ones in `overrides` (an object of sentence name to text, normally
/// [`crate::core::AUTHORED_STRINGS_JSON`]) in place of those about the shipped framework.
/// Unknown names and non-text values in `overrides` are ignored.
pub fn authored_defaults(shipped: &Strings, overrides: &Value) -> Strings {
    let mut strings = shipped.clone();
    strings.0.resize(Str::ALL.len(), String::new());
    if let Value::Object(entries) = overrides {
        for (name, text) in entries {
            if let (Some(key), Value::Text(text)) = (Str::from_name(name), text) {
                strings.0[key as usize] = text.clone();
            }
        }
    }
    strings
}

#[inline(never)]
fn load_with(
    value: &Value,
    defaults: Option<&Strings>,
    translate: &mut dyn FnMut(&mut TreeSource, &mut Vec<TreeError>),
) -> Result<Tree, Vec<TreeError>> {
    let mut source = TreeSource::read(value)?;
    if source.nodes.is_empty() {
        return Err(vec![TreeError::NoNodes]);
    }
    if source.nodes.len() > MAX_NODES {
        return Err(vec![TreeError::TooLarge {
            what: "nodes",
            limit: MAX_NODES,
        }]);
    }
    let mut errors = Vec::new();
    // In another language: its wording in place of the tree's own, before anything is checked.
    translate(&mut source, &mut errors);
    content::title(&source, &mut errors);
    let check_keys = content::check_keys(&source, &mut errors);
    let strings = content::strings(&source, defaults, &mut errors);
    let questions = content::questions(&source, &strings, &check_keys, &mut errors);
    let checks = content::checks(&source, &questions, &mut errors);
    let patterns = content::patterns(&source, &check_keys, &mut errors);

    let index = graph::index_nodes(&source.nodes, &mut errors);
    let root = index.get(&source.start).map(NodeId);
    if root.is_none() {
        errors.push(TreeError::UnknownStart {
            start: source.start.clone(),
        });
    }
    let question_keys = lookup::Lookup::new(questions.iter().map(|q| q.key.as_str()).enumerate());
    // Each node's kind as far as it could be made out, and its children as far as they
    // resolved (for the graph checks either way).
    let mut nodes = Vec::with_capacity(source.nodes.len());
    let mut children = Vec::with_capacity(source.nodes.len());
    for node in &source.nodes {
        let (kind, below) = match (&node.ask, &node.outcome) {
            (Some(ask), None) => {
                let questions = (&question_keys, questions.as_slice());
                graph::question(node, ask, &index, questions, &mut errors)
            }
            (None, Some(pattern)) => {
                graph::outcome(content::outcome(node, pattern, &patterns, &mut errors))
            }
            _ => {
                errors.push(TreeError::UnclearKind {
                    id: node.id.clone(),
                });
                (None, Vec::new())
            }
        };
        nodes.push(kind.map(|kind| Node {
            id: node.id.clone(),
            kind,
        }));
        children.push(below);
    }
    graph::unused_questions(&questions, &source.nodes, &mut errors);

    let ids: Vec<&str> = source.nodes.iter().map(|n| n.id.as_str()).collect();
    let parents = root.map(|root| graph::parents(root, &children, &ids, &mut errors));
    let (Some(root), Some(parents)) = (root, parents) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // No errors so far: every node's kind was made out, and the nodes form one tree.
    let nodes: Vec<Node> = nodes.into_iter().flatten().collect();
    let shape = graph::shape(root, &children, parents);
    if shape.heights[root.index()] > MAX_DEPTH {
        return Err(vec![TreeError::TooLarge {
            what: "questions on one path",
            limit: MAX_DEPTH as usize,
        }]);
    }
    graph::repeated_questions(&nodes, &shape.parents, &questions, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }

    let parts = TreeParts {
        title: source.title,
        lang: source.lang,
        root,
        nodes,
        questions,
        patterns,
        checks,
        parents: shape.parents,
        depths: shape.depths,
        heights: shape.heights,
        strings,
    };
    Ok(Tree::assemble(parts))
}
