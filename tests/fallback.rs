//! Every path at once: the decision table and the plain-HTML fallback built from it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{decision_table, escape, fallback_html};

#[test]
fn the_decision_table_lists_every_path_with_its_answers() {
    let tree = common::shipped();
    let (questions, rows) = decision_table(&tree);
    let keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(keys, ["immediate", "fan-out", "async"]);
    let written: Vec<String> = rows
        .iter()
        .map(|row| {
            let answers: Vec<&str> = questions
                .iter()
                .zip(&row.answers)
                .map(|(q, a)| a.map_or("-", |a| q.key_of(a)))
                .collect();
            let pattern = tree.node(row.outcome).outcome().unwrap().pattern;
            format!("{} {}", answers.join(" "), tree.pattern(pattern).key)
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
    let tree = common::shipped();
    let html = fallback_html(&tree, Some("./index.html?a=1&b=\"2\""));
    assert_eq!(html.matches("<li><strong>").count(), 3);
    assert_eq!(html.matches("<tr>").count(), 1 + 7);
    assert!(html.contains("href=\"./index.html?a=1&amp;b=&quot;2&quot;\""));
    assert!(!fallback_html(&tree, None).contains("<a "));
}

#[test]
fn without_scripts_a_reader_still_meets_the_traps_and_the_basics() {
    let tree = common::shipped();
    let html = fallback_html(&tree, None);
    let (questions, _) = decision_table(&tree);
    for question in questions {
        assert!(
            html.contains(&escape(&question.explanation)),
            "{}",
            question.key
        );
        assert!(
            html.contains(&escape(&question.caution)),
            "{}",
            question.key
        );
    }
    for (pattern, info) in tree.patterns() {
        assert!(html.contains(&format!("<h3>{}</h3>", escape(&info.name))));
        for &check in &info.checklist {
            assert!(
                html.contains(&escape(&tree.check(check).text)),
                "{pattern:?}"
            );
        }
    }
}
