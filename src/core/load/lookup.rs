//! Finding keys fast: node ids, question keys and check keys, each looked up once per reference.

/// Keys in sorted order, for lookups by key in logarithmic time.
pub struct Lookup<'a>(Vec<(&'a str, u32)>);

impl<'a> Lookup<'a> {
    pub fn new(keys: impl Iterator<Item = (usize, &'a str)>) -> Lookup<'a> {
        let mut sorted: Vec<(&str, u32)> = keys.map(|(i, key)| (key, i as u32)).collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Lookup(sorted)
    }

    /// The position of `key` in the original order.
    pub fn get(&self, key: &str) -> Option<u32> {
        let at = self.0.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
        Some(self.0[at].1)
    }

    /// Keys that appear more than once, once per extra appearance.
    pub fn repeated(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.0
            .windows(2)
            .filter(|w| w[0].0 == w[1].0)
            .map(|w| w[1].0)
    }
}
