//! Everything the widget does to the world outside its own DOM: the URL and history, focus,
//! the clipboard, and events for the host page. Each function fails quietly: a host that
//! forbids something (a sandboxed iframe, `file://`) gets a widget that still works.

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};

use crate::core::Tree;
use crate::core::model::Answer;
use crate::core::permalink;
use crate::core::session::Change;
use crate::core::walk;

/// The current URL hash, with its `#`, or an empty string.
pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Puts `hash` (without `#`) in the address bar: as a new history entry, or in place of the
/// current one. An empty hash removes the `#` altogether.
pub fn write_hash(hash: &str, new_entry: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = if hash.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    let Ok(history) = window.history() else {
        return;
    };
    let written = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    if written.is_err() {
        // Some origins (opaque ones, like sandboxed frames) refuse the History API.
        let _ = location.set_hash(hash);
    }
}

/// Moves keyboard and screen-reader focus to the element behind `node`, if it is rendered.
pub fn focus_heading(root: &Element) {
    let heading = root.query_selector("h2[tabindex]").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// The event names a host page can listen for.
pub const ANSWER_EVENT: &str = "idt-answer";
pub const OUTCOME_EVENT: &str = "idt-outcome";
pub const RESTART_EVENT: &str = "idt-restart";

/// Tells the host page about `change` with a bubbling, composed `CustomEvent` on `target`.
///
/// `detail` holds `question` (the question's key), `answer` ("yes"/"no"), `node` (the node
/// id), `outcome` (the pattern, once reached), `answers` (an object of key to answer, in
/// order) and `hash` (the same answers in permalink form); absent values are `null`.
pub fn announce_change(target: &Element, tree: &Tree, answers: &[Answer], change: Change) {
    let walked = walk(tree, answers);
    let (name, node, answer) = match change {
        Change::Answered { node, answer } => (ANSWER_EVENT, Some(node), Some(answer)),
        Change::Reached(node) => (OUTCOME_EVENT, Some(node), None),
        Change::Restarted => (RESTART_EVENT, None, None),
    };
    let detail = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    };
    let text = |s: Option<&str>| s.map_or(JsValue::NULL, JsValue::from_str);
    set(
        "question",
        text(
            node.and_then(|n| tree.question_of(n))
                .map(|q| q.key.as_str()),
        ),
    );
    set("answer", text(answer.map(Answer::as_str)));
    set("node", text(node.map(|n| tree.node(n).id.as_str())));
    set(
        "outcome",
        text(walked.outcome(tree).map(|o| o.pattern.as_str())),
    );
    let given = js_sys::Object::new();
    for step in &walked.steps {
        if let Some(question) = tree.question_of(step.node) {
            let _ = js_sys::Reflect::set(
                &given,
                &question.key.as_str().into(),
                &step.answer.as_str().into(),
            );
        }
    }
    set("answers", given.into());
    set("hash", permalink::serialise(tree, answers).into());

    dispatch(target, name, &detail, true);
}

/// Dispatches a `CustomEvent` called `name` with `detail` from `target`; `outward` makes it
/// bubble and cross shadow roots, so that the host page hears it.
pub fn dispatch(target: &Element, name: &str, detail: &JsValue, outward: bool) {
    let init = CustomEventInit::new();
    init.set_bubbles(outward);
    init.set_composed(outward);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Copies `text` to the clipboard and calls `done` with whether that worked: false when the
/// browser or the host forbids it (an insecure page, an iframe without clipboard access).
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let navigator = gloo::utils::window().navigator();
    let available = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !available {
        return done(false);
    }
    // One callback for both outcomes: the promise settles exactly once.
    let settle = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let on = |worked: bool| {
        let settle = settle.clone();
        Closure::once(move |_: JsValue| {
            if let Some(done) = settle.take() {
                done(worked);
            }
        })
    };
    let (copied, refused) = (on(true), on(false));
    let _ = navigator
        .clipboard()
        .write_text(text)
        .then2(&copied, &refused);
    // The promise keeps the callbacks; JS owns them from here.
    copied.forget();
    refused.forget();
}
