//! Text checks on plan narrative: readability, deficit language, names and pronouns.
//!
//! Pure functions over `&str`, used by the validation rules T1, T3, T4 and T5 (see the crate's rules list):
//! - [`readability`]: grade level (Flesch–Kincaid for English, Crawford for Spanish) — rule T3;
//! - [`acronyms`]: all-caps acronyms never expanded in the given texts — rule T3;
//! - [`lexicon`]: deficit-based wording with person-first suggestions — rule T4;
//! - [`mentions`]: legal name, pronouns and institutional labels ("the client") — rules T1 and T5.
//!
//! Every function reports **byte ranges** into its input (always on `char` boundaries), never copies of the
//! text, so callers can point at a finding without echoing health information. Every function is linear in the
//! length of its input, and anything that can be prepared once (the lexicon, word lists) is built once, lazily.
//!
//! Each check takes a `&str`, and has an `_in` twin taking [`Words`]: a text split into words once, so that
//! several checks on the same text (as validation runs them) share one pass over it.
//!
//! Supported languages are English and Spanish ([`TextLanguage`]); for any other language the functions return
//! `None` or nothing.
//!
//! ```
//! use pcplan::text::{TextLanguage, lexicon};
//!
//! let found = lexicon::scan("She suffers from anxiety.", TextLanguage::English);
//! assert_eq!(found[0].entry.id, "suffers-from");
//! ```

pub mod acronyms;
pub mod lexicon;
mod lexicon_data;
mod matcher;
pub mod mentions;
pub mod readability;
mod tokens;

pub use tokens::Words;

use unic_langid::LanguageIdentifier;

/// A language the text checks support.
///
/// ```
/// use pcplan::text::TextLanguage;
///
/// assert_eq!(TextLanguage::from_langid(&"es-MX".parse().unwrap()), Some(TextLanguage::Spanish));
/// assert_eq!(TextLanguage::from_langid(&"vi".parse().unwrap()), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextLanguage {
    /// English (`en`, any region).
    English,
    /// Spanish (`es`, any region).
    Spanish,
}

impl TextLanguage {
    /// The supported language of a BCP-47 language identifier (its language subtag only), or `None`.
    ///
    /// ```
    /// use pcplan::text::TextLanguage;
    ///
    /// assert_eq!(TextLanguage::from_langid(&"en-US".parse().unwrap()), Some(TextLanguage::English));
    /// ```
    pub fn from_langid(id: &LanguageIdentifier) -> Option<Self> {
        match id.language.as_str() {
            "en" => Some(Self::English),
            "es" => Some(Self::Spanish),
            _ => None,
        }
    }

    /// The BCP-47 language subtag: `"en"` or `"es"`.
    ///
    /// ```
    /// assert_eq!(pcplan::text::TextLanguage::Spanish.code(), "es");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Spanish => "es",
        }
    }
}

impl From<TextLanguage> for LanguageIdentifier {
    fn from(lang: TextLanguage) -> Self {
        match lang {
            TextLanguage::English => crate::i18n::lang::known("en"),
            TextLanguage::Spanish => crate::i18n::lang::known("es"),
        }
    }
}
