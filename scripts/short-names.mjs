// Build step for the wasm files www/ serves (scripts/build.sh): gives their
// imports and exports short names, in the wasm and in its wasm-bindgen glue
// alike. wasm-bindgen names each import `__wbg_<method>_<16 hex digits>` and
// writes each name twice, in the wasm's import section and as a key of the
// glue's import object; the hex digits do not compress, so the ~100 names
// cost about 2 KB of the gzipped download. Here they become `$0`, `$1`, ...
// and the module `./<name>_bg.js` becomes `m`. The exports
// (`chart_preferredHeight`, `__wbindgen_externrefs`, ...) are named once in
// the wasm and read by the glue as `wasm.<name>`, 20-odd names written about
// 50 times: they become `$0`, `$1`, ... too (-274 bytes of an English
// article's gzip: the wasm -203, embed.js -71). Nothing else changes: the code and the glue's own
// functions and classes stay as wasm-bindgen wrote them, so a page that
// imports a glue file calls the same API. Only the glue touches the raw
// exports; the npm package (pkg/) keeps wasm-bindgen's names.
//
//   node scripts/short-names.mjs <glue.js> <module_bg.wasm>
//
// It refuses (and the build fails) rather than guess: a glue whose import
// object it cannot find, an import it cannot find there exactly once, an
// export the glue reads in some other way than `wasm.<name>`, or a section
// it cannot read.
import { readFile, writeFile } from 'node:fs/promises';

const [gluePath, wasmPath] = process.argv.slice(2);
if (!gluePath || !wasmPath) throw new Error('usage: node scripts/short-names.mjs <glue.js> <module_bg.wasm>');
const MODULE = 'm';

/** An unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at];
    at += 1;
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
    shift += 7;
  }
}
const lebBytes = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
};
const utf8 = new TextEncoder();
const name = (s) => [...lebBytes(utf8.encode(s).length), ...utf8.encode(s)];

/** Where an import's description (after its two names) ends. */
function descEnd(bytes, at) {
  const kind = bytes[at];
  at += 1;
  const limits = (p) => {
    const flags = bytes[p];
    let [, q] = leb(bytes, p + 1);
    if (flags & 1) [, q] = leb(bytes, q);
    return q;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: { // table: reference type, then limits
      const t = bytes[at];
      if (t !== 0x70 && t !== 0x6f) throw new Error(`import section: table of type 0x${t.toString(16)} not read here`);
      return limits(at + 1);
    }
    case 2: return limits(at); // memory
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`import section: import kind ${kind} not read here`);
  }
}

const wasm = await readFile(wasmPath);
let glue = await readFile(gluePath, 'utf8');
if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath}: not a wasm module`);

// The sections, with the import (id 2) and export (id 7) sections rewritten.
const out = [wasm.subarray(0, 8)];
const renames = new Map();
const exported = new Map();
const text = new TextDecoder();
let module = null;
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id !== 2 && id !== 7) {
    out.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, body);
  const section = [...lebBytes(count)];
  for (let i = 0; i < count; i += 1) {
    if (id === 7) {
      // An export: its name, then its kind (one byte) and index.
      const [len, n0] = leb(wasm, p);
      const field = text.decode(wasm.subarray(n0, n0 + len));
      const e = leb(wasm, n0 + len + 1)[1];
      const short = `$${exported.size.toString(36)}`;
      exported.set(field, short);
      section.push(...name(short), ...wasm.subarray(n0 + len, e));
      p = e;
      continue;
    }
    const [mlen, m0] = leb(wasm, p);
    const mod = text.decode(wasm.subarray(m0, m0 + mlen));
    const [flen, f0] = leb(wasm, m0 + mlen);
    const field = text.decode(wasm.subarray(f0, f0 + flen));
    const d = f0 + flen;
    const e = descEnd(wasm, d);
    if (module === null) module = mod;
    if (mod !== module) throw new Error(`${wasmPath}: imports from two modules (${module}, ${mod}); the glue has one`);
    const short = renames.get(field) ?? `$${renames.size.toString(36)}`;
    renames.set(field, short);
    section.push(...name(MODULE), ...name(short), ...wasm.subarray(d, e));
    p = e;
  }
  if (p !== end) throw new Error(`${wasmPath}: section ${id} read to ${p}, but it ends at ${end}`);
  out.push(Buffer.from([id, ...lebBytes(section.length), ...section]));
  at = end;
}
if (renames.size === 0) throw new Error(`${wasmPath}: no imports to rename (already renamed?)`);

// The glue: the keys of the one import object, then the module's key.
const start = glue.indexOf('const import0 = {');
const stop = glue.indexOf('\n    };\n', start);
if (start < 0 || stop < 0) throw new Error(`${gluePath}: no import object (const import0 = { ... }) found`);
let imports = glue.slice(start, stop);
for (const [old, short] of renames) {
  const key = new RegExp(`(\\n\\s+)${old.replace(/\$/g, '\\$')}:`, 'g');
  const found = imports.match(key)?.length ?? 0;
  if (found !== 1) throw new Error(`${gluePath}: import ${old} found ${found} times in the import object`);
  imports = imports.replace(key, (_, space) => `${space}${short}:`);
}
const moduleKey = `${JSON.stringify(module)}: import0`;
const after = glue.slice(stop);
if (after.split(moduleKey).length !== 2) throw new Error(`${gluePath}: the module key ${moduleKey} not found once`);
glue = glue.slice(0, start) + imports + after.replace(moduleKey, `${JSON.stringify(MODULE)}: import0`);

// The glue's reads of the exports: `wasm.<name>`, and no other way (a
// string key, a destructuring, a loop over them) that a rename would miss.
for (const field of exported.keys()) {
  const quoted = new RegExp(`["'\`]${field.replace(/\$/g, '\\$')}["'\`]`);
  if (quoted.test(glue)) throw new Error(`${gluePath}: the export ${field} is read other than as wasm.${field}`);
}
if (/\bwasm\s*\[|\}\s*=\s*wasm\b|\bObject\.\w+\(\s*wasm\b|\bin\s+wasm\b/.test(glue)) {
  throw new Error(`${gluePath}: the exports are read other than as wasm.<name>`);
}
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, field) => (exported.has(field) ? `wasm.${exported.get(field)}` : whole));

await writeFile(wasmPath, Buffer.concat(out));
await writeFile(gluePath, glue);
console.log(`short-names: ${renames.size} imports of ${module} and ${exported.size} exports renamed in ${wasmPath} and ${gluePath}`);
