//! Locale negotiation with fluent-langneg (CLDR likely-subtags), plus the aliases agencies meet in practice
//! (from [`super::lang`]).

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Returns the negotiated chain: the best matches for each requested language in order, then English.
pub(super) fn negotiate(requested: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let mut expanded: Vec<LanguageIdentifier> = Vec::with_capacity(requested.len() * 2);
    for lang in requested {
        let lang = super::lang::with_explicit_script(lang);
        expanded.push(lang.clone());
        for other in super::lang::equivalent_languages(&lang) {
            if other != lang.language.as_str()
                && let Ok(l) = other.parse()
            {
                let mut alias = lang.clone();
                alias.language = l;
                expanded.push(alias);
            }
        }
    }
    let default: LanguageIdentifier = crate::i18n::lang::known("en");
    let mut chain: Vec<LanguageIdentifier> =
        negotiate_languages(&expanded, available, Some(&default), NegotiationStrategy::Filtering)
            .into_iter()
            .cloned()
            .collect();
    if chain.is_empty() || !chain.contains(&default) {
        chain.push(default);
    }
    chain.dedup();
    chain
}
