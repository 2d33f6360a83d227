//! PDF output: Markdown → Typst markup → typst (as a library) → tagged PDF, PDF/UA-1 by default.
//!
//! ```text
//! Markdown ──parse_markdown()──▶ events ──typst_writer──▶ Typst source ──typst::compile──▶ typst_pdf::pdf
//! ```
//!
//! * **Escaping.** Plan text is written as Typst escapes, never as markup (see the private `typst_writer` module).
//! * **Fonts.** [`PdfFonts`] is loaded once and shared. Before compiling, every character is checked against
//!   the loaded fonts; a character no font draws is replaced by a visible boxed code point (`U+1F600`) and
//!   reported as a [`PdfWarning::MissingGlyphs`] (an error with [`PdfSettings::strict_glyphs`]). A document
//!   language whose script no loaded font covers is a [`PdfError::MissingFonts`].
//! * **Determinism.** The world's date is [`PdfSettings::date`]; there is no clock. Same input → same bytes.
//! * **Bounded memory.** typst memoizes with `comemo`, whose cache grows with every distinct document. After
//!   each render, results unused for [`COMEMO_MAX_AGE`] renders are evicted (`comemo::evict`), so a
//!   long-running server keeps a small warm cache and no more.
//! * **Privacy.** Errors and warnings never contain document text.

mod font_index;
mod fonts;
mod typst_writer;
mod world;

use chrono::Datelike;
use typst::diag::SourceDiagnostic;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};
use unic_langid::LanguageIdentifier;

pub use fonts::PdfFonts;

/// How many renders a memoized typst result survives unused before it is evicted. Evicting after every
/// render with this age keeps the cache warm for similar documents while bounding it.
pub const COMEMO_MAX_AGE: usize = 4;

/// Per-document PDF settings.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    /// The document language (BCP-47). Sets the PDF's `/Lang`, hyphenation, direction and fonts.
    pub lang: LanguageIdentifier,
    /// The document title (required by PDF/UA-1; shown as the window title).
    pub title: String,
    /// Large print: 20 pt body text.
    pub large_print: bool,
    /// The document date written to the PDF metadata. Fixed by the caller, never the clock.
    pub date: chrono::NaiveDate,
    /// Fail instead of replacing characters no loaded font can draw.
    pub strict_glyphs: bool,
    /// Enforce PDF/UA-1 (default `true`). Tagged PDF is written either way.
    pub standard_ua1: bool,
}

impl PdfSettings {
    /// Settings with defaults: not large print, non-strict glyphs, PDF/UA-1 on.
    pub fn new(lang: LanguageIdentifier, title: impl Into<String>, date: chrono::NaiveDate) -> Self {
        PdfSettings { lang, title: title.into(), large_print: false, date, strict_glyphs: false, standard_ua1: true }
    }
}

/// A rendered PDF and what had to be worked around to render it.
#[derive(Debug, Clone)]
pub struct PdfOutput {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// What was worked around, in the order found.
    pub warnings: Vec<PdfWarning>,
}

/// Something the render worked around. Never contains document text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PdfWarning {
    /// `count` characters of `script` had no glyph in any loaded font and are shown as boxed code points.
    MissingGlyphs {
        /// The script (ISO 15924 name, e.g. `Arabic`).
        script: &'static str,
        /// A font family that draws it.
        family: &'static str,
        /// How many characters.
        count: usize,
    },
    /// A warning from the typst compiler (about the generated markup, not the plan text).
    Typst {
        /// The compiler's message.
        message: String,
    },
}

impl std::fmt::Display for PdfWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfWarning::MissingGlyphs { script, family, count } => write!(
                f,
                "{count} character(s) in the {script} script have no glyph in the loaded fonts and are shown as \
                 code points; a font such as {family} would draw them"
            ),
            PdfWarning::Typst { message } => write!(f, "typst: {message}"),
        }
    }
}

/// Why a PDF could not be rendered. Never contains document text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// A font directory could not be read.
    #[error("font directory {dir} cannot be read: {source}")]
    FontDir {
        /// The directory.
        dir: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// No loaded font draws the document language's script. `setting` is how the caller adds font folders
    /// in the interface in use (a Rust field or function, a C option field, a command-line flag).
    #[error(
        "no loaded font covers the script of document language {language}: install a font that does, such as \
         the family \"{family}\" (Debian package {package}), in a system font folder or in a folder given with \
         {setting}"
    )]
    MissingFonts {
        /// The document language.
        language: String,
        /// A font family that covers its script.
        family: &'static str,
        /// The Debian package with that family.
        package: &'static str,
        /// How the caller adds font folders in the interface in use.
        setting: String,
    },
    /// Characters no loaded font draws, in strict glyph mode.
    #[error(
        "{count} character(s) in the {script} script have no glyph in the loaded fonts (strict glyph mode); \
         a font such as {family} would draw them"
    )]
    MissingGlyphs {
        /// The script.
        script: &'static str,
        /// A font family that draws it.
        family: &'static str,
        /// How many characters.
        count: usize,
    },
    /// The document date cannot be written in a PDF.
    #[error(
        "the document date is outside the years 0001 to 9999 that a PDF can carry: set \
         RenderOptions.document_date (PdfSettings.date) to a date in that range"
    )]
    DateOutOfRange,
    /// The title is empty; PDF/UA-1 requires one.
    #[error("a PDF/UA-1 document needs a title: PdfSettings.title is empty")]
    MissingTitle,
    /// The Typst compiler refused the generated document (a bug in pcplan's Typst writer).
    #[error("the generated Typst document failed to {stage}: {}", messages.join("; "))]
    Typst {
        /// `compile` or `export`.
        stage: &'static str,
        /// The compiler's messages (about the generated markup, not the plan text).
        messages: Vec<String>,
    },
}

/// Renders pcplan Markdown to a PDF (tagged; PDF/UA-1 unless `settings.standard_ua1` is off).
pub fn markdown_to_pdf(markdown: &str, settings: &PdfSettings, fonts: &PdfFonts) -> Result<PdfOutput, PdfError> {
    let result = render(markdown, settings, fonts);
    typst::comemo::evict(COMEMO_MAX_AGE);
    result
}

fn render(markdown: &str, settings: &PdfSettings, fonts: &PdfFonts) -> Result<PdfOutput, PdfError> {
    if settings.standard_ua1 && settings.title.trim().is_empty() {
        return Err(PdfError::MissingTitle);
    }
    let (probe, family, package) = fonts::language_probe(&settings.lang);
    // Coverage, not family names: any loaded font that draws the script will do.
    if fonts.family_covering(&fonts.chain(&settings.lang), probe).is_none() {
        return Err(PdfError::MissingFonts {
            language: settings.lang.to_string(),
            family,
            package,
            setting: fonts.setting().to_owned(),
        });
    }
    // A loaded plan's dates are within 0001–9999 (the loader checks); a date set from Rust may not be, and
    // neither Typst nor PDF can carry it.
    let today = u8::try_from(settings.date.month())
        .ok()
        .zip(u8::try_from(settings.date.day()).ok())
        .filter(|_| (1..=9999).contains(&settings.date.year()))
        .and_then(|(month, day)| Datetime::from_ymd(settings.date.year(), month, day))
        .ok_or(PdfError::DateOutOfRange)?;
    let written = typst_writer::write(markdown, settings, fonts);
    let mut warnings = written.warnings;
    if settings.strict_glyphs
        && let Some(PdfWarning::MissingGlyphs { script, family, count }) = warnings.first().cloned()
    {
        return Err(PdfError::MissingGlyphs { script, family, count });
    }

    let world = world::PcpWorld::new(fonts, fonts.book(&written.families), written.markup, today);
    let compiled = typst::compile::<PagedDocument>(&world);
    warnings.extend(compiled.warnings.iter().map(|w| PdfWarning::Typst { message: redact(&w.message) }));
    let document = compiled.output.map_err(|e| typst_error("compile", &e))?;

    let standards = if settings.standard_ua1 {
        PdfStandards::new(&[PdfStandard::Ua_1]).expect("PDF/UA-1 alone is a valid combination")
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions { ident: Smart::Auto, standards, tagged: true, ..PdfOptions::default() };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|e| typst_error("export as PDF", &e))?;
    Ok(PdfOutput { bytes, warnings })
}

/// The Typst source [`markdown_to_pdf`] compiles, for tests and inspection.
#[doc(hidden)]
pub fn markdown_to_typst(markdown: &str, settings: &PdfSettings, fonts: &PdfFonts) -> String {
    typst_writer::write(markdown, settings, fonts).markup
}

fn typst_error(stage: &'static str, diags: &[SourceDiagnostic]) -> PdfError {
    PdfError::Typst { stage, messages: diags.iter().map(|d| redact(&d.message)).collect() }
}

/// Removes quoted fragments from a typst message: they may quote document text (e.g. a glyph error).
fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut quote: Option<char> = None;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None if matches!(c, '"' | '`') => {
                out.push(c);
                quote = Some(c);
            }
            None => out.push(c),
        }
    }
    if quote.is_some() {
        out.push('…');
    }
    out
}
