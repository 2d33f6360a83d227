//! What a language tag says about writing: which written language it names, in which script, in which
//! direction. The one place the crate answers these questions; CLDR data through ICU4X where it has it
//! (deprecated-code aliases, likely scripts, directionality), and a short table for the equivalences agencies'
//! systems use that CLDR does not make.

use std::sync::LazyLock;

use icu_locale::{LocaleCanonicalizer, LocaleDirectionality, LocaleExpander};
use unic_langid::LanguageIdentifier;

/// Language subtags that name the same written language in agencies' systems and in our `locales/`, beyond
/// CLDR's aliases: (the one we use, the other). Tagalog/Filipino (`locales/tl`) and Hmong/Hmong Daw
/// (`locales/hmn`): a plan written in `fil` or `mww` is read with those locales.
const EQUIVALENT: &[(&str, &str)] = &[("tl", "fil"), ("hmn", "mww")];

static EXPANDER: LazyLock<LocaleExpander> = LazyLock::new(LocaleExpander::new_extended);
static DIRECTIONALITY: LazyLock<LocaleDirectionality> = LazyLock::new(LocaleDirectionality::new_extended);
static CANONICALIZER: LazyLock<LocaleCanonicalizer> = LazyLock::new(LocaleCanonicalizer::new_extended);

/// A tag written in our source (`"en"`), parsed without the deprecated `langid!` macro crate. A test parses
/// every such tag, so the `und` fallback is never reached.
pub(crate) fn known(tag: &str) -> LanguageIdentifier {
    tag.parse().unwrap_or_default()
}

/// The tag as ICU4X's type. Both crates parse BCP-47, so a tag unic-langid accepted parses here too; `und` is
/// the fallback that keeps this total.
fn to_icu(lang: &LanguageIdentifier) -> icu_locale_core::LanguageIdentifier {
    icu_locale_core::LanguageIdentifier::try_from_str(&lang.to_string())
        .unwrap_or(icu_locale_core::LanguageIdentifier::UNKNOWN)
}

/// The canonical language subtag: CLDR's replacement for a deprecated one (`iw` → `he`, `in` → `id`), then
/// our equivalences (`fil` → `tl`, `mww` → `hmn`).
pub(crate) fn canonical_language(lang: &LanguageIdentifier) -> String {
    let mut locale = icu_locale_core::Locale::from(to_icu(lang));
    CANONICALIZER.canonicalize(&mut locale);
    let language = locale.id.language.to_string();
    EQUIVALENT.iter().find(|(_, other)| *other == language).map_or(language, |(ours, _)| (*ours).to_owned())
}

/// The language subtags that name the same written language as `lang`'s, the canonical one first.
pub(crate) fn equivalent_languages(lang: &LanguageIdentifier) -> Vec<String> {
    let canonical = canonical_language(lang);
    let mut out = vec![canonical.clone()];
    out.extend(EQUIVALENT.iter().filter(|(ours, _)| *ours == canonical).map(|(_, other)| (*other).to_owned()));
    if lang.language.as_str() != canonical && !out.iter().any(|l| l == lang.language.as_str()) {
        out.push(lang.language.as_str().to_owned());
    }
    out
}

/// The script a tag's text is written in: the explicit script, else CLDR's likely script for the language
/// and region (`zh-TW` is Traditional Han, `zh-CN` and `zh` Simplified, `sr` Cyrillic). `None` when CLDR does
/// not know the language.
pub(crate) fn script(lang: &LanguageIdentifier) -> Option<String> {
    if let Some(s) = &lang.script {
        return Some(s.as_str().to_owned());
    }
    EXPANDER.get_likely_script(&to_icu(lang)).map(|s| s.to_string())
}

/// The script most of `text`'s letters are written in, as an ISO 15924 code (`"Latn"`, `"Arab"`, `"Hani"`);
/// `None` for text without letters. Characters shared by scripts (digits, punctuation) do not count.
pub(crate) fn script_of_text(text: &str) -> Option<String> {
    use icu_properties::props::Script;
    use icu_properties::{CodePointMapData, PropertyNamesShort};
    let map = CodePointMapData::<Script>::new();
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in text.chars() {
        let script = map.get(c);
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    let (script, _) = counts.into_iter().max_by_key(|&(_, n)| n)?;
    PropertyNamesShort::<Script>::new().get_locale_script(script).map(|s| s.to_string())
}

/// Whether two tags name the same written language: the canonical language agrees and, when both scripts are
/// known, the script does (`zh-CN` text is not a Traditional Chinese document); the region does not matter
/// for reading (`es` matches `es-MX`). The likely script is that of the canonical language, so an alias
/// (`mww` for `hmn`) reads as the language it stands for.
pub(crate) fn same_written_language(a: &LanguageIdentifier, b: &LanguageIdentifier) -> bool {
    let written = |lang: &LanguageIdentifier| {
        let language = canonical_language(lang);
        let mut canonical = lang.clone();
        if let Ok(l) = language.parse() {
            canonical.language = l;
        }
        (language, script(&canonical))
    };
    let ((la, sa), (lb, sb)) = (written(a), written(b));
    la == lb
        && match (sa, sb) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Whether text in `lang` runs right to left (CLDR's directionality of its script).
pub(crate) fn is_right_to_left(lang: &LanguageIdentifier) -> bool {
    DIRECTIONALITY.is_right_to_left(&to_icu(lang))
}

/// `lang` with its script made explicit, for languages written in more than one script in our locales (Chinese),
/// so that a region never picks the wrong script in negotiation.
pub(crate) fn with_explicit_script(lang: &LanguageIdentifier) -> LanguageIdentifier {
    let mut out = lang.clone();
    if lang.language.as_str() == "zh" && lang.script.is_none() {
        out.script = script(lang).and_then(|s| s.parse().ok());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(s: &str) -> LanguageIdentifier {
        s.parse().unwrap()
    }

    #[test]
    fn tags_in_the_source_parse() {
        for tag in ["en", "es"] {
            assert_eq!(known(tag).to_string(), tag);
        }
    }

    #[test]
    fn chinese_regions_imply_their_script() {
        assert!(!same_written_language(&l("zh-CN"), &l("zh-Hant")));
        assert!(!same_written_language(&l("zh-TW"), &l("zh-Hans")));
        assert!(same_written_language(&l("zh-TW"), &l("zh-Hant")));
        assert!(same_written_language(&l("zh-HK"), &l("zh-Hant-TW")));
        assert!(same_written_language(&l("zh-CN"), &l("zh-Hans")));
        assert_eq!(with_explicit_script(&l("zh-MO")), l("zh-Hant-MO"));
        assert_eq!(with_explicit_script(&l("zh")), l("zh-Hans"));
    }

    #[test]
    fn aliases_and_regions() {
        assert!(same_written_language(&l("es"), &l("es-MX")));
        assert!(same_written_language(&l("iw"), &l("he")));
        assert!(same_written_language(&l("in"), &l("id")));
        assert!(same_written_language(&l("fil"), &l("tl-PH")));
        assert!(same_written_language(&l("mww"), &l("hmn")));
        assert!(!same_written_language(&l("sr"), &l("sr-Latn")));
        assert!(!same_written_language(&l("en"), &l("es")));
        assert_eq!(equivalent_languages(&l("fil")), ["tl", "fil"]);
        assert_eq!(equivalent_languages(&l("iw")), ["he", "iw"]);
    }

    #[test]
    fn direction_from_cldr() {
        for rtl in ["ar", "fa", "he", "iw", "ur", "ps", "ckb", "yi", "dv", "pa-Arab", "az-Arab"] {
            assert!(is_right_to_left(&l(rtl)), "{rtl}");
        }
        for ltr in ["en", "es", "zh-Hant", "hmn", "km", "pa", "hy", "ar-Latn"] {
            assert!(!is_right_to_left(&l(ltr)), "{ltr}");
        }
    }
}
