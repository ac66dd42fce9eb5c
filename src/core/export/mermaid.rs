//! The tree as a Mermaid flowchart: for wikis and repositories that render Mermaid but strip
//! scripts and iframes, and inside the decision record, where GitHub and GitLab draw it.
//! Every label is escaped, so no tree text can break the flowchart's syntax.

use crate::core::Tree;
use crate::core::path_state::{NodeState, node_states};
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The whole tree, top down: questions as diamonds, outcomes as rounded boxes, branches
/// labelled with their answers. With a walk, the path taken is marked: its nodes have the
/// class `path` (the outcome reached `reached`) and its branches a thicker stroke.
pub fn mermaid(tree: &Tree, walked: Option<&Walk>) -> String {
    let states = walked.map(|w| node_states(tree, w));
    let mut out = String::from("flowchart TD\n  accTitle: ");
    // What a screen reader says of the drawn flowchart: its title and, in words, what it shows.
    line(&mut out, &tree.title);
    out.push_str("\n  accDescr: ");
    line(&mut out, &description(tree, walked));
    out.push('\n');
    let (mut path, mut reached, mut path_links) = (String::new(), String::new(), String::new());
    let mut links = 0;
    for id in tree.preorder() {
        let question = tree.question_of(id);
        out.push_str("  ");
        node_name(&mut out, id.index());
        out.push_str(if question.is_some() { "{\"" } else { "([\"" });
        match question {
            Some(question) => label(&mut out, &question.label),
            None => label(
                &mut out,
                tree.node(id).outcome().map_or("", |o| o.label.as_str()),
            ),
        }
        out.push_str(if question.is_some() {
            "\"}\n"
        } else {
            "\"])\n"
        });
        if let Some((parent, answer)) = tree.parent(id) {
            out.push_str("  ");
            node_name(&mut out, parent.index());
            out.push_str(" -->|\"");
            label(&mut out, tree.answer_label(parent, answer));
            out.push_str("\"| ");
            node_name(&mut out, id.index());
            out.push('\n');
            if states.as_ref().is_some_and(|s| s[id.index()].on_path()) {
                list(&mut path_links, &links.to_string());
            }
            links += 1;
        }
        match states.as_ref().map(|s| s[id.index()]) {
            Some(NodeState::Reached) => list(&mut reached, &format_name(id.index())),
            Some(state) if state.on_path() => list(&mut path, &format_name(id.index())),
            _ => {}
        }
    }
    if states.is_some() {
        out.push_str(
            "  classDef path fill:#e8eefc,stroke:#2852b8,stroke-width:3px,color:#17202c\n",
        );
        out.push_str(
            "  classDef reached fill:#2852b8,stroke:#2852b8,stroke-width:3px,color:#ffffff\n",
        );
        for (names, class) in [(&path, " path\n"), (&reached, " reached\n")] {
            if !names.is_empty() {
                out.push_str("  class ");
                out.push_str(names);
                out.push_str(class);
            }
        }
        if !path_links.is_empty() {
            out.push_str("  linkStyle ");
            out.push_str(&path_links);
            out.push_str(" stroke:#2852b8,stroke-width:3px\n");
        }
    }
    out
}

/// The diagram in a sentence, for readers who cannot see it (Mermaid's `accDescr`, the picture's
/// `<desc>`, the decision record): with a walk, the answers given and the outcome reached;
/// without, the first question and every outcome the tree can reach, each named once. Items are
/// joined by semicolons: an outcome's label may hold a comma ("REST, caution").
pub fn description(tree: &Tree, walked: Option<&Walk>) -> String {
    let s = &tree.strings;
    let question = |id| tree.question_of(id).map_or("", |q| q.label.as_str());
    let mut items = String::new();
    match walked {
        Some(walked) => {
            for step in &walked.steps {
                if !items.is_empty() {
                    items.push_str("; ");
                }
                items.push_str(&fill(
                    &s[Str::PathStep],
                    &[
                        ("question", question(step.node)),
                        ("answer", tree.answer_label(step.node, step.answer)),
                    ],
                ));
            }
            let outcome = walked.outcome(tree).map_or("", |o| o.label.as_str());
            fill(
                &s[Str::PathDescription],
                &[("steps", &items), ("outcome", outcome)],
            )
        }
        None => {
            let mut named: Vec<&str> = Vec::new();
            for (_, node) in tree.nodes() {
                if let Some(outcome) = node.outcome()
                    && !named.contains(&outcome.label.as_str())
                {
                    named.push(&outcome.label);
                }
            }
            fill(
                &s[Str::TreeDescription],
                &[
                    ("question", question(tree.root())),
                    ("outcomes", &named.join("; ")),
                ],
            )
        }
    }
}

/// Appends `text` as the rest of one Mermaid line: line breaks and other control characters
/// become spaces, so nothing in it can start another statement, and angle brackets become
/// angle quotes, so no renderer of the file can take it for markup (Mermaid decodes no entities
/// here, so `#lt;` would be read out as written).
fn line(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| match c {
        '<' => '‹',
        '>' => '›',
        c if c.is_control() => ' ',
        c => c,
    }));
}

fn node_name(out: &mut String, index: usize) {
    out.push('n');
    out.push_str(&index.to_string());
}

fn format_name(index: usize) -> String {
    let mut name = String::new();
    node_name(&mut name, index);
    name
}

/// Appends `item` to a comma-separated list.
fn list(out: &mut String, item: &str) {
    if !out.is_empty() {
        out.push(',');
    }
    out.push_str(item);
}

/// Appends a label for inside Mermaid's double quotes: the characters that could end the
/// string, start an entity, a comment or markup, or split an edge label become Mermaid entity
/// codes; line breaks and other control characters become spaces.
fn label(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            '%' => out.push_str("#37;"),
            ';' => out.push_str("#59;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
}
