//! The crate's one map: keys kept sorted in a `Vec`, found by binary
//! search. It holds a dataset's index by (measure, period) and the canvas's
//! text sizes, a few thousand entries at most, which are read far more
//! often than written.
//!
//! Why not `HashMap`: hashbrown's table, its growth and rehashing and a
//! hasher cost about 1 KB of the first-draw wasm (gzip), for lookups that
//! a binary search over at most a few thousand keys answers as fast. An
//! insertion moves the entries after it (a `memmove` of at most a few
//! thousand small entries), which the write-once uses here never notice.

/// A map with sorted keys.
#[derive(Debug, Clone, PartialEq)]
pub struct Map<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> Map<K, V> {
    pub fn with_capacity(n: usize) -> Self {
        Map {
            entries: Vec::with_capacity(n),
        }
    }

    /// Where `key` is, or where it would go.
    fn find(&self, key: &K) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.cmp(key))
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    #[cfg(any(feature = "full", test))]
    pub fn contains_key(&self, key: &K) -> bool {
        self.find(key).is_ok()
    }

    /// The value at `key`, inserting `value` first if there is none: the
    /// first insertion of a key wins, as `entry(key).or_insert(value)`.
    pub fn or_insert(&mut self, key: K, value: V) -> &mut V {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, value));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// Sets `key` to `value`, replacing any value it had.
    pub fn insert(&mut self, key: K, value: V) {
        match self.find(&key) {
            Ok(i) => self.entries[i].1 = value,
            Err(i) => self.entries.insert(i, (key, value)),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for Map<K, V> {
    /// The first value of each key wins.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let mut map = Map::default();
        for (k, v) in items {
            map.or_insert(k, v);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use crate::data::map::Map;

    #[test]
    fn keys_are_found_whatever_order_they_came_in() {
        let mut m = Map::default();
        for (k, v) in [(5, 'a'), (1, 'b'), (9, 'c'), (3, 'd'), (5, 'e')] {
            m.or_insert(k, v);
        }
        assert_eq!(m.len(), 4);
        assert_eq!(m.get(&5), Some(&'a'), "the first insertion wins");
        assert_eq!(m.get(&3), Some(&'d'));
        assert_eq!(m.get(&4), None);
        m.insert(5, 'f');
        assert_eq!(m.get(&5), Some(&'f'), "insert replaces");
        assert!(m.contains_key(&9) && !m.contains_key(&0));
        let collected: Map<u8, u8> = [(2, 1), (1, 1), (2, 2)].into_iter().collect();
        assert_eq!((collected.len(), collected.get(&2)), (2, Some(&1)));
        m.clear();
        assert_eq!(m.len(), 0);
    }
}
