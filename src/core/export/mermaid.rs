//! The tree as a Mermaid flowchart.

use crate::core::Tree;

/// The tree as a Mermaid flowchart, as a wiki author would otherwise draw it by hand: used by
/// the benchmark to compare with what people reach for instead of this widget.
pub fn mermaid(tree: &Tree) -> String {
    let quote = |text: &str| text.replace('"', "#quot;");
    let mut out = String::from("flowchart TD\n");
    for id in tree.preorder() {
        let node = tree.node(id);
        let name = format!("n{}", id.index());
        match tree.question_of(id) {
            Some(question) => {
                out.push_str(&format!("  {name}{{\"{}\"}}\n", quote(&question.label)))
            }
            None => {
                let label = node.outcome().map_or("", |o| o.label.as_str());
                out.push_str(&format!("  {name}(\"{}\")\n", quote(label)));
            }
        }
        if let Some((parent, answer)) = tree.parent(id) {
            out.push_str(&format!(
                "  n{} -->|{}| {name}\n",
                parent.index(),
                quote(tree.strings.answer(answer))
            ));
        }
    }
    out
}
