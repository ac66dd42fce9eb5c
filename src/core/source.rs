//! The tree file as written: plain serde types with no guarantees.
//!
//! These are only ever read by [`crate::core::validate`], which turns them into a
//! [`crate::core::Tree`] or a list of precise errors. Every field a person could forget is an
//! `Option` or defaults to empty, so that forgetting it produces our own error message (naming
//! the node) rather than a parser's.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::core::strings::Strings;

/// The whole tree file.
#[derive(Debug, Clone, Deserialize)]
pub struct TreeSource {
    /// The widget's title, e.g. for the decision record.
    pub title: String,
    /// The id of the node the walk starts at.
    pub start: String,
    /// Question wording, keyed by the question's stable key (also used in permalinks).
    pub questions: BTreeMap<String, QuestionSource>,
    /// What each recommended pattern asks of the team, keyed by pattern id.
    pub patterns: BTreeMap<String, PatternSource>,
    /// The nodes of the tree: questions and outcomes.
    pub nodes: Vec<NodeSource>,
    /// Every other user-visible sentence.
    pub strings: Strings,
}

/// The wording of one question, shared by every node that asks it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QuestionSource {
    /// A short label for the diagram.
    pub label: String,
    /// The question itself.
    pub text: String,
    /// One line on what the question is about.
    pub explanation: String,
    /// Examples of situations where the answer is yes.
    pub examples: Vec<String>,
    /// A trap to avoid when answering, if any.
    pub caution: String,
}

/// What one pattern asks of the team that picks it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PatternSource {
    /// The pattern's name as shown to people.
    pub name: String,
    /// One or two sentences on how the pattern works.
    pub summary: String,
    /// What must be in place for the pattern to work.
    pub must_have: Vec<String>,
    /// A worked example, if any.
    pub example: String,
}

/// One node as written. A question node has `ask`, `yes` and `no`; an outcome node has
/// `outcome`, `label`, `headline` and `why`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NodeSource {
    pub id: String,
    pub ask: Option<String>,
    pub yes: Option<String>,
    pub no: Option<String>,
    pub outcome: Option<String>,
    pub label: String,
    pub headline: String,
    pub why: String,
    pub caveats: Vec<String>,
}
