//! The decision record and the widget's settings.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::config::{Config, Theme, read};
use integration_decision_tree::core::export::decision_record;
use integration_decision_tree::core::model::Answer::{No, Yes};
use integration_decision_tree::core::walk;

#[test]
fn no_record_before_an_outcome() {
    let tree = common::shipped();
    assert_eq!(
        decision_record(&tree, &walk(&tree, &[Yes]), "https://x"),
        None
    );
}

#[test]
fn the_record_holds_answers_reasoning_and_link() {
    let tree = common::shipped();
    let walked = walk(&tree, &[Yes, Yes, Yes]);
    let record =
        decision_record(&tree, &walked, "https://example.org/tree/#immediate=yes").unwrap();
    let outcome = walked.outcome(&tree).unwrap();
    assert!(record.starts_with("## "));
    assert_eq!(
        record
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
            .count(),
        4
    );
    assert!(record.contains(&outcome.why));
    for item in &tree.pattern(outcome.pattern).must_have {
        assert!(record.contains(&format!("- {item}")));
    }
    for item in &outcome.caveats {
        assert!(record.contains(item.as_str()));
    }
    assert!(
        record
            .trim_end()
            .ends_with("https://example.org/tree/#immediate=yes")
    );
}

#[test]
fn settings_fall_back_to_defaults_with_one_warning_each() {
    let tree = common::shipped();
    let (config, warnings) = read(
        &tree,
        Config::new(false),
        [
            ("theme", "Dark"),
            ("diagram", "hide"),
            ("answers", "immediate=no"),
            ("class", "x"),
        ],
    );
    assert_eq!(config.theme, Theme::Dark);
    assert!(!config.show_diagram);
    assert_eq!(config.answers, [No]);
    assert!(warnings.is_empty());

    let (config, warnings) = read(
        &tree,
        Config::new(true),
        [
            ("theme", "purple"),
            ("diagram", "maybe"),
            ("permalink", "sometimes"),
            ("answers", "zzz"),
        ],
    );
    assert_eq!(config, Config::new(true));
    assert_eq!(warnings.len(), 4);
    assert!(warnings[0].to_string().contains("theme=\"purple\""));

    let (config, _) = read(&tree, Config::new(false), [("permalink", "")]);
    assert!(config.permalink, "a bare permalink attribute turns it on");
}

#[test]
fn the_decision_table_lists_every_path_with_its_answers() {
    use integration_decision_tree::core::export::decision_table;
    let tree = common::shipped();
    let (questions, rows) = decision_table(&tree);
    let keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(keys, ["immediate", "fan-out", "async"]);
    let written: Vec<String> = rows
        .iter()
        .map(|row| {
            let answers: Vec<&str> = row
                .answers
                .iter()
                .map(|a| a.map_or("-", |a| a.as_str()))
                .collect();
            format!(
                "{} {}",
                answers.join(" "),
                tree.node(row.outcome).outcome().unwrap().pattern.as_str()
            )
        })
        .collect();
    assert_eq!(
        written,
        [
            "yes yes yes combined",
            "yes yes no rest",
            "yes no - rest",
            "no yes yes event-driven",
            "no yes no rest",
            "no no yes event-driven",
            "no no no rest",
        ]
    );
}

#[test]
fn the_fallback_is_escaped_html_with_every_question_and_path() {
    use integration_decision_tree::core::export::fallback_html;
    let tree = common::shipped();
    let html = fallback_html(&tree, Some("./index.html?a=1&b=\"2\""));
    assert_eq!(html.matches("<li>").count(), 3);
    assert_eq!(html.matches("<tr>").count(), 1 + 7);
    assert!(html.contains("href=\"./index.html?a=1&amp;b=&quot;2&quot;\""));
    assert!(!fallback_html(&tree, None).contains("<a "));
}
