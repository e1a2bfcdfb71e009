// The words a first-draw build leaves out (describe::PreparedDescribed in
// src/describe.rs says why): every chart's description and its points'
// words, prepared at build time (`cargo run --example prepare`) and shipped
// as a module of their own (www/pkg/described-*.js), which a page fetches
// once its charts are drawn (js/chart.js, mountChart), not before: a first
// draw needs none of them.
/**
 * `words` (a described.*.json) with each point's announcement: the
 * catalogue's sentence for the point's parts, of which Rust writes the four
 * shapes (with or without growth, with or without a source), a private-use
 * character where each part goes (describe::ANNOUNCE_SLOTS; the build checks
 * every point against its own announcement). Run by the words files
 * themselves (js/described-en.js), so the embed does not carry it.
 */
export function announced(words) {
  // A tooltip's lines likewise: its growth, note, definition and source,
  // each but the note in its labelled shape (describe::lined, which the
  // build checks every point against).
  const [growth, definition, source] = words.lines;
  const fill = (shape, text) => shape.replace('\uE000', () => text);
  for (const p of words.points) {
    const parts = [p.head, p.value, p.growth ?? '', p.source];
    p.announce = words.announce[(p.growth == null ? 0 : 1) + (p.source ? 2 : 0)]
      .replace(/[\uE000-\uE003]/g, (slot) => parts[slot.charCodeAt(0) - 0xE000]);
    p.lines = [p.growth != null && fill(growth, p.growth), p.note, fill(definition, words.definitions[p.def]), p.source && fill(source, p.source)]
      .filter(Boolean);
  }
  return words;
}

/**
 * The module at `url`, imported when first asked for. `now()`: its words,
 * or null until then; `when(f)`: runs `f` once they are in (at once, if
 * they are), asking for them.
 */
export function describedAt(url) {
  let words = null;
  let pending = false;
  let failed = 0;
  let notBefore = 0;
  const waiting = new Set();
  // A failed import is asked for again at an address of its own (the
  // browser keeps a module's failure for its address for the page's
  // life): by itself after 1, 2, 4, 8 and 16 s, for what waits (the
  // descriptions, which no reader asks for), then at a reader's next need
  // (a key, a hover), never sooner than 32 s after the last: a file
  // missing from the host is not asked for at every point a pointer crosses.
  const load = () => {
    if (words || pending || performance.now() < notBefore) return;
    pending = true;
    import(failed ? `${url}?${failed}` : url).then((m) => {
      // Words of another version of the embed (a host that mixed two
      // deploys) are no words.
      if (!Array.isArray(m.default?.points)) throw Error(`${url}: not this embed's words`);
      words = m.default;
    }).then(() => {
      // Each on its own: one that throws does not keep the rest waiting.
      for (const f of waiting) {
        try { f(); } catch (e) { reportError(e); }
      }
      waiting.clear();
    }, () => {
      pending = false;
      const wait = 1000 * 2 ** Math.min(failed, 5);
      failed += 1;
      notBefore = performance.now() + wait;
      if (failed < 6) {
        setTimeout(() => {
          notBefore = 0;
          load();
        }, wait);
      }
    });
  };
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
