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

/// A page's title for `walked`: `title` (the page's own) at the start, and once the reader has
/// answered, the step in front of it ("Question 2 of 3 – …", "Recommendation: REST – …"), so a
/// tab, a bookmark and the history name where the reader was.
pub fn page_title(tree: &Tree, walked: &Walk, title: &str) -> String {
    if walked.steps.is_empty() {
        return title.to_string();
    }
    let s = &tree.strings;
    let step = match walked.position {
        Position::Asking(_) => {
            let (n, total) = walked.progress(tree).unwrap_or_default();
            fill(
                &s[Str::Progress],
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        }
        Position::Reached(node) => {
            let label = tree.node(node).outcome().map_or("", |o| o.label.as_str());
            fill(&s[Str::OutcomeKicker], &[("outcome", label)])
        }
    };
    fill(&s[Str::TitleStep], &[("step", &step), ("title", title)])
}
