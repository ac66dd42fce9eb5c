//! What a language tag looks like: the one rule, for tree files (`lang`), translations (their
//! file names and `lang`) and the build (`build.rs` reads this file as a module of its own, so
//! it needs nothing else from the crate).

/// Whether `tag` looks like a language tag (BCP 47's shape, loosely): `nl`, `pt-BR`,
/// `zh-Hant`. It becomes a `lang` attribute and part of a file name, so nothing else may get
/// through.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
