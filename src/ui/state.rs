//! The widget's one reducer. Every change to the decision goes through [`State::reduce`],
//! which delegates the rules to [`crate::core::session::apply`].

use std::rc::Rc;

use yew::Reducible;

use crate::core::Tree;
use crate::core::session::{self, Action, Change, Decision};

/// Why the answers last changed: decides whether to move focus, announce, write history and
/// tell the host page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The widget just mounted.
    Start,
    /// The person did something in the widget.
    Person,
    /// The browser moved through history, or the URL hash was edited.
    History,
    /// The host page changed the `answers` setting.
    Settings,
    /// The person ticked a check or typed what they are integrating: the link follows, in
    /// place (not as a new history entry), and focus stays where it is.
    Detail,
}

/// What the reducer is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Apply a session action that came from `cause`.
    Do { cause: Cause, action: Action },
    /// A copy to the clipboard finished with this message, for the state at `revision`.
    Copied { revision: u32, message: String },
    /// The reader opened (true) or folded the diagram in the compact layout.
    Diagram(bool),
}

impl Msg {
    /// An action taken by the person using the widget: a step, or a detail (a tick, the
    /// subject) that neither moves focus nor adds a history entry.
    pub fn person(action: Action) -> Msg {
        let cause = match action {
            Action::Tick { .. } | Action::Describe(_) | Action::Number(_) => Cause::Detail,
            _ => Cause::Person,
        };
        Msg::Do { cause, action }
    }
}

/// A shared tree that compares by identity, so props holding it compare in constant time.
#[derive(Debug, Clone)]
pub struct TreeRef(pub Rc<Tree>);

impl PartialEq for TreeRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for TreeRef {
    type Target = Tree;

    fn deref(&self) -> &Tree {
        &self.0
    }
}

/// Everything the widget remembers.
#[derive(Debug, Clone)]
pub struct State {
    pub tree: TreeRef,
    pub decision: Decision,
    pub cause: Cause,
    /// What the last change means for the host page.
    pub changes: Vec<Change>,
    /// Counts changes, so effects run once per change.
    pub revision: u32,
    /// The outcome of the last copy to the clipboard; cleared by every change.
    pub copy_status: String,
    /// Whether the reader opened the diagram where the compact layout folds it.
    pub diagram_open: bool,
}

impl State {
    /// A fresh state with the given decision (only its usable answers are kept).
    pub fn new(tree: Rc<Tree>, decision: Decision) -> State {
        let decision = session::apply(
            &tree,
            &Decision::default(),
            Action::Restore(decision.clone()),
        )
        .unwrap_or(decision);
        State {
            tree: TreeRef(tree),
            decision,
            cause: Cause::Start,
            changes: Vec::new(),
            revision: 0,
            copy_status: String::new(),
            diagram_open: false,
        }
    }
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        #[cfg(feature = "test-hooks")]
        super::test_hooks::check(super::test_hooks::Phase::Update);
        match msg {
            Msg::Do { cause, action } => {
                // Returning the same Rc tells Yew nothing changed: no re-render.
                let Some(decision) = session::apply(&self.tree, &self.decision, action.clone())
                else {
                    return self;
                };
                let changes = session::changes(
                    &self.tree,
                    &self.decision.answers,
                    &decision.answers,
                    &action,
                );
                Rc::new(State {
                    tree: self.tree.clone(),
                    decision,
                    cause,
                    changes,
                    revision: self.revision.wrapping_add(1),
                    copy_status: String::new(),
                    diagram_open: self.diagram_open,
                })
            }
            // A copy that finished after the walk moved on says nothing about the new state.
            Msg::Copied { revision, .. } if revision != self.revision => self,
            Msg::Copied { message, .. } => Rc::new(State {
                copy_status: message,
                changes: Vec::new(),
                ..(*self).clone()
            }),
            Msg::Diagram(open) => Rc::new(State {
                diagram_open: open,
                changes: Vec::new(),
                ..(*self).clone()
            }),
        }
    }
}
