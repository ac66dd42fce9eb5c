//! The decision as text: the URL hash of a permalink and the `answers` setting.
//!
//! The format is `immediate=yes&fan-out=no&ready=idempotent,versioned&subject=Order%20service`:
//! one `key=answer` pair per question on the path, keyed by the question's stable key rather
//! than by position, so a link stays readable and survives reordering; then the readiness
//! checks already in place (`ready`, by their keys) and what is being integrated (`subject`,
//! percent-encoded). Parsing is forgiving by design: it takes what is valid, ignores the rest,
//! and never fails.

use crate::core::Tree;
use crate::core::contract::{READY_PARAM, SUBJECT_PARAM};
use crate::core::model::{Answer, CheckId, Question};
use crate::core::readiness::checklist;
use crate::core::session::{Decision, clean_subject};
use crate::core::walk::walk;

/// Reads a decision from a URL hash or a setting, with or without the leading `#`.
///
/// Starting at the root, it looks up each question's key and follows the answer found; it
/// stops at the first question with no usable answer. Keys and answers (the options' keys) are
/// case-insensitive; for yes/no questions `y`/`true`/`1` and `n`/`false`/`0` are accepted too; pairs may be separated by `&` or
/// `;`; the first usable answer for a key wins. `ready` lists check keys separated by commas (unknown
/// ones are dropped); `subject` is percent-decoded and cleaned like the field. Anything else
/// (including percent-escapes in keys or answers, which links this widget writes never
/// contain) is ignored, so garbage gives an empty decision: a fresh start.
pub fn parse(tree: &Tree, text: &str) -> Decision {
    let text = text.strip_prefix('#').unwrap_or(text);
    let pairs: Vec<(String, &str)> = text
        .split(['&', ';'])
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((key.trim().to_ascii_lowercase(), value))
        })
        .collect();
    let value_of = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| *v);

    let mut answers = Vec::new();
    let mut at = tree.root();
    while let Some(question) = tree.question_of(at) {
        let usable = pairs
            .iter()
            .filter(|(key, _)| *key == question.key)
            .find_map(|(_, value)| parse_answer(question, value));
        let Some(answer) = usable else {
            break;
        };
        answers.push(answer);
        match tree.node(at).next(answer) {
            Some(next) => at = next,
            None => break,
        }
    }
    let mut ready: Vec<CheckId> = Vec::new();
    for key in value_of(READY_PARAM).unwrap_or_default().split(',') {
        if let Some(id) = tree.find_check(key.trim()) {
            if !ready.contains(&id) {
                ready.push(id);
            }
        }
    }
    let subject = value_of(SUBJECT_PARAM)
        .and_then(percent_decode)
        .map(|s| clean_subject(&s).trim_end().to_string())
        .unwrap_or_default();
    Decision {
        answers,
        ready,
        subject,
        ..Decision::default()
    }
}

/// Writes a decision in canonical form, without a `#`: the answers in path order (none past an
/// outcome), then the ticked checks that are on the outcome's checklist (in the checklist's
/// order), then the subject. An empty decision gives an empty string.
pub fn serialise(tree: &Tree, decision: &Decision) -> String {
    // Written into one string (no `format!`, no `join`): this runs on every answer, and the
    // wasm is smaller for it.
    let walked = walk(tree, &decision.answers);
    let mut out = String::new();
    let mut pair = |key: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    };
    for step in &walked.steps {
        if let Some(question) = tree.question_of(step.node) {
            pair(&question.key, question.key_of(step.answer));
        }
    }
    let mut ready = String::new();
    for id in checklist(tree, &walked) {
        if decision.ready.contains(&id) {
            if !ready.is_empty() {
                ready.push(',');
            }
            ready.push_str(&tree.check(id).key);
        }
    }
    if !ready.is_empty() {
        pair(READY_PARAM, &ready);
    }
    if !decision.subject.is_empty() {
        pair(SUBJECT_PARAM, &percent_encode(&decision.subject));
    }
    out
}

/// Just the answers in canonical form, as host events report them.
pub fn serialise_answers(tree: &Tree, answers: &[Answer]) -> String {
    serialise(tree, &Decision::with_answers(answers.to_vec()))
}

/// The answer to `question` that `value` names: an option's key, case-insensitive; for the
/// options keyed `yes` and `no`, also `y`/`true`/`1` and `n`/`false`/`0`.
fn parse_answer(question: &Question, value: &str) -> Option<Answer> {
    let value = value.trim().to_ascii_lowercase();
    let key = match value.as_str() {
        "y" | "true" | "1" => "yes",
        "n" | "false" | "0" => "no",
        other => other,
    };
    question
        .find_answer(key)
        .or_else(|| question.find_answer(&value))
}

/// Percent-encodes everything but ASCII letters, digits and `-._~`, as UTF-8.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 3);
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 15) as usize] as char);
        }
    }
    out
}

/// Decodes `%XX` escapes as UTF-8; `None` for a malformed escape or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let high = (hex[0] as char).to_digit(16)?;
            let low = (hex[1] as char).to_digit(16)?;
            out.push((high * 16 + low) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
