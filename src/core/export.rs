//! Text a person takes away: the decision record they paste into an ADR, a ticket or a wiki.

use crate::core::model::{Answer, Tree};
use crate::core::strings::Str;
use crate::core::template::fill;
use crate::core::walk::Walk;

/// The decision as Markdown: outcome, answers, reasoning, preconditions and caveats, with a
/// link back to this exact path. `None` until the walk reaches an outcome.
pub fn decision_record(tree: &Tree, walk: &Walk, link: &str) -> Option<String> {
    let outcome = walk.outcome(tree)?;
    let pattern = tree.pattern(outcome.pattern);
    let s = &tree.strings;
    let mut md = Markdown(String::with_capacity(2048));
    let title = fill(
        &s[Str::RecordTitle],
        &[("title", &tree.title), ("outcome", &pattern.name)],
    );
    md.line(&["## ", &title]);
    md.line(&["**", &outcome.headline, "**"]);

    md.line(&["### ", &s[Str::RecordAnswersHeading]]);
    md.0.push_str("| ");
    md.cell(&s[Str::RecordQuestion]);
    md.0.push_str(" | ");
    md.cell(&s[Str::RecordAnswer]);
    md.0.push_str(" |\n| --- | --- |\n");
    for step in &walk.steps {
        md.0.push_str("| ");
        md.cell(tree.question_of(step.node).map_or("", |q| q.text.as_str()));
        md.0.push_str(" | ");
        md.cell(answer_word(tree, step.answer));
        md.0.push_str(" |\n");
    }
    md.0.push('\n');

    md.line(&["### ", &s[Str::WhyHeading]]);
    md.line(&[&outcome.why]);
    md.line(&["### ", &s[Str::MustHaveHeading]]);
    md.list(&pattern.must_have);
    if !outcome.caveats.is_empty() {
        md.line(&["### ", &s[Str::CaveatsHeading]]);
        md.list(&outcome.caveats);
    }
    md.line(&[&fill(&s[Str::RecordSource], &[("link", link)])]);
    Some(md.0)
}

/// The word for an answer in the tree's wording ("Yes"/"No").
pub fn answer_word(tree: &Tree, answer: Answer) -> &str {
    match answer {
        Answer::Yes => &tree.strings[Str::Yes],
        Answer::No => &tree.strings[Str::No],
    }
}

/// Markdown being written. Wording comes from data, so line breaks inside it are flattened
/// and table cells escape their pipes: nothing in the data can break the record's structure.
struct Markdown(String);

impl Markdown {
    /// Appends `parts` as one paragraph-like line, followed by a blank line.
    fn line(&mut self, parts: &[&str]) {
        for part in parts {
            self.flat(part, false);
        }
        self.0.push_str("\n\n");
    }

    fn list(&mut self, items: &[String]) {
        for item in items {
            self.0.push_str("- ");
            self.flat(item, false);
            self.0.push('\n');
        }
        self.0.push('\n');
    }

    fn cell(&mut self, text: &str) {
        self.flat(text, true);
    }

    fn flat(&mut self, text: &str, in_cell: bool) {
        for c in text.chars() {
            match c {
                '\n' | '\r' | '\t' => self.0.push(' '),
                '|' if in_cell => self.0.push_str("\\|"),
                c => self.0.push(c),
            }
        }
    }
}

/// One way through the tree, for the decision table: the answer to each question (in the
/// order questions are first asked, `None` where a path does not ask it) and where it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub answers: Vec<Option<Answer>>,
    pub outcome: crate::core::NodeId,
}

/// The questions in the order they are first asked, and every path through the tree.
pub fn decision_table(tree: &Tree) -> (Vec<&crate::core::model::Question>, Vec<TableRow>) {
    let order = tree.preorder();
    let mut questions: Vec<&crate::core::model::Question> = Vec::new();
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

/// The questions and the decision table as plain, escaped HTML, with a link to the
/// interactive page if there is one: what a reader sees where scripts cannot run.
pub fn fallback_html(tree: &Tree, link: Option<&str>) -> String {
    use crate::core::scene::escape;
    let s = &tree.strings;
    let (questions, rows) = decision_table(tree);
    let mut html = String::from("<div class=\"idt-fallback\">\n");
    html.push_str(&format!(
        "<h2>{}</h2>\n<ol>\n",
        escape(&s[Str::FallbackQuestionsHeading])
    ));
    for q in &questions {
        html.push_str(&format!("<li>{}</li>\n", escape(&q.text)));
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
        for answer in &row.answers {
            let cell = answer.map_or(&s[Str::FallbackNotAsked], |a| answer_word(tree, a));
            html.push_str(&format!("<td>{}</td>", escape(cell)));
        }
        html.push_str(&format!("<td>{}</td></tr>\n", escape(&outcome.headline)));
    }
    html.push_str("</tbody>\n</table>\n");
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
                quote(answer_word(tree, answer))
            ));
        }
    }
    out
}
