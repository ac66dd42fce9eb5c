//! Browser tests: the real widget mounted in a real DOM, driven through its controls.
//! Each test mounts into a fresh element and awaits Yew's scheduler instead of sleeping.
#![cfg(target_arch = "wasm32")]

use integration_decision_tree::core::SITE_TREE_JSON;
use integration_decision_tree::core::contract::BUILT_IN;
use integration_decision_tree::ui::mount;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    _widget: u32,
}

/// Mounts an embedded widget (no permalink) with these settings into a fresh element.
async fn mounted(settings: &[(&str, &str)]) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let object = js_sys::Object::new();
    // The built-in tree, as a loader passes it (the wasm carries none).
    let tree = [(BUILT_IN, SITE_TREE_JSON)];
    for (key, value) in tree.iter().chain(settings) {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    let widget = mount(
        root.clone(),
        &object,
        false,
        "https://example.org/tree/".into(),
    );
    yew::scheduler::flush().await;
    Mounted {
        root,
        _widget: widget,
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn outcome(&self) -> Option<String> {
        self.find(".idt").unwrap().get_attribute("data-outcome")
    }

    /// Clicks the card button whose text is `label` ("Yes" or "No").
    async fn answer(&self, label: &str) {
        let buttons = self.root.query_selector_all(".idt-card button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|n| n.unchecked_into::<HtmlElement>())
            .find(|b| b.text_content().as_deref() == Some(label))
            .unwrap_or_else(|| panic!("no {label} button"));
        button.click();
        yew::scheduler::flush().await;
    }

    /// Clicks any element, SVG included (which has no `click()` method).
    async fn click(&self, selector: &str) {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dispatch_event(&click)
            .unwrap();
        yew::scheduler::flush().await;
    }

    fn focused_text(&self) -> String {
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }
}

#[wasm_bindgen_test]
async fn starts_at_the_first_question_without_an_outcome() {
    let w = mounted(&[]).await;
    assert_eq!(w.outcome(), None);
    let current = w.find("[aria-current=step]").unwrap();
    assert_eq!(
        current.get_attribute("data-node").as_deref(),
        Some("immediate")
    );
    assert!(w.find(".idt-summary").is_none(), "no answers yet");
}

#[wasm_bindgen_test]
async fn card_buttons_walk_to_each_pattern() {
    for (answers, outcome) in [
        (&["Yes", "Yes", "Yes"][..], "combined"),
        (&["No", "Yes", "Yes"][..], "event-driven"),
        (&["Yes", "No"][..], "rest"),
    ] {
        let w = mounted(&[]).await;
        for answer in answers {
            w.answer(answer).await;
        }
        assert_eq!(w.outcome().as_deref(), Some(outcome), "{answers:?}");
    }
}

#[wasm_bindgen_test]
async fn focus_moves_to_the_new_heading_and_the_live_region_speaks() {
    let w = mounted(&[]).await;
    let live = w.find("[aria-live=polite]").unwrap();
    assert_eq!(
        live.text_content().unwrap_or_default(),
        "",
        "silent on load"
    );
    w.answer("No").await;
    let question = w.find(".idt-question").unwrap().text_content().unwrap();
    assert_eq!(w.focused_text(), question);
    assert!(live.text_content().unwrap().contains(&question));
    w.answer("No").await;
    w.answer("Yes").await;
    let headline = w.find(".idt-headline").unwrap().text_content().unwrap();
    assert_eq!(w.focused_text(), headline);
    assert!(live.text_content().unwrap().contains(&headline));
}

#[wasm_bindgen_test]
async fn the_diagram_answers_and_rewinds() {
    let w = mounted(&[]).await;
    w.click("[data-edge='immediate:no']").await;
    w.click("[data-edge='fan-out:yes']").await;
    assert!(w.find("[data-node='fan-out'][data-on-path]").is_some());
    assert_eq!(
        w.find("[aria-current=step]")
            .unwrap()
            .get_attribute("data-node")
            .as_deref(),
        Some("async-fan-out")
    );
    // Rewind to the first question: later answers are dropped.
    w.click("[data-node='immediate'][role=button]").await;
    assert_eq!(
        w.find("[aria-current=step]")
            .unwrap()
            .get_attribute("data-node")
            .as_deref(),
        Some("immediate")
    );
    assert!(w.find("[data-on-path][data-edge]").is_none());
}

#[wasm_bindgen_test]
async fn back_change_and_start_again() {
    let w = mounted(&[("answers", "immediate=yes&fan-out=yes&async=no")]).await;
    assert_eq!(w.outcome().as_deref(), Some("rest"));
    w.click(".idt-nav button").await; // Back
    assert_eq!(w.outcome(), None);
    assert_eq!(
        w.root
            .query_selector_all(".idt-answer-row")
            .unwrap()
            .length(),
        2
    );
    w.click(".idt-answer-row:first-child button").await; // Change answer 1
    assert_eq!(
        w.root
            .query_selector_all(".idt-answer-row")
            .unwrap()
            .length(),
        0
    );
    // Start again after two answers, at an outcome: unlike Back, every answer goes.
    w.answer("Yes").await;
    w.answer("No").await;
    assert_eq!(w.outcome().as_deref(), Some("rest"));
    w.click(".idt-nav button:last-child").await; // Start again
    assert!(w.find(".idt-summary").is_none());
    assert_eq!(w.outcome(), None);
    assert_eq!(
        w.find("[aria-current=step]")
            .unwrap()
            .get_attribute("data-node")
            .as_deref(),
        Some("immediate")
    );
}

#[wasm_bindgen_test]
async fn untrusted_settings_fall_back() {
    let w = mounted(&[
        ("theme", "<script>"),
        ("answers", "#%%%"),
        ("diagram", "hide"),
    ])
    .await;
    let root = w.find(".idt").unwrap();
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    assert!(w.find("svg.idt-svg").is_none(), "diagram hidden");
    assert!(w.find(".idt-card").is_some());
}
