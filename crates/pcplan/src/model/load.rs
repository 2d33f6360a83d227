//! Reading a plan from JSON, with errors that say where and what was expected, and never repeat the input.

use std::collections::HashSet;
use std::io::Read;

use serde_json::Value;

use super::migrate::migrate;
use super::pointer::{Token, from_serde_path, pointer};
use super::{Id, Plan};

/// Limits applied while reading a plan. The defaults suit real plans with a wide margin; an embedding
/// server can tighten them.
///
/// ```
/// use pcplan::model::{LoadOptions, Plan};
/// let options = LoadOptions { max_bytes: 100, ..LoadOptions::default() };
/// let err = Plan::from_json_slice_with(&[b' '; 200], &options).unwrap_err();
/// assert_eq!(err.code(), "too-large");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// Largest accepted document, in bytes (default 8 MiB).
    pub max_bytes: usize,
    /// Deepest accepted nesting of arrays and objects (default 32; the model itself needs 8).
    pub max_depth: usize,
    /// Most items accepted in one array (default 5,000).
    pub max_array_len: usize,
    /// Longest accepted string, in bytes (default 100,000).
    pub max_string_bytes: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions { max_bytes: 8 << 20, max_depth: 32, max_array_len: 5_000, max_string_bytes: 100_000 }
    }
}

/// Why a plan could not be read. Every variant says where (a JSON Pointer such as `/supports/2/interval`, or a
/// line and column for syntax errors) and what was expected; none repeats a value from the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is empty or only whitespace.
    #[error("the document is empty; expected a JSON object describing a plan")]
    Empty,
    /// The input is larger than [`LoadOptions::max_bytes`].
    #[error("the document is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// The input is not UTF-8.
    #[error("invalid UTF-8 at line {line} column {column}; expected UTF-8 text")]
    InvalidUtf8 {
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// The input is not well-formed JSON.
    #[error("JSON syntax error at line {line} column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// Arrays and objects nest deeper than allowed.
    #[error("at {path}: nested deeper than the limit of {limit} levels")]
    TooDeep {
        /// Where the limit was crossed.
        path: String,
        /// The limit.
        limit: usize,
    },
    /// A string is longer than allowed.
    #[error("at {path}: text longer than the limit of {limit} bytes")]
    StringTooLong {
        /// Where.
        path: String,
        /// The limit.
        limit: usize,
    },
    /// An array has more items than allowed.
    #[error("at {path}: more than the limit of {limit} items")]
    ArrayTooLong {
        /// Where.
        path: String,
        /// The limit.
        limit: usize,
    },
    /// The plan was written by a newer version of the format.
    #[error("at /schemaVersion: version {found} is newer than this library reads (up to {supported})")]
    UnsupportedSchemaVersion {
        /// The version in the document.
        found: u64,
        /// The newest version this library reads.
        supported: u32,
    },
    /// A value has the wrong type or form, a required field is missing, or a field is unknown.
    #[error("at {path}: {expected}")]
    Invalid {
        /// Where.
        path: String,
        /// What was expected there.
        expected: String,
    },
    /// Two entities of the same kind share an id.
    #[error("at {path}: this id is already used by another {kind}; expected ids to be unique")]
    DuplicateId {
        /// The second use of the id.
        path: String,
        /// The kind of entity.
        kind: &'static str,
    },
    /// A link names an id that does not exist.
    #[error("at {path}: no {target} has this id; expected the id of a {target} in this plan")]
    DanglingReference {
        /// The link.
        path: String,
        /// The kind of entity the link should name.
        target: &'static str,
    },
    /// Reading from the source failed.
    #[error("could not read the document: {0}")]
    Io(String),
}

impl LoadError {
    /// The error with its JSON Pointer rewritten by `f`.
    fn map_path(self, f: impl Fn(&str) -> String) -> LoadError {
        match self {
            LoadError::Invalid { path, expected } => LoadError::Invalid { path: f(&path), expected },
            LoadError::DuplicateId { path, kind } => LoadError::DuplicateId { path: f(&path), kind },
            LoadError::DanglingReference { path, target } => LoadError::DanglingReference { path: f(&path), target },
            other => other,
        }
    }
}

/// What kind of load error, for programs to branch on without the details: `match e.kind()`.
///
/// ```
/// use pcplan::model::{LoadErrorKind, Plan};
/// let err = Plan::from_json_str("{").unwrap_err();
/// assert_eq!(err.kind(), LoadErrorKind::Syntax);
/// assert_eq!(err.kind().as_str(), "syntax");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The document is empty.
    Empty,
    /// Larger than [`LoadOptions::max_bytes`].
    TooLarge,
    /// Not UTF-8.
    InvalidUtf8,
    /// Not JSON.
    Syntax,
    /// Nested deeper than [`LoadOptions::max_depth`].
    TooDeep,
    /// A string longer than [`LoadOptions::max_string_bytes`].
    StringTooLong,
    /// An array longer than [`LoadOptions::max_array_len`].
    ArrayTooLong,
    /// A newer schema version than this library reads.
    UnsupportedSchemaVersion,
    /// A wrong type, a missing or unknown field, a malformed value.
    Invalid,
    /// Two entities with the same id.
    DuplicateId,
    /// A link to an id nothing has.
    DanglingReference,
    /// Reading from the source failed.
    Io,
}

impl LoadErrorKind {
    /// The stable code: `empty`, `too-large`, `invalid-utf8`, `syntax`, `too-deep`, `string-too-long`,
    /// `array-too-long`, `unsupported-schema-version`, `invalid`, `duplicate-id`, `dangling-reference`, `io`.
    pub fn as_str(self) -> &'static str {
        match self {
            LoadErrorKind::Empty => "empty",
            LoadErrorKind::TooLarge => "too-large",
            LoadErrorKind::InvalidUtf8 => "invalid-utf8",
            LoadErrorKind::Syntax => "syntax",
            LoadErrorKind::TooDeep => "too-deep",
            LoadErrorKind::StringTooLong => "string-too-long",
            LoadErrorKind::ArrayTooLong => "array-too-long",
            LoadErrorKind::UnsupportedSchemaVersion => "unsupported-schema-version",
            LoadErrorKind::Invalid => "invalid",
            LoadErrorKind::DuplicateId => "duplicate-id",
            LoadErrorKind::DanglingReference => "dangling-reference",
            LoadErrorKind::Io => "io",
        }
    }
}

impl std::fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl LoadError {
    /// What kind of error this is.
    pub fn kind(&self) -> LoadErrorKind {
        match self {
            LoadError::Empty => LoadErrorKind::Empty,
            LoadError::TooLarge { .. } => LoadErrorKind::TooLarge,
            LoadError::InvalidUtf8 { .. } => LoadErrorKind::InvalidUtf8,
            LoadError::Syntax { .. } => LoadErrorKind::Syntax,
            LoadError::TooDeep { .. } => LoadErrorKind::TooDeep,
            LoadError::StringTooLong { .. } => LoadErrorKind::StringTooLong,
            LoadError::ArrayTooLong { .. } => LoadErrorKind::ArrayTooLong,
            LoadError::UnsupportedSchemaVersion { .. } => LoadErrorKind::UnsupportedSchemaVersion,
            LoadError::Invalid { .. } => LoadErrorKind::Invalid,
            LoadError::DuplicateId { .. } => LoadErrorKind::DuplicateId,
            LoadError::DanglingReference { .. } => LoadErrorKind::DanglingReference,
            LoadError::Io(_) => LoadErrorKind::Io,
        }
    }

    /// The kind's stable code ([`LoadErrorKind::as_str`]), e.g. `"syntax"`.
    pub fn code(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The JSON Pointer the error is about, when there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            LoadError::TooDeep { path, .. }
            | LoadError::StringTooLong { path, .. }
            | LoadError::ArrayTooLong { path, .. }
            | LoadError::Invalid { path, .. }
            | LoadError::DuplicateId { path, .. }
            | LoadError::DanglingReference { path, .. } => Some(path),
            LoadError::UnsupportedSchemaVersion { .. } => Some("/schemaVersion"),
            _ => None,
        }
    }

    /// Line and column (1-based) for errors found while parsing the text.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::InvalidUtf8 { line, column } | LoadError::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

impl Plan {
    /// Reads a plan from JSON text with the default [`LoadOptions`].
    pub fn from_json_str(json: &str) -> Result<Plan, LoadError> {
        Plan::from_json_slice_with(json.as_bytes(), &LoadOptions::default())
    }

    /// Reads a plan from JSON bytes with the default [`LoadOptions`].
    pub fn from_json_slice(json: &[u8]) -> Result<Plan, LoadError> {
        Plan::from_json_slice_with(json, &LoadOptions::default())
    }

    /// Reads a plan from a reader, reading at most `max_bytes` (plus one, to detect an oversized input).
    pub fn from_json_reader<R: Read>(reader: R, options: &LoadOptions) -> Result<Plan, LoadError> {
        let mut buf = Vec::new();
        let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX).saturating_add(1);
        reader.take(limit).read_to_end(&mut buf).map_err(|e| LoadError::Io(e.kind().to_string()))?;
        Plan::from_json_slice_with(&buf, options)
    }

    /// Reads a plan from JSON bytes: checks size, UTF-8, syntax, limits, the schema version, every field's
    /// type and form, unique ids, and that every link names an existing entity.
    pub fn from_json_slice_with(json: &[u8], options: &LoadOptions) -> Result<Plan, LoadError> {
        Plan::checked(parse_limited(json, options)?)
    }

    /// Reads a plan from JSON already in memory (e.g. plan JSON an import mapped), with every check of
    /// [`Plan::from_json_slice_with`] that applies to a value: nesting, string and array limits, the schema
    /// version, every field's type and form, unique ids and links.
    // Used by the FHIR import; a plain library build has no caller yet.
    #[cfg_attr(not(feature = "fhir"), allow(dead_code))]
    pub(crate) fn from_json_value(value: Value, options: &LoadOptions) -> Result<Plan, LoadError> {
        check_limits(&value, options, &mut Vec::new())?;
        Plan::checked(value)
    }

    /// The checks after parsing and limits: migration, dates, types, ids, links, supports.
    fn checked(value: Value) -> Result<Plan, LoadError> {
        let version = value.get("schemaVersion").and_then(Value::as_u64);
        let value = migrate(value)?;
        let typed = || {
            if any_far_date(&value) {
                check_dates(&value, date_schema(), &mut Vec::new())?;
            }
            let plan: Plan = deserialize_at(value)?;
            check_references(&plan)?;
            check_supports(&plan)?;
            Ok(plan)
        };
        // An error in a migrated plan names the place in the file as the caller wrote it.
        typed().map_err(|e: LoadError| match version {
            Some(v) if v < u64::from(super::SCHEMA_VERSION) => e.map_path(super::migrate::v1_pointer),
            _ => e,
        })
    }

    /// Writes the plan as pretty-printed JSON.
    pub fn to_json_pretty(&self) -> String {
        // Serializing model types to a string has no failure mode (string keys, no non-finite numbers from
        // JSON input); a NaN set from Rust becomes null.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Checks size, UTF-8, emptiness, nesting, syntax and the string and array limits, and returns the parsed
/// value. Shared by every JSON document the library reads (plans, service records).
pub(crate) fn parse_limited(json: &[u8], options: &LoadOptions) -> Result<Value, LoadError> {
    if json.len() > options.max_bytes {
        return Err(LoadError::TooLarge { limit: options.max_bytes });
    }
    let text = std::str::from_utf8(json).map_err(|e| {
        let (line, column) = line_column(&json[..e.valid_up_to()]);
        LoadError::InvalidUtf8 { line, column }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    // Nesting is checked on the text first, so a document nested deeper than the parser's own recursion
    // limit still gets an error that says where.
    if let Some(err) = nesting_error(text, options.max_depth) {
        return Err(err);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| syntax_error(&e, options))?;
    check_limits(&value, options, &mut Vec::new())?;
    Ok(value)
}

/// Deserializes a checked value into `T`, turning serde's message into a JSON Pointer and what was expected,
/// without any value from the input.
pub(crate) fn deserialize_at<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, LoadError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut path = from_serde_path(e.path());
        let expected = describe(&e.inner().to_string(), &mut path);
        LoadError::Invalid { path, expected }
    })
}

fn line_column(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn syntax_error(e: &serde_json::Error, options: &LoadOptions) -> LoadError {
    let full = e.to_string();
    // serde_json's syntax messages are fixed phrases ("EOF while parsing an object", "expected `,` or `}`");
    // strip the position suffix it appends, since we report line and column as fields.
    let message = full.split(" at line ").next().unwrap_or(&full).to_owned();
    if message.contains("recursion limit") {
        return LoadError::TooDeep { path: String::new(), limit: options.max_depth };
    }
    LoadError::Syntax { line: e.line(), column: e.column(), message }
}

/// Finds the first array or object nested deeper than `max_depth` by scanning the text (strings skipped), and
/// returns a [`LoadError::TooDeep`] with its JSON Pointer. Malformed text is left to the parser.
fn nesting_error(text: &str, max_depth: usize) -> Option<LoadError> {
    enum Frame {
        Object { key: Option<(usize, usize)>, expecting_key: bool },
        Array { index: usize },
    }
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expecting_key: true }) = stack.last_mut() {
                    *key = Some((start, (i + 1).min(bytes.len())));
                }
            }
            b'{' | b'[' => {
                if stack.len() >= max_depth.saturating_add(1) {
                    // Keys are decoded from the raw text (escapes and all); an object whose key is not read yet
                    // contributes an empty token, as the document has none there.
                    let keys: Vec<String> = stack
                        .iter()
                        .map(|frame| match frame {
                            Frame::Object { key: Some((s, e)), .. } => {
                                serde_json::from_str(&text[*s..*e]).unwrap_or_default()
                            }
                            _ => String::new(),
                        })
                        .collect();
                    let path = pointer(stack.iter().zip(&keys).map(|(frame, key)| match frame {
                        Frame::Array { index } => Token::Index(*index),
                        Frame::Object { .. } => Token::Key(key),
                    }));
                    return Some(LoadError::TooDeep { path, limit: max_depth });
                }
                stack.push(if bytes[i] == b'{' {
                    Frame::Object { key: None, expecting_key: true }
                } else {
                    Frame::Array { index: 0 }
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn check_limits<'a>(value: &'a Value, o: &LoadOptions, path: &mut Vec<Token<'a>>) -> Result<(), LoadError> {
    if path.len() > o.max_depth {
        return Err(LoadError::TooDeep { path: pointer(path.iter().copied()), limit: o.max_depth });
    }
    match value {
        Value::String(s) if s.len() > o.max_string_bytes => {
            Err(LoadError::StringTooLong { path: pointer(path.iter().copied()), limit: o.max_string_bytes })
        }
        Value::Array(items) => {
            if items.len() > o.max_array_len {
                return Err(LoadError::ArrayTooLong { path: pointer(path.iter().copied()), limit: o.max_array_len });
            }
            for (i, item) in items.iter().enumerate() {
                path.push(Token::Index(i));
                check_limits(item, o, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Object(map) => {
            for (k, v) in map {
                if k.len() > o.max_string_bytes {
                    return Err(LoadError::StringTooLong {
                        path: pointer(path.iter().copied()),
                        limit: o.max_string_bytes,
                    });
                }
                path.push(Token::Key(k));
                check_limits(v, o, path)?;
                path.pop();
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The plan's JSON Schema, generated once: it says which values are dates (`format: date`).
fn date_schema() -> &'static Value {
    static SCHEMA: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(super::json_schema)
}

/// Every value the schema marks `format: date` is a calendar date whose year has four digits, 0001 to 9999, as
/// RFC 3339's `full-date` (the schema's `format: date`) says. chrono alone would also accept `+10000-01-01` and
/// `-0001-01-01`, which no document format can show and no record needs. The walk follows the schema beside the
/// document; shapes the schema does not expect are left to the deserializer, which reports them.
fn check_dates<'a>(value: &'a Value, schema: &Value, path: &mut Vec<Token<'a>>) -> Result<(), LoadError> {
    let schema = resolve(schema);
    if schema.get("format").and_then(Value::as_str) == Some("date")
        && let Value::String(s) = value
        && !four_digit_year(s)
    {
        return Err(LoadError::Invalid {
            path: pointer(path.iter().copied()),
            expected: "expected a date from 0001-01-01 to 9999-12-31, written YYYY-MM-DD".into(),
        });
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for branch in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            if branch_may_apply(value, resolve(branch)) {
                check_dates(value, branch, path)?;
            }
        }
    }
    match value {
        Value::Object(map) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties").filter(|a| a.is_object());
            for (k, v) in map {
                if let Some(sub) = properties.and_then(|p| p.get(k)).or(additional) {
                    path.push(Token::Key(k));
                    check_dates(v, sub, path)?;
                    path.pop();
                }
            }
        }
        Value::Array(items) => {
            if let Some(sub) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    path.push(Token::Index(i));
                    check_dates(item, sub, path)?;
                    path.pop();
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Follows `$ref`s into the schema's `$defs`.
fn resolve(mut schema: &Value) -> &Value {
    for _ in 0..16 {
        let Some(name) = schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) else {
            break;
        };
        match date_schema().get("$defs").and_then(|d| d.get(name)) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

/// A branch of a tagged union applies only when the document's tag matches the branch's `const`.
fn branch_may_apply(value: &Value, branch: &Value) -> bool {
    let Some(properties) = branch.get("properties").and_then(Value::as_object) else { return true };
    properties.iter().all(|(k, sub)| match (sub.get("const"), value.get(k)) {
        (Some(tag), Some(found)) => tag == found,
        (Some(_), None) => false,
        _ => true,
    })
}

/// Whether some string of the document is written like a date whose year is not four digits, 0001 to 9999
/// (`+10000-01-01`, `-0001-12-31`, `0000-06-15`). Only then can [`check_dates`] find anything, so the schema
/// walk, which knows which fields are dates, runs only then: a plain pass over the strings costs a fraction of
/// it, and any other string in a date field is refused by the typed read.
fn any_far_date(value: &Value) -> bool {
    match value {
        Value::String(s) => written_like_a_date(s) && !four_digit_year(s),
        Value::Array(items) => items.iter().any(any_far_date),
        Value::Object(map) => map.values().any(any_far_date),
        _ => false,
    }
}

/// `[+-]digits-MM-DD`: the shapes chrono reads as a date.
fn written_like_a_date(s: &str) -> bool {
    // Most strings are text: one look at the first byte and the length settles them.
    if s.len() > 24 || !s.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'+' || b == b'-') {
        return false;
    }
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mut parts = body.split('-');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d), None) => digits(y) && digits(m) && digits(d),
        _ => false,
    }
}

fn four_digit_year(date: &str) -> bool {
    let year = date.split('-').next().unwrap_or_default();
    year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && year != "0000"
}

/// Turns a serde message into "what was expected", dropping any value it quotes from the input.
fn describe(message: &str, path: &mut String) -> String {
    let after_expected = |m: &str| m.split_once(", expected ").map(|(_, e)| e.to_owned());
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let found = rest.split([' ', ',']).next().unwrap_or("value");
        let found = match found {
            "floating" => "a number",
            "integer" => "an integer",
            "string" => "text",
            "boolean" => "true or false",
            "map" => "an object",
            "sequence" => "an array",
            "unit" | "null" => "null",
            _ => "another type",
        };
        let expected = after_expected(rest).unwrap_or_else(|| "another type".into());
        return format!("expected {expected}, found {found}");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return format!("expected {}", after_expected(rest).unwrap_or_else(|| "a valid value".into()));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return format!("unknown value; expected {}", after_expected(rest).unwrap_or_else(|| "a listed value".into()));
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((field, expected)) = rest.split_once("`, expected ") {
            append_key(path, field);
            return format!("unknown field; expected {expected}");
        }
        if let Some((field, _)) = rest.split_once('`') {
            append_key(path, field);
        }
        return "unknown field; this object takes no other fields".into();
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        append_key(path, field);
        return "missing; expected this required field".into();
    }
    if message.starts_with("invalid length ") {
        return format!("expected {}", after_expected(message).unwrap_or_else(|| "another length".into()));
    }
    if message.starts_with("expected ") {
        // Our own types' messages (language tag, id, digest): fixed text with no input in it.
        return message.to_owned();
    }
    if CHRONO_MESSAGES.iter().any(|m| message.starts_with(m)) {
        return "expected a real calendar date written YYYY-MM-DD".into();
    }
    "expected a valid value here".into()
}

const CHRONO_MESSAGES: &[&str] = &[
    "input is out of range",
    "no possible date and time",
    "input is not enough",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
    "bad or unsupported format",
];

fn append_key(path: &mut String, key: &str) {
    let escaped = pointer([Token::Key(key)]);
    if !path.ends_with(&escaped) {
        path.push_str(&escaped);
    }
}

/// Checks that ids are unique per kind and every link names an existing entity.
fn check_references(plan: &Plan) -> Result<(), LoadError> {
    fn unique<'a, T>(
        items: &'a [T],
        id: impl Fn(&'a T) -> &'a Id,
        base: &str,
        kind: &'static str,
    ) -> Result<HashSet<&'a str>, LoadError> {
        let mut seen = HashSet::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if !seen.insert(id(item).as_str()) {
                return Err(LoadError::DuplicateId { path: format!("{base}/{i}/id"), kind });
            }
        }
        Ok(seen)
    }
    let check = |set: &HashSet<&str>, id: &Id, path: &dyn Fn() -> String, target| {
        if set.contains(id.as_str()) { Ok(()) } else { Err(LoadError::DanglingReference { path: path(), target }) }
    };
    let goals = unique(&plan.goals, |g| &g.id, "/goals", "goal")?;
    let needs = unique(&plan.needs, |n| &n.id, "/needs", "need")?;
    let supports = unique(&plan.supports, |s| &s.id, "/supports", "support")?;
    let team = unique(&plan.team, |t| &t.id, "/team", "team member")?;
    let reps = unique(&plan.representatives, |r| &r.id, "/representatives", "representative")?;
    unique(&plan.risks, |r| &r.id, "/risks", "risk")?;
    unique(&plan.modifications, |m| &m.id, "/modifications", "modification")?;
    unique(&plan.meetings, |m| &m.id, "/meetings", "meeting")?;
    unique(&plan.monitoring, |m| &m.id, "/monitoring", "monitoring entry")?;
    unique(&plan.feedback, |f| &f.id, "/feedback", "feedback entry")?;
    unique(&plan.life_events, |e| &e.id, "/lifeEvents", "life event")?;
    unique(&plan.update_requests, |u| &u.id, "/updateRequests", "update request")?;
    unique(&plan.signatures, |s| &s.id, "/signatures", "signature")?;
    unique(&plan.distribution, |d| &d.id, "/distribution", "distribution record")?;
    let recipients = unique(&plan.recipients, |r| &r.id, "/recipients", "recipient")?;
    for (path, mark) in super::confidential_marks(plan) {
        for (i, id) in mark.shared_with.iter().enumerate() {
            check(&recipients, id, &|| format!("{path}/confidential/sharedWith/{i}"), "recipient")?;
        }
    }
    for (i, r) in plan.recipients.iter().enumerate() {
        if let Some(id) = &r.team_member_id {
            check(&team, id, &|| format!("/recipients/{i}/teamMemberId"), "team member")?;
        }
        if let Some(id) = &r.representative_id {
            check(&reps, id, &|| format!("/recipients/{i}/representativeId"), "representative")?;
        }
    }
    for (i, d) in plan.distribution.iter().enumerate() {
        if let Some(id) = &d.recipient_id {
            check(&recipients, id, &|| format!("/distribution/{i}/recipientId"), "recipient")?;
        }
    }

    let mut steps = HashSet::new();
    for (g, goal) in plan.goals.iter().enumerate() {
        for (s, step) in goal.steps.iter().enumerate() {
            if !steps.insert(step.id.as_str()) {
                return Err(LoadError::DuplicateId { path: format!("/goals/{g}/steps/{s}/id"), kind: "step" });
            }
        }
    }

    for (g, goal) in plan.goals.iter().enumerate() {
        for (i, id) in goal.need_ids.iter().enumerate() {
            check(&needs, id, &|| format!("/goals/{g}/needIds/{i}"), "need")?;
        }
        for (s, step) in goal.steps.iter().enumerate() {
            if let Some(id) = &step.responsible_id {
                check(&team, id, &|| format!("/goals/{g}/steps/{s}/responsibleId"), "team member")?;
            }
        }
    }
    for (s, support) in plan.supports.iter().enumerate() {
        for (i, id) in support.goal_ids.iter().enumerate() {
            check(&goals, id, &|| format!("/supports/{s}/goalIds/{i}"), "goal")?;
        }
        for (i, id) in support.need_ids.iter().enumerate() {
            check(&needs, id, &|| format!("/supports/{s}/needIds/{i}"), "need")?;
        }
        if let Some(id) = support.provider.as_ref().and_then(|p| p.team_member_id.as_ref()) {
            check(&team, id, &|| format!("/supports/{s}/provider/teamMemberId"), "team member")?;
        }
    }
    if let Some(id) = plan.plan_monitor.as_ref().and_then(|m| m.team_member_id.as_ref()) {
        check(&team, id, &|| "/planMonitor/teamMemberId".into(), "team member")?;
    }
    if let Some(coi) = plan.planner.as_ref().and_then(|p| p.conflict_of_interest.as_ref()) {
        for (i, id) in coi.support_ids.iter().enumerate() {
            check(&supports, id, &|| format!("/planner/conflictOfInterest/supportIds/{i}"), "support")?;
        }
    }
    for (m, meeting) in plan.meetings.iter().enumerate() {
        for (a, attendee) in meeting.attendees.iter().enumerate() {
            if let Some(id) = &attendee.team_member_id {
                check(&team, id, &|| format!("/meetings/{m}/attendees/{a}/teamMemberId"), "team member")?;
            }
        }
    }
    for (m, entry) in plan.monitoring.iter().enumerate() {
        for (i, id) in entry.support_ids.iter().enumerate() {
            check(&supports, id, &|| format!("/monitoring/{m}/supportIds/{i}"), "support")?;
        }
    }
    for (s, sig) in plan.signatures.iter().enumerate() {
        if let Some(id) = &sig.signer_id
            && !team.contains(id.as_str())
            && !reps.contains(id.as_str())
        {
            return Err(LoadError::DanglingReference {
                path: format!("/signatures/{s}/signerId"),
                target: "team member or representative",
            });
        }
    }
    if let Some(ecm) = &plan.program_sections.ecm {
        check(&team, &ecm.lead_care_manager_id, &|| "/programSections/ecm/leadCareManagerId".into(), "team member")?;
    }
    Ok(())
}

/// Checks what a support's types cannot say alone: a schedule's parts fit together, and a code has at most four
/// modifiers.
fn check_supports(plan: &Plan) -> Result<(), LoadError> {
    let invalid = |path: String, expected: &str| Err(LoadError::Invalid { path, expected: expected.to_owned() });
    for (i, support) in plan.supports.iter().enumerate() {
        if let Some(code) = &support.code
            && code.modifiers.len() > 4
        {
            return invalid(format!("/supports/{i}/code/modifiers/4"), "expected at most four modifiers");
        }
        let Some(s) = &support.schedule else { continue };
        let base = format!("/supports/{i}/schedule");
        let repeats = s.period_unit.is_some() || s.every.is_some() || !s.days_of_week.is_empty();
        if s.once && (repeats || s.as_needed || !s.times_of_day.is_empty()) {
            return invalid(
                format!("{base}/once"),
                "expected a one-time service to have no repeat (no periodUnit, every, daysOfWeek, timesOfDay or \
                 asNeeded)",
            );
        }
        if s.every.is_some() && s.period_unit.is_none() && s.days_of_week.is_empty() {
            return invalid(
                format!("{base}/periodUnit"),
                "expected the period that every counts (day, week, month or year)",
            );
        }
        if !s.days_of_week.is_empty() && s.period_unit.is_some_and(|u| u != super::PeriodUnit::Week) {
            return invalid(format!("{base}/periodUnit"), "expected week (or no periodUnit) with daysOfWeek");
        }
    }
    Ok(())
}
