/**
 * Lets the browser run whatever waits (input, paint) before going on: the loaders split the
 * work between the wasm's arrival and the live widget into short tasks instead of one long one.
 */
export const nextTask = () => new Promise((done) => setTimeout(done, 0));

/**
 * Resolves once the page has painted its first frame (or after 300 ms, for frames a browser does
 * not paint, such as a hidden tab's). The loaders fetch the wasm only then: the prerendered
 * first state needs no wasm, and nothing the first paint waits for should compete with it.
 */
export const afterFirstPaint = () =>
  new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 300);
  });
