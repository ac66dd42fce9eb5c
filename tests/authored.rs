//! Authors' trees: questions with more than two answers, wording left to the built-in tree, and
//! every output (walk, permalink, flips, record, Mermaid, host events, layout) working with them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{decision_record, mermaid};
use integration_decision_tree::core::flip::flips;
use integration_decision_tree::core::host_event::host_event;
use integration_decision_tree::core::layout::{Rect, layout};
use integration_decision_tree::core::load::Place;
use integration_decision_tree::core::model::{Answer, MAX_OPTIONS};
use integration_decision_tree::core::permalink::{parse, serialise, serialise_answers};
use integration_decision_tree::core::session::Change;
use integration_decision_tree::core::walk::Position;
use integration_decision_tree::core::{Tree, TreeError, walk};
use proptest::prelude::*;
use serde_json::{Value, json};

/// The example's decision table: answers as a permalink, the outcome node, its pattern.
const API_STYLE: [(&str, &str, &str); 5] = [
    ("callers=front-ends&screens=yes", "graphql", "graphql"),
    ("callers=front-ends&screens=no", "front-end-rest", "rest"),
    ("callers=services&contract=yes", "grpc", "grpc"),
    ("callers=services&contract=no", "service-rest", "rest"),
    ("callers=partners", "public-rest", "rest"),
];

fn reached(tree: &Tree, answers: &[Answer]) -> String {
    match walk(tree, answers).position {
        Position::Reached(end) => tree.node(end).id.clone(),
        Position::Asking(at) => format!("asking {}", tree.node(at).id),
    }
}

#[test]
fn every_path_of_the_example_walks_from_its_permalink_and_back() {
    let tree = common::api_style();
    for (link, node, pattern) in API_STYLE {
        let decision = parse(&tree, link);
        assert_eq!(reached(&tree, &decision.answers), node, "{link}");
        let end = tree.find(node).unwrap();
        let recommends = tree.node(end).outcome().unwrap().pattern;
        assert_eq!(tree.pattern(recommends).key, pattern, "{link}");
        assert_eq!(serialise(&tree, &decision), link, "{link}: canonical form");
    }
    // Option keys are case-insensitive; an unknown option stops the walk there.
    let decision = parse(&tree, "#CALLERS=Services&contract=YES");
    assert_eq!(reached(&tree, &decision.answers), "grpc");
    let decision = parse(&tree, "callers=robots&contract=yes");
    assert!(decision.answers.is_empty());
    // "yes" synonyms only mean something for yes/no questions.
    assert!(parse(&tree, "callers=1").answers.is_empty());
    let decision = parse(&tree, "callers=services&contract=1");
    assert_eq!(reached(&tree, &decision.answers), "grpc");
}

#[test]
fn a_three_way_question_offers_its_options_in_order_and_yes_no_questions_keep_the_shorthand() {
    let tree = common::api_style();
    let first = tree.question_of(tree.root()).unwrap();
    let keys: Vec<&str> = first.options.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, ["front-ends", "services", "partners"]);
    assert_eq!(tree.node(tree.root()).children().len(), 3);
    let screens = tree.question_of(tree.find("screens").unwrap()).unwrap();
    let labels: Vec<&str> = screens.options.iter().map(|o| o.label.as_str()).collect();
    let s = &common::shipped().strings;
    use integration_decision_tree::core::strings::Str;
    assert_eq!(labels, [&s[Str::Yes], &s[Str::No]], "the built-in words");
    // A missing statement is made from the question and the answer.
    assert_eq!(
        screens.statement(Answer::NO),
        format!("{} {}.", screens.text, &s[Str::No])
    );
}

#[test]
fn what_would_change_offers_every_other_option() {
    let tree = common::api_style();
    let answers = parse(&tree, "callers=partners").answers;
    let found: Vec<(String, String)> = flips(&tree, &answers)
        .into_iter()
        .map(|f| {
            let key = tree.answer_key(f.node, f.answer).to_string();
            (key, reached(&tree, &f.answers))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("front-ends".into(), "asking screens".into()),
            ("services".into(), "asking contract".into()),
        ]
    );
    // From a two-level path: the first question's two other options, the second's other answer.
    let answers = parse(&tree, "callers=services&contract=yes").answers;
    let landed: Vec<String> = flips(&tree, &answers)
        .iter()
        .map(|f| reached(&tree, &f.answers))
        .collect();
    assert_eq!(landed, ["asking screens", "public-rest", "service-rest"]);
}

#[test]
fn the_record_names_the_options_chosen_and_every_pattern() {
    let tree = common::api_style();
    let decision = parse(&tree, "callers=front-ends&screens=yes");
    let text = decision_record(&tree, &decision, "https://example.org/#x", "2026-11-28").unwrap();
    assert!(
        text.contains("| Who calls this API? | Our front ends |"),
        "{text}"
    );
    assert!(text.contains("Chosen option: \u{201c}GraphQL\u{201d}, because "));
    for name in ["REST over HTTP", "GraphQL", "gRPC"] {
        assert!(text.contains(&format!("* {name}\n")), "{name} listed");
    }
    // REST is ruled out by the answer to the second question (its other answer led to REST),
    // and by the first (two of its other options lead to REST).
    assert!(text.contains("(Our front ends)"), "{text}");
    assert!(text.contains("```mermaid"));
}

#[test]
fn mermaid_labels_each_branch_with_its_option() {
    let tree = common::api_style();
    let text = mermaid(&tree, None);
    for label in ["Our front ends", "Our services", "Other organisations"] {
        assert!(
            text.contains(&format!("-->|\"{label}\"|")),
            "{label}: {text}"
        );
    }
}

#[test]
fn host_events_carry_option_keys() {
    let tree = common::api_style();
    let answers = parse(&tree, "callers=services&contract=yes").answers;
    let event = host_event(&tree, &answers, Change::Reached(tree.find("grpc").unwrap()));
    assert_eq!(event.outcome.as_deref(), Some("grpc"));
    assert_eq!(
        event.answers,
        [
            ("callers".to_string(), "services".to_string()),
            ("contract".to_string(), "yes".to_string())
        ]
    );
    assert_eq!(event.hash, serialise_answers(&tree, &answers));
    let root = tree.root();
    let event = host_event(
        &tree,
        &answers[..1],
        Change::Answered {
            node: root,
            answer: answers[0],
        },
    );
    assert_eq!(event.answer.as_deref(), Some("services"));
}

/// A minimal tree: two outcomes, one question with three options, no interface sentences.
fn minimal(options: Value, next: Value) -> Value {
    json!({
        "title": "Minimal",
        "start": "q",
        "questions": { "q": { "label": "Q", "text": "Which?", "options": options } },
        "patterns": { "a": { "name": "A" }, "b": { "name": "B" } },
        "nodes": [
            { "id": "q", "ask": "q", "next": next },
            { "id": "x", "outcome": "a", "label": "X", "headline": "X.", "why": "x" },
            { "id": "y", "outcome": "b", "label": "Y", "headline": "Y.", "why": "y" },
            { "id": "z", "outcome": "a", "label": "Z", "headline": "Z.", "why": "z" }
        ]
    })
}

fn three() -> Value {
    json!([
        { "key": "one", "label": "One" },
        { "key": "two", "label": "Two" },
        { "key": "three", "label": "Three" }
    ])
}

#[test]
fn a_minimal_tree_borrows_the_interface_wording_but_the_built_in_tree_may_not() {
    let file = minimal(three(), json!({ "one": "x", "two": "y", "three": "z" }));
    let tree = common::load_authored(&file.to_string()).expect("the minimal tree loads");
    assert_eq!(tree.strings, common::shipped().strings);
    let errors = common::load(&file.to_string()).expect_err("the strict loader wants every string");
    assert!(
        errors
            .iter()
            .all(|e| matches!(e, TreeError::MissingContent { .. }))
    );
}

#[test]
fn options_are_checked() {
    let rejects = |options: Value, next: Value, expected: TreeError| {
        let file = minimal(options, next);
        let errors = common::load_authored(&file.to_string()).expect_err("rejected");
        assert!(errors.contains(&expected), "{expected:?} among {errors:#?}");
        assert!(!expected.to_string().is_empty());
    };
    rejects(
        json!([{ "key": "one", "label": "One" }]),
        json!({ "one": "x" }),
        TreeError::OptionCount {
            question: "q".into(),
            count: 1,
        },
    );
    let many: Vec<Value> = (0..=MAX_OPTIONS)
        .map(|i| json!({ "key": format!("o{i}"), "label": format!("O{i}") }))
        .collect();
    rejects(
        Value::Array(many),
        json!({ "o0": "x", "o1": "y", "o2": "z" }),
        TreeError::OptionCount {
            question: "q".into(),
            count: MAX_OPTIONS + 1,
        },
    );
    rejects(
        three(),
        json!({ "one": "x", "two": "y" }),
        TreeError::MissingAnswer {
            id: "q".into(),
            answer: "three".into(),
        },
    );
    rejects(
        three(),
        json!({ "one": "x", "two": "y", "three": "z", "four": "x" }),
        TreeError::UnknownReference {
            place: Place::Node("q".into()),
            what: "answer",
            name: "four".into(),
        },
    );
    rejects(
        json!([
            { "key": "one", "label": "One" },
            { "key": "one", "label": "Two" },
            { "key": "three", "label": "Three" }
        ]),
        json!({ "one": "x", "three": "z" }),
        TreeError::DuplicateKey {
            place: "options",
            key: "one".into(),
        },
    );
    rejects(
        json!([
            { "key": "one", "label": "One" },
            { "key": "two", "label": " " },
            { "key": "three", "label": "Three" }
        ]),
        json!({ "one": "x", "two": "y", "three": "z" }),
        TreeError::MissingContent {
            subject: Place::Option("q".into(), 1),
            field: "label",
        },
    );
}

/// A generated tree: each question has `shape[depth]` options (cycling), labels of varied
/// length, up to `depth` levels.
fn generated(fan: &[usize], labels: &[String]) -> Value {
    let mut questions = serde_json::Map::new();
    let mut nodes = Vec::new();
    let mut pending = vec![("n0".to_string(), 0usize)];
    let mut count = 0;
    while let Some((id, depth)) = pending.pop() {
        let width = fan.get(depth).copied().unwrap_or(0);
        if width < 2 {
            nodes.push(json!({
                "id": id, "outcome": "p", "label": labels[count % labels.len()],
                "headline": "H.", "why": "w"
            }));
            count += 1;
            continue;
        }
        let key = format!("q{depth}");
        let options: Vec<Value> = (0..width)
            .map(|i| json!({ "key": format!("o{i}"), "label": labels[(i + depth) % labels.len()] }))
            .collect();
        questions.insert(
            key.clone(),
            json!({ "label": labels[depth % labels.len()], "text": "Q?", "options": options }),
        );
        let mut next = serde_json::Map::new();
        for i in 0..width {
            count += 1;
            let child = format!("n{count}");
            next.insert(format!("o{i}"), json!(child));
            pending.push((child, depth + 1));
        }
        nodes.push(json!({ "id": id, "ask": key, "next": next }));
    }
    json!({
        "title": "Generated", "start": "n0", "questions": questions,
        "patterns": { "p": { "name": "P" } }, "nodes": nodes
    })
}

fn assert_no_overlaps(tree: &Tree) {
    let drawn = layout(tree);
    let mut boxes: Vec<(String, Rect)> = drawn
        .nodes
        .iter()
        .map(|b| (format!("node {}", tree.node(b.node).id), b.rect))
        .collect();
    boxes.extend(
        drawn
            .edges
            .iter()
            .map(|e| (format!("label to {}", tree.node(e.to).id), e.pill)),
    );
    // Sorted by top edge, each box is compared with those that start before it ends.
    boxes.sort_by_key(|(_, r)| r.y);
    for (i, (a, ra)) in boxes.iter().enumerate() {
        assert!(
            ra.x >= 0 && ra.y >= 0 && ra.x + ra.width <= drawn.width,
            "{a} inside"
        );
        assert!(ra.y + ra.height <= drawn.height, "{a} inside");
        for (b, rb) in boxes[i + 1..]
            .iter()
            .take_while(|(_, r)| r.y < ra.y + ra.height)
        {
            assert!(!ra.overlaps(rb), "{a} {ra:?} overlaps {b} {rb:?}");
        }
    }
}

#[test]
fn the_example_is_laid_out_without_overlaps() {
    assert_no_overlaps(&common::api_style());
    assert_no_overlaps(&common::shipped());
    // Dutch labels are longer (compounds): the boxes grow, and still never overlap.
    let value = |json: &str| serde_json::from_str(json).expect("JSON parses");
    let dutch = integration_decision_tree::core::load_translated(
        &value(integration_decision_tree::core::SITE_TREE_JSON),
        &value(include_str!("../data/tree.nl.json")),
    )
    .expect("the Dutch tree loads");
    assert_no_overlaps(&dutch);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_trees_of_many_shapes_never_overlap(
        fan in proptest::collection::vec(2usize..=MAX_OPTIONS, 1..5),
        labels in proptest::collection::vec("[A-Za-z ]{1,60}", 1..6),
    ) {
        let labels: Vec<String> = labels
            .into_iter()
            .map(|l| if l.trim().is_empty() { "x".to_string() } else { l })
            .collect();
        let file = generated(&fan, &labels);
        let tree = common::load_authored(&file.to_string())
            .unwrap_or_else(|e| panic!("generated tree invalid: {e:#?}"));
        assert_no_overlaps(&tree);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn twelve_levels_deep_stays_apart(labels in proptest::collection::vec("[a-z]{1,30}", 2..4)) {
        let fan = vec![2; 12];
        let tree = common::load_authored(&generated(&fan, &labels).to_string()).unwrap();
        assert_no_overlaps(&tree);
    }
}

/// A chain: `questions` yes/no questions, each "yes" ending at once and "no" asking the next.
fn chain(questions: usize) -> Value {
    let mut nodes = Vec::new();
    let mut asked = serde_json::Map::new();
    for i in 0..questions {
        asked.insert(format!("q{i}"), json!({ "label": "Q", "text": "Q?" }));
        let no = if i + 1 == questions {
            format!("end{i}")
        } else {
            format!("n{}", i + 1)
        };
        nodes.push(json!({ "id": format!("n{i}"), "ask": format!("q{i}"), "yes": format!("out{i}"), "no": no }));
        nodes.push(json!({ "id": format!("out{i}"), "outcome": "p", "label": "O", "headline": "H.", "why": "W." }));
    }
    let last = questions - 1;
    nodes.push(json!({ "id": format!("end{last}"), "outcome": "p", "label": "E", "headline": "H.", "why": "W." }));
    json!({ "title": "Chain", "start": "n0", "questions": asked, "patterns": { "p": { "name": "P" } }, "nodes": nodes })
}

#[test]
fn hostile_sizes_are_refused_with_a_clear_error() {
    use integration_decision_tree::core::load::{MAX_DEPTH, MAX_NODES};
    let deep = MAX_DEPTH as usize;
    assert!(
        common::load_authored(&chain(deep).to_string()).is_ok(),
        "{deep} levels load"
    );
    let errors = common::load_authored(&chain(deep + 1).to_string()).unwrap_err();
    assert_eq!(
        errors,
        [TreeError::TooLarge {
            what: "questions on one path",
            limit: deep
        }]
    );
    assert!(errors[0].to_string().contains("too large"));
    // 10,000 levels: refused for its size before anything else is worked out.
    let errors = common::load_authored(&chain(10_000).to_string()).unwrap_err();
    assert_eq!(
        errors,
        [TreeError::TooLarge {
            what: "nodes",
            limit: MAX_NODES
        }]
    );
}

#[test]
fn hostile_text_stays_text() {
    // Markup, a javascript: URL and bidi controls in labels are data: the exports escape them.
    let mut file: Value = serde_json::from_str(include_str!("../examples/api-style.json")).unwrap();
    let hostile = "<img src=x onerror=alert(1)> javascript:alert(2) \u{202e}evil";
    file["questions"]["callers"]["options"][0]["label"] = json!(hostile);
    file["nodes"][3]["label"] = json!(hostile);
    // A title that tries to start a Mermaid statement of its own on the next line.
    file["title"] = json!("Title\n  click n0 href \"javascript:alert(3)\"");
    let tree = common::load_authored(&file.to_string()).unwrap();
    let overview = integration_decision_tree::core::scene::overview(&tree, &layout(&tree));
    let words = integration_decision_tree::core::export::description(&tree, None);
    assert!(
        words.contains(hostile),
        "the description holds the label as text: {words}"
    );
    let svg = integration_decision_tree::core::export::svg(&overview, "t", &words, "");
    assert!(!svg.contains("<img"), "{svg}");
    let html = integration_decision_tree::core::export::fallback_html(&tree, None);
    assert!(!html.contains("<img") && html.contains("&lt;img"));
    let md = mermaid(&tree, None);
    assert!(!md.contains("<img"), "{md}");
    assert!(
        !md.lines()
            .any(|line| line.trim_start().starts_with("click")),
        "{md}"
    );
}

#[test]
fn every_error_names_its_place_in_the_file() {
    /// An edit of the example, the path of an error it must cause, and that error's node.
    type Case = (fn(&mut Value), &'static str, Option<&'static str>);
    let cases: [Case; 6] = [
        (
            |f| f["nodes"][0]["next"]["partners"] = json!("nowhere"),
            "/nodes/callers/next/partners",
            Some("callers"),
        ),
        (
            |f| {
                drop(
                    f["nodes"][0]["next"]
                        .as_object_mut()
                        .unwrap()
                        .remove("services"),
                )
            },
            "/nodes/callers/next/services",
            Some("callers"),
        ),
        (
            |f| f["questions"]["callers"]["options"][1]["label"] = json!(""),
            "/questions/callers/options/1/label",
            None,
        ),
        (
            |f| f["nodes"][3]["headline"] = json!(""),
            "/nodes/graphql/headline",
            Some("graphql"),
        ),
        (
            |f| f["nodes"][2]["ask"] = json!("nothing"),
            "/nodes/contract/ask",
            Some("contract"),
        ),
        (
            |f| f["patterns"]["grpc"]["strengths"] = json!("fast"),
            "/patterns/grpc/strengths",
            None,
        ),
    ];
    for (edit, path, node) in cases {
        let mut file: Value =
            serde_json::from_str(include_str!("../examples/api-style.json")).unwrap();
        edit(&mut file);
        let errors = common::load_authored(&file.to_string()).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.path().as_deref() == Some(path) && e.node() == node),
            "{path} among {:?}",
            errors
                .iter()
                .map(|e| (e.path(), e.node()))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn problems_carry_message_path_and_node() {
    use integration_decision_tree::core::load::report;
    let text = include_str!("../examples/api-style.json")
        .replace("\"start\": \"callers\"", "\"start\": \"Callers\"");
    let errors = common::load_authored(&text).unwrap_err();
    let problems = report(&text, &errors);
    let unknown_start = problems
        .iter()
        .find(|p| p.path.as_deref() == Some("/start"))
        .unwrap();
    assert!(
        unknown_start.message.contains("\"Callers\""),
        "{unknown_start:?}"
    );
    assert_eq!(unknown_start.node, None);
    let mut file: Value = serde_json::from_str(include_str!("../examples/api-style.json")).unwrap();
    file["nodes"][1]["yes"] = json!("nowhere");
    let text = serde_json::to_string_pretty(&file).unwrap();
    let problems = report(&text, &common::load_authored(&text).unwrap_err());
    assert!(
        problems
            .iter()
            .any(|p| p.path.as_deref() == Some("/nodes/screens/next/yes")
                && p.node.as_deref() == Some("screens")
                && p.message.contains("nowhere")),
        "{problems:?}"
    );
    let line = text[..text.find("\"nowhere\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let dangling = problems
        .iter()
        .find(|p| p.node.as_deref() == Some("screens"))
        .unwrap();
    assert_eq!(dangling.at.map(|(line, _)| line), Some(line));
}

#[test]
fn an_error_path_is_found_in_the_text_by_line_and_column() {
    use integration_decision_tree::core::load::{locate, syntax_error_at};
    let text = include_str!("../examples/api-style.json");
    let line_of = |needle: &str| {
        let offset = text.find(needle).unwrap();
        let line = text[..offset].matches('\n').count() + 1;
        let column = text[..offset].rsplit('\n').next().unwrap().chars().count() + 1;
        (line, column)
    };
    assert_eq!(locate(text, "/title"), Some(line_of("\"title\"")));
    assert_eq!(
        locate(text, "/questions/screens"),
        Some(line_of("\"screens\": {"))
    );
    assert_eq!(
        locate(text, "/questions/callers/options/1/label"),
        Some(line_of("\"label\": \"Our services\""))
    );
    assert_eq!(
        locate(text, "/nodes/contract"),
        Some(line_of("{ \"id\": \"contract\""))
    );
    assert_eq!(
        locate(text, "/nodes/callers/next/partners"),
        Some(line_of("\"partners\": \"public-rest\""))
    );
    assert_eq!(
        locate(text, "/nodes/3"),
        Some(line_of("{\n      \"id\": \"graphql\""))
    );
    // A step that is not there: the deepest one that is.
    assert_eq!(
        locate(text, "/nodes/grpc/caveats/7"),
        locate(text, "/nodes/grpc/caveats")
    );
    assert_eq!(locate(text, "/nowhere"), None);
    assert_eq!(locate("not json", "/title"), None);
    // Chromium: "... in JSON at position 4 (line 2 column 3)"; older: "at position 4"; Firefox:
    // "at line 2 column 3 of the JSON data".
    let text = "{\n  x\n}";
    assert_eq!(
        syntax_error_at(
            text,
            "Expected property name or '}' in JSON at position 4 (line 2 column 3)"
        ),
        Some((2, 3))
    );
    assert_eq!(
        syntax_error_at(text, "Unexpected token x in JSON at position 4"),
        Some((2, 3))
    );
    assert_eq!(
        syntax_error_at(
            text,
            "JSON.parse: expected property name or '}' at line 2 column 3 of the JSON data"
        ),
        Some((2, 3))
    );
    assert_eq!(syntax_error_at(text, "Unexpected end of JSON input"), None);
}

proptest! {
    #[test]
    fn locating_never_panics_on_cut_or_edited_tree_files(cut in 0usize..4000, junk in "[\\[\\]{}\",: a-z0-9]{0,12}", at in 0usize..4000) {
        let text = include_str!("../examples/api-style.json");
        let mut edited: String = text.chars().take(cut).collect();
        let split = edited.char_indices().nth(at).map_or(edited.len(), |(i, _)| i);
        edited.insert_str(split, &junk);
        for path in ["/nodes/callers/next/partners", "/nodes/graphql", "/questions/callers/options/2/label", "/nodes/0/id"] {
            let _ = integration_decision_tree::core::load::locate(&edited, path);
        }
        let _ = integration_decision_tree::core::load::syntax_error_at(&edited, &junk);
    }
}

#[test]
fn authored_defaults_start_from_nothing_too() {
    use integration_decision_tree::core::authored_defaults;
    use integration_decision_tree::core::load::Value;
    use integration_decision_tree::core::strings::{Str, Strings};
    let overrides: Value =
        serde_json::from_str(r#"{"yes": "Ja", "unknown": "x", "no": 3}"#).unwrap();
    let strings = authored_defaults(&Strings::default(), &overrides);
    assert_eq!(&strings[Str::Yes], "Ja");
    assert_eq!(&strings[Str::No], "");
}

/// Every example tree of ours, tested like the built-in one: every outcome reached by the
/// answers that lead to it, through its permalink and back, with a complete record.
#[test]
fn every_example_walks_every_path_to_its_outcome_and_records_it() {
    let examples = [
        include_str!("../examples/api-style.json"),
        include_str!("../examples/build-or-buy.json"),
    ];
    for text in examples {
        let tree = common::load_authored(text).unwrap();
        let mut outcomes = 0;
        for (id, node) in tree.nodes() {
            if node.outcome().is_none() {
                continue;
            }
            // The answers that lead here, from the parents up.
            let mut answers = Vec::new();
            let mut at = id;
            while let Some((parent, answer)) = tree.parent(at) {
                answers.push(answer);
                at = parent;
            }
            answers.reverse();
            assert_eq!(reached(&tree, &answers), node.id, "{}", tree.title);
            let decision =
                integration_decision_tree::core::session::Decision::with_answers(answers);
            let link = serialise(&tree, &decision);
            assert_eq!(parse(&tree, &link).answers, decision.answers, "{link}");
            let record =
                decision_record(&tree, &decision, "https://example.org/", "2026-11-28").unwrap();
            assert!(
                record.contains(&node.outcome().unwrap().headline)
                    || record.contains(&tree.pattern(node.outcome().unwrap().pattern).name),
                "{link}"
            );
            outcomes += 1;
        }
        assert!(outcomes >= 5, "{}: {outcomes} outcomes", tree.title);
        assert_no_overlaps(&tree);
        assert!(tree.height(tree.root()) >= 2);
    }
    let deep = common::load_authored(include_str!("../examples/build-or-buy.json")).unwrap();
    assert!(
        (4..=6).contains(&deep.height(deep.root())),
        "the deeper example has 4 to 6 levels"
    );
}

#[test]
fn a_node_whose_id_is_all_digits_is_found_by_id_and_many_problems_are_capped() {
    use integration_decision_tree::core::load::{MAX_PROBLEMS, locate, report};
    let text = r#"{"nodes": [{"id": "a"}, {"id": "0"}, {"id": "1"}]}"#;
    assert_eq!(
        locate(text, "/nodes/0"),
        Some((1, text.find(r#"{"id": "0"}"#).unwrap() + 1)),
        "the node with id 0, not the first"
    );
    assert_eq!(
        locate(text, "/nodes/2"),
        Some((1, text.find(r#"{"id": "1"}"#).unwrap() + 1)),
        "no node 2: the third by position"
    );
    // A file with a problem per node: the report stops at MAX_PROBLEMS and says how many more.
    let nodes: Vec<Value> = (0..500).map(|_| json!({ "label": [] })).collect();
    let file =
        json!({ "title": "T", "start": "x", "questions": {}, "patterns": {}, "nodes": nodes });
    let text = file.to_string();
    let errors = common::load_authored(&text).unwrap_err();
    assert!(errors.len() > MAX_PROBLEMS);
    let problems = report(&text, &errors);
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert!(
        problems[MAX_PROBLEMS]
            .message
            .contains(&format!("{} more", errors.len() - MAX_PROBLEMS))
    );
}
