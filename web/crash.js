// The crash screen: when the widget in `root` panics, its panic hook dispatches CRASH_EVENT
// from `root`, and this replaces the dead widget with the message and a Reload button. Plain
// DOM only: the wasm cannot be trusted after a panic. No inline styles or scripts (CSP).
import { CRASH_EVENT } from "@idt/contract";

const watched = new WeakSet();

/** Shows the crash screen in `root` when its widget panics (once per root, however often asked). */
export function whenCrashed(root) {
  if (watched.has(root)) return;
  watched.add(root);
  root.addEventListener(CRASH_EVENT, (event) => {
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
