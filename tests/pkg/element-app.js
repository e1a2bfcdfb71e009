// The app a developer bundles with esbuild (tests/e2e/package.test.mjs), as
// the README writes it: esbuild does not follow new URL(…, import.meta.url),
// so the wasm comes in through its file loader (--loader:.wasm=file), whose
// paths are relative to the bundle, and goes to setWasmUrls.
import { setWasmUrls } from 'pk-it-exports/element';
import en from 'pk-it-exports/pk_it_exports_bg.wasm';
import ur from 'pk-it-exports/pk_it_exports_ur_bg.wasm';

setWasmUrls({ en: new URL(en, import.meta.url), ur: new URL(ur, import.meta.url) });
