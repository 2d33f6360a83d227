//! Locale negotiation with fluent-langneg (CLDR likely-subtags), plus the aliases agencies meet in practice.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// Language subtags that name the same written language in agencies' systems and in our `locales/`.
const ALIASES: &[(&str, &str)] = &[("fil", "tl"), ("tl", "fil"), ("mww", "hmn"), ("hmn", "mww"), ("iw", "he")];

/// Returns the negotiated chain: the best matches for each requested language in order, then English.
pub(super) fn negotiate(requested: &[LanguageIdentifier], available: &[LanguageIdentifier]) -> Vec<LanguageIdentifier> {
    let mut expanded: Vec<LanguageIdentifier> = Vec::with_capacity(requested.len() * 2);
    for lang in requested {
        expanded.push(with_script(lang));
        for (from, to) in ALIASES {
            if lang.language.as_str() == *from {
                let mut alias = lang.clone();
                if let Ok(l) = to.parse() {
                    alias.language = l;
                    expanded.push(alias);
                }
            }
        }
    }
    let default: LanguageIdentifier = unic_langid::langid!("en");
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

/// Chinese tags name a script through their region (zh-TW is Traditional); make it explicit so that a region
/// never picks the wrong script.
fn with_script(lang: &LanguageIdentifier) -> LanguageIdentifier {
    let mut out = lang.clone();
    if lang.language.as_str() == "zh" && lang.script.is_none() {
        let region = lang.region.as_ref().map(|r| r.as_str());
        let script = match region {
            Some("TW" | "HK" | "MO") => "Hant",
            _ => "Hans",
        };
        out.script = script.parse().ok();
    }
    out
}
