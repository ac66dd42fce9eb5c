//! Every user-visible sentence that is not part of a question or an outcome.
//!
//! The fields live in the tree file's `strings` section. Each field declares which `{…}`
//! placeholders it may use; [`crate::core::validate`] rejects any other, as well as missing,
//! empty and unknown strings.

macro_rules! strings {
    ($( $(#[$doc:meta])* $field:ident: [$($placeholder:literal),*] ),* $(,)?) => {
        /// The interface wording. Every field is required and must not be empty.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct Strings {
            $( $(#[$doc])* pub $field: String, )*
        }

        impl Strings {
            /// Each field's name, text, and the placeholders it may use.
            pub fn fields(&self) -> Vec<(&'static str, &str, &'static [&'static str])> {
                vec![$( (stringify!($field), self.$field.as_str(), &[$($placeholder),*]) ),*]
            }

            /// The field called `name`, to fill it in; `None` for an unknown name.
            pub(crate) fn field_mut(&mut self, name: &str) -> Option<&mut String> {
                match name {
                    $( stringify!($field) => Some(&mut self.$field), )*
                    _ => None,
                }
            }
        }
    };
}

strings! {
    /// Progress above a question, e.g. "Question 2 of 3".
    progress: ["n", "total"],
    yes: [],
    no: [],
    /// The toggle that reveals a question's examples.
    examples_toggle: [],
    /// The label in front of a question's caution.
    caution_label: [],
    answers_heading: [],
    change: [],
    /// The accessible name of a Change control.
    change_label: ["n", "question"],
    back: [],
    restart: [],
    /// The small line above an outcome's headline.
    outcome_kicker: ["outcome"],
    why_heading: [],
    must_have_heading: [],
    caveats_heading: [],
    example_heading: [],
    /// The closing rule of thumb under every outcome.
    principle: [],
    copy_link: [],
    copy_record: [],
    copied_link: [],
    copied_record: [],
    copy_failed: [],
    record_toggle: [],
    diagram_heading: [],
    diagram_hint: [],
    legend_path: [],
    legend_current: [],
    legend_ruled_out: [],
    /// Accessible names of diagram nodes and branches.
    node_answered: ["n", "question", "answer"],
    node_current: ["n", "question"],
    node_open: ["n", "question"],
    node_ruled_out: ["n", "question"],
    outcome_reached: ["outcome"],
    outcome_open: ["outcome"],
    outcome_ruled_out: ["outcome"],
    edge_choice: ["n", "question", "answer"],
    /// What the polite live region says after each step.
    announce_question: ["n", "total", "question"],
    announce_outcome: ["headline"],
    /// The Markdown decision record.
    record_title: ["title", "outcome"],
    record_answers_heading: [],
    record_question: [],
    record_answer: [],
    record_source: ["link"],
}
