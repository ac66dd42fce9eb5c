//! The decision record: Markdown a person pastes into an ADR, a ticket or a wiki.

use crate::core::Tree;
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
        md.cell(tree.strings.answer(step.answer));
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
