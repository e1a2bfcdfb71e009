//! The hash maps' hasher: FNV-1a over the key's bytes.
//!
//! std's default, SipHash with per-process random keys, resists an attacker
//! who picks keys to collide; the keys here are a dataset's own (measure,
//! period) pairs and the canvas's text sizes, so that buys nothing, and
//! SipHash and its key setup cost about 1.5 KB of the shipped wasm.
//! <http://www.isthe.com/chongo/tech/comp/fnv/index.html#FNV-1a>

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`Fnv`] hashing.
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
