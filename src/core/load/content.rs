//! Content checks: every question, pattern, outcome and interface sentence has the wording it
//! needs, keys are unique and well formed, and sentences use only the placeholders their place
//! provides.

use super::error::TreeError;
use super::source::{NodeSource, TreeSource};
use crate::core::model::{Outcome, Pattern, PatternInfo, Question};
use crate::core::strings::{Str, Strings};
use crate::core::template::placeholders;

/// Whether `id` is a usable id or key: lowercase ASCII letters and digits, joined by single
/// hyphens. Ids end up in permalinks and `data-` attributes, so they are kept boring.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.as_bytes().windows(2).any(|pair| pair == b"--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Collects [`TreeError::MissingContent`] for one subject (a question, a pattern, a node).
struct Required<'e> {
    subject: String,
    errors: &'e mut Vec<TreeError>,
}

impl Required<'_> {
    fn missing(&mut self, field: &'static str) {
        self.errors.push(TreeError::MissingContent {
            subject: self.subject.clone(),
            field,
        });
    }

    /// A piece of text that must not be empty.
    fn text(&mut self, field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.missing(field);
        }
    }

    /// A list that must hold at least one non-empty text.
    fn list(&mut self, field: &'static str, items: &[String]) {
        if items.iter().all(|item| item.trim().is_empty()) {
            self.missing(field);
        }
    }
}

/// The questions' wording, each checked; duplicates are reported and dropped.
pub fn questions(source: &TreeSource, errors: &mut Vec<TreeError>) -> Vec<Question> {
    let mut questions: Vec<Question> = Vec::with_capacity(source.questions.len());
    for (key, q) in &source.questions {
        if questions.iter().any(|seen| seen.key == *key) {
            errors.push(TreeError::DuplicateKey {
                place: "questions",
                key: key.clone(),
            });
            continue;
        }
        if !is_valid_id(key) {
            errors.push(TreeError::InvalidId { id: key.clone() });
        }
        let mut required = Required {
            subject: format!("question \"{key}\""),
            errors,
        };
        required.text("label", &q.label);
        required.text("text", &q.text);
        required.text("explanation", &q.explanation);
        required.list("examples", &q.examples);
        questions.push(Question {
            key: key.clone(),
            label: q.label.clone(),
            text: q.text.clone(),
            explanation: q.explanation.clone(),
            examples: q.examples.clone(),
            caution: q.caution.clone(),
        });
    }
    questions
}

/// The three patterns' descriptions, in [`Pattern::ALL`] order, or `None` if one is missing.
pub fn patterns(source: &TreeSource, errors: &mut Vec<TreeError>) -> Option<[PatternInfo; 3]> {
    for (i, (id, _)) in source.patterns.iter().enumerate() {
        if Pattern::from_id(id).is_none() {
            errors.push(TreeError::StrayPattern {
                pattern: id.clone(),
            });
        } else if source.patterns[..i].iter().any(|(seen, _)| seen == id) {
            errors.push(TreeError::DuplicateKey {
                place: "patterns",
                key: id.clone(),
            });
        }
    }
    let mut found = Vec::with_capacity(Pattern::ALL.len());
    for pattern in Pattern::ALL {
        let described = source
            .patterns
            .iter()
            .find(|(id, _)| id == pattern.as_str());
        let Some((_, p)) = described else {
            errors.push(TreeError::MissingPattern {
                pattern: pattern.as_str(),
            });
            continue;
        };
        let mut required = Required {
            subject: format!("pattern \"{}\"", pattern.as_str()),
            errors,
        };
        required.text("name", &p.name);
        required.text("summary", &p.summary);
        required.list("must_have", &p.must_have);
        found.push(PatternInfo {
            name: p.name.clone(),
            summary: p.summary.clone(),
            must_have: p.must_have.clone(),
            example: p.example.clone(),
        });
    }
    found.try_into().ok()
}

/// Every interface sentence, present, non-empty, known, and using only its own placeholders.
pub fn strings(source: &TreeSource, errors: &mut Vec<TreeError>) -> Strings {
    let mut texts = vec![String::new(); Str::ALL.len()];
    for (i, (name, text)) in source.strings.iter().enumerate() {
        if source.strings[..i].iter().any(|(seen, _)| seen == name) {
            errors.push(TreeError::DuplicateKey {
                place: "strings",
                key: name.clone(),
            });
        }
        match Str::from_name(name) {
            Some(key) => texts[key as usize] = text.clone(),
            None => errors.push(TreeError::UnknownString {
                field: name.clone(),
            }),
        }
    }
    for (&key, text) in Str::ALL.iter().zip(&texts) {
        if text.trim().is_empty() {
            errors.push(TreeError::MissingContent {
                subject: format!("string \"{}\"", key.name()),
                field: "text",
            });
        }
        for name in placeholders(text) {
            if !key.placeholders().contains(&name) {
                errors.push(TreeError::UnknownPlaceholder {
                    field: key.name(),
                    placeholder: name.to_string(),
                });
            }
        }
    }
    Strings(texts)
}

/// The outcome an outcome node describes, if its pattern exists and its wording is complete.
pub fn outcome(node: &NodeSource, pattern: &str, errors: &mut Vec<TreeError>) -> Option<Outcome> {
    let known = Pattern::from_id(pattern);
    if known.is_none() {
        errors.push(TreeError::UnknownPattern {
            id: node.id.clone(),
            pattern: pattern.to_string(),
        });
    }
    let before = errors.len();
    let mut required = Required {
        subject: format!("node \"{}\"", node.id),
        errors,
    };
    required.text("label", &node.label);
    required.text("headline", &node.headline);
    required.text("why", &node.why);
    let complete = errors.len() == before;
    known.filter(|_| complete).map(|pattern| Outcome {
        pattern,
        label: node.label.clone(),
        headline: node.headline.clone(),
        why: node.why.clone(),
        caveats: node.caveats.clone(),
    })
}
