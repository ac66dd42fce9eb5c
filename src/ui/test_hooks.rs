//! Ways to make the widget panic on purpose, for the end-to-end tests of the crash screen.
//!
//! Compiled only with the `test-hooks` feature: `make test` builds a separate test site with
//! it, and checks that no file of the release build in `dist/` contains these hooks (any
//! script on a host page could otherwise crash every widget on it).
//!
//! A test dispatches a [`TEST_PANIC_EVENT`] `CustomEvent` on a widget's root element, with
//! `detail` saying where the panic should happen: `"now"` panics at once, from the event
//! listener, outside Yew; `"render"` makes the next render of a widget panic; `"update"` makes
//! the next call of the reducer panic. The latter two take effect on the next interaction.

use std::cell::Cell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, Element};

/// The event a test dispatches on a widget's root to arm a panic.
pub const TEST_PANIC_EVENT: &str = "idt-test-panic";

/// Where an armed panic goes off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Render,
    Update,
}

thread_local! {
    static ARMED: Cell<Option<Phase>> = const { Cell::new(None) };
}

/// Listens on `root` for [`TEST_PANIC_EVENT`] for as long as the page lives.
pub fn listen(root: &Element) {
    EventListener::new(root, TEST_PANIC_EVENT, |event| {
        let detail = event
            .dyn_ref::<CustomEvent>()
            .and_then(|e| e.detail().as_string())
            .unwrap_or_default();
        match detail.as_str() {
            "render" => ARMED.with(|armed| armed.set(Some(Phase::Render))),
            "update" => ARMED.with(|armed| armed.set(Some(Phase::Update))),
            _ => panic!("test-only panic, straight from an event listener"),
        }
    })
    .forget();
}

/// Panics if a panic was armed for `phase`.
pub fn check(phase: Phase) {
    if ARMED.with(|armed| armed.get()) == Some(phase) {
        ARMED.with(|armed| armed.set(None));
        panic!("test-only panic during {phase:?}");
    }
}
