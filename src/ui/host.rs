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
    set("answer", text(event.answer.as_deref()));
    set("node", text(event.node.as_deref()));
    set("outcome", text(event.outcome.as_deref()));
    let answers = js_sys::Object::new();
    for (key, answer) in &event.answers {
        let _ = js_sys::Reflect::set(&answers, &key.as_str().into(), &answer.as_str().into());
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

/// Where the number of the last record downloaded is kept, for the next one's default.
const LAST_RECORD: &str = "idt-last-record-number";

/// The site's local storage, if the browser lets this page have it (a sandboxed frame or a
/// strict privacy setting may refuse it, by throwing). Read and written as properties, through
/// `Reflect`, which the widget imports anyway (web-sys's `Storage` would add its own glue).
fn local_storage() -> Option<JsValue> {
    let window: JsValue = gloo::utils::window().into();
    js_sys::Reflect::get(&window, &"localStorage".into())
        .ok()
        .filter(JsValue::is_object)
}

/// The number the next record takes: one past the last one downloaded in this browser (on this
/// site), or 1 when there is none or storage is refused. Read once, when the widget mounts.
#[cfg(target_arch = "wasm32")]
pub fn next_record_number() -> u16 {
    let last = local_storage().and_then(|storage| {
        js_sys::Reflect::get(&storage, &LAST_RECORD.into())
            .ok()?
            .as_string()
    });
    last.and_then(|text| crate::core::session::record_number(&text))
        .map_or(1, |n| (n + 1).min(9999))
}

/// Notes that the record numbered `number` was downloaded (nothing when storage is refused).
pub fn remember_record_number(number: u16) {
    if let Some(storage) = local_storage() {
        let value = u32::from(number).to_string();
        let _ = js_sys::Reflect::set(&storage, &LAST_RECORD.into(), &value.into());
    }
}

/// Today's date in the reader's time zone, as `YYYY-MM-DD`, for the decision record.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Offers `text` as a Markdown file called `name` for download. False when the browser refuses
/// to make the file (the reader can still copy the record).
pub fn download(name: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/markdown;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let link = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Let the file go once the browser has had time to take it.
    let release = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = gloo::utils::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    true
}
