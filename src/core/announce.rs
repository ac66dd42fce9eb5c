//! What the widget's polite live region says after a change: where the walk now stands, in
//! one sentence a screen reader can read out.

use crate::core::Tree;
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::{Position, Walk};

/// The sentence for `walked`: the question now asked, with its number ("Question 2 of 3: …"),
/// or the recommendation reached.
pub fn announcement(tree: &Tree, walked: &Walk) -> String {
    let s = &tree.strings;
    match walked.position {
        Position::Asking(node) => {
            let question = tree.question_of(node).map_or("", |q| q.text.as_str());
            let (n, total) = walked.progress(tree).unwrap_or_default();
            fill(
                &s[Str::AnnounceQuestion],
                &[
                    ("n", &n.to_string()),
                    ("total", &total.to_string()),
                    ("question", question),
                ],
            )
        }
        Position::Reached(node) => {
            let headline = tree
                .node(node)
                .outcome()
                .map_or("", |o| o.headline.as_str());
            fill(&s[Str::AnnounceOutcome], &[("headline", headline)])
        }
    }
}
