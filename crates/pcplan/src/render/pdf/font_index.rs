//! The on-disk font index: what scanning a font file learnt (its faces' metadata and coverage), keyed by the
//! file's path, size and modification time, so a later process reads only the fonts a document draws with.
//!
//! The file is a cache in the strict sense: anything wrong with it (missing, stale, corrupt, written by another
//! version, unwritable) means scanning the font files again, never an error.
//!
//! Layout: the magic `PCPFIDX1`, a little-endian `u64` length, that many bytes of JSON (the typst version and
//! every file's entry, faces with empty coverage), then the faces' coverage runs as little-endian `u32`s.

use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use typst::text::{Coverage, FontInfo};

const MAGIC: &[u8; 8] = b"PCPFIDX1";
/// typst's `FontInfo` is stored as typst serializes it: an index from another typst version is not trusted.
const TYPST_VERSION: &str = "0.15.1";
/// The index's file name inside the cache directory.
pub(crate) const FILE_NAME: &str = "font-index-v1.bin";

/// What identifies a version of a font file: a change of either means scanning it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    pub(crate) size: u64,
    pub(crate) mtime_s: u64,
    pub(crate) mtime_ns: u32,
}

impl Stamp {
    /// The stamp of a file on disk (following symbolic links), `None` when it cannot be read.
    pub(crate) fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp { size: meta.len(), mtime_s: mtime.as_secs(), mtime_ns: mtime.subsec_nanos() })
    }
}

/// One face as scanned: typst's metadata without its coverage, and the coverage as typst's runs.
#[derive(Debug, Clone)]
pub(crate) struct ScannedFace {
    pub(crate) index: u32,
    /// `info.coverage` is empty; the coverage is in `runs`.
    pub(crate) info: FontInfo,
    /// Alternating lengths of code points outside and inside the coverage, starting outside at U+0000.
    pub(crate) runs: Vec<u32>,
}

impl ScannedFace {
    /// Scans every face of a font file or collection; a face typst cannot read is skipped.
    pub(crate) fn scan(bytes: &[u8]) -> Vec<ScannedFace> {
        (0..face_count(bytes))
            .filter_map(|index| {
                let mut info = FontInfo::new(bytes, index)?;
                let runs = coverage_runs(&info.coverage)?;
                info.coverage = Coverage::from_vec(Vec::new());
                Some(ScannedFace { index, info, runs })
            })
            .collect()
    }

    /// typst's metadata with the coverage put back, for a font book.
    pub(crate) fn full_info(&self) -> FontInfo {
        let mut info = self.info.clone();
        info.coverage = coverage_from_runs(&self.runs);
        info
    }
}

/// The number of faces in a font file: a TrueType/OpenType collection starts with "ttcf" and the count at
/// offset 8.
fn face_count(bytes: &[u8]) -> u32 {
    if bytes.len() >= 12 && &bytes[..4] == b"ttcf" {
        u32::from_be_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]).min(256)
    } else {
        1
    }
}

/// typst keeps a coverage's runs private but serializes them transparently: read them back that way.
fn coverage_runs(coverage: &Coverage) -> Option<Vec<u32>> {
    serde_json::to_value(coverage).ok().and_then(|v| serde_json::from_value(v).ok())
}

fn coverage_from_runs(runs: &[u32]) -> Coverage {
    use serde::de::value::{Error, SeqDeserializer};
    Coverage::deserialize(SeqDeserializer::<_, Error>::new(runs.iter().copied()))
        .unwrap_or_else(|_| Coverage::from_vec(Vec::new()))
}

/// The index as read from or written to disk: every known file's stamp and faces.
#[derive(Debug, Default)]
pub(crate) struct Index {
    pub(crate) files: HashMap<String, (Stamp, Vec<ScannedFace>)>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    typst: String,
    files: Vec<FileEntry>,
}

#[derive(Serialize, Deserialize)]
struct FileEntry {
    path: String,
    stamp: Stamp,
    faces: Vec<FaceEntry>,
}

#[derive(Serialize, Deserialize)]
struct FaceEntry {
    index: u32,
    info: FontInfo,
    /// Offset and length of the runs, in `u32`s from the start of the runs section.
    runs: (usize, usize),
}

impl Index {
    /// Reads an index; `None` when it is missing, unreadable, corrupt or from another typst version.
    pub(crate) fn read(path: &Path) -> Option<Index> {
        let bytes = std::fs::read(path).ok()?;
        Self::decode(&bytes)
    }

    fn decode(bytes: &[u8]) -> Option<Index> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (len, rest) = rest.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        let (json, runs) = (rest.get(..len)?, rest.get(len..)?);
        let header: Header = serde_json::from_slice(json).ok()?;
        if header.typst != TYPST_VERSION || runs.len() % 4 != 0 {
            return None;
        }
        let runs: Vec<u32> = runs.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let mut files = HashMap::with_capacity(header.files.len());
        for file in header.files {
            let mut faces = Vec::with_capacity(file.faces.len());
            for face in file.faces {
                let (at, len) = face.runs;
                let face_runs = runs.get(at..at.checked_add(len)?)?.to_vec();
                faces.push(ScannedFace { index: face.index, info: face.info, runs: face_runs });
            }
            files.insert(file.path, (file.stamp, faces));
        }
        Some(Index { files })
    }

    fn encode(&self) -> Option<Vec<u8>> {
        let mut runs: Vec<u32> = Vec::new();
        let mut paths: Vec<&String> = self.files.keys().collect();
        paths.sort();
        let mut entries = Vec::with_capacity(paths.len());
        for path in paths {
            let (stamp, faces) = &self.files[path];
            let faces = faces
                .iter()
                .map(|f| {
                    let at = runs.len();
                    runs.extend_from_slice(&f.runs);
                    FaceEntry { index: f.index, info: f.info.clone(), runs: (at, f.runs.len()) }
                })
                .collect();
            entries.push(FileEntry { path: path.clone(), stamp: *stamp, faces });
        }
        let json = serde_json::to_vec(&Header { typst: TYPST_VERSION.to_owned(), files: entries }).ok()?;
        let mut out = Vec::with_capacity(16 + json.len() + runs.len() * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(json.len() as u64).to_le_bytes());
        out.extend_from_slice(&json);
        for r in runs {
            out.extend_from_slice(&r.to_le_bytes());
        }
        Some(out)
    }

    /// Writes the index atomically (a temporary file renamed over the old one, so a concurrent reader sees
    /// one whole version). Failures are ignored: the next process scans again.
    pub(crate) fn write(&self, path: &Path) {
        let (Some(dir), Some(bytes)) = (path.parent(), self.encode()) else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let nanos = std::time::SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let tmp = dir.join(format!(".{FILE_NAME}.{}.{nanos}.tmp", std::process::id()));
        if std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded_faces() -> Vec<ScannedFace> {
        ScannedFace::scan(typst_assets::fonts().next().expect("typst-assets has fonts"))
    }

    #[test]
    fn runs_round_trip_through_the_index_bytes() {
        let faces = embedded_faces();
        assert!(!faces.is_empty());
        let stamp = Stamp { size: 1, mtime_s: 2, mtime_ns: 3 };
        let mut index = Index::default();
        index.files.insert("a.ttf".into(), (stamp, faces.clone()));
        let back = Index::decode(&index.encode().unwrap()).unwrap();
        let (back_stamp, back_faces) = &back.files["a.ttf"];
        assert_eq!(*back_stamp, stamp);
        assert_eq!(back_faces.len(), faces.len());
        for (a, b) in faces.iter().zip(back_faces) {
            assert_eq!(a.full_info(), b.full_info());
            assert!(b.full_info().coverage.contains('a' as u32));
        }
    }

    #[test]
    fn truncated_or_foreign_bytes_are_not_an_index() {
        let mut index = Index::default();
        index.files.insert("a.ttf".into(), (Stamp { size: 1, mtime_s: 2, mtime_ns: 3 }, embedded_faces()));
        let bytes = index.encode().unwrap();
        for cut in [0, 4, 8, 12, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(Index::decode(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        assert!(Index::decode(b"not an index at all").is_none());
    }
}
