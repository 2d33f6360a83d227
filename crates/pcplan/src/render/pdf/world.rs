//! The in-memory typst [`World`]: one main source, the shared fonts, a fixed date. No file system, no
//! packages, no clock.

use std::sync::{Arc, LazyLock};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::{DocFonts, PdfFonts};

/// The standard library, built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The one file id every render uses. File ids are interned forever, so a fresh id per render would leak.
static MAIN: LazyLock<FileId> = LazyLock::new(|| {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new("/main.typ").expect("a valid virtual path")).intern()
});

pub(crate) struct PcpWorld<'a> {
    fonts: &'a PdfFonts,
    /// The book of the families this document needs.
    doc: Arc<DocFonts>,
    source: Source,
    today: Datetime,
}

impl<'a> PcpWorld<'a> {
    pub(crate) fn new(fonts: &'a PdfFonts, doc: Arc<DocFonts>, markup: String, today: Datetime) -> Self {
        PcpWorld { fonts, doc, source: Source::new(*MAIN, markup), today }
    }
}

impl World for PcpWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.doc.book
    }

    fn main(&self) -> FileId {
        *MAIN
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN { Ok(self.source.clone()) } else { Err(FileError::AccessDenied) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *MAIN { Ok(Bytes::from_string(self.source.text().to_owned())) } else { Err(FileError::AccessDenied) }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(&self.doc, index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
