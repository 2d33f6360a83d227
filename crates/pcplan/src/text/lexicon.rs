//! Deficit-based wording (rule T4): find it and suggest person-first, strengths-based alternatives. Never replaces.
//!
//! # The lists
//! The English entries cover every row of the project's deficit-language table, one entry per distinct phrase
//! (rows such as "allow / appropriate / ordered / complaints" give four entries, each with its own suggestion).
//! Suggestions come only from the published sources cited in [`LexiconEntry::source`].
//!
//! **The Spanish list is a translation of the cited English sources**, not a published Spanish list: each entry
//! keeps the id of its English counterpart and the same source, with Spanish phrasings of what to avoid
//! ("sufre de", "padece", "confinado/a a una silla de ruedas", "incumplidor", "se negó", "adicto/a",
//! "víctima de un derrame"…) and Spanish suggestions. An entry is identified by `(id, lang)`.
//!
//! # Matching
//! - **Case- and accent-insensitive** (Unicode lower-casing, combining marks removed): "Sufre" and "SUFRE" match
//!   "sufre de"; "alcoholico" matches like "alcohólico".
//! - **Whole words only**: a phrase never matches inside a longer word ("abuser" does not match "disabuser").
//!   Inflections are listed explicitly instead: "refuse/refuses/refused/refusing/refusal", "suffers/suffering
//!   from", "relapse/relapses/relapsed/relapsing" (all the same deficit framing), "non-compliant", "noncompliant"
//!   and "non compliant".
//! - **Multi-word phrases** tolerate any white space between words, line breaks included, or one hyphen
//!   ("wheelchair bound" = "wheelchair-bound"), but never other punctuation ("clean. Screen" is no match).
//! - **Context limits against false positives**, documented per entry by its patterns:
//!   - "clean"/"dirty" only in a test sense: before drug/urine/tox screen, test, UA, result…, or in "came back
//!     clean", "tested dirty" (likewise "prueba de orina limpia", "salió sucio");
//!   - "behaviors" is the bare plural noun: not after "healthy/positive/coping/safe…" nor before "plan/support/
//!     specialist…" (a "behavior support plan" is not the label);
//!   - "resistant" not in "treatment-resistant", "drug resistant"…; "alcoholic" not in "alcoholic beverages",
//!     "non-alcoholic", "Alcoholics Anonymous"; "relapsing" not in "relapsing-remitting"; "kicked off" not when
//!     transitive ("kicked off the meeting"); "ordered" not in "court-ordered"; only the plural "complaints" and
//!     "complains of" (a singular "complaint" is mostly a formal grievance, which is a right); "abuser" not in
//!     "child abuser"; "is borderline" not before "diabetic/high/…"; "an
//!     epileptic" not before "seizure"; "the disabled" not before "parking/entrance/…";
//!   - "victim" only with a health condition ("stroke victim", "victim of a stroke", "víctima de un derrame"),
//!     since a crime victim's status is a legal one.
//!
//! [`scan`] is linear in the text length: one tokenizing pass, then a hash lookup per word into patterns of
//! bounded length, compiled once per language on first use.

use std::sync::LazyLock;

use super::TextLanguage;
use super::lexicon_data::{ENGLISH, SPANISH};
use super::matcher::Matcher;
use super::tokens::Words;

/// One entry of the lexicon: wording to avoid, what to write instead, and where the advice comes from.
///
/// ```
/// use pcplan::text::{TextLanguage, lexicon};
///
/// let e = lexicon::entry("wheelchair-bound", TextLanguage::English).unwrap();
/// assert_eq!(e.suggest, ["uses a wheelchair", "wheelchair user"]);
/// ```
#[derive(Debug, PartialEq, Eq)]
pub struct LexiconEntry {
    /// Stable kebab-case id, shared by an English entry and its Spanish translation (e.g. `"wheelchair-bound"`).
    pub id: &'static str,
    /// The language of the phrases and suggestions.
    pub lang: TextLanguage,
    /// Representative phrases to avoid (for display; matching uses a fuller list of forms).
    pub avoid: &'static [&'static str],
    /// Suggested alternatives, from the cited source.
    pub suggest: &'static [&'static str],
    /// The published source(s) of the entry.
    pub source: &'static str,
    /// Matching patterns (syntax in the private `matcher` module).
    pub(crate) patterns: &'static [&'static str],
}

/// A lexicon phrase found in a text: byte range `start..end` (on char boundaries) and the entry.
///
/// ```
/// use pcplan::text::{TextLanguage, lexicon};
///
/// let text = "He is WHEELCHAIR-BOUND.";
/// let m = &lexicon::scan(text, TextLanguage::English)[0];
/// assert_eq!(&text[m.start..m.end], "WHEELCHAIR-BOUND");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexiconMatch {
    /// Byte offset of the first character of the phrase.
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// The entry that matched.
    pub entry: &'static LexiconEntry,
}

/// All entries of a language, in a stable order.
///
/// ```
/// use pcplan::text::{TextLanguage, lexicon};
///
/// assert!(lexicon::entries(TextLanguage::Spanish).iter().any(|e| e.id == "addict"));
/// ```
pub fn entries(lang: TextLanguage) -> &'static [LexiconEntry] {
    match lang {
        TextLanguage::English => ENGLISH,
        TextLanguage::Spanish => SPANISH,
    }
}

/// The entry with this id in this language.
///
/// ```
/// use pcplan::text::{TextLanguage, lexicon};
///
/// assert_eq!(lexicon::entry("refused", TextLanguage::Spanish).unwrap().suggest[0], "declinó");
/// assert!(lexicon::entry("nope", TextLanguage::English).is_none());
/// ```
pub fn entry(id: &str, lang: TextLanguage) -> Option<&'static LexiconEntry> {
    entries(lang).iter().find(|e| e.id == id)
}

fn compile(list: &'static [LexiconEntry]) -> Matcher {
    let mut m = Matcher::default();
    for (i, e) in list.iter().enumerate() {
        for p in e.patterns {
            m.add(i, p);
        }
    }
    m
}

static EN_MATCHER: LazyLock<Matcher> = LazyLock::new(|| compile(ENGLISH));
static ES_MATCHER: LazyLock<Matcher> = LazyLock::new(|| compile(SPANISH));

/// Finds deficit-based wording in `text`, in order of position. Reports only; never rewrites.
///
/// ```
/// use pcplan::text::{TextLanguage, lexicon};
///
/// let text = "Sufre de ansiedad y se negó a tomar la medicina.";
/// let ids: Vec<&str> = lexicon::scan(text, TextLanguage::Spanish).iter().map(|m| m.entry.id).collect();
/// assert_eq!(ids, ["suffers-from", "refused"]);
/// ```
pub fn scan(text: &str, lang: TextLanguage) -> Vec<LexiconMatch> {
    scan_in(&Words::new(text), lang)
}

/// [`scan`] on a text already split into [`Words`] (to share one split among several checks).
///
/// ```
/// use pcplan::text::{TextLanguage, Words, lexicon};
///
/// let words = Words::new("Non-compliant with meds.");
/// assert_eq!(lexicon::scan_in(&words, TextLanguage::English)[0].entry.id, "non-compliant");
/// ```
pub fn scan_in(words: &Words<'_>, lang: TextLanguage) -> Vec<LexiconMatch> {
    let (matcher, list) = match lang {
        TextLanguage::English => (&*EN_MATCHER, ENGLISH),
        TextLanguage::Spanish => (&*ES_MATCHER, SPANISH),
    };
    let tokens = words.tokens();
    matcher
        .find(words)
        .into_iter()
        .map(|m| LexiconMatch { start: tokens[m.first].start, end: tokens[m.last].end, entry: &list[m.owner] })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_patterns_compile_and_ids_are_unique_kebab_case() {
        for lang in [TextLanguage::English, TextLanguage::Spanish] {
            let list = entries(lang);
            let _ = compile(list);
            for (i, e) in list.iter().enumerate() {
                assert_eq!(e.lang, lang);
                assert!(e.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", e.id);
                assert!(!e.avoid.is_empty() && !e.suggest.is_empty() && !e.source.is_empty(), "{}", e.id);
                assert!(list[..i].iter().all(|o| o.id != e.id), "duplicate {}", e.id);
            }
        }
        // Every English entry has a Spanish translation and vice versa.
        let en: Vec<_> = ENGLISH.iter().map(|e| e.id).collect();
        let es: Vec<_> = SPANISH.iter().map(|e| e.id).collect();
        assert_eq!(en, es);
    }
}
