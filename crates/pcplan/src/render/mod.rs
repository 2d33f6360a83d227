//! Rendering a plan to Markdown, HTML and PDF.
//!
//! One Markdown document, produced by handlebars templates with Fluent messages, feeds every format. Build an
//! [`Engine`] once (it parses the templates and loads the locales) and share it across threads; each
//! [`Engine::render`] only builds the template context from the plan.
//!
//! ```
//! use pcplan::{Engine, EngineOptions, Format, RenderOptions};
//! let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
//! let engine = Engine::new(EngineOptions::default()).unwrap();
//! let out = engine.render(&plan, &RenderOptions::new(Format::Markdown)).unwrap();
//! let md = String::from_utf8(out.bytes).unwrap();
//! assert!(md.contains("# "));
//! ```

mod escape;
mod html;
mod markdown;
pub(crate) mod markers;
#[cfg(feature = "pdf")]
pub mod pdf;
mod schedule;

use std::borrow::Cow;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

use chrono::NaiveDate;
use handlebars::Handlebars;
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::i18n::{I18nError, Localizer, LocalizerOptions};
use crate::model::Plan;

/// The system's font folders, searched by default (see [`EngineOptions::system_fonts`]): where Debian and most
/// Linux systems keep fonts (e.g. the packages `fonts-noto-core` and `fonts-noto-cjk`), and macOS's and
/// Windows's font folders. Folders that do not exist are skipped.
pub const SYSTEM_FONT_DIRS: &[&str] = if cfg!(windows) {
    &["C:\\Windows\\Fonts"]
} else if cfg!(target_os = "macos") {
    &["/System/Library/Fonts", "/Library/Fonts"]
} else {
    &["/usr/share/fonts", "/usr/local/share/fonts"]
};

/// Where the PDF renderer keeps its index of font files (families and coverage, keyed by each file's path, size
/// and modification time), so that a later process need not read every font file.
///
/// The index is only a cache: when it is missing, stale, corrupt or cannot be written, the font files are
/// scanned (and the index rewritten when possible). Delete the file `font-index-v1.bin` in the directory to
/// clear it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum FontCache {
    /// The user's cache directory: `$XDG_CACHE_HOME/pcplan`, else `~/.cache/pcplan` (on macOS
    /// `~/Library/Caches/pcplan`, on Windows `%LOCALAPPDATA%\pcplan`); no index when none of these is set.
    #[default]
    User,
    /// This directory (created when missing).
    Dir(PathBuf),
    /// No index: every font file is read when the fonts are loaded.
    Off,
}

impl FontCache {
    /// The directory of the index, if any.
    pub fn dir(&self) -> Option<PathBuf> {
        match self {
            FontCache::User => user_cache_dir(),
            FontCache::Dir(dir) => Some(dir.clone()),
            FontCache::Off => None,
        }
    }
}

/// The user's cache directory for pcplan (see [`FontCache::User`]).
fn user_cache_dir() -> Option<PathBuf> {
    let env_dir = |name: &str| std::env::var_os(name).map(PathBuf::from).filter(|p| p.is_absolute());
    let base = if cfg!(windows) {
        env_dir("LOCALAPPDATA")
    } else if cfg!(target_os = "macos") {
        env_dir("HOME").map(|h| h.join("Library").join("Caches"))
    } else {
        env_dir("XDG_CACHE_HOME").or_else(|| env_dir("HOME").map(|h| h.join(".cache")))
    };
    base.map(|b| b.join("pcplan"))
}

/// Where an [`Engine`] finds an agency's own locales and templates, and fonts (for PDF).
///
/// [`EngineOptions::default`] searches the [`SYSTEM_FONT_DIRS`] and keeps a font index in the user's cache
/// directory ([`FontCache::User`]).
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// An agency's directory of `<tag>/*.ftl` files that add locales or override messages
    /// (see [`crate::i18n::LocalizerOptions::extra_dir`]).
    pub locales_dir: Option<PathBuf>,
    /// An agency's directory of templates. Every `NAME.md.hbs` file in it replaces the embedded template of the
    /// same name, or adds a new partial that other templates include with `{{> NAME}}`.
    ///
    /// The embedded templates are `plan` (the document; it includes the others), `agency-header` (empty: the
    /// place for an agency's letterhead), `about-me`, `profile`, `goals`, `supports`, `support-row`, `safety`,
    /// `setting`, `programs`, `housing-goal`, `team`, `rights`, `review` and `signatures`; see
    /// `src/render/templates/` in the source, and `examples/templates/agency-header.md.hbs` for an override.
    ///
    /// Templates write Markdown. In them:
    /// - `{{value}}` writes a plan value escaped for Markdown (it can never add structure);
    /// - `{{txt value}}` writes a plan text (`{text, lang}` in the context) escaped, marked with its language when
    ///   it is not in the document's; `mode="inline"` in headings and table cells, `prefix="> "` in a quote;
    /// - `{{t "message-id" name=value}}` writes a Fluent message in the document's language (every visible word
    ///   comes from Fluent: add messages in `locales_dir`);
    /// - `<pcp-lang lang="..">`, `<pcp-caption>`, `<pcp-header>`, `<pcp-footer>`, `<pcp-page/>`, `<pcp-pages/>`,
    ///   `<pcp-signature-line/>` and `<pcp-br/>` say what Markdown cannot; any other HTML is shown as text.
    ///
    /// Templates run in handlebars' strict mode: a misspelt field or an unknown message id is an error, not an
    /// empty space.
    pub templates_dir: Option<PathBuf>,
    /// Font directories, for PDF, besides the embedded fonts and (with [`EngineOptions::system_fonts`]) the
    /// system's. Each must exist. A document language is drawable when some loaded font covers its script,
    /// whatever the font's family.
    pub font_dirs: Vec<PathBuf>,
    /// Also search the [`SYSTEM_FONT_DIRS`] that exist (default `true`; `false` for only the embedded fonts and
    /// `font_dirs`, e.g. for output that must not depend on the machine).
    pub system_fonts: bool,
    /// Where the font index is kept (default [`FontCache::User`]).
    pub font_cache: FontCache,
    /// How the caller of the interface in use adds font folders, named by the missing-font error (default
    /// `EngineOptions::font_dirs`; the C ABI and the command line set their own option's name).
    pub font_dirs_setting: Cow<'static, str>,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            locales_dir: None,
            templates_dir: None,
            font_dirs: Vec::new(),
            system_fonts: true,
            font_cache: FontCache::User,
            font_dirs_setting: Cow::Borrowed("EngineOptions::font_dirs"),
        }
    }
}

impl EngineOptions {
    /// The font folders a PDF render searches: `font_dirs`, then the [`SYSTEM_FONT_DIRS`] that exist when
    /// `system_fonts` is on.
    pub fn all_font_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = self.font_dirs.clone();
        if self.system_fonts {
            for dir in SYSTEM_FONT_DIRS.iter().map(PathBuf::from) {
                if dir.is_dir() && !dirs.contains(&dir) {
                    dirs.push(dir);
                }
            }
        }
        dirs
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// CommonMark with GFM tables and pcplan's markers.
    Markdown,
    /// An accessible HTML document.
    Html,
    /// A tagged PDF.
    Pdf,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "pdf" => Ok(Format::Pdf),
            _ => Err(format!("expected a format \"md\", \"html\" or \"pdf\", got \"{s}\"")),
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
        })
    }
}

/// How to render one plan.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The output format.
    pub format: Format,
    /// The document's language; `None` for the person's preferred written language.
    pub lang: Option<LanguageIdentifier>,
    /// Large print (20-point base font, as DHCS requires for large-print material).
    pub large_print: bool,
    /// The document date (for PDF metadata); never the clock.
    pub document_date: Option<NaiveDate>,
    /// Refuse to render (with [`RenderError::Strict`]) when there would be any warning.
    pub strict: bool,
    /// The previous version of the plan: when set, the document opens with "What changed since the last
    /// version", in plain words in the document's language (see [`crate::diff::describe`]).
    pub previous: Option<Arc<Plan>>,
    /// Render the copy for this recipient (an id in the plan's `recipients`): only what they may see reaches the
    /// templates (see [`crate::copy`]), the document says how much was left out, and the person's copy takes the
    /// person's large print. `None` renders the full plan, for the agency.
    pub recipient: Option<String>,
}

impl RenderOptions {
    /// Options for `format`, in the person's language, standard print, not strict.
    pub fn new(format: Format) -> Self {
        RenderOptions {
            format,
            lang: None,
            large_print: false,
            document_date: None,
            strict: false,
            previous: None,
            recipient: None,
        }
    }
}

/// A rendered document.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The document: UTF-8 for Markdown and HTML.
    pub bytes: Vec<u8>,
    /// The document's language.
    pub lang: LanguageIdentifier,
    /// What fell back (missing translations, text in another language), in the order found.
    pub warnings: Vec<RenderWarning>,
    /// The document's format.
    pub format: Format,
}

impl Rendered {
    /// The document as text: `Some` for Markdown and HTML (always UTF-8), `None` for PDF.
    ///
    /// ```
    /// # let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
    /// let engine = pcplan::Engine::new(pcplan::EngineOptions::default()).unwrap();
    /// let md = engine.render(&plan, &pcplan::RenderOptions::new(pcplan::Format::Markdown)).unwrap();
    /// assert!(md.text().unwrap().contains("\n# "));
    /// ```
    pub fn text(&self) -> Option<&str> {
        match self.format {
            Format::Markdown | Format::Html => std::str::from_utf8(&self.bytes).ok(),
            Format::Pdf => None,
        }
    }

    /// The document as a `String` (Markdown and HTML), or its bytes back when it is not text (PDF).
    pub fn into_text(self) -> Result<String, Vec<u8>> {
        match self.format {
            Format::Markdown | Format::Html => String::from_utf8(self.bytes).map_err(|e| e.into_bytes()),
            Format::Pdf => Err(self.bytes),
        }
    }
}

/// Something a render had to fall back on. Codes, paths and message ids only, never plan values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case", rename_all_fields = "camelCase")]
#[non_exhaustive]
pub enum RenderWarning {
    /// A message is not translated into the document's language; `used` is the language shown instead.
    MissingTranslation {
        /// The Fluent message id.
        message_id: String,
        /// The language the message came from.
        used: String,
    },
    /// A message could not be formatted as its translation is written (it names a variable pcplan does not
    /// give, such as a misspelt `{ $nmae }`): the document shows Fluent's placeholder there. Fix the `.ftl` file.
    MalformedMessage {
        /// The Fluent message id.
        message_id: String,
        /// The language of the translation.
        lang: String,
    },
    /// A plan text has no translation into the document's language; it is shown in its own language, marked.
    TextNotInDocumentLanguage {
        /// JSON Pointer of the text in the plan.
        path: String,
        /// The language it is shown in.
        lang: String,
    },
    /// The requested language has no locale; the document is in `used` (rule P6 territory).
    LanguageUnavailable {
        /// The language asked for.
        requested: String,
        /// The document's language.
        used: String,
    },
    /// The document's locale is not reviewed by a qualified translator (rule T6).
    TranslationNotReviewed {
        /// The document's language.
        lang: String,
    },
    /// PDF: characters no configured font can draw were shown as a visible replacement.
    MissingGlyphs {
        /// The characters' script.
        script: String,
        /// A font family that covers it.
        family: String,
        /// How many characters.
        count: usize,
    },
    /// PDF: the typesetter reported a problem it worked around.
    Typesetting {
        /// Its message, with quoted document text removed.
        message: String,
    },
}

impl RenderWarning {
    /// A short stable code.
    pub fn code(&self) -> &'static str {
        match self {
            RenderWarning::MissingTranslation { .. } => "missing-translation",
            RenderWarning::MalformedMessage { .. } => "malformed-message",
            RenderWarning::TextNotInDocumentLanguage { .. } => "text-not-in-document-language",
            RenderWarning::LanguageUnavailable { .. } => "language-unavailable",
            RenderWarning::TranslationNotReviewed { .. } => "translation-not-reviewed",
            RenderWarning::MissingGlyphs { .. } => "missing-glyphs",
            RenderWarning::Typesetting { .. } => "typesetting",
        }
    }
}

impl std::fmt::Display for RenderWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderWarning::MissingTranslation { message_id, used } => {
                write!(f, "{}: message \"{message_id}\" shown in {used}", self.code())
            }
            RenderWarning::MalformedMessage { message_id, lang } => {
                write!(f, "{}: the {lang} message \"{message_id}\" names a variable it is not given", self.code())
            }
            RenderWarning::TextNotInDocumentLanguage { path, lang } => {
                write!(f, "{}: {path} shown in {lang}", self.code())
            }
            RenderWarning::LanguageUnavailable { requested, used } => {
                write!(f, "{}: no locale for {requested}; document in {used}", self.code())
            }
            RenderWarning::TranslationNotReviewed { lang } => {
                write!(f, "{}: the {lang} messages are not reviewed by a qualified translator", self.code())
            }
            RenderWarning::MissingGlyphs { script, family, count } => {
                write!(f, "{}: {count} {script} character(s) shown as replacements; install {family}", self.code())
            }
            RenderWarning::Typesetting { message } => write!(f, "{}: {message}", self.code()),
        }
    }
}

/// Why a render failed. Names templates, message ids and formats, never plan values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A template could not be read or parsed.
    #[error("templates: {0}")]
    Templates(String),
    /// The locales could not be loaded.
    #[error("locales: {0}")]
    Locales(#[from] I18nError),
    /// A template failed while rendering (a misspelt field, an unknown message id).
    #[error("template error: {0}")]
    Template(String),
    /// This build cannot produce the format.
    #[error("the {0} format is not available in this build")]
    FormatUnavailable(Format),
    /// The PDF could not be produced (fonts missing for the language, a character no font covers in strict
    /// mode, a typesetting error).
    #[cfg(feature = "pdf")]
    #[error("PDF: {0}")]
    Pdf(#[from] pdf::PdfError),
    /// The copy for the requested recipient could not be made (no such recipient).
    #[error("copy: {0}")]
    Copy(#[from] crate::copy::CopyError),
    /// The render had warnings and the caller asked for a strict render.
    #[error("strict render refused: {} warning(s), first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Strict(Vec<RenderWarning>),
}

/// Renders plans. Built once (templates parsed, locales loaded), shared across threads.
pub struct Engine {
    registry: Handlebars<'static>,
    localizer: Arc<Localizer>,
    /// Loaded on the first PDF render (not every engine renders PDF), then shared by every render.
    #[cfg(feature = "pdf")]
    fonts: std::sync::OnceLock<pdf::PdfFonts>,
    #[cfg(feature = "pdf")]
    font_options: EngineOptions,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("localizer", &self.localizer).finish_non_exhaustive()
    }
}

impl Engine {
    /// Loads the locales (embedded plus `locales_dir`) and the templates (embedded plus `templates_dir`).
    pub fn new(options: EngineOptions) -> Result<Engine, RenderError> {
        let localizer = match &options.locales_dir {
            None => Localizer::embedded_shared(),
            Some(dir) => Arc::new(Localizer::new(&LocalizerOptions { extra_dir: Some(dir.clone()) })?),
        };
        let registry = markdown::registry(Arc::clone(&localizer), options.templates_dir.as_deref())?;
        // The caller's font folders must exist now, so a misspelt folder is an error here; the fonts
        // themselves are indexed on the first PDF render.
        #[cfg(feature = "pdf")]
        for dir in &options.font_dirs {
            std::fs::read_dir(dir).map_err(|source| pdf::PdfError::FontDir { dir: dir.clone(), source })?;
        }
        Ok(Engine {
            registry,
            localizer,
            #[cfg(feature = "pdf")]
            fonts: std::sync::OnceLock::new(),
            #[cfg(feature = "pdf")]
            font_options: options,
        })
    }

    /// The engine's fonts, indexed on first use.
    #[cfg(feature = "pdf")]
    pub fn fonts(&self) -> Result<&pdf::PdfFonts, RenderError> {
        if let Some(fonts) = self.fonts.get() {
            return Ok(fonts);
        }
        let o = &self.font_options;
        let fonts = pdf::PdfFonts::load_named(&o.all_font_dirs(), &o.font_cache, o.font_dirs_setting.clone())?;
        Ok(self.fonts.get_or_init(|| fonts))
    }

    /// The engine's localizer.
    pub fn localizer(&self) -> &Localizer {
        &self.localizer
    }

    /// Validates a plan with this engine's locales (findings in the options' language).
    pub fn validate(&self, plan: &Plan, options: &crate::validate::ValidateOptions) -> crate::validate::Report {
        crate::validate::validate_with(plan, options, &self.localizer)
    }

    /// Renders `plan`.
    pub fn render(&self, plan: &Plan, options: &RenderOptions) -> Result<Rendered, RenderError> {
        let (plan, large_print) = self.copy_for(plan, options)?;
        let plan = plan.as_ref();
        let (markdown, lang, warnings) = self.markdown(plan, options)?;
        self.finish(plan, markdown, lang, warnings, "html-title", options, large_print)
    }

    /// Renders "How my services are going" for the person: what each support tracked by `monitoring` brought
    /// over its period, next to what the plan says, in plain words (template `services`). With a recipient,
    /// only the supports their copy has are told.
    ///
    /// ```
    /// use pcplan::render::{Engine, EngineOptions, Format, RenderOptions};
    /// use pcplan::services::{agency::AgencyConfig, monitor::{MonitorOptions, monitor}, records::ServiceRecords};
    /// let plan = pcplan::model::Plan::from_json_str(include_str!("../../../../examples/plans/hcbs-vi-lan.json")).unwrap();
    /// let agency = AgencyConfig::from_json_slice(include_bytes!("../../../../examples/services/agency.json")).unwrap();
    /// let records = ServiceRecords::from_json_str(r#"{"schemaVersion": 1, "records": [
    ///     {"date": "2026-10-05", "supportId": "support-1", "minutes": 180, "mode": "in-person", "personPresent": true}
    /// ]}"#).unwrap();
    /// let options = MonitorOptions::for_period("2026-10-01".parse().unwrap(), "2026-10-31".parse().unwrap());
    /// let m = monitor(&plan, &records, &agency, pcplan::services::terms::UnitRules::embedded(), &options);
    /// let engine = Engine::new(EngineOptions::default()).unwrap();
    /// let mut render = RenderOptions::new(Format::Markdown);
    /// render.lang = Some("en".parse().unwrap());
    /// let doc = engine.render_services(&plan, &m, &render).unwrap();
    /// assert!(doc.text().unwrap().contains("This is less than my plan says."));
    /// ```
    #[cfg(feature = "services")]
    pub fn render_services(
        &self,
        plan: &Plan,
        monitoring: &crate::services::monitor::Monitoring,
        options: &RenderOptions,
    ) -> Result<Rendered, RenderError> {
        let (plan, large_print) = self.copy_for(plan, options)?;
        let plan = plan.as_ref();
        let (locale, lang, mut warnings) = self.document_locale(plan, options);
        let mut builder = markdown::ContextBuilder::new(plan, &locale);
        let data = builder.services(monitoring);
        warnings.append(&mut builder.warnings);
        let markdown = self.run_template("services", data, &lang, &mut warnings)?;
        self.finish(plan, markdown, lang, warnings, "services-title", options, large_print)
    }

    /// The plan the document is made from (the recipient's copy, when there is one) and whether it is in large
    /// print; an error for a format this build cannot make.
    fn copy_for<'p>(
        &self,
        plan: &'p Plan,
        options: &RenderOptions,
    ) -> Result<(std::borrow::Cow<'p, Plan>, bool), RenderError> {
        #[cfg(not(feature = "pdf"))]
        if options.format == Format::Pdf {
            return Err(RenderError::FormatUnavailable(Format::Pdf));
        }
        Ok(match &options.recipient {
            Some(id) => {
                let copy = crate::copy::for_recipient(plan, id)?;
                let wants = crate::copy::recipient(plan, id).is_some_and(|r| crate::copy::large_print(plan, r));
                (std::borrow::Cow::Owned(copy), options.large_print || wants)
            }
            None => (std::borrow::Cow::Borrowed(plan), options.large_print),
        })
    }

    /// The document in `options.format`, from its Markdown; `title_id` is the Fluent message of its title.
    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        plan: &Plan,
        markdown: String,
        lang: LanguageIdentifier,
        #[cfg_attr(not(feature = "pdf"), allow(unused_mut))] mut warnings: Vec<RenderWarning>,
        title_id: &str,
        options: &RenderOptions,
        large_print: bool,
    ) -> Result<Rendered, RenderError> {
        let bytes = match options.format {
            Format::Markdown => markdown.into_bytes(),
            Format::Html => {
                let locale = self.localizer.locale(std::slice::from_ref(&lang));
                let title = locale.message(title_id, Some(&title_args(plan, locale.id()))).text;
                html::document(&markdown, &locale, &title, large_print).into_bytes()
            }
            #[cfg(feature = "pdf")]
            Format::Pdf => {
                let locale = self.localizer.locale(std::slice::from_ref(&lang));
                let title = locale.message(title_id, Some(&title_args(plan, locale.id()))).text;
                let title: String = crate::text::bidi::without_isolates(&title);
                let mut settings = pdf::PdfSettings::new(lang.clone(), title, document_date(plan, options));
                settings.large_print = large_print;
                settings.strict_glyphs = options.strict;
                let out = pdf::markdown_to_pdf(&markdown, &settings, self.fonts()?)?;
                warnings.extend(out.warnings.into_iter().map(|w| match w {
                    pdf::PdfWarning::MissingGlyphs { script, family, count } => {
                        RenderWarning::MissingGlyphs { script: script.into(), family: family.into(), count }
                    }
                    pdf::PdfWarning::Typst { message } => RenderWarning::Typesetting { message },
                }));
                out.bytes
            }
            #[cfg(not(feature = "pdf"))]
            Format::Pdf => unreachable!("refused above"),
        };
        if options.strict && !warnings.is_empty() {
            return Err(RenderError::Strict(warnings));
        }
        Ok(Rendered { bytes, lang, warnings, format: options.format })
    }

    /// The document's locale (the caller's language, else the person's written language, negotiated), its
    /// language, and the warnings negotiation gives.
    fn document_locale(
        &self,
        plan: &Plan,
        options: &RenderOptions,
    ) -> (crate::i18n::Locale<'_>, LanguageIdentifier, Vec<RenderWarning>) {
        let requested =
            options.lang.clone().unwrap_or_else(|| plan.person.language.preferred_written().langid().clone());
        let locale = self.localizer.locale(std::slice::from_ref(&requested));
        let lang = locale.id().clone();
        let mut warnings = Vec::new();
        if lang.language != requested.language || (requested.script.is_some() && lang.script != requested.script) {
            warnings
                .push(RenderWarning::LanguageUnavailable { requested: requested.to_string(), used: lang.to_string() });
        }
        if !locale.status().is_reviewed() {
            warnings.push(RenderWarning::TranslationNotReviewed { lang: lang.to_string() });
        }
        (locale, lang, warnings)
    }

    /// Renders template `name` with `data`, adding its warnings to `warnings`.
    fn run_template(
        &self,
        name: &str,
        data: serde_json::Value,
        lang: &LanguageIdentifier,
        warnings: &mut Vec<RenderWarning>,
    ) -> Result<String, RenderError> {
        let context = handlebars::Context::from(data);
        let state = markdown::RenderState { lang: lang.clone(), warnings: Vec::new(), error: None };
        let (result, mut state) =
            markdown::with_render_state(state, || self.registry.render_with_context(name, &context));
        let raw = result.map_err(|e| match state.error.take() {
            Some(id) => RenderError::Template(format!("no locale has the message \"{id}\"")),
            None => RenderError::Template(e.to_string()),
        })?;
        warnings.append(&mut state.warnings);
        Ok(tidy(&raw))
    }

    /// The Markdown source of a plan, its language, and the warnings.
    fn markdown(
        &self,
        plan: &Plan,
        options: &RenderOptions,
    ) -> Result<(String, LanguageIdentifier, Vec<RenderWarning>), RenderError> {
        let (locale, lang, mut warnings) = self.document_locale(plan, options);
        let mut builder = markdown::ContextBuilder::new(plan, &locale);
        let mut data = builder.build();
        data["copy"] = plan.copy_of.as_ref().map_or(serde_json::Value::Null, |m| {
            let name = crate::copy::recipient(plan, m.recipient_id.as_str()).map(|r| r.name.clone());
            let withheld: usize = m.withheld.iter().map(|w| w.count).sum();
            serde_json::json!({ "name": name, "withheld": withheld })
        });
        // A copy's changes are told between the two versions' copies for the same recipient; none when the
        // previous version had no such recipient.
        let previous_copy = match (&options.previous, &plan.copy_of) {
            (Some(previous), Some(m)) => {
                crate::copy::for_recipient(previous, m.recipient_id.as_str()).ok().map(Arc::new)
            }
            (previous, None) => previous.clone(),
            (None, Some(_)) => None,
        };
        data["changes"] = match &previous_copy {
            Some(previous) => {
                let changes = crate::diff::diff(previous, plan);
                serde_json::json!(crate::diff::describe(&changes, previous, plan, &locale))
            }
            None => serde_json::json!([]),
        };
        warnings.append(&mut builder.warnings);
        let markdown = self.run_template("plan", data, &lang, &mut warnings)?;
        Ok((markdown, lang, warnings))
    }
}

/// An amount of service in words, in `locale`'s language: "6 hours", "11.8 quarter-hours", "1 meal".
///
/// ```
/// let locale = pcplan::i18n::Localizer::embedded().locale(&["es".parse().unwrap()]);
/// let words = pcplan::render::amount_in_words(6.0, Some(pcplan::model::ServiceUnit::Hour), &locale);
/// assert_eq!(words, "6 horas");
/// ```
pub fn amount_in_words(
    value: f64,
    unit: Option<crate::model::ServiceUnit>,
    locale: &crate::i18n::Locale<'_>,
) -> String {
    schedule::amount(value, unit, locale, &mut Vec::new())
}

/// The date a document carries: the caller's, else the latest revision's, else the plan's start. Never the
/// clock, so the same plan gives the same bytes.
#[cfg(feature = "pdf")]
fn document_date(plan: &Plan, options: &RenderOptions) -> NaiveDate {
    options
        .document_date
        .or_else(|| plan.revision_history.iter().map(|r| r.date).max())
        .unwrap_or(plan.effective_period.start)
}

fn title_args(plan: &Plan, lang: &LanguageIdentifier) -> crate::i18n::FluentArgs<'static> {
    let mut args = crate::i18n::FluentArgs::new();
    args.set("name", plan.person.display_name_in(lang).to_owned());
    args
}

/// Collapses runs of blank lines that optional template sections leave, and ends the file with one newline.
fn tidy(raw: &str) -> String {
    let mut rest = raw.trim_start_matches('\n').trim_end_matches('\n');
    let mut out = String::with_capacity(rest.len() + 1);
    while let Some(at) = rest.find("\n\n\n") {
        out.push_str(&rest[..at + 2]);
        rest = rest[at..].trim_start_matches('\n');
    }
    out.push_str(rest);
    out.push('\n');
    out
}
