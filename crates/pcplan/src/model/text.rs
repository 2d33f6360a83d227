//! Language tags, ids, and text in more than one language.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unic_langid::LanguageIdentifier;

/// A BCP-47 language tag (`en`, `es-MX`, `zh-Hant`, `hmn`), validated when the plan is read.
///
/// ```
/// use pcplan::model::LanguageTag;
/// let tag: LanguageTag = "zh-Hant".parse().unwrap();
/// assert_eq!(tag.to_string(), "zh-Hant");
/// assert!("not a tag!".parse::<LanguageTag>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageTag(LanguageIdentifier);

impl LanguageTag {
    /// The parsed identifier, for negotiation and formatting.
    pub fn langid(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The primary language subtag (`zh` for `zh-Hant`).
    pub fn language(&self) -> &str {
        self.0.language.as_str()
    }
}

impl From<LanguageIdentifier> for LanguageTag {
    fn from(id: LanguageIdentifier) -> Self {
        LanguageTag(id)
    }
}

/// The error for a string that is not a BCP-47 language tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a BCP-47 language tag such as \"en\", \"es-MX\" or \"zh-Hant\"")]
pub struct InvalidLanguageTag;

impl FromStr for LanguageTag {
    type Err = InvalidLanguageTag;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // unic-langid accepts "" as "und"; a plan must name a real language.
        if s.is_empty() || s.len() > 64 {
            return Err(InvalidLanguageTag);
        }
        s.parse::<LanguageIdentifier>().map(LanguageTag).map_err(|_| InvalidLanguageTag)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({})", self.0)
    }
}

impl Serialize for LanguageTag {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A BCP-47 language tag, e.g. \"en\", \"es-MX\", \"zh-Hant\", \"hmn\".",
            "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
            "examples": ["en", "es", "zh-Hant", "ar"]
        })
    }
}

/// A stable id chosen by the caller for an entity that can be referenced or revised (a goal, step, need,
/// support, risk, team member, signature, distribution record…). Ids appear in findings and errors, so they
/// must not contain personal information: use opaque codes such as `goal-1` or a UUID.
///
/// ```
/// use pcplan::model::Id;
/// let id: Id = "goal-1".parse().unwrap();
/// assert_eq!(id.as_str(), "goal-1");
/// assert!("has space".parse::<Id>().is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Id(String);

impl Id {
    /// An id no plan can hold (ids are never empty): for a recipient that is not listed in the plan, so no
    /// confidentiality mark's `sharedWith` can name it.
    pub(crate) fn unlisted() -> Id {
        Id(String::new())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The error for a string that is not a valid [`Id`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected an id: 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")]
pub struct InvalidId;

impl FromStr for Id {
    type Err = InvalidId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let ok = (1..=64).contains(&s.len())
            && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
        if ok { Ok(Id(s.to_owned())) } else { Err(InvalidId) }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A stable id chosen by the caller; opaque, never personal information.",
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"
        })
    }
}

/// Free text written in one language, with optional translations.
///
/// The original `text` and its `lang` are never replaced: a translation is added beside them, recording who
/// translated it and whether that translator is qualified. A renderer shows the translation in the document's
/// language when there is one, and otherwise the original, marked with its own language.
///
/// ```
/// use pcplan::model::LocalizedText;
/// let t = LocalizedText::new("Quiero vivir en mi propio apartamento.", "es".parse().unwrap());
/// assert_eq!(t.lang.language(), "es");
/// assert!(t.in_language(&"es".parse().unwrap()).is_some());
/// assert!(t.in_language(&"en".parse().unwrap()).is_none());
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LocalizedText {
    /// The text as written.
    pub text: String,
    /// The language the text was written in.
    pub lang: LanguageTag,
    /// Translations of the text into other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
}

impl LocalizedText {
    /// Text in one language, with no translations.
    pub fn new(text: impl Into<String>, lang: LanguageTag) -> Self {
        LocalizedText { text: text.into(), lang, translations: Vec::new() }
    }

    /// The text in `lang`: the original when it was written in that language, else a translation into it.
    /// Languages match when they name the same written language: language (with aliases such as `iw`/`he`)
    /// and script, explicit or implied (so `es` matches `es-MX`, and `zh-CN` does not match `zh-Hant`).
    pub fn in_language(&self, lang: &LanguageTag) -> Option<&str> {
        if same_language(&self.lang, lang) {
            return Some(&self.text);
        }
        self.translations.iter().find(|t| same_language(&t.lang, lang)).map(|t| t.text.as_str())
    }

    /// Whether the original text is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// Two tags name the same written language (see [`crate::i18n::lang::same_written_language`]).
pub(crate) fn same_language(a: &LanguageTag, b: &LanguageTag) -> bool {
    crate::i18n::lang::same_written_language(&a.0, &b.0)
}

impl fmt::Debug for LocalizedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Plan text is health information: Debug shows its shape, never its words.
        f.debug_struct("LocalizedText")
            .field("lang", &self.lang)
            .field("chars", &self.text.chars().count())
            .field("translations", &self.translations.len())
            .finish()
    }
}

/// A translation of a [`LocalizedText`].
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Translation {
    /// The translated text.
    pub text: String,
    /// The language of the translation.
    pub lang: LanguageTag,
    /// Who translated it (a person or a service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_by: Option<String>,
    /// Whether the translator is qualified (45 CFR 92.201): a machine translation is never qualified.
    #[serde(default)]
    pub qualified: bool,
    /// When it was translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::NaiveDate>,
}

impl fmt::Debug for Translation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translation")
            .field("lang", &self.lang)
            .field("qualified", &self.qualified)
            .finish_non_exhaustive()
    }
}
