//! Plans given in bulk: a directory of `*.json` files, an NDJSON file (one plan a line), or single files.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use pcplan::model::Plan;

use crate::common::{Failure, bad_input};

/// One plan to read, named for output files and messages.
#[derive(Debug)]
pub struct Input {
    /// A name unique in the batch: the file's stem, or `STEM-LINE` for a line of an NDJSON file.
    pub name: String,
    /// Where it is, for messages: `plans/rosa.json` or `plans.ndjson:12`.
    pub origin: String,
    source: Source,
}

#[derive(Debug)]
enum Source {
    File(PathBuf),
    Line(String),
}

/// Why one plan of many could not be used: the stage and a message with paths and codes only.
#[derive(Debug)]
pub struct InputError {
    /// `read` (the file could not be read) or `load` (not a valid plan).
    pub stage: &'static str,
    /// What went wrong.
    pub message: String,
}

impl Input {
    /// The plan's bytes, re-read from disk for a file (so a batch holds one plan at a time per worker).
    fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, InputError> {
        match &self.source {
            Source::File(path) => std::fs::read(path)
                .map(Into::into)
                .map_err(|e| InputError { stage: "read", message: format!("could not read {}: {e}", self.origin) }),
            Source::Line(text) => Ok(text.as_bytes().into()),
        }
    }

    /// Reads and parses the plan.
    pub fn load(&self) -> Result<Plan, InputError> {
        Plan::from_json_slice(&self.bytes()?)
            .map_err(|e| InputError { stage: "load", message: format!("{}: {e}", self.origin) })
    }
}

/// The plans in `path`: every `*.json` entry of a directory (sorted by name; entries that are not readable
/// files are kept, so the batch reports them), every non-blank line of a `.ndjson`/`.jsonl` file, or the file.
pub fn list(path: &Path) -> Result<Vec<Input>, Failure> {
    let meta = std::fs::metadata(path).map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))?;
    if meta.is_dir() {
        let entries =
            std::fs::read_dir(path).map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("json")))
            .collect();
        files.sort();
        Ok(files.into_iter().map(file_input).collect())
    } else if path.extension().is_some_and(|x| x == "ndjson" || x == "jsonl") {
        let file =
            std::fs::File::open(path).map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))?;
        let stem = stem(path);
        let mut out = Vec::new();
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| bad_input(format!("{}:{}: {e}", path.display(), i + 1)))?;
            if line.trim().is_empty() {
                continue;
            }
            out.push(Input {
                name: format!("{stem}-{}", i + 1),
                origin: format!("{}:{}", path.display(), i + 1),
                source: Source::Line(line),
            });
        }
        Ok(out)
    } else {
        Ok(vec![file_input(path.to_path_buf())])
    }
}

fn file_input(path: PathBuf) -> Input {
    Input { name: stem(&path), origin: path.display().to_string(), source: Source::File(path) }
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "plan".into())
}
