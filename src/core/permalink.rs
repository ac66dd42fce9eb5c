//! The answers as text: the URL hash of a permalink and the `answers` attribute.
//!
//! The format is `immediate=yes&fan-out=no`: one `key=answer` pair per question on the path,
//! keyed by the question's stable key rather than by position, so a link stays readable and
//! survives reordering. Parsing is forgiving by design: it takes what is valid and ignores
//! the rest, and it never fails.

use crate::core::Tree;
use crate::core::model::Answer;
use crate::core::walk::walk;

/// Reads answers from a URL hash or attribute value, with or without the leading `#`.
///
/// Starting at the root, it looks up each question's key and follows the answer found; it
/// stops at the first question with no usable answer. Keys and answers are case-insensitive;
/// `yes`/`y`/`true`/`1` and `no`/`n`/`false`/`0` are accepted; pairs may be separated by `&` or
/// `;`; the first pair for a key wins. Anything else (including percent-escapes, which links
/// this widget writes never contain) is ignored, so garbage gives an empty list: a fresh start.
pub fn parse(tree: &Tree, text: &str) -> Vec<Answer> {
    let text = text.strip_prefix('#').unwrap_or(text);
    let pairs: Vec<(String, Answer)> = text
        .split(['&', ';'])
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let answer = parse_answer(value)?;
            Some((key.trim().to_ascii_lowercase(), answer))
        })
        .collect();
    let mut answers = Vec::new();
    let mut at = tree.root();
    while let Some(question) = tree.question_of(at) {
        let Some((_, answer)) = pairs.iter().find(|(key, _)| *key == question.key) else {
            break;
        };
        answers.push(*answer);
        match tree.node(at).next(*answer) {
            Some(next) => at = next,
            None => break,
        }
    }
    answers
}

/// Writes answers in the canonical form `key=yes&key=no`, in path order, without a `#`.
/// Answers past an outcome are dropped; no answers give an empty string.
pub fn serialise(tree: &Tree, answers: &[Answer]) -> String {
    let mut out = String::new();
    for step in walk(tree, answers).steps {
        if let Some(question) = tree.question_of(step.node) {
            if !out.is_empty() {
                out.push('&');
            }
            out.push_str(&question.key);
            out.push('=');
            out.push_str(step.answer.as_str());
        }
    }
    out
}

fn parse_answer(value: &str) -> Option<Answer> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Some(Answer::Yes),
        "no" | "n" | "false" | "0" => Some(Answer::No),
        _ => None,
    }
}
