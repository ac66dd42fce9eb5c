// The crash screen: when the widget in `root` panics, its panic hook dispatches "idt-crash"
// from `root`, and this replaces the dead widget with the message and a Reload button. Plain
// DOM only: the wasm cannot be trusted after a panic. No inline styles or scripts (CSP).
//
// `panic` is the wasm's test-only trigger: an "idt-test-panic" event on `root` calls it, so
// the end-to-end tests can crash the real page on purpose.
export function whenCrashed(root, panic) {
  root.addEventListener("idt-test-panic", () => panic());
  root.addEventListener("idt-crash", (event) => {
    const { message = "Something went wrong.", reload = "Reload" } = event.detail ?? {};
    const panel = document.createElement("div");
    panel.className = "idt idt-crashed";
    panel.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.textContent = message;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "idt-button";
    button.textContent = reload;
    button.addEventListener("click", () => location.reload());
    panel.append(text, button);
    root.replaceChildren(panel);
  });
}
