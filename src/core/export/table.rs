//! Every path through the tree at once: the decision table, and the plain-HTML version built
//! from it that readers without scripts see.

use super::markup::escape;
use crate::core::Tree;
use crate::core::model::{Answer, NodeId, Question};
use crate::core::strings::Str;

/// One way through the tree, for the decision table: the answer to each question (in the
/// order questions are first asked, `None` where a path does not ask it) and where it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub answers: Vec<Option<Answer>>,
    pub outcome: NodeId,
}

/// The questions in the order they are first asked, and every path through the tree.
pub fn decision_table(tree: &Tree) -> (Vec<&Question>, Vec<TableRow>) {
    let order = tree.preorder();
    let mut questions: Vec<&Question> = Vec::new();
    for &id in &order {
        if let Some(q) = tree.question_of(id) {
            if !questions.iter().any(|seen| seen.key == q.key) {
                questions.push(q);
            }
        }
    }
    let rows = order
        .iter()
        .filter(|&&id| tree.node(id).outcome().is_some())
        .map(|&outcome| {
            let mut answers = vec![None; questions.len()];
            let mut at = outcome;
            while let Some((parent, answer)) = tree.parent(at) {
                if let Some(q) = tree.question_of(parent) {
                    if let Some(column) = questions.iter().position(|seen| seen.key == q.key) {
                        answers[column] = Some(answer);
                    }
                }
                at = parent;
            }
            TableRow { answers, outcome }
        })
        .collect();
    (questions, rows)
}

/// The questions (with what they mean and the trap to avoid), the decision table, and what each
/// recommendation needs, as plain, escaped HTML, with a link to the interactive page if there
/// is one: what a reader sees where scripts cannot run.
pub fn fallback_html(tree: &Tree, link: Option<&str>) -> String {
    let s = &tree.strings;
    let (questions, rows) = decision_table(tree);
    let mut html = String::from("<div class=\"idt-fallback\">\n");
    html.push_str(&format!(
        "<h2>{}</h2>\n<ol>\n",
        escape(&s[Str::FallbackQuestionsHeading])
    ));
    for q in &questions {
        html.push_str(&format!(
            "<li><strong>{}</strong> {}",
            escape(&q.text),
            escape(&q.explanation)
        ));
        if !q.caution.is_empty() {
            html.push_str(&format!(
                "<br><em>{}</em> {}",
                escape(&s[Str::CautionLabel]),
                escape(&q.caution)
            ));
        }
        html.push_str("</li>\n");
    }
    html.push_str(&format!(
        "</ol>\n<h2>{}</h2>\n<table>\n<thead><tr>",
        escape(&s[Str::FallbackTableHeading])
    ));
    for q in &questions {
        html.push_str(&format!("<th scope=\"col\">{}</th>", escape(&q.label)));
    }
    html.push_str(&format!(
        "<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&s[Str::FallbackOutcomeColumn])
    ));
    for row in &rows {
        let Some(outcome) = tree.node(row.outcome).outcome() else {
            continue;
        };
        html.push_str("<tr>");
        for (q, answer) in questions.iter().zip(&row.answers) {
            let cell = match answer {
                Some(a) => q.option(*a).label.as_str(),
                None => &s[Str::FallbackNotAsked],
            };
            // Each cell names its column too, for narrow screens, where rows stack.
            html.push_str(&format!(
                "<td data-label=\"{}\">{}</td>",
                escape(&q.label),
                escape(cell)
            ));
        }
        // The outcome's name (as the widget and the record give it), then its headline.
        html.push_str(&format!(
            "<td data-label=\"{}\"><strong>{}</strong><br>{}</td></tr>\n",
            escape(&s[Str::FallbackOutcomeColumn]),
            escape(&outcome.label),
            escape(&outcome.headline)
        ));
    }
    html.push_str("</tbody>\n</table>\n");
    html.push_str(&format!(
        "<h2>{}</h2>\n",
        escape(&s[Str::FallbackPatternsHeading])
    ));
    for (_, info) in tree.patterns() {
        html.push_str(&format!(
            "<h3>{}</h3>\n<p>{}</p>\n<ul>\n",
            escape(&info.name),
            escape(&info.summary)
        ));
        for &check in &info.checklist {
            html.push_str(&format!("<li>{}</li>\n", escape(&tree.check(check).text)));
        }
        html.push_str("</ul>\n");
    }
    if let Some(link) = link {
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>\n",
            escape(link),
            escape(&s[Str::FallbackLink])
        ));
    }
    html.push_str("</div>\n");
    html
}
