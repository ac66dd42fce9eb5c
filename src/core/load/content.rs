//! Content checks: every question, pattern, outcome and interface sentence has the wording it
//! needs, keys are unique and well formed, and sentences use only the placeholders their place
//! provides.

use super::error::TreeError;
use super::lookup::Lookup;
use super::source::{NodeSource, TreeSource};
use crate::core::contract::RESERVED_KEYS;
use crate::core::model::{
    Answer, Check, CheckId, ExamplesRule, Outcome, Pattern, PatternInfo, Question, QuestionId,
};
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

/// The readiness checks' keys, checked and indexed, so that questions and patterns can refer
/// to them before the checks themselves are read.
pub fn check_keys<'s>(source: &'s TreeSource, errors: &mut Vec<TreeError>) -> Lookup<'s> {
    for (i, (key, _)) in source.checks.iter().enumerate() {
        if !is_valid_id(key) {
            errors.push(TreeError::InvalidId { id: key.clone() });
        } else if source.checks[..i].iter().any(|(seen, _)| seen == key) {
            errors.push(TreeError::DuplicateKey {
                place: "checks",
                key: key.clone(),
            });
        }
    }
    Lookup::new(
        source
            .checks
            .iter()
            .map(|(key, _)| key.as_str())
            .enumerate(),
    )
}

/// Resolves check keys named at `place`, reporting those that do not exist.
fn resolve_checks(
    keys: &[String],
    checks: &Lookup,
    place: &dyn Fn() -> String,
    errors: &mut Vec<TreeError>,
) -> Vec<CheckId> {
    let mut found = Vec::with_capacity(keys.len());
    for key in keys {
        match checks.get(key) {
            Some(at) if !found.contains(&CheckId(at)) => found.push(CheckId(at)),
            Some(_) => {}
            None => errors.push(TreeError::UnknownReference {
                place: place(),
                what: "check",
                name: key.clone(),
            }),
        }
    }
    found
}

/// The answer keyed by `key` in an answer-keyed field at `place`, or an error.
fn answer_key(
    key: &str,
    place: &dyn Fn() -> String,
    errors: &mut Vec<TreeError>,
) -> Option<Answer> {
    let answer = Answer::from_key(key);
    if answer.is_none() {
        errors.push(TreeError::UnknownReference {
            place: place(),
            what: "answer",
            name: key.to_string(),
        });
    }
    answer
}

/// The questions' wording, each checked; duplicates are reported and dropped.
pub fn questions(
    source: &TreeSource,
    checks: &Lookup,
    errors: &mut Vec<TreeError>,
) -> Vec<Question> {
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
        } else if RESERVED_KEYS.contains(&key.as_str()) {
            errors.push(TreeError::ReservedKey { key: key.clone() });
        }
        let place = || format!("question \"{key}\"");
        let mut required = Required {
            subject: place(),
            errors,
        };
        required.text("label", &q.label);
        required.text("text", &q.text);
        required.text("explanation", &q.explanation);
        required.list("examples", &q.examples);
        let examples_rule = match q.examples_rule.as_deref() {
            None | Some("any") => ExamplesRule::Any,
            Some("all") => ExamplesRule::All,
            Some(other) => {
                errors.push(TreeError::BadValue {
                    place: place(),
                    field: "examples_rule",
                    value: other.to_string(),
                    expected: "\"any\" or \"all\"",
                });
                ExamplesRule::Any
            }
        };
        let mut statements = [String::new(), String::new()];
        for (answer_key_text, text) in &q.statements {
            if let Some(answer) = answer_key(answer_key_text, &place, errors) {
                statements[answer.index()] = text.clone();
            }
        }
        for answer in Answer::BOTH {
            if statements[answer.index()].trim().is_empty() {
                errors.push(TreeError::MissingContent {
                    subject: place(),
                    field: match answer {
                        Answer::Yes => "statements.yes",
                        Answer::No => "statements.no",
                    },
                });
            }
        }
        let mut checklist = [Vec::new(), Vec::new()];
        for (answer_key_text, keys) in &q.checklist {
            if let Some(answer) = answer_key(answer_key_text, &place, errors) {
                checklist[answer.index()] = resolve_checks(keys, checks, &place, errors);
            }
        }
        questions.push(Question {
            key: key.clone(),
            label: q.label.clone(),
            text: q.text.clone(),
            explanation: q.explanation.clone(),
            examples: q.examples.clone(),
            examples_rule,
            caution: q.caution.clone(),
            statements,
            checklist,
        });
    }
    questions
}

/// The readiness checks, in file order (the order the checklists' keys index), each with its
/// text and the answers it takes for granted.
pub fn checks(
    source: &TreeSource,
    questions: &[Question],
    errors: &mut Vec<TreeError>,
) -> Vec<Check> {
    let mut checks = Vec::with_capacity(source.checks.len());
    for (key, c) in &source.checks {
        let place = || format!("check \"{key}\"");
        Required {
            subject: place(),
            errors,
        }
        .text("text", &c.text);
        let mut only_if = Vec::with_capacity(c.only_if.len());
        for (question_key, answer) in &c.only_if {
            let question = questions.iter().position(|q| q.key == *question_key);
            if question.is_none() {
                errors.push(TreeError::UnknownReference {
                    place: place(),
                    what: "question",
                    name: question_key.clone(),
                });
            }
            let answer = answer_key(answer, &place, errors);
            if let (Some(question), Some(answer)) = (question, answer) {
                only_if.push((QuestionId(question as u32), answer));
            }
        }
        checks.push(Check {
            key: key.clone(),
            text: c.text.clone(),
            only_if,
        });
    }
    checks
}

/// The three patterns' descriptions, in [`Pattern::ALL`] order, or `None` if one is missing.
pub fn patterns(
    source: &TreeSource,
    checks: &Lookup,
    errors: &mut Vec<TreeError>,
) -> Option<[PatternInfo; 3]> {
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
        let place = || format!("pattern \"{}\"", pattern.as_str());
        let mut required = Required {
            subject: place(),
            errors,
        };
        required.text("name", &p.name);
        required.text("summary", &p.summary);
        required.list("strengths", &p.strengths);
        found.push(PatternInfo {
            name: p.name.clone(),
            summary: p.summary.clone(),
            strengths: p.strengths.clone(),
            drawbacks: p.drawbacks.clone(),
            checklist: resolve_checks(&p.checklist, checks, &place, errors),
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
