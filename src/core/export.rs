//! Text a person takes away: the decision record they paste into an ADR, a ticket or a wiki.

use crate::core::model::{Answer, Tree};
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The decision as Markdown: outcome, answers, reasoning, preconditions and caveats, with a
/// link back to this exact path. `None` until the walk reaches an outcome.
pub fn decision_record(tree: &Tree, walk: &Walk, link: &str) -> Option<String> {
    let outcome = walk.outcome(tree)?;
    let pattern = tree.pattern(outcome.pattern);
    let s = &tree.strings;
    let mut md = String::with_capacity(2048);
    let title = fill(
        &s.record_title,
        &[("title", &tree.title), ("outcome", &pattern.name)],
    );
    md.push_str(&format!(
        "## {}\n\n**{}**\n\n",
        one_line(&title),
        one_line(&outcome.headline)
    ));

    md.push_str(&format!("### {}\n\n", s.record_answers_heading));
    md.push_str(&format!(
        "| {} | {} |\n| --- | --- |\n",
        s.record_question, s.record_answer
    ));
    for step in &walk.steps {
        let question = tree.question_of(step.node).map_or("", |q| q.text.as_str());
        md.push_str(&format!(
            "| {} | {} |\n",
            cell(question),
            cell(answer_word(tree, step.answer))
        ));
    }

    md.push_str(&format!(
        "\n### {}\n\n{}\n",
        s.why_heading,
        one_line(&outcome.why)
    ));
    md.push_str(&format!("\n### {}\n\n", s.must_have_heading));
    for item in &pattern.must_have {
        md.push_str(&format!("- {}\n", one_line(item)));
    }
    if !outcome.caveats.is_empty() {
        md.push_str(&format!("\n### {}\n\n", s.caveats_heading));
        for item in &outcome.caveats {
            md.push_str(&format!("- {}\n", one_line(item)));
        }
    }
    md.push_str(&format!(
        "\n{}\n",
        one_line(&fill(&s.record_source, &[("link", link)]))
    ));
    Some(md)
}

/// The word for an answer in the tree's wording ("Yes"/"No").
pub fn answer_word(tree: &Tree, answer: Answer) -> &str {
    match answer {
        Answer::Yes => &tree.strings.yes,
        Answer::No => &tree.strings.no,
    }
}

/// Keeps a piece of wording on one Markdown line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps a piece of wording inside one Markdown table cell.
fn cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}
