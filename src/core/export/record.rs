//! The decision record: an Architecture Decision Record in the MADR 4 format, ready to drop into
//! a repository's `docs/decisions/` folder. Front matter, the problem with the answers given,
//! the drivers, the options, the outcome with its reason, consequences, the readiness checklist
//! as confirmation, why the other options lost, and the tree as a Mermaid flowchart with the
//! path marked (GitHub and GitLab draw it).

use super::mermaid::{description, mermaid};
use super::table::decision_table;
use crate::core::Tree;
use crate::core::flip::flips;
use crate::core::model::{NodeId, NodeKind, Pattern};
use crate::core::readiness::readiness;
use crate::core::session::Decision;
use crate::core::share::public_link;
use crate::core::strings::{Str, Strings};
use crate::core::template::fill;
use crate::core::walk::{Position, Walk, walk};

/// The record for `decision`, with `link` to it and `date` (ISO, `YYYY-MM-DD`) as the day it was
/// written. `None` until the decision reaches an outcome.
///
/// (Written with plain loops and one writer rather than iterator chains: this runs in the wasm,
/// where every generic instantiation costs bytes.)
pub fn decision_record(tree: &Tree, decision: &Decision, link: &str, date: &str) -> Option<String> {
    let walked = walk(tree, &decision.answers);
    let outcome = walked.outcome(tree)?;
    let s = &tree.strings;
    let chosen = tree.pattern(outcome.pattern);
    let subject = match decision.subject.trim() {
        "" => &s[Str::AdrDefaultSubject],
        named => named,
    };
    let mut md = Markdown(String::with_capacity(8192));

    md.raw("---\nstatus: proposed\ndate: ");
    md.raw(date);
    // No `decision-makers` line: MADR's optional fields are better left out than left empty,
    // and a team knows its own (it adds them in its repository).
    md.raw("\n---\n\n# ");
    md.text(&fill(
        &s[Str::AdrTitle],
        &[("outcome", &chosen.name), ("subject", subject)],
    ));
    md.raw("\n\n");

    md.heading(2, &s[Str::AdrContextHeading]);
    md.paragraph(&fill(
        &s[Str::AdrContext],
        &[("subject", subject), ("title", &tree.title)],
    ));
    let (questions, _) = decision_table(tree);
    md.raw("| # | ");
    md.text(&s[Str::AdrQuestionColumn]);
    md.raw(" | ");
    md.text(&s[Str::AdrAnswerColumn]);
    md.raw(" |\n| ---: | --- | --- |\n| ");
    for (i, question) in questions.iter().enumerate() {
        if i > 0 {
            md.raw("| ");
        }
        md.raw(&(i + 1).to_string());
        md.raw(" | ");
        md.text(&question.text);
        md.raw(" | ");
        let mut given = &s[Str::AdrNotAsked];
        for step in &walked.steps {
            if tree
                .question_of(step.node)
                .is_some_and(|q| q.key == question.key)
            {
                given = &question.option(step.answer).label;
            }
        }
        md.text(given);
        md.raw(" |\n");
    }
    md.raw("\n");

    md.heading(2, &s[Str::AdrDriversHeading]);
    for step in &walked.steps {
        if let Some(question) = tree.question_of(step.node) {
            md.item(question.statement(step.answer));
        }
    }
    md.raw("\n");

    md.heading(2, &s[Str::AdrOptionsHeading]);
    for (_, pattern) in tree.patterns() {
        md.item(&pattern.name);
    }
    md.raw("\n");
    md.paragraph(&s[Str::Terms]);

    md.heading(2, &s[Str::AdrOutcomeHeading]);
    let mut reason = continuing(&outcome.why);
    reason.push('.');
    md.paragraph(&fill(
        &s[Str::AdrChosen],
        &[("outcome", &chosen.name), ("reason", &reason)],
    ));
    md.heading(3, &s[Str::AdrConsequencesHeading]);
    md.consequences(s, &chosen.strengths, &chosen.drawbacks);
    for caveat in &outcome.caveats {
        md.item(&fill(&s[Str::AdrBad], &[("text", &continuing(caveat))]));
    }
    md.raw("\n");

    let items = readiness(tree, &walked, &decision.ready);
    if !items.is_empty() {
        md.heading(3, &s[Str::AdrConfirmationHeading]);
        let done = items.iter().filter(|(_, ready)| *ready).count();
        md.paragraph(&fill(
            &s[Str::AdrConfirmation],
            &[
                ("done", &done.to_string()),
                ("total", &items.len().to_string()),
            ],
        ));
        for &(id, ready) in &items {
            md.raw(if ready { "- [x] " } else { "- [ ] " });
            md.text(&tree.check(id).text);
            md.raw("\n");
        }
        md.raw("\n");
    }

    md.heading(2, &s[Str::AdrOptionsDetailHeading]);
    for (pattern, info) in tree.patterns() {
        if pattern == outcome.pattern {
            continue;
        }
        md.heading(3, &info.name);
        md.paragraph(&info.summary);
        md.consequences(s, &info.strengths, &info.drawbacks);
        let reasons = ruled_out_by(tree, &walked, pattern);
        if !reasons.is_empty() {
            md.item(&fill(&s[Str::AdrRuledOut], &[("answers", &reasons)]));
        }
        md.raw("\n");
    }

    md.heading(2, &s[Str::AdrMoreHeading]);
    // A link only to somewhere a colleague can open: never a file on this reader's disk. It
    // goes in as it is (escaping would break it); only its wording is escaped.
    let public: Option<String> =
        public_link(link).map(|link| link.chars().filter(|c| !c.is_whitespace()).collect());
    if let Some(link) = &public {
        md.raw(&fill(&escaped(&s[Str::AdrLink]), &[("link", link)]));
        md.raw("\n\n");
    }
    md.paragraph(&s[Str::AdrDiagram]);
    md.raw("```mermaid\n");
    md.raw(&mermaid(tree, Some(&walked)));
    md.raw("```\n\n");
    // The same path in words, for a reader whose viewer draws no Mermaid (or who cannot see it).
    md.paragraph(&description(tree, Some(&walked)));
    // The framework, cited with where a colleague can open it (when the tree names one): the
    // page the decision was made on, without its answers, as a link after the citation.
    let source = &s[Str::AdrSource];
    if let (Some(link), false) = (&public, source.is_empty()) {
        md.text(source);
        md.raw(" <");
        md.raw(link.split('#').next().unwrap_or(link));
        md.raw(">\n");
    } else {
        md.paragraph(source);
    }
    Some(md.0.trim_end().to_string() + "\n")
}

/// A file name for the record: its number in four digits (`0001-` when none is set) and the
/// title in lowercase ASCII words joined by hyphens, ending in `.md`.
pub fn record_file_name(tree: &Tree, decision: &Decision) -> String {
    let walked = walk(tree, &decision.answers);
    let name = walked.outcome(tree).map_or(tree.title.as_str(), |o| {
        tree.pattern(o.pattern).name.as_str()
    });
    let subject = match decision.subject.trim() {
        "" => &tree.strings[Str::AdrDefaultSubject],
        named => named,
    };
    let title = fill(
        &tree.strings[Str::AdrTitle],
        &[("outcome", name), ("subject", subject)],
    );
    let mut slug = String::with_capacity(64);
    let folded: String = title
        .chars()
        .map(|c| ascii_fold(c).unwrap_or(' '))
        .collect();
    for word in folded.split(' ').filter(|word| !word.is_empty()) {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        slug.push_str("decision");
    }
    // As u32: the wasm already formats those.
    format!("{:04}-{slug}.md", u32::from(decision.number.clamp(1, 9999)))
}

/// A character as lowercase ASCII, folding the accented Latin letters of western European
/// languages (by hand: Unicode's case tables would cost the wasm about 10 KB); `None` for
/// anything else.
fn ascii_fold(c: char) -> Option<char> {
    let folded = match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ => return None,
    };
    Some(folded)
}

/// The answers on this path that rule `pattern` out, as "“question” (answer)" items in the
/// language's own quote marks: those whose change alone would lead toward it (the reasoning of
/// "what would change this": to one of its outcomes, or to a question that can still reach one),
/// else, when no single change gets there, every answer whose other branch could reach it.
fn ruled_out_by(tree: &Tree, walked: &Walk, pattern: Pattern) -> String {
    let toward = |lands: Position| match lands {
        Position::Reached(node) => {
            matches!(&tree.node(node).kind, NodeKind::Outcome(o) if o.pattern == pattern)
        }
        Position::Asking(node) => leads_to(tree, node, pattern),
    };
    let answers = walked.answers();
    let flipped = flips(tree, &answers);
    let mut named: Vec<NodeId> = flipped
        .iter()
        .filter(|flip| toward(flip.lands))
        .map(|flip| flip.node)
        .collect();
    if named.is_empty() {
        named = walked
            .steps
            .iter()
            .filter(|step| {
                let next = tree.node(step.node).children();
                let other = |&(i, _): &(usize, &NodeId)| i != step.answer.index();
                next.iter()
                    .enumerate()
                    .filter(other)
                    .any(|(_, &n)| leads_to(tree, n, pattern))
            })
            .map(|step| step.node)
            .collect();
    }
    let mut out = String::new();
    for step in walked
        .steps
        .iter()
        .filter(|step| named.contains(&step.node))
    {
        let Some(question) = tree.question_of(step.node) else {
            continue;
        };
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(&fill(
            &tree.strings[Str::AdrRuledOutItem],
            &[
                ("question", &question.text),
                ("answer", &question.option(step.answer).label),
            ],
        ));
    }
    out
}

/// Whether some outcome below `node` (or `node` itself) recommends `pattern`.
fn leads_to(tree: &Tree, node: NodeId, pattern: Pattern) -> bool {
    let mut stack = vec![node];
    while let Some(at) = stack.pop() {
        match &tree.node(at).kind {
            NodeKind::Outcome(o) if o.pattern == pattern => return true,
            NodeKind::Outcome(_) => {}
            NodeKind::Question { next, .. } => stack.extend(next),
        }
    }
    false
}

/// A sentence made to continue another ("…, because the caller needs …"): its first letter in
/// lowercase, unless the first word is an acronym such as "REST", and without a final full stop
/// (the list items it ends up in have none). Only ASCII capitals are lowered: the wording's
/// sentences start with one, and Unicode's case tables would cost the wasm about 10 KB.
fn continuing(text: &str) -> String {
    let text = text.trim_end().strip_suffix('.').unwrap_or(text.trim_end());
    // An opening quote stays where it is; the word after it is the one to lower.
    let quote = text
        .chars()
        .next()
        .filter(|c| matches!(c, '‘' | '“' | '"' | '\''))
        .map_or(0, char::len_utf8);
    let (opening, rest) = text.split_at_checked(quote).unwrap_or(("", text));
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second)
            if first.is_ascii_uppercase() && !second.is_some_and(|c| c.is_ascii_uppercase()) =>
        {
            let mut out = String::with_capacity(text.len());
            out.push_str(opening);
            out.push(first.to_ascii_lowercase());
            // `first` is ASCII: the rest starts one byte on.
            out.push_str(rest.get(1..).unwrap_or_default());
            out
        }
        _ => text.to_string(),
    }
}

/// `text` with what Markdown and HTML would read as markup escaped (see [`Markdown::text`]).
fn escaped(text: &str) -> String {
    let mut md = Markdown(String::with_capacity(text.len() + 8));
    md.text(text);
    md.0
}

/// Markdown being written. Wording may come from an author's tree, so everything that is not
/// the record's own structure goes through [`Markdown::text`]: line breaks flattened and the
/// characters Markdown and HTML give meaning escaped, so nothing in the data can change the
/// record's structure or inject markup.
struct Markdown(String);

impl Markdown {
    fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' | '\r' | '\t' => self.0.push(' '),
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                    self.0.push('\\');
                    self.0.push(c);
                }
                c => self.0.push(c),
            }
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.raw(if level == 2 { "## " } else { "### " });
        self.text(text);
        self.raw("\n\n");
    }

    /// A paragraph; none for an empty (optional) sentence.
    fn paragraph(&mut self, text: &str) {
        if !text.is_empty() {
            self.text(text);
            self.raw("\n\n");
        }
    }

    fn item(&mut self, text: &str) {
        self.raw("* ");
        self.text(text);
        self.raw("\n");
    }

    /// MADR's "Good, because …" and "Bad, because …" items.
    fn consequences(&mut self, strings: &Strings, good: &[String], bad: &[String]) {
        for (template, texts) in [(Str::AdrGood, good), (Str::AdrBad, bad)] {
            for text in texts {
                self.item(&fill(&strings[template], &[("text", text)]));
            }
        }
    }
}
