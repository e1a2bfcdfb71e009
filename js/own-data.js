// Reading a widget's own dataset: the JSON inside it, or what its `src`
// answers. Only a page whose widgets bring their data fetches this module
// (js/embed.js imports it then), so an article of built-in charts does not
// download it. Every message comes from the widget's catalogue, but for
// English the reasons below, which only this module says.

/** Why the data could not be read, in English (Urdu's are in messages-ur.js). */
const en = {
  dataStatus: (url, status) => `the data at ${url} answered ${status}`,
  dataTimeout: (url, ms) => `the data at ${url} did not answer in time (${ms} ms)`,
  dataBlocked: (url) => `the data at ${url} could not be fetched; the site's Content Security Policy (connect-src) or the data server's CORS headers may block it, or the address is wrong`,
  dataNotJson: (url) => `the data at ${url} is not JSON`,
  dataTooLarge: (url, limit) => `the data at ${url} is larger than ${limit}; it was not read`,
  inlineNotJson: (reason) => `the inline dataset is not JSON (${reason})`,
};

/** The largest custom dataset read from `src`; bigger ones are refused unread. */
const MAX_DATA_BYTES = 5 * 1024 * 1024;
const MAX_DATA_LABEL = '5 MB';

/** A URL as a message shows it: whole, unless it is very long. */
function shortUrl(url) {
  const s = String(url);
  return s.length > 120 ? `${s.slice(0, 70)}…${s.slice(-40)}` : s;
}

/** Reads a response body up to `limit` bytes; null if it is longer. */
async function readCapped(response, limit) {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!response.body) {
    const text = await response.text();
    return text.length > limit ? null : text;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { all.set(c, at); at += c.byteLength; }
  return new TextDecoder().decode(all);
}

/**
 * The dataset `widget` carries, parsed: its inline
 * <script type="application/json">, else what its `src` answers within
 * `timeout` ms. Throws an Error worded by `w` (the messages catalogue)
 * naming what went wrong.
 */
export async function readDataset(widget, catalogue, timeout) {
  const w = { ...en, ...catalogue };
  const inline = widget.querySelector(':scope > script[type="application/json"]');
  if (inline) return parse(inline.textContent, (e) => w.inlineNotJson(e.message));
  const src = widget.getAttribute('src');
  if (!src) return null;
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // "http://[::1": not an address at all.
    throw new Error(w.dataBlocked(shortUrl(src)));
  }
  const shown = shortUrl(url.href);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  let text;
  try {
    let response;
    try {
      response = await fetch(url, { signal: abort.signal, credentials: 'omit' });
    } catch (e) {
      if (e.name === 'AbortError') throw new Error(w.dataTimeout(shown, timeout));
      // fetch rejects with a bare TypeError for CORS, CSP and network
      // failures alike; the page cannot tell them apart, so name all.
      throw new Error(w.dataBlocked(shown));
    }
    if (!response.ok) throw new Error(w.dataStatus(shown, response.status));
    text = await readCapped(response, MAX_DATA_BYTES);
    if (text == null) throw new Error(w.dataTooLarge(shown, MAX_DATA_LABEL));
  } catch (e) {
    if (e.name === 'AbortError') throw new Error(w.dataTimeout(shown, timeout));
    throw e;
  } finally {
    clearTimeout(timer);
  }
  return parse(text, () => w.dataNotJson(shown));
}

/**
 * `json` parsed; an Error worded by `bad(e)` if it is not JSON. JSON's
 * `null` is refused as setData refuses it: to a widget, null is no data,
 * and it drew the built-in figures without a word.
 */
function parse(json, bad) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(bad(e));
  }
  if (data === null) throw new Error('dataset: is null, not an object');
  return data;
}
