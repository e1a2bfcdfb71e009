// The Urdu catalogue of the sentences the embed says without the wasm (see
// messages.js), loaded only for Urdu widgets. Numbers, names and URLs go in
// left-to-right isolates (U+2066 ... U+2069) so right-to-left text cannot
// reorder them.

/** `s` inside a left-to-right isolate. */
const ltr = (s) => `\u2066${s}\u2069`;

export const ur = {
  wasmFailed: (fallback) => `انٹرایکٹو چارٹ لوڈ نہیں ہو سکا۔ ${{
    table: 'اس کے اعداد اور ذرائع نیچے ہیں۔',
    image: 'اس کی ایک ساکن تصویر نیچے ہے۔',
  }[fallback] ?? 'دوبارہ کوشش کے لیے صفحہ ری لوڈ کریں۔'}`,
  pageFailed: (reason) => `انٹرایکٹو چارٹ لوڈ نہیں ہو سکے (${ltr(reason)})۔ اس صفحے کی چارٹ تصاویر، اعداد اور جانچ اس کی آخری تیاری کے وقت کی ہیں۔`,
  // Rust's reason, in English, isolated; one worded here (an unknown chart) as it is.
  drawFailed: (reason) => `یہ چارٹ نہیں بن سکا: ${/[\u0600-\u06FF]/.test(reason) ? reason : ltr(reason)}`,
  oneOf: (name, value, allowed) => `${ltr(name)}: "${ltr(value)}" درست نہیں؛ ان میں سے ایک ہونا چاہیے: ${ltr(allowed.join(', '))}`,
  range: (name, value, what, min, max) => `${ltr(name)}: "${ltr(value)}" درست نہیں؛ ${ltr(min)} سے ${ltr(max)} ${what} کے درمیان کوئی عدد ہونا چاہیے`,
  fontFamily: (value) => `${ltr('font')}: "${ltr(value)}" ${ltr('CSS')} فونٹ فیملیز کی فہرست نہیں (مثلاً "${ltr('Georgia, serif')}")`,
  cssPixels: 'سی ایس ایس پکسل',
  milliseconds: 'ملی سیکنڈ',
  // The reason is Rust's, in English: isolated left to right, so its
  // brackets and punctuation stay where they belong in the Urdu sentence.
  dataNotUsed: (reason) => `تازہ اعداد استعمال نہیں ہوئے (\u2066${reason}\u2069)؛ چارٹ میں پہلے سے موجود اعداد دکھائے گئے ہیں۔`,
  dataStatus: (url, status) => `${ltr(url)} پر ڈیٹا کا جواب ${ltr(status)} آیا`,
  dataTimeout: (url, ms) => `${ltr(url)} پر ڈیٹا نے وقت پر جواب نہیں دیا (${ltr(`${ms} ms`)})`,
  dataBlocked: (url) => `${ltr(url)} سے ڈیٹا حاصل نہیں ہو سکا؛ ممکن ہے سائٹ کی کنٹینٹ سکیورٹی پالیسی (${ltr('connect-src')}) یا ڈیٹا سرور کے ${ltr('CORS')} ہیڈر اسے روک رہے ہوں، یا پتا غلط ہو`,
  dataNotJson: (url) => `${ltr(url)} پر موجود ڈیٹا ${ltr('JSON')} نہیں`,
  dataTooLarge: (url, limit) => `${ltr(url)} پر موجود ڈیٹا ${ltr(limit)} سے بڑا ہے؛ اسے پڑھا نہیں گیا`,
  inlineNotJson: (reason) => `صفحے میں دیا گیا ڈیٹا ${ltr('JSON')} نہیں (${ltr(reason)})`,
};

