//! The hash maps' hasher: FNV-1a over the key's bytes.
//!
//! std's default, SipHash with per-process random keys, resists an attacker
//! who picks keys to collide; the keys here are a dataset's own (measure,
//! period) pairs and the canvas's text sizes, so that buys nothing, and
//! SipHash and its key setup cost about 1.5 KB of the shipped wasm.
//! <http://www.isthe.com/chongo/tech/comp/fnv/index.html#FNV-1a>

/// A `HashMap` hashed with FNV-1a (the `fnv` crate).
pub type Map<K, V> = fnv::FnvHashMap<K, V>;
