//! What the diagram draws, and the static SVG made from it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::export::{escape, svg};
use integration_decision_tree::core::layout::layout;
use integration_decision_tree::core::model::Answer;
// The built-in tree's questions are all yes/no.
const YES: Answer = Answer::YES;
const NO: Answer = Answer::NO;
use integration_decision_tree::core::scene::{Item, Scene, Shape, scene};
use integration_decision_tree::core::session::Action;
use integration_decision_tree::core::strings::Str;
use integration_decision_tree::core::template::fill;
use integration_decision_tree::core::walk;

fn scene_after(answers: &[Answer]) -> (integration_decision_tree::core::Tree, Scene) {
    let tree = common::shipped();
    let s = scene(&tree, &layout(&tree), &walk(&tree, answers));
    (tree, s)
}

fn node<'s>(scene: &'s Scene, id: &str) -> &'s Item {
    scene
        .items
        .iter()
        .find(|i| i.node.as_deref() == Some(id))
        .unwrap()
}

fn edge<'s>(scene: &'s Scene, hook: &str) -> &'s Item {
    scene
        .items
        .iter()
        .find(|i| i.edge.as_deref() == Some(hook))
        .unwrap()
}

#[test]
fn every_node_and_branch_is_drawn_once() {
    let (tree, s) = scene_after(&[]);
    assert_eq!(
        s.items.iter().filter(|i| i.node.is_some()).count(),
        tree.len()
    );
    assert_eq!(
        s.items.iter().filter(|i| i.edge.is_some()).count(),
        tree.len() - 1
    );
}

#[test]
fn at_the_start_the_first_question_is_current_and_its_branches_answer_it() {
    let (tree, s) = scene_after(&[]);
    let first = node(&s, "immediate");
    assert!(first.current && first.on_path && first.action.is_none());
    for (answer, key) in [(YES, "yes"), (NO, "no")] {
        let branch = edge(&s, &format!("immediate:{key}"));
        assert_eq!(
            branch.action,
            Some(Action::Answer {
                node: tree.root(),
                answer
            })
        );
        assert!(
            branch
                .name
                .as_deref()
                .unwrap()
                .contains(&tree.question_of(tree.root()).unwrap().text)
        );
    }
    assert_eq!(s.items.iter().filter(|i| i.current).count(), 1);
    assert_eq!(s.items.iter().filter(|i| i.action.is_some()).count(), 2);
}

#[test]
fn answered_questions_rewind_and_the_path_is_marked() {
    let (tree, s) = scene_after(&[NO, YES]);
    let first = node(&s, "immediate");
    assert_eq!(first.action, Some(Action::Rewind(0)));
    assert_eq!(node(&s, "fan-out").action, Some(Action::Rewind(1)));
    let (n, question) = ("1", tree.question_of(tree.root()).unwrap().text.as_str());
    let expected = fill(
        &tree.strings[Str::NodeAnswered],
        &[("n", n), ("question", question), ("answer", "No")],
    );
    assert_eq!(first.name.as_deref(), Some(expected.as_str()));
    assert!(edge(&s, "immediate:no").on_path && edge(&s, "fan-out:yes").on_path);
    assert!(!edge(&s, "immediate:yes").on_path);
    assert!(
        edge(&s, "immediate:yes").name.is_none(),
        "plain branches are decoration"
    );
    assert!(node(&s, "async-fan-out").current);
}

#[test]
fn the_path_is_drawn_over_ruled_out_branches() {
    let (_, s) = scene_after(&[NO, YES, YES]);
    let position = |hook: &str| {
        s.items
            .iter()
            .position(|i| i.edge.as_deref() == Some(hook))
            .unwrap()
    };
    assert!(position("immediate:yes") < position("immediate:no"));
    assert!(position("async-fan-out:no") < position("async-fan-out:yes"));
    let reached = node(&s, "event-fan-out");
    assert!(reached.on_path && !reached.current && reached.action.is_none());
}

#[test]
fn the_static_svg_holds_every_label_escaped() {
    let (tree, s) = scene_after(&[]);
    let text = svg(
        &s,
        "A <tree> & more",
        "a <desc> & more",
        "[data-part=chip]{fill:#fff}",
    );
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(text.contains("aria-label=\"A &lt;tree&gt; &amp; more\""));
    assert!(text.contains("<desc>a &lt;desc&gt; &amp; more</desc>"));
    let labels = s
        .items
        .iter()
        .flat_map(|i| &i.shapes)
        .filter(|sh| matches!(sh, Shape::Text { part: "label", .. }));
    assert_eq!(labels.count(), tree.len());
    let first = escape(&tree.question_of(tree.root()).unwrap().label);
    assert!(text.contains(&format!(">{first}</text>")));
    assert!(!text.contains("\"ring\""), "no focus rings in a picture");
}

#[test]
fn the_overview_chooses_nothing() {
    use integration_decision_tree::core::scene::overview;
    let tree = common::shipped();
    let s = overview(&tree, &layout(&tree));
    assert!(
        s.items
            .iter()
            .all(|i| !i.current && !i.on_path && i.action.is_none())
    );
    assert!(s.items.iter().all(|i| i.state == "open"));
}

#[test]
fn a_shortened_label_keeps_its_whole_text_as_a_tooltip() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("../examples/api-style.json")).unwrap();
    let long = "A label far too long for any box of the diagram, <with> markup & more words";
    file["questions"]["callers"]["options"][0]["label"] = serde_json::json!(long);
    file["nodes"][3]["label"] = serde_json::json!(long);
    let tree = common::load_authored(&file.to_string()).unwrap();
    let s = scene(&tree, &layout(&tree), &walk(&tree, &[]));
    let node_id = file["nodes"][3]["id"].as_str().unwrap();
    let option = file["questions"]["callers"]["options"][0]["key"]
        .as_str()
        .unwrap();
    for changed in [node(&s, node_id), edge(&s, &format!("callers:{option}"))] {
        assert_eq!(changed.tooltip.as_deref(), Some(long));
    }
    for item in s.items.iter().filter(|i| i.tooltip.is_some()) {
        let drawn = item
            .shapes
            .iter()
            .find_map(|shape| match shape {
                Shape::Text { part, text, .. } if *part != "badge-text" => Some(text),
                _ => None,
            })
            .unwrap();
        let kept = drawn.strip_suffix('\u{2026}').expect("drawn shortened");
        assert!(item.tooltip.as_deref().unwrap().starts_with(kept));
    }
    for item in s.items.iter().filter(|i| i.tooltip.is_none()) {
        for shape in &item.shapes {
            if let Shape::Text { text, .. } = shape {
                assert!(
                    !text.ends_with('\u{2026}'),
                    "whole labels have no tooltip: {text}"
                );
            }
        }
    }
    let picture = svg(&s, "t", "", "");
    assert!(picture.contains(&format!("<title>{}</title>", escape(long))));
}
