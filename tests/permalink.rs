//! The URL-state parser: exact cases, round trips, and property tests that feed it thousands
//! of random strings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::Tree;
use integration_decision_tree::core::model::Answer;
// The built-in tree's questions are all yes/no.
const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;
use integration_decision_tree::core::permalink::{self, serialise_answers as serialise};
use integration_decision_tree::core::walk;
use proptest::prelude::*;

/// The answers a hash restores.
fn parse(tree: &Tree, text: &str) -> Vec<Answer> {
    permalink::parse(tree, text).answers
}

fn check(hash: &str, expected: &[Answer]) {
    assert_eq!(
        parse(&common::shipped(), hash),
        expected,
        "parsing {hash:?}"
    );
}

#[test]
fn reads_canonical_links() {
    check("", &[]);
    check("#", &[]);
    check("#immediate=yes", &[YES]);
    check("#immediate=yes&fan-out=yes&async=no", &[YES, YES, NO]);
    check("immediate=no&fan-out=no&async=yes", &[NO, NO, YES]);
}

#[test]
fn order_case_and_spelling_do_not_matter() {
    check("#async=no&fan-out=yes&immediate=yes", &[YES, YES, NO]);
    check("#IMMEDIATE=Y;Fan-Out=TRUE;async=0", &[YES, YES, NO]);
    check("#immediate%3Dyes", &[]);
    check("#imm%65diate=n", &[]);
    check("# immediate = yes ", &[YES]);
}

#[test]
fn restores_what_is_valid_and_ignores_the_rest() {
    // Partial: stops where the answers stop.
    check("#immediate=no", &[NO]);
    // Stale: a key this tree no longer asks, or an answer it no longer accepts.
    check("#immediate=no&latency=yes&fan-out=maybe", &[NO]);
    // The first answer for a key wins.
    check("#immediate=no&immediate=yes", &[NO]);
    // Answers for questions off the path are ignored.
    check("#immediate=yes&fan-out=no&async=yes", &[YES, NO]);
    // A missing first answer means a fresh start, whatever follows.
    check("#fan-out=yes&async=yes", &[]);
    // Garbage.
    check("#main", &[]);
    check("#%%%===&&&;;", &[]);
    check("#immediate=%ZZ", &[]);
    check("#immediate=%79es", &[]);
}

#[test]
fn writes_canonical_links_in_path_order() {
    let tree = common::shipped();
    assert_eq!(serialise(&tree, &[]), "");
    assert_eq!(
        serialise(&tree, &[YES, YES, NO]),
        "immediate=yes&fan-out=yes&async=no"
    );
    assert_eq!(
        serialise(&tree, &[YES, NO, YES]),
        "immediate=yes&fan-out=no",
        "drops answers past an outcome"
    );
}

fn any_answers() -> impl Strategy<Value = Vec<Answer>> {
    prop::collection::vec(prop_oneof![Just(YES), Just(NO)], 0..6)
}

/// Strings made of pieces a link might contain, valid and not.
fn link_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("immediate".to_string()),
        Just("fan-out".to_string()),
        Just("async".to_string()),
        "[a-zA-Z%-]{0,10}",
    ];
    let value = prop_oneof![
        Just("yes".to_string()),
        Just("no".to_string()),
        Just("Y".to_string()),
        "[a-z0-9%]{0,5}",
    ];
    let pair = (key, value, prop_oneof![Just("="), Just(""), Just("==")])
        .prop_map(|(k, v, eq)| format!("{k}{eq}{v}"));
    (
        prop::option::of(Just("#")),
        prop::collection::vec(pair, 0..6),
        prop_oneof![Just("&"), Just(";")],
    )
        .prop_map(|(hash, pairs, sep)| format!("{}{}", hash.unwrap_or(""), pairs.join(sep)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any text at all: no panic, and the result is always a walk the tree accepts.
    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let tree = common::shipped();
        let answers = parse(&tree, &text);
        prop_assert_eq!(walk(&tree, &answers).answers(), answers);
    }

    /// Garbage gives a fresh start: without a usable answer to the first question, nothing is
    /// restored.
    #[test]
    fn garbage_gives_a_fresh_start(text in "[^=]*|[^iI%]*") {
        prop_assert!(parse(&common::shipped(), &text).is_empty(), "{:?}", text);
    }

    /// Link-like text restores exactly what a first-wins reading of its pairs gives.
    #[test]
    fn link_like_text_restores_what_is_valid(text in link_like()) {
        let tree = common::shipped();
        let answers = parse(&tree, &text);
        let body = text.strip_prefix('#').unwrap_or(&text);
        let lookup = |key: &str| {
            body.split(['&', ';']).find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                if k.trim().to_ascii_lowercase() != key { return None; }
                match v.trim().to_ascii_lowercase().as_str() {
                    "yes" | "y" | "true" | "1" => Some(YES),
                    "no" | "n" | "false" | "0" => Some(NO),
                    _ => None,
                }
            })
        };
        {
            let mut expected = Vec::new();
            let mut w = walk(&tree, &expected);
            while let Some(at) = w.asking() {
                match lookup(&tree.question_of(at).unwrap().key) {
                    Some(a) => expected.push(a),
                    None => break,
                }
                w = walk(&tree, &expected);
            }
            prop_assert_eq!(answers, expected);
        }
    }

    /// Writing then reading gives back the answers that matter.
    #[test]
    fn round_trip(answers in any_answers()) {
        let tree = common::shipped();
        let restored = parse(&tree, &serialise(&tree, &answers));
        prop_assert_eq!(restored, walk(&tree, &answers).answers());
        let with_hash = format!("#{}", serialise(&tree, &answers));
        prop_assert_eq!(parse(&tree, &with_hash), walk(&tree, &answers).answers());
    }
}

mod decision {
    //! The whole decision in the link: answers, ticked checks and the subject.
    use super::common;
    use integration_decision_tree::core::model::CheckId;
    use integration_decision_tree::core::permalink::{parse, serialise};
    use integration_decision_tree::core::readiness::checklist;
    use integration_decision_tree::core::session::{Decision, SUBJECT_LIMIT};
    use integration_decision_tree::core::walk;

    #[test]
    fn ticks_and_subject_round_trip_on_every_path() {
        let tree = common::shipped();
        for row in common::golden_table() {
            let answers = row.answers();
            let items = checklist(&tree, &walk(&tree, &answers));
            // Every other item ticked, in reverse order of ticking.
            let ready: Vec<CheckId> = items.iter().copied().step_by(2).rev().collect();
            let decision = Decision {
                answers: answers.clone(),
                ready: ready.clone(),
                subject: "Order service \u{2192} fulfilment & billing; 100% = done?".into(),
                ..Decision::default()
            };
            let text = serialise(&tree, &decision);
            assert!(text.starts_with(&row.link), "{text}");
            let restored = parse(&tree, &text);
            assert_eq!(restored.answers, answers);
            assert_eq!(restored.subject, decision.subject);
            let mut sorted = restored.ready.clone();
            sorted.sort();
            let mut expected = ready;
            expected.sort();
            assert_eq!(sorted, expected, "{text}");
            assert_eq!(serialise(&tree, &restored), text, "canonical");
        }
    }

    #[test]
    fn only_ticks_on_the_current_checklist_are_written() {
        let tree = common::shipped();
        let versioned = tree.find_check("versioned").unwrap();
        let timeouts = tree.find_check("timeouts").unwrap();
        let decision = Decision {
            answers: vec![
                integration_decision_tree::core::Answer::YES,
                integration_decision_tree::core::Answer::NO,
            ],
            ready: vec![versioned, timeouts],
            subject: String::new(),
            ..Decision::default()
        };
        assert_eq!(
            serialise(&tree, &decision),
            "immediate=yes&fan-out=no&ready=timeouts"
        );
    }

    #[test]
    fn a_hostile_subject_is_cleaned_and_capped() {
        let tree = common::shipped();
        let long = "x".repeat(500);
        let hostile = "#immediate=yes&subject=%E2%80%AEevil%0A%0Dnew%20line%00&x=1";
        assert_eq!(parse(&tree, hostile).subject, "evil new line");
        let capped = parse(&tree, &format!("subject={long}")).subject;
        assert_eq!(capped.chars().count(), SUBJECT_LIMIT);
        assert_eq!(
            parse(&tree, "subject=%ZZ").subject,
            "",
            "a broken escape is ignored"
        );
        assert_eq!(
            parse(&tree, "subject=%C3%28").subject,
            "",
            "invalid UTF-8 is ignored"
        );
        assert_eq!(
            parse(&tree, "ready=nope,versioned,versioned").ready.len(),
            1
        );
    }
}
