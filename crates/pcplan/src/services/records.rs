//! Service records: what was actually delivered, one record per visit, call or delivery. Read from JSON (a
//! `{"schemaVersion": 1, "records": [...]}` document, schema in `schema/service-records.schema.json`) or from
//! CSV (one record per row, the same field names as headers), with the plan loader's limits; errors name the
//! JSON Pointer or the CSV row and column and never repeat a value from the input.

use std::collections::HashSet;
use std::io::Read;

use chrono::{NaiveDate, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::{Id, LoadError, LoadOptions, deserialize_at, json_name, parse_limited};

/// The version of the service records format this library writes and reads.
pub const RECORDS_SCHEMA_VERSION: u32 = 1;

/// The longest a single record may last: one day.
const MAX_MINUTES: u32 = 24 * 60;
/// The most units one record may carry (meals, trips, miles…); more is a typing error, not a delivery.
const MAX_UNITS: u32 = 10_000;

/// A document of service records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "pcplan service records")]
pub struct ServiceRecords {
    /// The version of this format; 1.
    pub schema_version: u32,
    /// The records, in any order.
    pub records: Vec<ServiceRecord>,
    /// For records read from CSV, the 1-based line of each record in the file (same order as `records`).
    #[serde(skip)]
    #[schemars(skip)]
    pub csv_lines: Vec<u64>,
}

/// One delivered service.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceRecord {
    /// The record's id in the agency's system, when it has one (unique within the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    /// The day the service was delivered.
    pub date: NaiveDate,
    /// When it started (local time, `HH:MM`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    pub start_time: Option<NaiveTime>,
    /// The support of the plan this service delivers (its `id` in the plan).
    pub support_id: Id,
    /// How long it took, for timed services (0 to 1440).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 1440))]
    pub minutes: Option<u32>,
    /// How many units were delivered, for counted services (meals, trips, miles, sessions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 10000))]
    pub units: Option<u32>,
    /// Who delivered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<Staff>,
    /// How it was delivered.
    pub mode: DeliveryMode,
    /// Where it was delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The CMS place of service code (two digits, e.g. `12` home), when it differs from the support's terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{2}$"))]
    pub place_of_service: Option<String>,
    /// Whether the person was there.
    pub person_present: bool,
    /// A reference to the progress note in the agency's records system (an id, not the note itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 200))]
    pub note_ref: Option<String>,
}

/// Debug output names the support and date shape only, never staff, notes or credentials.
impl std::fmt::Debug for ServiceRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceRecord")
            .field("support_id", &self.support_id)
            .field("minutes", &self.minutes)
            .field("units", &self.units)
            .field("mode", &self.mode)
            .finish_non_exhaustive()
    }
}

/// The staff member who delivered a service.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Staff {
    /// The staff member's id in the agency's system.
    pub id: Id,
    /// Their credential or role as the payer knows it (e.g. `CHW`, `LCSW`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 40))]
    pub credential: Option<String>,
}

/// Debug output does not say who.
impl std::fmt::Debug for Staff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Staff").finish_non_exhaustive()
    }
}

/// How a service was delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DeliveryMode {
    /// Face to face.
    InPerson,
    /// By telephone (audio only).
    Phone,
    /// By video.
    Video,
}

/// Where a service was delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// The person's home.
    Home,
    /// The provider's office.
    Office,
    /// Elsewhere in the community (a shelter, a park, a clinic visit together).
    Community,
    /// The person was reached remotely where they were.
    Remote,
}

/// Why service records could not be read. JSON errors are the plan loader's ([`LoadError`]: a JSON Pointer or
/// a line and column); CSV errors name the row (the file's 1-based line) and column (1-based). No variant
/// repeats a value from the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordsError {
    /// The input is empty.
    #[error("the document is empty; expected service records")]
    Empty,
    /// A JSON document failed a limit, its syntax or its shape.
    #[error(transparent)]
    Json(LoadError),
    /// A CSV file failed.
    #[error("row {row}{}: {expected}", column.map(|c| format!(", column {c}")).unwrap_or_default())]
    Csv {
        /// The 1-based line of the file (the header is row 1).
        row: u64,
        /// The 1-based column, when the problem is in one cell.
        column: Option<usize>,
        /// What was expected.
        expected: String,
    },
}

impl RecordsError {
    /// A stable code: `empty`, `csv`, or the [`LoadError::code`] of a JSON error.
    pub fn code(&self) -> &'static str {
        match self {
            RecordsError::Empty => "empty",
            RecordsError::Json(e) => e.code(),
            RecordsError::Csv { .. } => "csv",
        }
    }
}

impl From<LoadError> for RecordsError {
    fn from(e: LoadError) -> Self {
        RecordsError::Json(e)
    }
}

/// The CSV headers, in the order [`ServiceRecords::to_csv`] writes them. Staff fields are flattened.
pub const CSV_HEADERS: &[&str] = &[
    "id",
    "date",
    "startTime",
    "supportId",
    "minutes",
    "units",
    "staffId",
    "staffCredential",
    "mode",
    "place",
    "placeOfService",
    "personPresent",
    "noteRef",
];

/// Which CSV headers hold numbers or true/false rather than text.
fn csv_kind(header: &str) -> CellKind {
    match header {
        "minutes" | "units" => CellKind::Integer,
        "personPresent" => CellKind::Boolean,
        _ => CellKind::Text,
    }
}

#[derive(Clone, Copy)]
enum CellKind {
    Text,
    Integer,
    Boolean,
}

/// A problem found in a record after its shape was read: its index, the field, and what was expected.
struct RecordProblem {
    index: usize,
    field: &'static str,
    expected: String,
    duplicate: bool,
}

impl ServiceRecords {
    /// Reads records from JSON text with the default [`LoadOptions`].
    pub fn from_json_str(json: &str) -> Result<ServiceRecords, RecordsError> {
        ServiceRecords::from_json_slice_with(json.as_bytes(), &LoadOptions::default())
    }

    /// Reads records from JSON bytes: size, UTF-8, syntax, limits, the schema version, every field, and what the
    /// shape cannot check (record ids unique, minutes within a day, units and text within reason).
    pub fn from_json_slice_with(json: &[u8], options: &LoadOptions) -> Result<ServiceRecords, RecordsError> {
        if json.iter().all(u8::is_ascii_whitespace) {
            return Err(RecordsError::Empty);
        }
        let value = parse_limited(json, options)?;
        if let Some(v) = value.get("schemaVersion").and_then(Value::as_u64)
            && v != u64::from(RECORDS_SCHEMA_VERSION)
        {
            return Err(LoadError::UnsupportedSchemaVersion { found: v, supported: RECORDS_SCHEMA_VERSION }.into());
        }
        let records: ServiceRecords = deserialize_at(value)?;
        if let Err(p) = records.check() {
            let path = format!("/records/{}/{}", p.index, p.field);
            return Err(if p.duplicate {
                LoadError::DuplicateId { path, kind: "service record" }
            } else {
                LoadError::Invalid { path, expected: p.expected }
            }
            .into());
        }
        Ok(records)
    }

    /// Reads records from CSV text with the default [`LoadOptions`].
    pub fn from_csv_str(csv: &str) -> Result<ServiceRecords, RecordsError> {
        ServiceRecords::from_csv_reader(csv.as_bytes(), &LoadOptions::default())
    }

    /// Reads records from CSV: a header row of [`CSV_HEADERS`] (any order, any subset that includes the
    /// required fields), then one record per row. At most `max_bytes` are read, at most `max_array_len` rows,
    /// and no cell longer than `max_string_bytes`. Empty cells are absent fields.
    pub fn from_csv_reader<R: Read>(reader: R, options: &LoadOptions) -> Result<ServiceRecords, RecordsError> {
        let mut buf = Vec::new();
        let limit = u64::try_from(options.max_bytes).unwrap_or(u64::MAX).saturating_add(1);
        reader.take(limit).read_to_end(&mut buf).map_err(|e| LoadError::Io(e.kind().to_string()))?;
        if buf.len() > options.max_bytes {
            return Err(LoadError::TooLarge { limit: options.max_bytes }.into());
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            return Err(RecordsError::Empty);
        }
        let csv_err = |row: u64, column: Option<usize>, expected: &str| RecordsError::Csv {
            row,
            column,
            expected: expected.to_owned(),
        };
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(false).from_reader(&buf[..]);
        let mut rows = reader.byte_records();
        let header = match rows.next() {
            Some(Ok(h)) => h,
            Some(Err(e)) => return Err(csv_error(&e)),
            None => return Err(RecordsError::Empty),
        };
        let mut headers: Vec<&'static str> = Vec::with_capacity(header.len());
        for (c, name) in header.iter().enumerate() {
            let name = std::str::from_utf8(name).unwrap_or_default().trim_start_matches('\u{feff}').trim();
            let Some(known) = CSV_HEADERS.iter().find(|h| **h == name) else {
                return Err(csv_err(
                    1,
                    Some(c + 1),
                    &format!("unknown column; expected one of {}", CSV_HEADERS.join(", ")),
                ));
            };
            if headers.contains(known) {
                return Err(csv_err(1, Some(c + 1), "this column appears twice; expected each column once"));
            }
            headers.push(known);
        }
        let mut records = Vec::new();
        let mut csv_lines = Vec::new();
        for row in rows {
            let row = row.map_err(|e| csv_error(&e))?;
            let line = row.position().map_or(0, csv::Position::line);
            if records.len() >= options.max_array_len {
                return Err(csv_err(line, None, &format!("more than the limit of {} rows", options.max_array_len)));
            }
            let mut object = Map::new();
            let mut staff = Map::new();
            for (c, cell) in row.iter().enumerate() {
                let column = Some(c + 1);
                if cell.len() > options.max_string_bytes {
                    return Err(csv_err(
                        line,
                        column,
                        &format!("text longer than the limit of {} bytes", options.max_string_bytes),
                    ));
                }
                let cell = std::str::from_utf8(cell).map_err(|_| csv_err(line, column, "expected UTF-8 text"))?.trim();
                if cell.is_empty() {
                    continue;
                }
                let header = headers[c];
                let value = match csv_kind(header) {
                    CellKind::Text => Value::String(cell.to_owned()),
                    CellKind::Integer => match cell.parse::<u64>() {
                        Ok(n) => Value::from(n),
                        Err(_) => return Err(csv_err(line, column, "expected a whole number, 0 or more")),
                    },
                    CellKind::Boolean => match cell.to_ascii_lowercase().as_str() {
                        "true" | "yes" | "y" | "1" => Value::Bool(true),
                        "false" | "no" | "n" | "0" => Value::Bool(false),
                        _ => return Err(csv_err(line, column, "expected true or false (or yes or no)")),
                    },
                };
                match header {
                    "staffId" => staff.insert("id".into(), value),
                    "staffCredential" => staff.insert("credential".into(), value),
                    _ => object.insert(header.into(), value),
                };
            }
            if !staff.is_empty() {
                object.insert("staff".into(), Value::Object(staff));
            }
            let record: ServiceRecord = deserialize_at(Value::Object(object)).map_err(|e| match &e {
                LoadError::Invalid { path, expected } => {
                    csv_err(line, column_of(&headers, path), &format!("{} {expected}", field_of(path)))
                }
                _ => csv_err(line, None, &e.to_string()),
            })?;
            records.push(record);
            csv_lines.push(line);
        }
        let records = ServiceRecords { schema_version: RECORDS_SCHEMA_VERSION, records, csv_lines };
        if let Err(p) = records.check() {
            let row = records.csv_lines.get(p.index).copied().unwrap_or(0);
            let header = if p.field == "staff/credential" { "staffCredential" } else { p.field };
            return Err(csv_err(row, headers.iter().position(|h| *h == header).map(|c| c + 1), &p.expected));
        }
        Ok(records)
    }

    /// Checks what the shape cannot: record ids unique, minutes within a day, units and text within reason.
    /// Whether a record has the quantity its support's unit needs is billing's concern (a finding).
    fn check(&self) -> Result<(), RecordProblem> {
        let mut ids = HashSet::new();
        for (index, r) in self.records.iter().enumerate() {
            let problem =
                |field, expected: &str| RecordProblem { index, field, expected: expected.into(), duplicate: false };
            if let Some(id) = &r.id
                && !ids.insert(id.as_str())
            {
                return Err(RecordProblem {
                    index,
                    field: "id",
                    expected: "this id is already used by another record; expected ids to be unique".into(),
                    duplicate: true,
                });
            }
            if r.minutes.is_some_and(|m| m > MAX_MINUTES) {
                return Err(problem("minutes", "expected at most 1440 minutes (one day) in one record"));
            }
            if r.units.is_some_and(|u| u > MAX_UNITS) {
                return Err(problem("units", "expected at most 10000 units in one record"));
            }
            if r.place_of_service.as_deref().is_some_and(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit())) {
                return Err(problem("placeOfService", "expected a two-digit CMS place of service code"));
            }
            if r.staff.as_ref().and_then(|s| s.credential.as_deref()).is_some_and(|c| c.chars().count() > 40) {
                return Err(problem("staff/credential", "expected a credential of at most 40 characters"));
            }
            if r.note_ref.as_deref().is_some_and(|n| n.chars().count() > 200) {
                return Err(problem("noteRef", "expected a note reference of at most 200 characters"));
            }
        }
        Ok(())
    }

    /// Writes the records as pretty-printed JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Writes the records as CSV with every column of [`CSV_HEADERS`].
    pub fn to_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(CSV_HEADERS);
        for r in &self.records {
            let opt = |v: Option<String>| v.unwrap_or_default();
            let _ = writer.write_record([
                opt(r.id.as_ref().map(ToString::to_string)),
                r.date.to_string(),
                opt(r.start_time.map(|t| t.format("%H:%M").to_string())),
                r.support_id.to_string(),
                opt(r.minutes.map(|m| m.to_string())),
                opt(r.units.map(|u| u.to_string())),
                opt(r.staff.as_ref().map(|s| s.id.to_string())),
                opt(r.staff.as_ref().and_then(|s| s.credential.clone())),
                json_name(&r.mode),
                opt(r.place.as_ref().map(json_name)),
                opt(r.place_of_service.clone()),
                r.person_present.to_string(),
                opt(r.note_ref.clone()),
            ]);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

/// The record field a JSON Pointer inside one record names, in CSV header terms.
fn field_of(path: &str) -> String {
    match path {
        "/staff/id" => "staffId:".into(),
        "/staff/credential" => "staffCredential:".into(),
        "" => String::new(),
        p => format!("{}:", p.trim_start_matches('/')),
    }
}

fn column_of(headers: &[&'static str], path: &str) -> Option<usize> {
    let field = field_of(path);
    let field = field.trim_end_matches(':');
    headers.iter().position(|h| *h == field).map(|c| c + 1)
}

fn csv_error(e: &csv::Error) -> RecordsError {
    let row = e.position().map_or(0, csv::Position::line);
    let expected = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, .. } => {
            format!("this row has a different number of cells; expected {expected_len}, like the header")
        }
        csv::ErrorKind::Utf8 { .. } => "expected UTF-8 text".into(),
        csv::ErrorKind::Io(_) => "the file could not be read".into(),
        _ => "malformed CSV; expected comma-separated cells, quoted with \" where needed".into(),
    };
    RecordsError::Csv { row, column: None, expected }
}

/// The JSON Schema of service records documents, as committed in `schema/service-records.schema.json`.
pub fn json_schema() -> Value {
    serde_json::to_value(schemars::schema_for!(ServiceRecords)).unwrap_or_default()
}
