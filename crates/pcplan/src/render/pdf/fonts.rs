//! Font loading, per-language font choice and glyph coverage.
//!
//! A [`PdfFonts`] is built once (embedded Latin fonts from `typst-assets`, plus every font file found in the
//! caller's directories) and shared by every render. Font files are read once to learn their families and
//! coverage; their bytes are loaded lazily the first time typst asks for a face, and kept after that.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use unic_langid::LanguageIdentifier;

use super::PdfError;

/// Families of the fonts bundled with `typst-assets` (Latin, Greek and Cyrillic only).
const EMBEDDED_FAMILIES: [&str; 3] = ["Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"];

/// The families tried first (in this order) after a language's own family, before any other loaded family.
const PREFERRED_TAIL: [&str; 13] = [
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Armenian",
    "Noto Sans Devanagari",
    "Noto Sans Gurmukhi",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Thai",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Noto Sans CJK KR",
    "Noto Sans CJK HK",
];

/// The monospace family for code.
pub(crate) const MONO_FAMILY: &str = "DejaVu Sans Mono";

/// A set of code points as sorted, disjoint, inclusive ranges.
#[derive(Debug, Clone, Default)]
struct Ranges(Vec<(u32, u32)>);

impl Ranges {
    fn from_sorted(iter: impl Iterator<Item = u32>) -> Self {
        let mut out: Vec<(u32, u32)> = Vec::new();
        for c in iter {
            match out.last_mut() {
                Some((_, end)) if *end + 1 == c => *end = c,
                Some((_, end)) if *end >= c => {}
                _ => out.push((c, c)),
            }
        }
        Ranges(out)
    }

    fn contains(&self, c: u32) -> bool {
        match self.0.binary_search_by(|&(start, _)| start.cmp(&c)) {
            Ok(_) => true,
            Err(0) => false,
            Err(i) => self.0[i - 1].1 >= c,
        }
    }

    fn intersect(&self, other: &Ranges) -> Ranges {
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < self.0.len() && j < other.0.len() {
            let (a0, a1) = self.0[i];
            let (b0, b1) = other.0[j];
            let (lo, hi) = (a0.max(b0), a1.min(b1));
            if lo <= hi {
                out.push((lo, hi));
            }
            if a1 < b1 { i += 1 } else { j += 1 }
        }
        Ranges(out)
    }

    fn union(&self, other: &Ranges) -> Ranges {
        let mut all: Vec<(u32, u32)> = self.0.iter().chain(other.0.iter()).copied().collect();
        all.sort_unstable();
        let mut out: Vec<(u32, u32)> = Vec::with_capacity(all.len());
        for (s, e) in all {
            match out.last_mut() {
                Some((_, end)) if s <= end.saturating_add(1) => *end = (*end).max(e),
                _ => out.push((s, e)),
            }
        }
        Ranges(out)
    }
}

/// Where a face's bytes come from.
enum FontData {
    Static(&'static [u8]),
    File { path: PathBuf, bytes: OnceLock<Option<Bytes>> },
}

impl FontData {
    fn bytes(&self) -> Option<Bytes> {
        match self {
            FontData::Static(data) => Some(Bytes::new(*data)),
            FontData::File { path, bytes } => bytes.get_or_init(|| std::fs::read(path).ok().map(Bytes::new)).clone(),
        }
    }
}

struct FontSlot {
    data: usize,
    index: u32,
    font: OnceLock<Option<Font>>,
}

/// One family with the code points *every* face of it covers (so any weight or style typst picks has them).
struct Family {
    name: String,
    coverage: Ranges,
}

pub(crate) struct FontsInner {
    pub(crate) book: LazyHash<FontBook>,
    data: Vec<FontData>,
    slots: Vec<FontSlot>,
    families: Vec<Family>,
    /// Union of all families' coverage: a quick yes for single characters.
    union: Ranges,
}

/// The fonts every PDF render uses: loaded once, shared (`Clone` is cheap), `Send + Sync`.
///
/// [`PdfFonts::embedded`] has Latin/Greek/Cyrillic fonts only, enough for English, Spanish, Vietnamese,
/// Tagalog, Hmong, Mien, Russian and Ukrainian. Other scripts need font directories, e.g. Debian's
/// `fonts-noto-core` and `fonts-noto-cjk` (`/usr/share/fonts/truetype/noto`,
/// `/usr/share/fonts/opentype/noto`), passed to [`PdfFonts::with_dirs`].
#[derive(Clone)]
pub struct PdfFonts {
    pub(crate) inner: Arc<FontsInner>,
}

impl std::fmt::Debug for PdfFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfFonts")
            .field("faces", &self.inner.slots.len())
            .field("families", &self.inner.families.len())
            .finish()
    }
}

impl PdfFonts {
    /// Only the fonts embedded in the binary (from `typst-assets`).
    pub fn embedded() -> Self {
        Self::build(&[]).expect("embedded fonts need no I/O")
    }

    /// The embedded fonts plus every `.ttf`, `.otf`, `.ttc` and `.otc` file found (recursively) in `dirs`.
    /// A directory that does not exist or cannot be read is an error naming it.
    pub fn with_dirs(dirs: &[PathBuf]) -> Result<Self, PdfError> {
        Self::build(dirs)
    }

    fn build(dirs: &[PathBuf]) -> Result<Self, PdfError> {
        let mut data = Vec::new();
        let mut infos: Vec<(usize, u32, FontInfo)> = Vec::new();
        for bytes in typst_assets::fonts() {
            let d = data.len();
            data.push(FontData::Static(bytes));
            for (i, info) in FontInfo::iter(bytes).enumerate() {
                infos.push((d, i as u32, info));
            }
        }
        let mut files = Vec::new();
        for dir in dirs {
            collect_font_files(dir, &mut files)?;
        }
        files.sort();
        files.dedup();
        for path in files {
            // A file that cannot be read or parsed is skipped: one broken font must not stop every render.
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let d = data.len();
            let mut any = false;
            let count = ttf_count(&bytes);
            for index in 0..count {
                if let Some(info) = FontInfo::new(&bytes, index) {
                    infos.push((d, index, info));
                    any = true;
                }
            }
            if any {
                data.push(FontData::File { path, bytes: OnceLock::new() });
            }
        }

        // Per-family coverage: intersection over the family's faces.
        let mut families: Vec<Family> = Vec::new();
        for (_, _, info) in &infos {
            let cov = Ranges::from_sorted(info.coverage.iter());
            match families.iter_mut().find(|f| f.name.eq_ignore_ascii_case(&info.family)) {
                Some(f) => f.coverage = f.coverage.intersect(&cov),
                None => families.push(Family { name: info.family.clone(), coverage: cov }),
            }
        }
        let union = families.iter().fold(Ranges::default(), |acc, f| acc.union(&f.coverage));

        let book = FontBook::from_infos(infos.iter().map(|(_, _, info)| info.clone()));
        let slots = infos.iter().map(|&(data, index, _)| FontSlot { data, index, font: OnceLock::new() }).collect();
        Ok(PdfFonts { inner: Arc::new(FontsInner { book: LazyHash::new(book), data, slots, families, union }) })
    }

    /// The family names loaded, in load order.
    pub fn families(&self) -> impl Iterator<Item = &str> {
        self.inner.families.iter().map(|f| f.name.as_str())
    }

    /// Whether a family of this name (case-insensitive) is loaded.
    pub fn has_family(&self, name: &str) -> bool {
        self.inner.families.iter().any(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// Whether some loaded family draws every character of this grapheme cluster with one font
    /// (whitespace, controls and default-ignorable characters excepted).
    pub fn covers_cluster(&self, cluster: &str) -> bool {
        let mut chars = cluster.chars().filter(|&c| needs_glyph(c)).peekable();
        let Some(first) = chars.next() else {
            return true;
        };
        if chars.peek().is_none() {
            return self.inner.union.contains(first as u32);
        }
        self.inner
            .families
            .iter()
            .any(|f| cluster.chars().filter(|&c| needs_glyph(c)).all(|c| f.coverage.contains(c as u32)))
    }

    /// Whether some loaded family has a glyph for `c`.
    pub fn covers_char(&self, c: char) -> bool {
        !needs_glyph(c) || self.inner.union.contains(c as u32)
    }

    /// The font fallback chain for a language: its own family first, then the common Noto families, the
    /// embedded fonts, and every other loaded family. Only loaded families are listed.
    pub(crate) fn chain(&self, lang: &LanguageIdentifier) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let push = |name: &str, out: &mut Vec<String>| {
            if let Some(f) = self.inner.families.iter().find(|f| f.name.eq_ignore_ascii_case(name))
                && !out.iter().any(|o| o.eq_ignore_ascii_case(&f.name))
            {
                out.push(f.name.clone());
            }
        };
        for name in language_families(lang) {
            push(name, &mut out);
        }
        for name in PREFERRED_TAIL.iter().chain(EMBEDDED_FAMILIES.iter()) {
            push(name, &mut out);
        }
        let mut rest: Vec<&str> = self.inner.families.iter().map(|f| f.name.as_str()).collect();
        rest.sort_unstable();
        for name in rest {
            push(name, &mut out);
        }
        out
    }

    pub(crate) fn font(&self, index: usize) -> Option<Font> {
        let slot = self.inner.slots.get(index)?;
        slot.font
            .get_or_init(|| {
                let bytes = self.inner.data.get(slot.data)?.bytes()?;
                Font::new(bytes, slot.index)
            })
            .clone()
    }
}

/// Characters that must be drawn by some font. Whitespace, controls and default-ignorable characters
/// (joiners, bidi controls, variation selectors) are handled by typst without a glyph of their own.
pub(crate) fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || typst::text::is_default_ignorable(c))
}

fn ttf_count(bytes: &[u8]) -> u32 {
    // A TrueType/OpenType collection starts with "ttcf" and the face count at offset 8.
    if bytes.len() >= 12 && &bytes[..4] == b"ttcf" {
        u32::from_be_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]).min(256)
    } else {
        1
    }
}

fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), PdfError> {
    let entries = std::fs::read_dir(dir).map_err(|source| PdfError::FontDir { dir: dir.to_path_buf(), source })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            // Unreadable subdirectories are skipped; only the directories the caller named must exist.
            let _ = collect_font_files(&path, out);
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc" | "otc"))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// The families that draw a language best, best first (Noto names as Debian ships them).
pub(crate) fn language_families(lang: &LanguageIdentifier) -> &'static [&'static str] {
    // The script, explicit or CLDR's likely one, picks the family; only Chinese in Hong Kong and Macau also
    // needs the region (its own glyph forms).
    let script = crate::i18n::lang::script(lang);
    let region = lang.region.as_ref().map(|r| r.as_str());
    match script.as_deref() {
        Some("Arab") => &["Noto Sans Arabic"],
        Some("Armn") => &["Noto Sans Armenian"],
        Some("Guru") => &["Noto Sans Gurmukhi"],
        Some("Deva") => &["Noto Sans Devanagari"],
        Some("Khmr") => &["Noto Sans Khmer"],
        Some("Thai") => &["Noto Sans Thai"],
        Some("Laoo") => &["Noto Sans Lao"],
        Some("Hant") if matches!(region, Some("HK" | "MO")) => &["Noto Sans CJK HK", "Noto Sans CJK TC"],
        Some("Hant") => &["Noto Sans CJK TC"],
        Some("Hans") => &["Noto Sans CJK SC"],
        Some("Jpan") => &["Noto Sans CJK JP"],
        Some("Kore") => &["Noto Sans CJK KR"],
        _ => &["Noto Sans"],
    }
}

/// A character the language's own script needs, to check a document language is drawable at all, with the
/// family and Debian package that provide it.
pub(crate) fn language_probe(lang: &LanguageIdentifier) -> (&'static str, &'static str, &'static str) {
    let family = language_families(lang)[0];
    let probe = match family {
        "Noto Sans Arabic" => "\u{0639}",
        "Noto Sans Armenian" => "\u{0531}",
        "Noto Sans Gurmukhi" => "\u{0A15}",
        "Noto Sans Devanagari" => "\u{0915}",
        "Noto Sans Khmer" => "\u{1780}",
        "Noto Sans Thai" => "\u{0E01}",
        "Noto Sans Lao" => "\u{0E81}",
        "Noto Sans CJK JP" => "\u{3042}\u{4E2D}",
        "Noto Sans CJK KR" => "\u{D55C}",
        "Noto Sans CJK SC" | "Noto Sans CJK TC" | "Noto Sans CJK HK" => "\u{4E2D}",
        _ => "a",
    };
    let package = if family.contains("CJK") { "fonts-noto-cjk" } else { "fonts-noto-core" };
    (probe, family, package)
}

/// The script of a character and a family that covers it, for warnings and errors.
pub(crate) fn script_of(c: char) -> (&'static str, &'static str) {
    use unicode_script::{Script, UnicodeScript};
    let script = c.script();
    let family = match script {
        Script::Latin | Script::Greek | Script::Cyrillic | Script::Common | Script::Inherited => "Noto Sans",
        Script::Arabic => "Noto Sans Arabic",
        Script::Armenian => "Noto Sans Armenian",
        Script::Hebrew => "Noto Sans Hebrew",
        Script::Devanagari => "Noto Sans Devanagari",
        Script::Bengali => "Noto Sans Bengali",
        Script::Gurmukhi => "Noto Sans Gurmukhi",
        Script::Gujarati => "Noto Sans Gujarati",
        Script::Tamil => "Noto Sans Tamil",
        Script::Telugu => "Noto Sans Telugu",
        Script::Thai => "Noto Sans Thai",
        Script::Lao => "Noto Sans Lao",
        Script::Khmer => "Noto Sans Khmer",
        Script::Myanmar => "Noto Sans Myanmar",
        Script::Georgian => "Noto Sans Georgian",
        Script::Ethiopic => "Noto Sans Ethiopic",
        Script::Hangul => "Noto Sans CJK KR",
        Script::Hiragana | Script::Katakana => "Noto Sans CJK JP",
        Script::Han | Script::Bopomofo => "Noto Sans CJK SC",
        _ => "a Noto font for this script",
    };
    let family = if script == Script::Common && is_emoji_like(c) { "Noto Color Emoji" } else { family };
    (script.full_name(), family)
}

fn is_emoji_like(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF)
}
