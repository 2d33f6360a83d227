//! Finding fonts: the system folders by default, acceptance by coverage, the missing-font error naming the
//! interface's setting, the on-disk font index (reused, stale, corrupt, unwritable), and font books holding
//! only the families a document needs.
#![cfg(feature = "pdf")]

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use pcplan::model::Plan;
use pcplan::render::pdf::{PdfError, PdfFonts, markdown_to_typst};
use pcplan::render::{FontCache, SYSTEM_FONT_DIRS};
use pcplan::{Engine, EngineOptions, Format, RenderError, RenderOptions};

use crate::pdf_support;
use pdf_support::{missing, settings};

const NOTO: &str = "/usr/share/fonts/truetype/noto";
const DEJAVU: &str = "/usr/share/fonts/truetype/dejavu";

fn youssef() -> Plan {
    Plan::from_json_str(include_str!("../../../examples/plans/ecm-ar-youssef.json")).unwrap()
}

/// A fresh scratch directory, removed on drop.
struct Scratch(PathBuf);
impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pcplan-fonts-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
    fn join(&self, p: &str) -> PathBuf {
        self.0.join(p)
    }
}
impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn system_font(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(path);
    if p.is_file() {
        Some(p)
    } else {
        missing(&format!("the font file {path} (Debian fonts-noto-core / fonts-dejavu-core)"));
        None
    }
}

fn render_pdf(engine: &Engine, plan: &Plan, lang: &str) -> Result<Vec<u8>, RenderError> {
    let mut options = RenderOptions::new(Format::Pdf);
    options.lang = Some(lang.parse().unwrap());
    engine.render(plan, &options).map(|r| r.bytes)
}

#[test]
fn system_font_folders_are_the_default_and_can_be_turned_off() {
    let options = EngineOptions::default();
    assert!(options.system_fonts);
    let present: Vec<PathBuf> = SYSTEM_FONT_DIRS.iter().map(PathBuf::from).filter(|d| d.is_dir()).collect();
    assert_eq!(options.all_font_dirs(), present);
    let off = EngineOptions { system_fonts: false, ..EngineOptions::default() };
    assert!(off.all_font_dirs().is_empty());

    if !Path::new(NOTO).is_dir() {
        missing("the Debian package fonts-noto-core");
        return;
    }
    // Arabic needs a font outside the binary: found in the system folders with no setting at all.
    let engine = Engine::new(EngineOptions { font_cache: FontCache::Off, ..EngineOptions::default() }).unwrap();
    assert!(render_pdf(&engine, &youssef(), "ar").unwrap().starts_with(b"%PDF"));
    let engine = Engine::new(EngineOptions { font_cache: FontCache::Off, ..off }).unwrap();
    assert!(matches!(render_pdf(&engine, &youssef(), "km"), Err(RenderError::Pdf(PdfError::MissingFonts { .. }))));
}

#[test]
fn the_missing_font_error_names_the_setting_of_the_interface_in_use() {
    let plan = youssef();
    let base = EngineOptions { system_fonts: false, font_cache: FontCache::Off, ..EngineOptions::default() };
    let rust = render_pdf(&Engine::new(base.clone()).unwrap(), &plan, "km").unwrap_err().to_string();
    assert!(rust.contains("EngineOptions::font_dirs"), "{rust}");
    assert!(rust.contains("Noto Sans Khmer") && rust.contains("fonts-noto-core"), "{rust}");
    assert!(!rust.contains("PdfFonts::with_dirs"), "{rust}");

    let cli = EngineOptions { font_dirs_setting: "--font-dir".into(), ..base };
    let message = render_pdf(&Engine::new(cli).unwrap(), &plan, "km").unwrap_err().to_string();
    assert!(message.contains("--font-dir"), "{message}");
    assert!(!message.contains("EngineOptions") && !message.contains("PdfFonts"), "{message}");
}

#[test]
fn a_folder_is_accepted_when_its_fonts_cover_the_script_whatever_their_family() {
    // DejaVu Sans draws Arabic and Farsi (not in every face: its ExtraLight and Oblique faces lack them).
    if !Path::new(DEJAVU).is_dir() {
        missing("the Debian package fonts-dejavu-core");
        return;
    }
    let options = EngineOptions {
        font_dirs: vec![DEJAVU.into()],
        system_fonts: false,
        font_cache: FontCache::Off,
        ..EngineOptions::default()
    };
    let engine = Engine::new(options).unwrap();
    for lang in ["fa", "ar"] {
        let pdf = render_pdf(&engine, &youssef(), lang).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert!(pdf.starts_with(b"%PDF"));
    }
}

#[test]
fn a_missing_font_folder_is_an_error_when_the_engine_is_made() {
    let options = EngineOptions { font_dirs: vec!["/no/such/font/folder".into()], ..EngineOptions::default() };
    match Engine::new(options) {
        Err(RenderError::Pdf(PdfError::FontDir { dir, .. })) => assert_eq!(dir, Path::new("/no/such/font/folder")),
        other => panic!("expected a font folder error, got {other:?}"),
    }
}

/// Sets a file's modification time.
fn set_mtime(path: &Path, time: SystemTime) {
    std::fs::File::options().write(true).open(path).unwrap().set_modified(time).unwrap();
}

/// Overwrites a file with zeros of the same length and puts its modification time back: the index cannot tell.
fn garble_keeping_stamp(path: &Path) {
    let meta = std::fs::metadata(path).unwrap();
    std::fs::write(path, vec![0u8; meta.len() as usize]).unwrap();
    set_mtime(path, meta.modified().unwrap());
}

#[test]
fn the_font_index_spares_reading_known_files_and_rescans_changed_ones() {
    let Some(arabic) = system_font(&format!("{NOTO}/NotoSansArabic-Regular.ttf")) else { return };
    let scratch = Scratch::new("index");
    let (fonts_dir, cache_dir) = (scratch.join("fonts"), scratch.join("cache"));
    std::fs::create_dir_all(&fonts_dir).unwrap();
    let font = fonts_dir.join("a.ttf");
    std::fs::copy(&arabic, &font).unwrap();
    let cache = FontCache::Dir(cache_dir.clone());
    let dirs = [fonts_dir.clone()];

    assert!(PdfFonts::load(&dirs, &cache).unwrap().has_family("Noto Sans Arabic"));
    let index = cache_dir.join("font-index-v1.bin");
    assert!(std::fs::read(&index).unwrap().starts_with(b"PCPFIDX1"));

    // Same path, size and time: the index answers and the (now unreadable) file is not scanned.
    garble_keeping_stamp(&font);
    assert!(PdfFonts::load(&dirs, &cache).unwrap().has_family("Noto Sans Arabic"));
    assert!(!PdfFonts::with_dirs(&dirs).unwrap().has_family("Noto Sans Arabic"), "the file itself is garbage");

    // A new modification time: the entry is stale and the file is scanned again.
    set_mtime(&font, SystemTime::now() + Duration::from_secs(5));
    assert!(!PdfFonts::load(&dirs, &cache).unwrap().has_family("Noto Sans Arabic"));

    // A real font again, under the same stale-looking index: scanned, found, the index rewritten.
    std::fs::copy(&arabic, &font).unwrap();
    assert!(PdfFonts::load(&dirs, &cache).unwrap().has_family("Noto Sans Arabic"));
}

#[test]
fn a_corrupt_or_unwritable_index_falls_back_to_scanning() {
    let Some(arabic) = system_font(&format!("{NOTO}/NotoSansArabic-Regular.ttf")) else { return };
    let scratch = Scratch::new("corrupt");
    let fonts_dir = scratch.join("fonts");
    std::fs::create_dir_all(&fonts_dir).unwrap();
    std::fs::copy(&arabic, fonts_dir.join("a.ttf")).unwrap();
    let dirs = [fonts_dir];

    let cache_dir = scratch.join("cache");
    std::fs::create_dir_all(&cache_dir).unwrap();
    let index = cache_dir.join("font-index-v1.bin");
    for garbage in [&b""[..], b"PCPFIDX1", b"PCPFIDX1\xff\xff\xff\xff\xff\xff\xff\xff{", b"{\"typst\":1}"] {
        std::fs::write(&index, garbage).unwrap();
        let fonts = PdfFonts::load(&dirs, &FontCache::Dir(cache_dir.clone())).unwrap();
        assert!(fonts.has_family("Noto Sans Arabic"));
        assert!(std::fs::read(&index).unwrap().starts_with(b"PCPFIDX1"), "rewritten");
    }

    // The cache "directory" is a file: nothing can be written, the fonts load all the same.
    let blocked = scratch.join("not-a-dir");
    std::fs::write(&blocked, b"x").unwrap();
    let fonts = PdfFonts::load(&dirs, &FontCache::Dir(blocked.join("cache"))).unwrap();
    assert!(fonts.has_family("Noto Sans Arabic"));
}

/// The families of `#let pcp-font-N = (...)` in the Typst source.
fn chain_families(typst: &str) -> Vec<String> {
    typst
        .lines()
        .filter(|l| l.starts_with("#let pcp-font-"))
        .flat_map(|l| l.split('"').skip(1).step_by(2).map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

#[test]
fn a_document_gets_only_the_families_its_languages_and_own_words_need() {
    let Some(fonts) = pdf_support::debian_fonts() else { return };
    let english = chain_families(&markdown_to_typst("# Plan\n\nHello.\n", &settings("en", "Plan"), fonts));
    assert!(english.iter().any(|f| f == "Noto Sans"), "{english:?}");
    assert!(!english.iter().any(|f| f.contains("CJK") || f.contains("Arabic")), "{english:?}");

    let md =
        "# Plan\n\nHello <pcp-lang lang=\"zh-Hant\">王小明</pcp-lang> and <pcp-lang lang=\"ar\">مرحبا</pcp-lang>.\n";
    let mixed = chain_families(&markdown_to_typst(md, &settings("en", "Plan"), fonts));
    for needed in ["Noto Sans", "Noto Sans CJK TC", "Noto Sans Arabic"] {
        assert!(mixed.iter().any(|f| f == needed), "{needed} missing from {mixed:?}");
    }
    assert!(!mixed.iter().any(|f| f.contains("Khmer") || f == "Noto Sans CJK JP"), "{mixed:?}");
    assert!(fonts.families().count() > 50, "the loaded fonts are many more than a document uses");
}
