//! Reporting to health plans: one row per plan, with the columns a mapping file names.
//!
//! Medi-Cal health plans ask ECM and Community Supports providers for a file of their members (the Return
//! Transmission File) whose layout each plan sets. The columns are therefore data: a [`Mapping`] lists, in
//! order, each column's header and the [`Field`] of the plan that fills it. The default mapping ships with the
//! library ([`Mapping::health_plan_default`], `data/reports/health-plan-default.json`, with its source and
//! version); an agency passes its own with [`Mapping::from_json_str`].
//!
//! A report carries plan values (names, the CIN, goals) by design: it is sent to the person's health plan.
//!
//! ```
//! use pcplan::report::{Mapping, Table};
//! use pcplan::validate::{ValidateOptions, validate};
//! let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
//! let findings = validate(&plan, &ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()));
//! let mapping = Mapping::health_plan_default();
//! let mut table = Table::new(mapping);
//! table.push(&plan, &findings);
//! let csv = String::from_utf8(table.to_csv().unwrap()).unwrap();
//! assert!(csv.starts_with("Member CIN,"));
//! assert_eq!(csv.lines().count(), 2);
//! ```

mod fields;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use fields::Field;

use crate::model::Plan;
use crate::validate::Report;

/// Which plan field fills each column of a report, in order, and where that layout comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Mapping {
    /// A short name, e.g. `health-plan-default`.
    pub name: String,
    /// The mapping's own version.
    pub version: String,
    /// Where the layout comes from (the health plan's specification, or how it was gathered).
    pub source: String,
    /// How a cell with several values (programs, goals, supports) joins them in CSV; JSON keeps a list.
    #[serde(default = "default_separator")]
    pub list_separator: String,
    /// The columns, in order.
    pub columns: Vec<Column>,
    /// What the health plan asks for that a plan document does not record (documentation; not output).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_in_model: Vec<String>,
}

fn default_separator() -> String {
    "; ".into()
}

/// One column of a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Column {
    /// The header, as the health plan spells it.
    pub header: String,
    /// What fills it.
    pub field: Field,
}

/// Why a mapping file was refused. Says where (a JSON Pointer) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("mapping {path}: {expected}")]
pub struct MappingError {
    /// JSON Pointer into the mapping file (`""` for the whole file).
    pub path: String,
    /// What was expected there.
    pub expected: String,
}

const DEFAULT_MAPPING: &str = include_str!("../../data/reports/health-plan-default.json");

impl Mapping {
    /// The mapping shipped with pcplan: the fields health plans ask ECM and Community Supports providers for,
    /// as far as a plan records them.
    pub fn health_plan_default() -> Mapping {
        // A test parses the shipped file, so this cannot fail in a released build.
        Mapping::from_json_str(DEFAULT_MAPPING).unwrap_or_else(|e| unreachable!("the shipped mapping is valid: {e}"))
    }

    /// Reads a mapping file. Every column needs a known field; headers must be distinct and non-empty.
    pub fn from_json_str(json: &str) -> Result<Mapping, MappingError> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let mapping: Mapping = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = crate::model::pointer::from_serde_path(e.path());
            // serde's message (with a line and column); a mapping holds no plan data, so it may quote names.
            MappingError { path, expected: e.inner().to_string() }
        })?;
        if mapping.columns.is_empty() {
            return Err(MappingError { path: "/columns".into(), expected: "at least one column".into() });
        }
        let mut seen = std::collections::HashSet::new();
        for (i, c) in mapping.columns.iter().enumerate() {
            if c.header.trim().is_empty() {
                return Err(MappingError {
                    path: format!("/columns/{i}/header"),
                    expected: "a non-empty header".into(),
                });
            }
            if !seen.insert(c.header.as_str()) {
                return Err(MappingError {
                    path: format!("/columns/{i}/header"),
                    expected: "a header no other column has".into(),
                });
            }
        }
        Ok(mapping)
    }

    /// The headers, in order.
    pub fn headers(&self) -> impl Iterator<Item = &str> {
        self.columns.iter().map(|c| c.header.as_str())
    }
}

/// One cell of a report row.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    /// Nothing recorded.
    Empty,
    /// Text.
    Text(String),
    /// A date (ISO 8601 in both CSV and JSON: a report is read by programs).
    Date(NaiveDate),
    /// A whole number.
    Count(u64),
    /// Several values.
    List(Vec<String>),
}

impl Cell {
    /// The cell as one CSV field.
    pub fn to_field(&self, list_separator: &str) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::Count(n) => n.to_string(),
            Cell::List(items) => items.join(list_separator),
        }
    }
}

/// The row for one plan: a cell per column of `mapping`, in order. `findings` is the plan's validation report
/// (for the open-findings columns).
pub fn row(plan: &Plan, findings: &Report, mapping: &Mapping) -> Vec<Cell> {
    mapping.columns.iter().map(|c| c.field.extract(plan, findings)).collect()
}

/// Rows of a report under one mapping, ready to write as CSV or JSON.
#[derive(Debug, Clone)]
pub struct Table {
    mapping: Mapping,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// An empty table.
    pub fn new(mapping: Mapping) -> Table {
        Table { mapping, rows: Vec::new() }
    }

    /// Adds the row of `plan`, made from what the health plan may see of it
    /// ([`crate::copy::for_health_plan`]): a goal or support marked confidential and not shared with the
    /// health plan is not in the row. The findings columns are counts only.
    pub fn push(&mut self, plan: &Plan, findings: &Report) {
        self.rows.push(row(&crate::copy::for_health_plan(plan), findings, &self.mapping));
    }

    /// The rows so far.
    pub fn rows(&self) -> &[Vec<Cell>] {
        &self.rows
    }

    /// RFC 4180 CSV: a header line, then one line per plan. Fields are quoted by the `csv` crate wherever a
    /// comma, quote or line break needs it; a field that starts with `=`, `+`, `-` or `@` is prefixed with `'`
    /// so a spreadsheet shows it as text instead of running it as a formula.
    pub fn to_csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(self.mapping.headers().map(|h| defuse(h.to_owned())))?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|c| defuse(c.to_field(&self.mapping.list_separator))))?;
        }
        writer.into_inner().map_err(|e| e.into_error().into())
    }

    /// JSON: `{"mapping": {name, version, source}, "columns": [headers], "rows": [[cells]]}`; dates as
    /// `YYYY-MM-DD`, lists as arrays, empty cells as `null`.
    pub fn to_json(&self) -> serde_json::Value {
        let rows: Vec<serde_json::Value> = self
            .rows
            .iter()
            .map(|r| {
                serde_json::Value::Array(
                    r.iter()
                        .map(|c| match c {
                            Cell::Empty => serde_json::Value::Null,
                            other => serde_json::to_value(other).unwrap_or_default(),
                        })
                        .collect(),
                )
            })
            .collect();
        serde_json::json!({
            "mapping": {
                "name": self.mapping.name,
                "version": self.mapping.version,
                "source": self.mapping.source,
            },
            "columns": self.mapping.headers().collect::<Vec<_>>(),
            "rows": rows,
        })
    }
}

/// Spreadsheet formula injection (CWE-1236): a cell that a spreadsheet would evaluate is written as text.
fn defuse(field: String) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{field}") } else { field }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_mapping_parses() {
        let m = Mapping::health_plan_default();
        assert_eq!(m.name, "health-plan-default");
        assert!(m.columns.len() > 10);
    }

    #[test]
    fn mapping_errors_name_the_pointer() {
        let bad = r#"{"name":"x","version":"1","source":"s","columns":[{"header":"A","field":"person-cin"},{"header":"B","field":"no-such"}]}"#;
        let e = Mapping::from_json_str(bad).unwrap_err();
        assert_eq!(e.path, "/columns/1/field");
        assert!(e.expected.contains("unknown variant"), "{}", e.expected);
        let dup = r#"{"name":"x","version":"1","source":"s","columns":[{"header":"A","field":"person-cin"},{"header":"A","field":"goals"}]}"#;
        assert_eq!(Mapping::from_json_str(dup).unwrap_err().path, "/columns/1/header");
        let empty = r#"{"name":"x","version":"1","source":"s","columns":[]}"#;
        assert_eq!(Mapping::from_json_str(empty).unwrap_err().path, "/columns");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=HYPERLINK(1)".into()), "'=HYPERLINK(1)");
        assert_eq!(defuse("-5".into()), "'-5");
        assert_eq!(defuse("Rosa".into()), "Rosa");
    }
}
