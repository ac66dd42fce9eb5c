//! Content checks: every question, pattern, outcome and interface sentence has the wording it
//! needs, keys are unique and well formed, and sentences use only the placeholders their place
//! provides.

use super::error::{Place, TreeError};
use super::lookup::Lookup;
use super::source::{NodeSource, QuestionSource, TreeSource};
use crate::core::contract::RESERVED_KEYS;
use crate::core::model::{
    AnswerOption, Check, CheckId, ExamplesRule, MAX_OPTIONS, Outcome, Pattern, PatternInfo,
    Question, QuestionId,
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
    subject: Place,
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
}

/// The tree's title, which the decision record and an author's page are named by.
pub fn title(source: &TreeSource, errors: &mut Vec<TreeError>) {
    Required {
        subject: Place::File,
        errors,
    }
    .text("title", &source.title);
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
    place: &dyn Fn() -> Place,
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

/// The answers a question offers: its `options`, or Yes and No (worded by the interface
/// strings) with their statements and checklists keyed `yes` and `no`.
fn options(
    key: &str,
    q: &QuestionSource,
    strings: &Strings,
    checks: &Lookup,
    errors: &mut Vec<TreeError>,
) -> Vec<AnswerOption> {
    let place = || Place::Question(key.to_string());
    let fallback = |label: &str| format!("{} {label}.", q.text.trim());
    let Some(written) = &q.options else {
        let mut options: Vec<AnswerOption> = [("yes", Str::Yes), ("no", Str::No)]
            .into_iter()
            .map(|(key, word)| AnswerOption {
                key: key.to_string(),
                label: strings[word].to_string(),
                statement: String::new(),
                checklist: Vec::new(),
            })
            .collect();
        for (answer, text) in &q.statements {
            match options.iter_mut().find(|o| o.key == *answer) {
                Some(option) => option.statement = text.clone(),
                None => unknown_answer(&place, answer, errors),
            }
        }
        for (answer, keys) in &q.checklist {
            match options.iter().position(|o| o.key == *answer) {
                Some(i) => options[i].checklist = resolve_checks(keys, checks, &place, errors),
                None => unknown_answer(&place, answer, errors),
            }
        }
        for option in &mut options {
            if option.statement.trim().is_empty() {
                option.statement = fallback(&option.label);
            }
        }
        return options;
    };
    if !q.statements.is_empty() || !q.checklist.is_empty() {
        errors.push(TreeError::BadValue {
            place: place(),
            field: "options",
            value: "given with statements or checklist".to_string(),
            expected: "alone: each option carries its own statement and checklist",
        });
    }
    if !(2..=MAX_OPTIONS).contains(&written.len()) {
        errors.push(TreeError::OptionCount {
            question: key.to_string(),
            count: written.len(),
        });
    }
    let mut options: Vec<AnswerOption> = Vec::with_capacity(written.len());
    for (i, o) in written.iter().take(MAX_OPTIONS).enumerate() {
        let at = || Place::Option(key.to_string(), i);
        if !is_valid_id(&o.key) {
            errors.push(TreeError::InvalidId { id: o.key.clone() });
        } else if options.iter().any(|seen| seen.key == o.key) {
            errors.push(TreeError::DuplicateKey {
                place: "options",
                key: o.key.clone(),
            });
        }
        Required {
            subject: at(),
            errors,
        }
        .text("label", &o.label);
        let statement = match o.statement.trim() {
            "" => fallback(o.label.trim()),
            _ => o.statement.clone(),
        };
        options.push(AnswerOption {
            key: o.key.clone(),
            label: o.label.clone(),
            statement,
            checklist: resolve_checks(&o.checklist, checks, &at, errors),
        });
    }
    options
}

fn unknown_answer(place: &dyn Fn() -> Place, answer: &str, errors: &mut Vec<TreeError>) {
    errors.push(TreeError::UnknownReference {
        place: place(),
        what: "answer",
        name: answer.to_string(),
    });
}

/// The questions' wording, each checked; duplicates are reported and dropped.
pub fn questions(
    source: &TreeSource,
    strings: &Strings,
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
        let place = || Place::Question(key.clone());
        let mut required = Required {
            subject: place(),
            errors,
        };
        required.text("label", &q.label);
        required.text("text", &q.text);
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
        let options = options(key, q, strings, checks, errors);
        questions.push(Question {
            key: key.clone(),
            label: q.label.clone(),
            text: q.text.clone(),
            explanation: q.explanation.clone(),
            examples: q.examples.clone(),
            examples_rule,
            caution: q.caution.clone(),
            options,
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
        let place = || Place::Check(key.clone());
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
            let Some(question) = question else { continue };
            match questions[question].find_answer(answer) {
                Some(answer) => only_if.push((QuestionId(question as u32), answer)),
                None => unknown_answer(&place, answer, errors),
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

/// The patterns' descriptions, in file order (the order [`Pattern`] indexes).
pub fn patterns(
    source: &TreeSource,
    checks: &Lookup,
    errors: &mut Vec<TreeError>,
) -> Vec<PatternInfo> {
    let mut found: Vec<PatternInfo> = Vec::with_capacity(source.patterns.len());
    for (key, p) in &source.patterns {
        if found.iter().any(|seen| seen.key == *key) {
            errors.push(TreeError::DuplicateKey {
                place: "patterns",
                key: key.clone(),
            });
            continue;
        }
        if !is_valid_id(key) {
            errors.push(TreeError::InvalidId { id: key.clone() });
        }
        let place = || Place::Pattern(key.clone());
        Required {
            subject: place(),
            errors,
        }
        .text("name", &p.name);
        found.push(PatternInfo {
            key: key.clone(),
            name: p.name.clone(),
            summary: p.summary.clone(),
            strengths: p.strengths.clone(),
            drawbacks: p.drawbacks.clone(),
            checklist: resolve_checks(&p.checklist, checks, &place, errors),
            example: p.example.clone(),
        });
    }
    found
}

/// Every interface sentence, present, non-empty, known, and using only its own placeholders.
/// With `defaults`, a sentence the file leaves out is taken from them (an author's tree keeps
/// the built-in wording it does not change).
pub fn strings(
    source: &TreeSource,
    defaults: Option<&Strings>,
    errors: &mut Vec<TreeError>,
) -> Strings {
    let mut texts = match defaults {
        Some(defaults) => defaults.0.clone(),
        None => vec![String::new(); Str::ALL.len()],
    };
    texts.resize(Str::ALL.len(), String::new());
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
        // The wasm's copy of a tree has no build-only sentences (see `build.rs`).
        let left_out = cfg!(target_arch = "wasm32") && key.build_only();
        if text.trim().is_empty() && !key.optional() && !left_out {
            errors.push(TreeError::MissingContent {
                subject: Place::String(key.name().to_string()),
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
pub fn outcome(
    node: &NodeSource,
    pattern: &str,
    patterns: &[PatternInfo],
    errors: &mut Vec<TreeError>,
) -> Option<Outcome> {
    let known = patterns
        .iter()
        .position(|p| p.key == pattern)
        .map(|i| Pattern(i as u32));
    if known.is_none() {
        errors.push(TreeError::UnknownPattern {
            id: node.id.clone(),
            pattern: pattern.to_string(),
        });
    }
    let before = errors.len();
    let mut required = Required {
        subject: Place::Node(node.id.clone()),
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
