//! Every user-visible sentence that is not part of a question or an outcome.
//!
//! The sentences live in the tree file's `strings` section and are looked up by [`Str`]:
//! `tree.strings[Str::Progress]`. Each declares which `{…}` placeholders it may use; the
//! loader ([`crate::core::load`]) rejects any other, as well as missing, empty and unknown
//! strings.

use std::ops::Index;

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
    /// The line above the examples: any one of them means yes, or all must hold.
    ExamplesAny = "examples_any": [],
    ExamplesAll = "examples_all": [],
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
    /// The readiness checklist: its heading, how to use it, and how far along it is.
    ChecklistHeading = "checklist_heading": [],
    ChecklistHint = "checklist_hint": [],
    ChecklistSummary = "checklist_summary": ["done", "total"],
    /// The checklist's group headings: what the pattern needs, what an answer commits to.
    ChecklistFromPattern = "checklist_from_pattern": ["outcome"],
    ChecklistFromAnswer = "checklist_from_answer": ["answer", "question"],
    StrengthsHeading = "strengths_heading": [],
    CaveatsHeading = "caveats_heading": [],
    ExampleHeading = "example_heading": [],
    /// The disclosure that holds what the pattern gives, the example and the caveats.
    MoreToggle = "more_toggle": ["outcome"],
    /// "What would change this": the heading, and each item (to an outcome, or to one more
    /// question).
    FlipHeading = "flip_heading": [],
    FlipOutcome = "flip_outcome": ["answer", "question", "outcome"],
    FlipQuestion = "flip_question": ["answer", "question"],
    /// The heading over the flips that keep the recommended pattern.
    FlipSame = "flip_same": ["outcome"],
    /// The closing rule of thumb under every outcome.
    Principle = "principle": [],
    /// What "REST" and "event-driven" stand for.
    Terms = "terms": [],
    /// The field that names what is being integrated.
    SubjectLabel = "subject_label": [],
    SubjectHint = "subject_hint": [],
    CopyLink = "copy_link": [],
    CopyRecord = "copy_record": [],
    DownloadRecord = "download_record": [],
    CopyMermaid = "copy_mermaid": [],
    CopiedLink = "copied_link": [],
    CopiedRecord = "copied_record": [],
    CopiedMermaid = "copied_mermaid": [],
    Downloaded = "downloaded": ["file"],
    DownloadFailed = "download_failed": [],
    CopyFailed = "copy_failed": [],
    RecordToggle = "record_toggle": [],
    /// The record's number, its file name's first part.
    RecordNumber = "record_number": [],
    /// The diagram in words, for screen readers and the record: the tree as a whole (where it
    /// starts, where it can lead), one answered question of a path, and the path taken.
    TreeDescription = "tree_description": ["question", "outcomes"],
    PathStep = "path_step": ["question", "answer"],
    PathDescription = "path_description": ["steps", "outcome"],
    /// One answer that rules an option out, in the record: the question in the language's
    /// quote marks and the answer given.
    AdrRuledOutItem = "adr_ruled_out_item": ["question", "answer"],
    DiagramHeading = "diagram_heading": [],
    DiagramHint = "diagram_hint": [],
    /// The diagram's hint once an outcome is reached.
    DiagramHintDone = "diagram_hint_done": [],
    /// The compact layout's control that opens and folds the diagram.
    DiagramShow = "diagram_show": [],
    DiagramHide = "diagram_hide": [],
    LegendPath = "legend_path": [],
    LegendCurrent = "legend_current": [],
    LegendRuledOut = "legend_ruled_out": [],
    /// The legend's entry for the outcome reached, in place of the current question.
    LegendReached = "legend_reached": [],
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
    /// The plain-HTML version shown where scripts cannot run.
    FallbackQuestionsHeading = "fallback_questions_heading": [],
    FallbackTableHeading = "fallback_table_heading": [],
    FallbackOutcomeColumn = "fallback_outcome_column": [],
    FallbackNotAsked = "fallback_not_asked": [],
    FallbackPatternsHeading = "fallback_patterns_heading": [],
    FallbackLink = "fallback_link": [],
    /// The page around the widget (index.html and fallback.html): its title, description for
    /// search engines and link previews, the line above the heading, the intro and the footer.
    PageTitle = "page_title": [],
    /// A page's title while the reader walks: the step (progress, or the recommendation) and
    /// the page's own title.
    TitleStep = "title_step": ["step", "title"],
    PageDescription = "page_description": [],
    PageEyebrow = "page_eyebrow": [],
    PageIntro = "page_intro": [],
    PageFooter = "page_footer": [],
    /// The page footer's link to the authoring page.
    PageAuthorLink = "page_author_link": [],
    /// The accessible name of the page's list of languages.
    PageLanguages = "page_languages": [],
    /// tree.html's answer to `?src=` naming a tree on another site, which it never loads.
    PageForeignTree = "page_foreign_tree": ["url"],
    /// Shown in place of a widget whose files cannot be loaded (offline, blocked, gone), with a
    /// button that tries again; the loaders carry them in every language (`web/failure.js`).
    PageLoadFailed = "page_load_failed": [],
    PageRetry = "page_retry": [],
    /// Said, and announced, while the widget is still on its way.
    PageLoading = "page_loading": [],
    /// Shown in place of the widget if it crashes.
    CrashMessage = "crash_message": [],
    Reload = "reload": [],
    /// The decision record, an Architecture Decision Record in the MADR format: its title,
    /// the subject when none is given, section headings and sentences.
    AdrTitle = "adr_title": ["outcome", "subject"],
    AdrDefaultSubject = "adr_default_subject": [],
    AdrContextHeading = "adr_context_heading": [],
    AdrContext = "adr_context": ["subject", "title"],
    AdrQuestionColumn = "adr_question_column": [],
    AdrAnswerColumn = "adr_answer_column": [],
    AdrNotAsked = "adr_not_asked": [],
    AdrDriversHeading = "adr_drivers_heading": [],
    AdrOptionsHeading = "adr_options_heading": [],
    AdrOutcomeHeading = "adr_outcome_heading": [],
    AdrChosen = "adr_chosen": ["outcome", "reason"],
    AdrConsequencesHeading = "adr_consequences_heading": [],
    AdrGood = "adr_good": ["text"],
    AdrBad = "adr_bad": ["text"],
    AdrConfirmationHeading = "adr_confirmation_heading": [],
    AdrConfirmation = "adr_confirmation": ["done", "total"],
    AdrOptionsDetailHeading = "adr_options_detail_heading": [],
    AdrRuledOut = "adr_ruled_out": ["answers"],
    AdrMoreHeading = "adr_more_heading": [],
    AdrLink = "adr_link": ["link"],
    AdrDiagram = "adr_diagram": [],
    AdrSource = "adr_source": [],
    /// The heading of the panel shown instead of a tree that cannot be used.
    TreeErrorsHeading = "tree_errors_heading": [],
    /// Its first line; `source` is the tree's URL or [`Str::TreeErrorsHere`].
    TreeErrorsIntro = "tree_errors_intro": ["source", "count"],
    /// The source of a tree given inline or as a property.
    TreeErrorsHere = "tree_errors_here": [],
    /// A tree file that could not be fetched.
    TreeLoadFailed = "tree_load_failed": ["reason"],
    /// A tree file that is not JSON.
    TreeNotJson = "tree_not_json": ["reason"],
    /// Where a problem is in the file's text.
    TreeErrorAt = "tree_error_at": ["line", "column"],
}

impl Str {
    /// Whether a tree may leave this sentence empty (the widget then leaves it out): the
    /// asides that belong to one framework rather than to the interface.
    pub fn optional(self) -> bool {
        matches!(self, Str::Principle | Str::Terms | Str::AdrSource)
    }

    /// Whether the built-in widget never shows this sentence: the build's (the pages around
    /// the widget and the fallback) and the problem panel's (only the build for authors' trees
    /// has one). The wasm's copy of the tree leaves these out (`build.rs`).
    pub fn build_only(self) -> bool {
        ["page_", "fallback_", "tree_"]
            .iter()
            .any(|prefix| self.name().starts_with(prefix))
    }

    /// The sentence with this key in the tree file, if there is one.
    pub fn from_name(name: &str) -> Option<Str> {
        Str::ALL.iter().copied().find(|s| s.name() == name)
    }
}

/// The interface wording: one sentence per [`Str`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Strings(pub(crate) Vec<String>);

impl Index<Str> for Strings {
    type Output = str;

    fn index(&self, key: Str) -> &str {
        self.0.get(key as usize).map_or("", String::as_str)
    }
}
