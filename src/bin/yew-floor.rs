//! Yew's floor: the smallest Yew app, built exactly as the widget is (same profile, allocator,
//! wasm-bindgen and wasm-opt settings; see `bench/yew-floor.html`), so the benchmark can say
//! how much of the widget's wasm is Yew itself and how much is ours. Only built for the
//! benchmark (`make bench`); natively it does nothing.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
#[yew::function_component]
fn Hello() -> yew::Html {
    let count = yew::use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        yew::Callback::from(move |_| count.set(*count + 1))
    };
    yew::html! { <button {onclick}>{ "Clicked " }{ *count }</button> }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<Hello>::new().render();
}
