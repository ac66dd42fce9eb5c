//! The decision record: an Architecture Decision Record in the MADR 4 format for every path,
//! with the right chosen option, the questions not asked, the checklist, the reasons the other
//! options lost and the tree as Mermaid; and a file name to save it under.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{decision_record, description, record_file_name};
use integration_decision_tree::core::model::Answer;
use integration_decision_tree::core::readiness::checklist;
use integration_decision_tree::core::session::{Action, Decision, apply};
use integration_decision_tree::core::strings::{Str, Strings};
use integration_decision_tree::core::walk;

const LINK: &str = "https://example.org/tree/#immediate=yes";
const DATE: &str = "2026-11-27";

fn record(decision: &Decision) -> String {
    decision_record(&common::shipped(), decision, LINK, DATE).expect("an outcome has a record")
}

/// The record's `##` and `###` headings, in order.
fn headings(record: &str) -> Vec<&str> {
    record
        .lines()
        .filter(|l| l.starts_with("## ") || l.starts_with("### "))
        .collect()
}

#[test]
fn no_record_before_an_outcome() {
    let tree = common::shipped();
    let decision = Decision::with_answers(vec![Answer::YES]);
    assert_eq!(decision_record(&tree, &decision, LINK, DATE), None);
}

#[test]
fn every_path_gives_a_complete_madr_record() {
    let tree = common::shipped();
    let s = &tree.strings;
    for row in common::golden_table() {
        let text = record(&Decision::with_answers(row.answers()));
        let chosen = tree.find_pattern(&row.pattern).unwrap();
        let name = &tree.pattern(chosen).name;

        assert!(
            text.starts_with(&format!("---\nstatus: proposed\ndate: {DATE}\n---\n\n# ")),
            "{}: front matter",
            row.link
        );
        let mut expected = vec![
            format!("## {}", &s[Str::AdrContextHeading]),
            format!("## {}", &s[Str::AdrDriversHeading]),
            format!("## {}", &s[Str::AdrOptionsHeading]),
            format!("## {}", &s[Str::AdrOutcomeHeading]),
            format!("### {}", &s[Str::AdrConsequencesHeading]),
            format!("### {}", &s[Str::AdrConfirmationHeading]),
            format!("## {}", &s[Str::AdrOptionsDetailHeading]),
        ];
        for (_, other) in tree.patterns().filter(|(p, _)| *p != chosen) {
            expected.push(format!("### {}", other.name));
        }
        expected.push(format!("## {}", &s[Str::AdrMoreHeading]));
        assert_eq!(headings(&text), expected, "{}", row.link);

        assert!(
            text.contains(&format!("Chosen option: \u{201c}{name}\u{201d}, because ")),
            "{}",
            row.link
        );
        for (_, other) in tree.patterns() {
            assert!(
                text.contains(&format!("* {}\n", other.name)),
                "{}: option {}",
                row.link,
                other.key
            );
        }
        let asked = row.answers().len();
        assert_eq!(
            text.matches(&&s[Str::AdrNotAsked]).count(),
            3 - asked,
            "{}: questions not asked",
            row.link
        );
        assert!(
            text.contains("```mermaid\nflowchart TD\n  accTitle: "),
            "{}",
            row.link
        );
        // The path in words, once as the flowchart's description and once as a paragraph.
        let words = description(&tree, Some(&walk(&tree, &row.answers())));
        assert_eq!(text.matches(&words).count(), 2, "{}: {words}", row.link);
        let outcome = &tree
            .node(tree.find(&row.node).unwrap())
            .outcome()
            .unwrap()
            .label;
        assert!(words.ends_with(&format!("{outcome}.")), "{words}");
        assert!(text.contains(LINK), "{}", row.link);
        assert!(text.matches("Good, because ").count() >= 2, "{}", row.link);
        assert!(text.contains("Bad, because "), "{}", row.link);
        // The other options are ruled out by at least one of this path's answers.
        let ruled_out = s[Str::AdrRuledOut].split('{').next().unwrap();
        assert_eq!(text.matches(ruled_out).count(), 2, "{}", row.link);
        // Third person throughout: the record is for a shared document.
        assert!(!text.contains("You said"), "{}", row.link);
    }
}

#[test]
fn the_drivers_state_each_answer_given() {
    let tree = common::shipped();
    let answers = vec![Answer::NO, Answer::NO, Answer::YES];
    let text = record(&Decision::with_answers(answers.clone()));
    let walked = walk(&tree, &answers);
    for step in &walked.steps {
        let statement = tree.question_of(step.node).unwrap().statement(step.answer);
        assert!(text.contains(&format!("* {statement}\n")), "{statement}");
    }
}

#[test]
fn the_checklist_is_the_confirmation_with_what_is_ticked() {
    let tree = common::shipped();
    let answers = vec![Answer::YES, Answer::YES, Answer::YES];
    let items = checklist(&tree, &walk(&tree, &answers));
    let decision = Decision {
        answers,
        ready: vec![items[0], items[2]],
        subject: String::new(),
        ..Decision::default()
    };
    let text = record(&decision);
    assert_eq!(text.matches("\n- [x] ").count(), 2);
    assert_eq!(text.matches("\n- [ ] ").count(), items.len() - 2);
    assert!(text.contains(&format!("- [x] {}", tree.check(items[0]).text)));
    assert!(text.contains(&format!("({} of {} today)", 2, items.len())));
}

#[test]
fn the_subject_names_the_decision_and_cannot_inject_markup() {
    let decision = Decision {
        answers: vec![Answer::YES, Answer::NO],
        ready: vec![],
        subject: "Orders <script>alert(1)</script> [x](javascript:y) | *z*".into(),
        ..Decision::default()
    };
    let text = record(&decision);
    let title = text.lines().find(|l| l.starts_with("# ")).unwrap();
    assert!(title.contains("Orders"), "{title}");
    assert!(!text.contains("<script>"), "markup is escaped");
    assert!(!text.contains("[x](javascript"), "links are escaped");
    assert!(text.contains("\\<script\\>"));
}

#[test]
fn the_file_name_is_numbered_and_readable() {
    let tree = common::shipped();
    let mut decision = Decision::with_answers(vec![Answer::YES, Answer::YES, Answer::YES]);
    assert_eq!(
        record_file_name(&tree, &decision),
        "0001-use-rest-events-for-this-integration.md"
    );
    decision.subject = "Order service → fulfilment (café)".into();
    assert_eq!(
        record_file_name(&tree, &decision),
        "0001-use-rest-events-for-order-service-fulfilment-cafe.md"
    );
}

#[test]
fn the_number_set_before_download_names_the_file() {
    let tree = common::shipped();
    let mut decision = Decision::with_answers(vec![Answer::NO, Answer::YES]);
    for (number, prefix) in [(7, "0007-"), (42, "0042-"), (9999, "9999-"), (0, "0001-")] {
        decision.number = number;
        let name = record_file_name(&tree, &decision);
        assert!(name.starts_with(prefix), "{number}: {name}");
    }
    // Through the session, a number out of range is clamped.
    for (asked, kept) in [(0, 1), (12, 12), (u16::MAX, 9999)] {
        let numbered = apply(&tree, &decision, Action::Number(asked)).unwrap_or(decision.clone());
        assert_eq!(numbered.number, kept);
    }
}

#[test]
fn the_number_survives_a_restart_and_a_reopened_link_and_decision_makers_are_never_empty() {
    let tree = common::shipped();
    let decision = Decision::with_answers(vec![Answer::YES, Answer::NO]);
    let front = record(&decision);
    let front = front.split("\n---\n").next().unwrap();
    assert!(!front.contains("decision-makers"), "{front}");
    // Restarting or reopening a link keeps the number; only the walk goes.
    let numbered = apply(&tree, &decision, Action::Number(5)).unwrap();
    for action in [Action::Restart, Action::Restore(Decision::default())] {
        assert_eq!(apply(&tree, &numbered, action).unwrap().number, 5);
    }
    // A decision restored with a number of its own (the mount's, from the browser) brings it.
    let mut given = Decision::with_answers(vec![Answer::NO]);
    given.number = 12;
    assert_eq!(
        apply(&tree, &numbered, Action::Restore(given))
            .unwrap()
            .number,
        12
    );
}

#[test]
fn the_framework_is_cited_with_the_page_it_was_used_on() {
    let tree = common::shipped();
    let decision = Decision::with_answers(vec![Answer::YES, Answer::YES, Answer::NO]);
    let source = &tree.strings[Str::AdrSource];
    let text = decision_record(
        &tree,
        &decision,
        "https://example.org/tree/?lang=en#immediate=yes",
        DATE,
    )
    .unwrap();
    let cited = text
        .lines()
        .find(|l| l.starts_with(source))
        .expect("the citation");
    assert_eq!(
        cited,
        format!("{source} <https://example.org/tree/?lang=en>"),
        "without the answers"
    );
    let local = decision_record(&tree, &decision, "file:///tmp/standalone.html#a", DATE).unwrap();
    let cited = local
        .lines()
        .find(|l| l.starts_with(source))
        .expect("the citation");
    assert_eq!(cited, source, "no link to a file on a reader's disk");
}

#[test]
fn a_record_links_only_to_an_address_others_can_open() {
    let tree = common::shipped();
    let row = &common::golden_table()[0];
    let decision = Decision::with_answers(row.answers());
    let on_the_web =
        decision_record(&tree, &decision, "https://example.org/#a", "2026-12-04").unwrap();
    assert!(on_the_web.contains("https://example.org/#a"));
    for local in [
        "file:///home/reader/Downloads/standalone.html#immediate=yes",
        "blob:null/1234#immediate=yes",
        "",
    ] {
        let record = decision_record(&tree, &decision, local, "2026-12-04").unwrap();
        assert!(
            !record.contains("file:") && !record.contains("blob:"),
            "{record}"
        );
        let sentence = tree.strings[Str::AdrLink].split('{').next().unwrap();
        assert!(
            !record.contains(sentence),
            "no link sentence without a link"
        );
    }
}

/// The record's "ruled out" line in the section of the option named `option`.
fn ruled_out_line<'r>(record: &'r str, option: &str, s: &Strings) -> &'r str {
    let section = record
        .split(&format!("\n### {option}\n"))
        .nth(1)
        .expect("the option's section");
    let prefix = ruled_out_prefix(s);
    section
        .lines()
        .take_while(|line| !line.starts_with('#'))
        .find(|line| line.starts_with(&format!("* {prefix}")))
        .expect("a ruled-out line")
}

#[test]
fn an_option_is_ruled_out_by_the_answers_whose_change_leads_to_it() {
    let tree = common::shipped();
    let s = &tree.strings;
    let text_of = |key: &str| {
        let mut asked = tree.nodes().filter_map(|(id, _)| tree.question_of(id));
        asked.find(|q| q.key == key).unwrap().text.clone()
    };
    // Combined (yes, yes, yes): REST is ruled out by the fan-out and the asynchronous answers,
    // never by "immediate response? yes", which is REST's best argument.
    let combined = record(&Decision::with_answers(vec![
        Answer::YES,
        Answer::YES,
        Answer::YES,
    ]));
    let rest = &tree.pattern(tree.find_pattern("rest").unwrap()).name;
    let line = ruled_out_line(&combined, rest, s);
    assert!(line.contains(&text_of("fan-out")), "{line}");
    assert!(line.contains(&text_of("async")), "{line}");
    assert!(!line.contains(&text_of("immediate")), "{line}");
    // Event-driven with one consumer (no, no, yes): no single change leads to the combination,
    // so the answer whose other branch could is named: "immediate response? no".
    let event = record(&Decision::with_answers(vec![
        Answer::NO,
        Answer::NO,
        Answer::YES,
    ]));
    let both = &tree.pattern(tree.find_pattern("combined").unwrap()).name;
    let line = ruled_out_line(&event, both, s);
    assert!(line.contains(&text_of("immediate")), "{line}");
    // The quote marks are the language's, from its data.
    let open = s[Str::AdrRuledOutItem].chars().next().unwrap();
    assert!(line.contains(open), "{line}");
}

#[test]
fn a_dutch_record_quotes_the_dutch_way() {
    let tree = common::shipped_in_dutch();
    for row in common::golden_table() {
        let decision = Decision::with_answers(row.answers());
        let text = decision_record(&tree, &decision, LINK, DATE).unwrap();
        let ruled_out = ruled_out_prefix(&tree.strings);
        for line in text.lines().filter(|line| line.contains(&ruled_out)) {
            assert!(
                line.contains('‘') && !line.contains('“'),
                "{}: {line}",
                row.link
            );
        }
    }
}

/// The words that open a "ruled out" line, before its list of answers.
fn ruled_out_prefix(s: &Strings) -> String {
    s[Str::AdrRuledOut].split('{').next().unwrap().to_string()
}
