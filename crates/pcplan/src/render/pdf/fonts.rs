//! Font loading, per-language font choice and glyph coverage.
//!
//! A [`PdfFonts`] is built once (embedded Latin fonts from `typst-assets`, plus every font file found in the
//! caller's directories) and shared by every render. Font files are read once to learn their families and
//! coverage (or not at all when the on-disk index knows them, see `font_index`); a document's book holds the
//! families its text needs; a face's bytes are loaded the first time typst asks for it, and kept after that.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use unic_langid::LanguageIdentifier;

use super::PdfError;
use super::font_index::{self, Index, ScannedFace, Stamp};
use crate::render::FontCache;

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
    fn contains(&self, c: u32) -> bool {
        match self.0.binary_search_by(|&(start, _)| start.cmp(&c)) {
            Ok(_) => true,
            Err(0) => false,
            Err(i) => self.0[i - 1].1 >= c,
        }
    }

    /// From typst's coverage runs: alternating lengths outside and inside, starting outside at U+0000.
    fn from_runs(runs: &[u32]) -> Self {
        let (mut out, mut cursor) = (Vec::with_capacity(runs.len() / 2), 0u32);
        for pair in runs.chunks(2) {
            let start = cursor.saturating_add(pair[0]);
            let len = pair.get(1).copied().unwrap_or(0);
            if len > 0 {
                out.push((start, start.saturating_add(len - 1)));
            }
            cursor = start.saturating_add(len);
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

struct Face {
    data: usize,
    scanned: ScannedFace,
    font: OnceLock<Option<Font>>,
}

/// One family: its faces, and the code points *some* face of it draws (computed on first use). Some is
/// enough: when the face typst picks for a weight or style lacks a character, typst's fallback takes it from
/// another face of the same family.
struct Family {
    name: String,
    faces: Vec<usize>,
    coverage: OnceLock<Ranges>,
}

/// The index of a loaded family.
pub(crate) type FamilyId = usize;

/// The font book of one set of families: what typst sees while compiling a document that needs them.
pub(crate) struct DocFonts {
    pub(crate) book: LazyHash<FontBook>,
    /// The face behind each book index.
    faces: Vec<usize>,
}

/// At most this many distinct books are kept; documents in a few languages need a few.
const MAX_BOOKS: usize = 64;

pub(crate) struct FontsInner {
    data: Vec<FontData>,
    faces: Vec<Face>,
    families: Vec<Family>,
    /// How the caller adds font folders, named in the missing-font error.
    setting: Cow<'static, str>,
    /// Books by their sorted families: the same book (and hash) for every document that needs the same fonts,
    /// so typst's memoization carries over from one render to the next.
    books: Mutex<HashMap<Vec<FamilyId>, Arc<DocFonts>>>,
}

/// The fonts every PDF render uses: indexed once, shared (`Clone` is cheap), `Send + Sync`.
///
/// A font file is read once to learn its faces' families and coverage (or not at all, when the on-disk index
/// of [`PdfFonts::load`] knows it); a document's font book holds only the families its text needs, by the
/// scripts of its language and of the own words it contains, and a face's bytes are read the first time
/// typst draws with it.
///
/// [`PdfFonts::embedded`] has Latin/Greek/Cyrillic fonts only, enough for English, Spanish, Vietnamese,
/// Tagalog, Hmong, Mien, Russian and Ukrainian. Other scripts need font directories, e.g. Debian's
/// `fonts-noto-core` and `fonts-noto-cjk` (under `/usr/share/fonts`, one of
/// [`SYSTEM_FONT_DIRS`](crate::render::SYSTEM_FONT_DIRS)).
#[derive(Clone)]
pub struct PdfFonts {
    pub(crate) inner: Arc<FontsInner>,
}

impl std::fmt::Debug for PdfFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfFonts")
            .field("faces", &self.inner.faces.len())
            .field("families", &self.inner.families.len())
            .finish()
    }
}

/// How a Rust caller of [`PdfFonts`] adds font folders.
const RUST_SETTING: &str = "PdfFonts::with_dirs";

impl PdfFonts {
    /// Only the fonts embedded in the binary (from `typst-assets`).
    pub fn embedded() -> Self {
        Self::build(&[], &FontCache::Off, RUST_SETTING.into()).expect("embedded fonts need no I/O")
    }

    /// The embedded fonts plus every `.ttf`, `.otf`, `.ttc` and `.otc` file found (recursively) in `dirs`,
    /// each read to learn its coverage (no on-disk index). A directory that does not exist or cannot be read
    /// is an error naming it.
    pub fn with_dirs(dirs: &[PathBuf]) -> Result<Self, PdfError> {
        Self::build(dirs, &FontCache::Off, RUST_SETTING.into())
    }

    /// Like [`PdfFonts::with_dirs`], with an on-disk index of the font files (see [`FontCache`]): a file whose
    /// path, size and modification time the index knows is not read until a document draws with it.
    ///
    /// ```
    /// use pcplan::render::FontCache;
    /// use pcplan::render::pdf::PdfFonts;
    /// let cache = std::env::temp_dir().join("pcplan-doc-font-cache");
    /// let fonts = PdfFonts::load(&[], &FontCache::Dir(cache)).unwrap();
    /// assert!(fonts.has_family("Libertinus Serif"));
    /// ```
    pub fn load(dirs: &[PathBuf], cache: &FontCache) -> Result<Self, PdfError> {
        Self::build(dirs, cache, RUST_SETTING.into())
    }

    /// [`PdfFonts::load`], naming `setting` in the missing-font error (e.g. a command-line flag).
    pub(crate) fn load_named(
        dirs: &[PathBuf],
        cache: &FontCache,
        setting: Cow<'static, str>,
    ) -> Result<Self, PdfError> {
        Self::build(dirs, cache, setting)
    }

    fn build(dirs: &[PathBuf], cache: &FontCache, setting: Cow<'static, str>) -> Result<Self, PdfError> {
        let mut files = Vec::new();
        for dir in dirs {
            collect_font_files(dir, &mut files)?;
        }
        files.sort();
        files.dedup();

        let index_path = cache.dir().map(|d| d.join(font_index::FILE_NAME));
        let old = index_path.as_deref().and_then(Index::read).unwrap_or_default();
        let mut new = Index::default();
        let mut scanned_any = false;

        let mut data = Vec::new();
        let mut faces: Vec<Face> = Vec::new();
        let mut add = |source: FontData, scanned: Vec<ScannedFace>, data: &mut Vec<FontData>| {
            if scanned.is_empty() {
                return;
            }
            let d = data.len();
            data.push(source);
            faces.extend(scanned.into_iter().map(|scanned| Face { data: d, scanned, font: OnceLock::new() }));
        };
        let mut lookup = |key: String, stamp: Stamp, read: &dyn Fn() -> Option<Vec<u8>>| -> Vec<ScannedFace> {
            let scanned = match old.files.get(&key) {
                Some((s, faces)) if *s == stamp => faces.clone(),
                _ => {
                    scanned_any = true;
                    // A file that cannot be read or parsed has no faces: one broken font must not stop
                    // every render.
                    read().map(|bytes| ScannedFace::scan(&bytes)).unwrap_or_default()
                }
            };
            new.files.insert(key, (stamp, scanned.clone()));
            scanned
        };
        for (i, bytes) in typst_assets::fonts().enumerate() {
            let stamp = Stamp { size: bytes.len() as u64, mtime_s: 0, mtime_ns: 0 };
            let scanned = lookup(format!("<embedded>/{i}"), stamp, &|| Some(bytes.to_vec()));
            add(FontData::Static(bytes), scanned, &mut data);
        }
        for path in files {
            // Paths that are not UTF-8 cannot be keys of the index; they are scanned every time.
            let (Some(stamp), Some(key)) = (Stamp::of(&path), path.to_str().map(str::to_owned)) else {
                let scanned = std::fs::read(&path).map(|b| ScannedFace::scan(&b)).unwrap_or_default();
                add(FontData::File { path, bytes: OnceLock::new() }, scanned, &mut data);
                continue;
            };
            let scanned = lookup(key, stamp, &|| std::fs::read(&path).ok());
            add(FontData::File { path, bytes: OnceLock::new() }, scanned, &mut data);
        }

        if let Some(index_path) = index_path {
            // Entries of folders this load did not look in stay, for engines with other folders; entries under
            // the folders scanned that are gone are dropped.
            let kept = old.files.len();
            for (key, entry) in old.files {
                let elsewhere = !key.starts_with("<embedded>/") && !dirs.iter().any(|d| Path::new(&key).starts_with(d));
                if elsewhere && !new.files.contains_key(&key) {
                    new.files.insert(key, entry);
                }
            }
            if scanned_any || new.files.len() != kept {
                new.write(&index_path);
            }
        }

        let mut families: Vec<Family> = Vec::new();
        for (i, face) in faces.iter().enumerate() {
            let name = &face.scanned.info.family;
            match families.iter_mut().find(|f| f.name.eq_ignore_ascii_case(name)) {
                Some(f) => f.faces.push(i),
                None => families.push(Family { name: name.clone(), faces: vec![i], coverage: OnceLock::new() }),
            }
        }
        Ok(PdfFonts {
            inner: Arc::new(FontsInner { data, faces, families, setting, books: Mutex::new(HashMap::new()) }),
        })
    }

    /// The family names loaded, in load order.
    pub fn families(&self) -> impl Iterator<Item = &str> {
        self.inner.families.iter().map(|f| f.name.as_str())
    }

    /// Whether a family of this name (case-insensitive) is loaded.
    pub fn has_family(&self, name: &str) -> bool {
        self.family_id(name).is_some()
    }

    /// Whether some loaded family draws every character of this grapheme cluster
    /// (whitespace, controls and default-ignorable characters excepted).
    pub fn covers_cluster(&self, cluster: &str) -> bool {
        !cluster.chars().any(needs_glyph) || self.family_covering(&self.all_families(), cluster).is_some()
    }

    /// Whether some loaded family has a glyph for `c`.
    pub fn covers_char(&self, c: char) -> bool {
        !needs_glyph(c) || self.inner.families.iter().any(|f| self.coverage(f).contains(c as u32))
    }

    fn all_families(&self) -> Vec<FamilyId> {
        (0..self.inner.families.len()).collect()
    }

    fn family_id(&self, name: &str) -> Option<FamilyId> {
        self.inner.families.iter().position(|f| f.name.eq_ignore_ascii_case(name))
    }

    pub(crate) fn family_name(&self, id: FamilyId) -> &str {
        &self.inner.families[id].name
    }

    /// How the caller adds font folders, for the missing-font error.
    pub(crate) fn setting(&self) -> &str {
        &self.inner.setting
    }

    fn coverage<'a>(&self, family: &'a Family) -> &'a Ranges {
        family.coverage.get_or_init(|| {
            family
                .faces
                .iter()
                .map(|&i| Ranges::from_runs(&self.inner.faces[i].scanned.runs))
                .fold(Ranges::default(), |acc, r| acc.union(&r))
        })
    }

    /// The first family of `chain` that draws every character of `text` that needs a glyph.
    pub(crate) fn family_covering(&self, chain: &[FamilyId], text: &str) -> Option<FamilyId> {
        chain.iter().copied().find(|&id| {
            let cov = self.coverage(&self.inner.families[id]);
            text.chars().filter(|&c| needs_glyph(c)).all(|c| cov.contains(c as u32))
        })
    }

    /// The first family of `chain` that has `c` (a whitespace character included).
    pub(crate) fn family_with_char(&self, chain: &[FamilyId], c: char) -> Option<FamilyId> {
        chain.iter().copied().find(|&id| self.coverage(&self.inner.families[id]).contains(c as u32))
    }

    /// The font fallback chain for a language: its own family first, then the common Noto families, the
    /// embedded fonts, and every other loaded family. Only loaded families are listed.
    pub(crate) fn chain(&self, lang: &LanguageIdentifier) -> Vec<FamilyId> {
        let mut out: Vec<FamilyId> = Vec::new();
        let mut push = |id: Option<FamilyId>| {
            if let Some(id) = id
                && !out.contains(&id)
            {
                out.push(id);
            }
        };
        for name in language_families(lang).iter().chain(PREFERRED_TAIL.iter()).chain(EMBEDDED_FAMILIES.iter()) {
            push(self.family_id(name));
        }
        let mut rest: Vec<FamilyId> = self.all_families();
        rest.sort_unstable_by(|&a, &b| self.family_name(a).cmp(self.family_name(b)));
        for id in rest {
            push(Some(id));
        }
        out
    }

    /// The families every document gets besides those its text needs: the embedded ones (typst's own marks,
    /// such as list bullets, and the monospace family for code).
    pub(crate) fn base_families(&self) -> Vec<FamilyId> {
        EMBEDDED_FAMILIES.iter().filter_map(|name| self.family_id(name)).collect()
    }

    /// The font book holding exactly `families` (shared by every document that needs the same ones).
    pub(crate) fn book(&self, families: &[FamilyId]) -> Arc<DocFonts> {
        let mut key = families.to_vec();
        key.sort_unstable();
        key.dedup();
        let mut books = self.inner.books.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(book) = books.get(&key) {
            return Arc::clone(book);
        }
        let faces: Vec<usize> = key.iter().flat_map(|&id| self.inner.families[id].faces.iter().copied()).collect();
        let book = FontBook::from_infos(faces.iter().map(|&i| self.inner.faces[i].scanned.full_info()));
        let doc = Arc::new(DocFonts { book: LazyHash::new(book), faces });
        if books.len() >= MAX_BOOKS {
            books.clear();
        }
        books.insert(key, Arc::clone(&doc));
        doc
    }

    /// The font behind index `index` of `doc`'s book, read on first use.
    pub(crate) fn font(&self, doc: &DocFonts, index: usize) -> Option<Font> {
        let face = self.inner.faces.get(*doc.faces.get(index)?)?;
        face.font
            .get_or_init(|| {
                let bytes = self.inner.data.get(face.data)?.bytes()?;
                Font::new(bytes, face.scanned.index)
            })
            .clone()
    }
}

/// Characters that must be drawn by some font. Whitespace, controls and default-ignorable characters
/// (joiners, bidi controls, variation selectors) are handled by typst without a glyph of their own.
pub(crate) fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || typst::text::is_default_ignorable(c))
}

fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), PdfError> {
    let entries = std::fs::read_dir(dir).map_err(|source| PdfError::FontDir { dir: dir.to_path_buf(), source })?;
    for entry in entries.flatten() {
        let path = entry.path();
        // Following symbolic links: font folders are often links into a package's tree.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
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
