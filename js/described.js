// The words a first-draw build leaves out (describe::PreparedDescribed in
// src/describe.rs says why): every chart's description and its points'
// words, prepared at build time (`cargo run --example prepare`) and shipped
// as a module of their own (www/pkg/described-*.js), which a page fetches
// once its charts are drawn (js/chart.js, mountChart), not before: a first
// draw needs none of them.
/**
 * The module at `url`, imported when first asked for. `now()`: its words,
 * or null until then; `when(f)`: runs `f` once they are in (at once, if
 * they are), asking for them.
 */
export function describedAt(url) {
  let words = null;
  let loading = null;
  let failed = 0;
  const waiting = new Set();
  // A failed import is asked for again at the next need (a key, a hover,
  // the next draw), at an address of its own: the browser keeps a
  // module's failure for its address for the page's life. What waited
  // still runs when they do arrive.
  const load = () => (loading ??= import(failed ? `${url}?${failed}` : url).then((m) => {
    words = m.default;
    for (const f of waiting) f();
    waiting.clear();
  }, () => {
    failed += 1;
    loading = null;
  }));
  return {
    now: () => words,
    load,
    when(f) {
      if (words) return f();
      waiting.add(f);
      load();
    },
  };
}
