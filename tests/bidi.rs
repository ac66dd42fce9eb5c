//! Bidirectional formatting in a tree's texts stays inside the text: whatever an author writes,
//! nothing shown or written after it changes direction.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{decision_record, fallback_html, mermaid, svg};
use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::load::contained;
use integration_decision_tree::core::scene::overview;
use integration_decision_tree::core::session::Decision;
use proptest::prelude::*;
use serde_json::{Value, json};

const PDF: char = '\u{202C}';
const PDI: char = '\u{2069}';

/// Whether every embedding, override and isolate `text` opens is closed in it, and nothing
/// closes what it did not open (the matching of UAX #9, rules X1 to X8).
fn balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(PDF),
            '\u{2066}'..='\u{2068}' => open.push(PDI),
            PDF if open.last() == Some(&PDF) => {
                open.pop();
            }
            PDI if open.contains(&PDI) => while open.pop() != Some(PDI) {},
            PDF | PDI => return false,
            _ => {}
        }
    }
    open.is_empty()
}

fn controls_removed(text: &str) -> String {
    text.chars().filter(|&c| !matches!(c, PDF | PDI)).collect()
}

#[test]
fn what_a_text_opens_it_closes() {
    let cases = [
        ("plain text", "plain text"),
        ("\u{202E}evil", "\u{202E}evil\u{202C}"),
        ("\u{202C}stray", "stray"),
        ("\u{2069}\u{202E}evil", "\u{202E}evil\u{202C}"),
        ("\u{2067}a\u{202E}b\u{2069}c", "\u{2067}a\u{202E}b\u{2069}c"),
        ("\u{2067}a\u{202C}b", "\u{2067}ab\u{2069}"),
        (
            "\u{202B}a\u{2066}b\u{202C}c",
            "\u{202B}a\u{2066}bc\u{2069}\u{202C}",
        ),
        // Marks have no scope: nothing to close.
        ("\u{200F}a\u{200E}", "\u{200F}a\u{200E}"),
    ];
    for (given, expected) in cases {
        assert_eq!(contained(given.to_string()), expected, "{given:?}");
        assert!(balanced(expected));
    }
}

proptest! {
    #[test]
    fn any_text_comes_out_balanced_with_its_words_kept(
        text in proptest::collection::vec(
            prop_oneof![
                Just('a'), Just('ב'), Just(' '),
                Just('\u{202A}'), Just('\u{202B}'), Just('\u{202C}'), Just('\u{202D}'),
                Just('\u{202E}'), Just('\u{2066}'), Just('\u{2067}'), Just('\u{2068}'),
                Just('\u{2069}'),
            ],
            0..24,
        ).prop_map(|chars| chars.into_iter().collect::<String>())
    ) {
        let out = contained(text.clone());
        prop_assert!(balanced(&out), "{out:?}");
        prop_assert_eq!(controls_removed(&out), controls_removed(&text));
        if balanced(&text) {
            prop_assert_eq!(out, text);
        }
    }
}

#[test]
fn a_hostile_label_cannot_turn_the_text_after_it_around() {
    let mut file: Value = serde_json::from_str(include_str!("../examples/api-style.json")).unwrap();
    let hostile = "\u{202E}evil \u{2069}\u{2067}";
    // Long enough to be shortened in the diagram, which cuts off its closers.
    let long = format!("\u{202E}evil {}", "and more words ".repeat(12));
    file["questions"]["callers"]["options"][0]["label"] = json!(hostile);
    file["questions"]["callers"]["options"][1]["label"] = json!(long);
    file["questions"]["callers"]["text"] = json!(hostile);
    file["nodes"][3]["label"] = json!(hostile);
    file["nodes"][4]["label"] = json!(long);
    let tree = common::load_authored(&file.to_string()).unwrap();
    let decision = Decision {
        answers: vec![integration_decision_tree::core::model::Answer::YES; 6],
        ..Decision::default()
    };
    let outputs = [
        svg(&overview(&tree, &layout(&tree)), "t", "", ""),
        fallback_html(&tree, None),
        mermaid(&tree, None),
        decision_record(&tree, &decision, "https://example.org/#a", "2026-11-28")
            .unwrap_or_default(),
    ];
    for output in outputs {
        assert!(balanced(&output), "{output:?}");
        assert!(
            output.contains("\u{202E}evil \u{2067}"),
            "the author's words are kept: {output:?}"
        );
    }
}

#[test]
fn a_file_full_of_controls_is_balanced_in_one_pass() {
    // 2 MiB of openers then closers: each closer must not search what is open (the reading
    // of a hostile file would otherwise take minutes before any limit applies).
    let half = 350_000;
    let text: String = std::iter::repeat_n('\u{202B}', half)
        .chain(std::iter::repeat_n('\u{2066}', 1))
        .chain(std::iter::repeat_n(PDI, half))
        .collect();
    let out = contained(text);
    assert!(balanced(&out));
    assert_eq!(
        out.chars().filter(|&c| c == PDI).count(),
        1,
        "one isolate to close"
    );
    assert_eq!(
        out.chars().filter(|&c| c == PDF).count(),
        half,
        "every embedding closed"
    );
}
