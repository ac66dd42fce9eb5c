//! Diagram geometry: computed from the tree, never overlapping, legible on a phone.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use integration_decision_tree::core::Tree;
use integration_decision_tree::core::layout::{INDENT, Layout, layout, text_width};

fn assert_well_formed(tree: &Tree, diagram: &Layout) {
    assert_eq!(diagram.nodes.len(), tree.len(), "every node is drawn once");
    assert_eq!(
        diagram.edges.len(),
        tree.len() - 1,
        "every node but the root has one branch in"
    );
    for (i, a) in diagram.nodes.iter().enumerate() {
        let r = a.rect;
        assert!(
            r.x >= 0
                && r.y >= 0
                && r.x + r.width <= diagram.width
                && r.y + r.height <= diagram.height
        );
        for b in &diagram.nodes[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{a:?} overlaps {b:?}");
        }
    }
    for edge in &diagram.edges {
        let from = diagram.node_box(edge.from).unwrap().rect;
        let to = diagram.node_box(edge.to).unwrap().rect;
        assert_eq!(
            to.x,
            from.x + INDENT,
            "a child is indented one step from its question"
        );
        assert!(to.y > from.y, "a child is drawn below its question");
        assert!(
            edge.pill.width >= 24 && edge.pill.height >= 24,
            "targets are at least 24×24"
        );
        assert!(
            edge.pill.x > from.x && edge.pill.x + edge.pill.width <= to.x,
            "the label sits between"
        );
        assert_eq!(
            edge.pill.center_y(),
            to.center_y(),
            "the label is level with the child"
        );
        for node in &diagram.nodes {
            assert!(
                !edge.pill.overlaps(&node.rect),
                "label {edge:?} covers {node:?}"
            );
        }
        assert!(edge.path.starts_with('M') && edge.path.ends_with(&format!("H{}", to.x)));
    }
}

#[test]
fn the_shipped_tree_is_laid_out_from_its_data() {
    let tree = common::shipped();
    let diagram = layout(&tree);
    assert_well_formed(&tree, &diagram);
    // Rows follow the depth-first order, yes before no.
    let ids: Vec<&str> = diagram
        .nodes
        .iter()
        .map(|b| tree.node(b.node).id.as_str())
        .collect();
    assert_eq!(
        ids[..4],
        [
            "immediate",
            "fan-out-after-sync",
            "async-after-sync",
            "combined"
        ]
    );
}

#[test]
fn the_shipped_diagram_fits_a_320_pixel_screen_without_scaling() {
    // 320 px wide, less the page's and the panel's padding (12 px each side).
    let diagram = layout(&common::shipped());
    assert!(diagram.width <= 296, "diagram is {} px wide", diagram.width);
}

#[test]
fn labels_are_measured_not_guessed_per_node() {
    assert!(text_width("WWW") > text_width("iii"));
    assert_eq!(text_width(""), 0);
    assert!(text_width("Immediate response?") >= 19 * 5);
}
