//! Localization: Fluent bundles from `locales/`, locale negotiation, CLDR date and number formatting.
//!
//! Every locale in `locales/<tag>/*.ftl` is embedded in the library at build time; an agency may add a
//! directory of its own (same layout) that adds locales or overrides messages. A [`Localizer`] holds all of
//! them, is built once, and is shared across threads. [`Localizer::locale`] negotiates a fallback chain for
//! the languages requested, always ending in English; a [`Locale`] looks messages up along that chain and
//! reports when it had to fall back, so a raw message id never reaches a document.
//!
//! ```
//! use pcplan::i18n::Localizer;
//! let localizer = Localizer::embedded();
//! let locale = localizer.locale(&["es-MX".parse().unwrap()]);
//! assert_eq!(locale.id().to_string(), "es");
//! let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
//! assert_eq!(locale.format_date(date), "5 de marzo de 2026");
//! ```

mod format;
pub(crate) mod lang;
mod negotiate;
mod status;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs;
pub use status::{ReviewState, TranslationStatus};

use format::Formats;

struct EmbeddedLocale {
    tag: &'static str,
    files: &'static [(&'static str, &'static str)],
    status: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Farsi, Hebrew, Urdu…).
    Rtl,
}

impl Direction {
    /// Direction of a language: CLDR's directionality of its explicit or likely script.
    ///
    /// ```
    /// use pcplan::i18n::Direction;
    /// assert_eq!(Direction::of(&"fa".parse().unwrap()), Direction::Rtl);
    /// assert_eq!(Direction::of(&"pa-Arab".parse().unwrap()), Direction::Rtl);
    /// assert_eq!(Direction::of(&"pa".parse().unwrap()), Direction::Ltr);
    /// ```
    pub fn of(lang: &LanguageIdentifier) -> Direction {
        if lang::is_right_to_left(lang) { Direction::Rtl } else { Direction::Ltr }
    }

    /// `ltr` or `rtl`, as HTML's `dir` attribute and Typst's `dir` take it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Where messages come from besides the embedded locales.
#[derive(Debug, Clone, Default)]
pub struct LocalizerOptions {
    /// An agency's directory of `<tag>/*.ftl` files: new locales, or messages that override the embedded ones.
    pub extra_dir: Option<PathBuf>,
}

/// Why locales could not be loaded. Names files, never message text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    /// A directory or file could not be read.
    #[error("could not read {path}: {reason}")]
    Io {
        /// The file or directory.
        path: String,
        /// The operating system's reason.
        reason: String,
    },
    /// A directory under the locales directory is not named by a BCP-47 tag.
    #[error("{path}: expected a directory named by a BCP-47 language tag, such as \"es\" or \"zh-Hant\"")]
    BadTag {
        /// The directory.
        path: String,
    },
    /// A Fluent file has syntax errors.
    #[error("{path}: Fluent syntax error at line {line}")]
    Syntax {
        /// The file.
        path: String,
        /// 1-based line of the first error.
        line: usize,
    },
    /// A `status.json` is malformed.
    #[error("{path}: {expected}")]
    Status {
        /// The file.
        path: String,
        /// What was expected.
        expected: String,
    },
}

/// A locale's files before parsing: where they come from, their text, their status.
struct LocaleSource {
    id: LanguageIdentifier,
    files: Vec<(String, Cow<'static, str>)>,
    status: Option<TranslationStatus>,
}

/// One locale. Its messages are parsed, and its CLDR formatters built, the first time it is used: a process
/// that renders one document in one language pays for that language (and English) only.
struct LocaleData {
    id: LanguageIdentifier,
    status: TranslationStatus,
    /// The Fluent files (embedded first, then the agency's), in override order.
    files: Vec<(String, Cow<'static, str>)>,
    messages: OnceLock<Messages>,
    formats: OnceLock<Formats>,
}

struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// Message ids, with attributes as `id.attr`, for coverage checks.
    ids: Vec<String>,
}

impl LocaleData {
    fn messages(&self) -> &Messages {
        self.messages.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![self.id.clone()]);
            bundle.set_formatter(Some(format::fluent_number));
            let mut ids = Vec::new();
            for (_, text) in &self.files {
                // Every file parsed once already: the agency's when the localizer was built, the embedded
                // ones in the test suite. A resource with errors keeps the entries that parsed.
                let resource = FluentResource::try_new(text.clone().into_owned()).unwrap_or_else(|(res, _)| res);
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        if m.value.is_some() {
                            ids.push(m.id.name.to_owned());
                        }
                        ids.extend(m.attributes.iter().map(|a| format!("{}.{}", m.id.name, a.id.name)));
                    }
                }
                // Later files (the agency's) override earlier ones message by message.
                bundle.add_resource_overriding(resource);
            }
            ids.sort();
            ids.dedup();
            Messages { bundle, ids }
        })
    }

    fn formats(&self) -> &Formats {
        self.formats.get_or_init(|| Formats::new(&self.id))
    }
}

/// Checks a Fluent file's syntax, naming the file and the line of the first error.
fn check_syntax(path: &str, text: &str) -> Result<(), I18nError> {
    FluentResource::try_new(text.to_owned()).map(drop).map_err(|(res, errors)| {
        let offset = errors.first().map_or(0, |e| e.pos.start);
        let line = res.source()[..offset.min(res.source().len())].matches('\n').count() + 1;
        I18nError::Syntax { path: path.to_owned(), line }
    })
}

/// All locales' messages and formatters, built once and shared across threads.
pub struct Localizer {
    locales: Vec<LocaleData>,
    available: Vec<LanguageIdentifier>,
    /// Negotiated chains for single-language requests: renders and validations ask for the same few
    /// languages over and over, and CLDR negotiation is the costly part of a lookup.
    chains: std::sync::RwLock<std::collections::HashMap<LanguageIdentifier, Vec<usize>>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("available", &self.available).finish()
    }
}

static EMBEDDED_LOCALIZER: LazyLock<Arc<Localizer>> = LazyLock::new(|| {
    // The embedded locales are tested to parse (tests/i18n.rs); a failure here is a build defect.
    Arc::new(Localizer::new(&LocalizerOptions::default()).expect("embedded locales parse"))
});

impl Localizer {
    /// The embedded locales, built on first use and shared by the whole process.
    pub fn embedded() -> &'static Localizer {
        &EMBEDDED_LOCALIZER
    }

    /// The embedded locales as a shared handle: engines without an agency locales directory share them instead
    /// of parsing every locale again.
    pub(crate) fn embedded_shared() -> Arc<Localizer> {
        Arc::clone(&EMBEDDED_LOCALIZER)
    }

    /// Builds a localizer from the embedded locales plus an optional agency directory.
    pub fn new(options: &LocalizerOptions) -> Result<Localizer, I18nError> {
        let mut sources: Vec<LocaleSource> = Vec::new();
        for e in EMBEDDED {
            let id: LanguageIdentifier =
                e.tag.parse().map_err(|_| I18nError::BadTag { path: format!("locales/{}", e.tag) })?;
            let status = e
                .status
                .map(|s| {
                    TranslationStatus::parse(s).map_err(|expected| I18nError::Status {
                        path: format!("locales/{}/status.json", e.tag),
                        expected,
                    })
                })
                .transpose()?;
            let files = e.files.iter().map(|(n, s)| (format!("locales/{}/{n}", e.tag), Cow::Borrowed(*s))).collect();
            sources.push(LocaleSource { id, files, status });
        }
        if let Some(dir) = &options.extra_dir {
            for extra in read_dir_locales(dir)? {
                match sources.iter_mut().find(|s| s.id == extra.id) {
                    Some(existing) => {
                        existing.files.extend(extra.files);
                        if extra.status.is_some() {
                            existing.status = extra.status;
                        }
                    }
                    None => sources.push(extra),
                }
            }
        }
        let mut locales: Vec<LocaleData> = sources
            .into_iter()
            .map(|LocaleSource { id, files, status }| LocaleData {
                id,
                status: status.unwrap_or_else(TranslationStatus::draft),
                files,
                messages: OnceLock::new(),
                formats: OnceLock::new(),
            })
            .collect();
        locales.sort_by_key(|l| l.id.to_string());
        let available = locales.iter().map(|l| l.id.clone()).collect();
        Ok(Localizer { locales, available, chains: Default::default() })
    }

    /// The locales available, sorted by tag.
    pub fn available(&self) -> &[LanguageIdentifier] {
        &self.available
    }

    /// The translation status of a locale (for rule T6), if the locale exists.
    pub fn status(&self, lang: &LanguageIdentifier) -> Option<&TranslationStatus> {
        self.data(lang).map(|l| &l.status)
    }

    /// The message ids of a locale (attributes as `id.attr`), sorted; for coverage checks.
    pub fn message_ids(&self, lang: &LanguageIdentifier) -> Option<&[String]> {
        self.data(lang).map(|l| l.messages().ids.as_slice())
    }

    /// Negotiates the best locale for the languages requested, in order of preference, with fallbacks down to
    /// English. Aliases are understood: `fil` and `tl`, `mww` and `hmn`, `zh-TW` and `zh-Hant`, `zh-CN` and
    /// `zh-Hans`.
    pub fn locale(&self, requested: &[LanguageIdentifier]) -> Locale<'_> {
        if let [one] = requested
            && let Some(chain) = self.chains.read().ok().and_then(|c| c.get(one).cloned())
        {
            return Locale { localizer: self, chain };
        }
        let chain: Vec<usize> = negotiate::negotiate(requested, &self.available)
            .into_iter()
            .filter_map(|id| self.locales.iter().position(|l| l.id == id))
            .collect();
        if let [one] = requested
            && let Ok(mut cache) = self.chains.write()
            && cache.len() < 1024
        {
            cache.insert(one.clone(), chain.clone());
        }
        Locale { localizer: self, chain }
    }

    /// Whether `lang` negotiates to a locale of its own rather than falling back to English.
    pub fn supports(&self, lang: &LanguageIdentifier) -> bool {
        let locale = self.locale(std::slice::from_ref(lang));
        locale.id().language != "en" || lang.language == "en"
    }

    fn data(&self, lang: &LanguageIdentifier) -> Option<&LocaleData> {
        self.locales.iter().find(|l| &l.id == lang)
    }
}

fn read_dir_locales(dir: &Path) -> Result<Vec<LocaleSource>, I18nError> {
    let io = |path: &Path, e: std::io::Error| I18nError::Io { path: path.display().to_string(), reason: e.to_string() };
    let mut entries: Vec<_> = std::fs::read_dir(dir).map_err(|e| io(dir, e))?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        let id: LanguageIdentifier = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| I18nError::BadTag { path: path.display().to_string() })?;
        let mut files: Vec<_> = std::fs::read_dir(&path)
            .map_err(|e| io(&path, e))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut texts = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|e| io(&f, e))?;
            let path = f.display().to_string();
            // The agency's files are checked now, so a syntax error is the caller's error at once.
            check_syntax(&path, &text)?;
            texts.push((path, Cow::Owned(text)));
        }
        let status_path = path.join("status.json");
        let status = if status_path.exists() {
            let text = std::fs::read_to_string(&status_path).map_err(|e| io(&status_path, e))?;
            Some(
                TranslationStatus::parse(&text)
                    .map_err(|expected| I18nError::Status { path: status_path.display().to_string(), expected })?,
            )
        } else {
            None
        };
        out.push(LocaleSource { id, files: texts, status });
    }
    Ok(out)
}

/// A negotiated locale: a fallback chain of languages, the first being the document's language.
#[derive(Clone)]
pub struct Locale<'a> {
    localizer: &'a Localizer,
    chain: Vec<usize>,
}

impl std::fmt::Debug for Locale<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.chain().map(|l| l.to_string())).finish()
    }
}

/// A message looked up along a locale's chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message<'a> {
    /// The formatted text; empty only when no locale in the chain has the message.
    pub text: String,
    /// The locale the text came from.
    pub lang: Option<&'a LanguageIdentifier>,
    /// The text came from a later locale in the chain than the first (a missing translation).
    pub fell_back: bool,
    /// Fluent reported errors formatting it: a variable the translation names was not given (a translator's
    /// `{ $nmae }`), or a reference it makes does not resolve. The text holds Fluent's placeholder there.
    pub malformed: bool,
}

impl<'a> Locale<'a> {
    /// The document's language: the first of the chain.
    pub fn id(&self) -> &'a LanguageIdentifier {
        &self.localizer.locales[self.chain[0]].id
    }

    /// The fallback chain, first to last.
    pub fn chain(&self) -> impl Iterator<Item = &'a LanguageIdentifier> + '_ {
        self.chain.iter().map(|&i| &self.localizer.locales[i].id)
    }

    /// The text direction of the document's language.
    pub fn direction(&self) -> Direction {
        Direction::of(self.id())
    }

    /// The translation status of the document's language.
    pub fn status(&self) -> &'a TranslationStatus {
        &self.localizer.locales[self.chain[0]].status
    }

    /// Looks up `id` (or `id.attribute`) along the chain and formats it with `args`. Fluent's Unicode isolation
    /// marks around placeables are kept where direction needs them (a right-to-left locale, or right-to-left
    /// text in the message): they keep a Latin name in order inside Arabic text. Elsewhere they are removed.
    pub fn message(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Message<'a> {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for (pos, &i) in self.chain.iter().enumerate() {
            let data = &self.localizer.locales[i];
            let bundle = &data.messages().bundle;
            let Some(msg) = bundle.get_message(msg_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            let text = crate::text::bidi::isolates_where_needed(text, self.direction());
            return Message { text, lang: Some(&data.id), fell_back: pos > 0, malformed: !errors.is_empty() };
        }
        Message { text: String::new(), lang: None, fell_back: true, malformed: false }
    }

    /// Formats a date for the document's language with CLDR data (ICU4X), in the Gregorian calendar that
    /// agencies' records use. For languages CLDR has no data for (Hmong, Mien), the locale's own Fluent
    /// messages `date-format` and `month-1`…`month-12` give the pattern, never ICU's root format.
    pub fn format_date(&self, date: chrono::NaiveDate) -> String {
        let data = &self.localizer.locales[self.chain[0]];
        match data.formats().date(date) {
            Some(text) => text,
            None => {
                use chrono::Datelike;
                let month = self.message(&format!("month-{}", date.month()), None).text;
                let mut args = FluentArgs::new();
                args.set("day", FluentValue::from(date.day().to_string()));
                args.set("month", FluentValue::from(month));
                args.set("year", FluentValue::from(date.year().to_string()));
                self.plain(&self.message("date-format", Some(&args)).text)
            }
        }
    }

    /// Formats a number for the document's language (CLDR digits, separators); languages without CLDR data
    /// use the English conventions of the United States, where pcplan's Hmong and Mien readers live.
    pub fn format_number(&self, value: f64) -> String {
        self.localizer.locales[self.chain[0]].formats().number(value)
    }

    /// Formats a time of day (hours and minutes) with CLDR data: "9:00 AM", "09:00", "上午9:00". Languages
    /// without CLDR data use the conventions of the United States, as numbers do.
    pub fn format_time(&self, time: chrono::NaiveTime) -> String {
        self.localizer.locales[self.chain[0]].formats().time(time)
    }

    /// Joins items into an "and" list with CLDR data: "Tuesday and Thursday", "martes y jueves".
    pub fn format_and_list(&self, items: &[String]) -> String {
        self.localizer.locales[self.chain[0]].formats().and_list(items)
    }

    /// Whether dates in this locale come from CLDR (true) or from the locale's Fluent fallback pattern.
    pub fn has_cldr_dates(&self) -> bool {
        self.localizer.locales[self.chain[0]].formats().has_cldr_dates()
    }

    /// Removes Fluent's isolation marks, for text assembled from several messages where they would nest.
    fn plain(&self, text: &str) -> String {
        crate::text::bidi::without_isolates(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_fluent_file_parses() {
        for e in EMBEDDED {
            for (name, text) in e.files {
                check_syntax(&format!("locales/{}/{name}", e.tag), text).unwrap();
            }
        }
    }

    #[test]
    fn a_locale_is_parsed_on_first_use_only() {
        let localizer = Localizer::new(&LocalizerOptions::default()).unwrap();
        let parsed = |l: &Localizer| -> Vec<String> {
            l.locales.iter().filter(|d| d.messages.get().is_some()).map(|d| d.id.to_string()).collect()
        };
        assert!(parsed(&localizer).is_empty());
        let es = localizer.locale(&["es".parse().unwrap()]);
        assert!(!es.message("html-title", None).text.is_empty());
        assert_eq!(parsed(&localizer), ["es"]);
        assert!(localizer.locales.iter().filter(|d| d.formats.get().is_some()).count() == 0);
        es.format_date(chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
        assert!(localizer.locales.iter().filter(|d| d.formats.get().is_some()).count() == 1);
    }
}
