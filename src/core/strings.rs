//! Every user-visible sentence that is not part of a question or an outcome.
//!
//! The sentences live in the tree file's `strings` section and are looked up by [`Str`]:
//! `tree.strings[Str::Progress]`. Each declares which `{…}` placeholders it may use; the
//! loader ([`crate::core::load`]) rejects any other, as well as missing, empty and unknown
//! strings.

use std::ops::Index;

use crate::core::model::Answer;

macro_rules! strings {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal: [$($placeholder:literal),*] ),* $(,)?) => {
        /// Names one interface sentence.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Str {
            $( $(#[$doc])* $variant, )*
        }

        impl Str {
            /// Every sentence, in declaration order.
            pub const ALL: &[Str] = &[$( Str::$variant ),*];

            /// The sentence's key in the tree file.
            pub fn name(self) -> &'static str {
                const NAMES: &[&str] = &[$( $name ),*];
                NAMES[self as usize]
            }

            /// The placeholders the sentence may use.
            pub fn placeholders(self) -> &'static [&'static str] {
                const ALLOWED: &[&[&str]] = &[$( &[$($placeholder),*] ),*];
                ALLOWED[self as usize]
            }
        }
    };
}

strings! {
    /// Progress above a question, e.g. "Question 2 of 3".
    Progress = "progress": ["n", "total"],
    Yes = "yes": [],
    No = "no": [],
    /// The toggle that reveals a question's examples.
    ExamplesToggle = "examples_toggle": [],
    /// The label in front of a question's caution.
    CautionLabel = "caution_label": [],
    AnswersHeading = "answers_heading": [],
    Change = "change": [],
    /// The accessible name of a Change control.
    ChangeLabel = "change_label": ["n", "question"],
    Back = "back": [],
    Restart = "restart": [],
    /// The small line above an outcome's headline.
    OutcomeKicker = "outcome_kicker": ["outcome"],
    WhyHeading = "why_heading": [],
    MustHaveHeading = "must_have_heading": [],
    CaveatsHeading = "caveats_heading": [],
    ExampleHeading = "example_heading": [],
    /// The closing rule of thumb under every outcome.
    Principle = "principle": [],
    CopyLink = "copy_link": [],
    CopyRecord = "copy_record": [],
    CopiedLink = "copied_link": [],
    CopiedRecord = "copied_record": [],
    CopyFailed = "copy_failed": [],
    RecordToggle = "record_toggle": [],
    DiagramHeading = "diagram_heading": [],
    DiagramHint = "diagram_hint": [],
    LegendPath = "legend_path": [],
    LegendCurrent = "legend_current": [],
    LegendRuledOut = "legend_ruled_out": [],
    /// Accessible names of diagram nodes and branches.
    NodeAnswered = "node_answered": ["n", "question", "answer"],
    NodeCurrent = "node_current": ["n", "question"],
    NodeOpen = "node_open": ["n", "question"],
    NodeRuledOut = "node_ruled_out": ["n", "question"],
    OutcomeReached = "outcome_reached": ["outcome"],
    OutcomeOpen = "outcome_open": ["outcome"],
    OutcomeRuledOut = "outcome_ruled_out": ["outcome"],
    EdgeChoice = "edge_choice": ["n", "question", "answer"],
    /// What the polite live region says after each step.
    AnnounceQuestion = "announce_question": ["n", "total", "question"],
    AnnounceOutcome = "announce_outcome": ["headline"],
    /// The Markdown decision record.
    RecordTitle = "record_title": ["title", "outcome"],
    RecordAnswersHeading = "record_answers_heading": [],
    RecordQuestion = "record_question": [],
    RecordAnswer = "record_answer": [],
    RecordSource = "record_source": ["link"],
    /// The plain-HTML version shown where scripts cannot run.
    FallbackQuestionsHeading = "fallback_questions_heading": [],
    FallbackTableHeading = "fallback_table_heading": [],
    FallbackOutcomeColumn = "fallback_outcome_column": [],
    FallbackNotAsked = "fallback_not_asked": [],
    FallbackLink = "fallback_link": [],
    /// The page around the widget (index.html and fallback.html): its title, description for
    /// search engines and link previews, the line above the heading, the intro and the footer.
    PageTitle = "page_title": [],
    PageDescription = "page_description": [],
    PageEyebrow = "page_eyebrow": [],
    PageIntro = "page_intro": [],
    PageFooter = "page_footer": [],
    /// Shown in place of the widget if it crashes.
    CrashMessage = "crash_message": [],
    Reload = "reload": [],
}

impl Str {
    /// The sentence with this key in the tree file, if there is one.
    pub fn from_name(name: &str) -> Option<Str> {
        Str::ALL.iter().copied().find(|s| s.name() == name)
    }
}

/// The interface wording: one sentence per [`Str`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Strings(pub(crate) Vec<String>);

impl Strings {
    /// The word for an answer, as the buttons, the diagram and the record say it ("Yes", "No").
    pub fn answer(&self, answer: Answer) -> &str {
        match answer {
            Answer::Yes => &self[Str::Yes],
            Answer::No => &self[Str::No],
        }
    }
}

impl Index<Str> for Strings {
    type Output = str;

    fn index(&self, key: Str) -> &str {
        self.0.get(key as usize).map_or("", String::as_str)
    }
}
