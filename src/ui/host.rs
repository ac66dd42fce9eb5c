//! Everything the widget does to the world outside its own DOM: the URL and history, focus,
//! the clipboard, and events for the host page. Each function fails quietly: a host that
//! forbids something (a sandboxed iframe, `file://`) gets a widget that still works.

use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};

use crate::core::host_event::HostEvent;

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

/// Moves keyboard and screen-reader focus to the widget's focusable heading (the question's
/// or the outcome's), if it is rendered.
pub fn focus_heading(root: &Element) {
    let heading = root.query_selector("h2[tabindex]").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// Tells the host page about a change: `event` as a bubbling, composed `CustomEvent` from
/// `target`, with its fields as `detail` (absent ones as `null`, `answers` as an object).
pub fn tell(target: &Element, event: &HostEvent) {
    let detail = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    };
    let text = |s: Option<&str>| s.map_or(JsValue::NULL, JsValue::from_str);
    set("question", text(event.question.as_deref()));
    set("answer", text(event.answer));
    set("node", text(event.node.as_deref()));
    set("outcome", text(event.outcome));
    let answers = js_sys::Object::new();
    for (key, answer) in &event.answers {
        let _ = js_sys::Reflect::set(&answers, &key.as_str().into(), &(*answer).into());
    }
    set("answers", answers.into());
    set("hash", event.hash.as_str().into());
    dispatch(target, event.name, &detail, true);
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
