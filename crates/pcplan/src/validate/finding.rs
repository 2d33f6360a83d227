//! Findings and the report.

use std::collections::BTreeMap;

use serde::Serialize;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A suggestion.
    Info,
    /// Should be fixed; the plan can still be finalized.
    Warning,
    /// Must be fixed before the plan is finalized.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Parses `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// One finding: what is wrong, where, why it matters, and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The rule's stable code, e.g. `S6`.
    pub code: &'static str,
    /// The rule's name, e.g. `paid-support-complete`.
    pub rule: &'static str,
    /// Severity after profiles and the caller's overrides.
    pub severity: Severity,
    /// JSON Pointer to the place in the plan (`""` for the whole plan).
    pub path: String,
    /// What is wrong, in the requested language.
    pub message: String,
    /// How to fix it, in the requested language.
    pub help: String,
    /// The regulation or standard the rule rests on.
    pub source: &'static str,
    /// The Fluent message id of `message` (its help is the `.help` attribute).
    pub message_id: &'static str,
    /// The message's arguments: limits and counts, never plan values.
    #[serde(skip_serializing_if = "BTreeMap::is_empty", default)]
    pub args: BTreeMap<&'static str, String>,
    /// The plan value concerned, only when the caller asked for values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The result of validating a plan.
///
/// It serializes as `schema/findings.schema.json` describes (`{"valid", "counts", "profiles", "lang",
/// "evaluatedOn", "findings"}`), whether through [`Report::to_json`] or any serde serializer (a web framework's
/// JSON response, say): there is one shape.
///
/// ```
/// # let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
/// # let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
/// let report = pcplan::validate::validate(&plan, &pcplan::validate::ValidateOptions::new(today));
/// let json = serde_json::to_value(&report).unwrap();
/// assert_eq!(json, report.to_json());
/// assert_eq!(json["valid"], report.is_valid());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every finding, sorted by path (token by token, indices as numbers: `/goals/2` before `/goals/10`) then
    /// code.
    pub findings: Vec<Finding>,
    /// The profiles applied.
    pub profiles: Vec<&'static str>,
    /// The language of the messages.
    pub lang: String,
    /// The evaluation date passed in the options.
    pub evaluated_on: chrono::NaiveDate,
}

impl Report {
    /// No errors (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.count(Severity::Error) == 0
    }

    /// The number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }

    /// Findings with a given code.
    pub fn with_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.code == code)
    }

    /// The report as JSON: `{"valid", "counts", "profiles", "lang", "evaluatedOn", "findings": [...]}`,
    /// as described by `schema/findings.schema.json`.
    pub fn to_json(&self) -> serde_json::Value {
        // Serializing findings (strings, numbers, dates) has no failure mode.
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The JSON Schema of a serialized report and of [`Report::to_json`]'s output (committed at `schema/findings.schema.json`).
    pub fn json_schema() -> serde_json::Value {
        let finding = serde_json::to_value(schemars::schema_for!(Finding)).unwrap_or_default();
        let mut defs = finding.get("$defs").cloned().unwrap_or_else(|| serde_json::json!({}));
        let mut finding_schema = finding.clone();
        if let Some(obj) = finding_schema.as_object_mut() {
            obj.remove("$schema");
            obj.remove("$defs");
        }
        defs["Finding"] = finding_schema;
        serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://pcplan.dev/schema/findings.schema.json",
            "title": "pcplan validation report",
            "type": "object",
            "required": ["valid", "counts", "profiles", "lang", "evaluatedOn", "findings"],
            "additionalProperties": false,
            "properties": {
                "valid": { "type": "boolean", "description": "True when there are no errors." },
                "counts": {
                    "type": "object",
                    "required": ["error", "warning", "info"],
                    "additionalProperties": false,
                    "properties": {
                        "error": { "type": "integer", "minimum": 0 },
                        "warning": { "type": "integer", "minimum": 0 },
                        "info": { "type": "integer", "minimum": 0 }
                    }
                },
                "profiles": { "type": "array", "items": { "type": "string" } },
                "lang": { "type": "string", "description": "BCP-47 tag of the messages' language." },
                "evaluatedOn": { "type": "string", "format": "date" },
                "findings": { "type": "array", "items": { "$ref": "#/$defs/Finding" } }
            },
            "$defs": defs
        })
    }
}

/// How many findings of each severity a report has.
#[derive(Serialize)]
struct Counts {
    error: usize,
    warning: usize,
    info: usize,
}

/// The report as it is written: its fields and what follows from them (`valid`, `counts`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportJson<'a> {
    valid: bool,
    counts: Counts,
    profiles: &'a [&'static str],
    lang: &'a str,
    evaluated_on: chrono::NaiveDate,
    findings: &'a [Finding],
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Destructured so a new field cannot be left out of the written report.
        let Report { findings, profiles, lang, evaluated_on } = self;
        ReportJson {
            valid: self.is_valid(),
            counts: Counts {
                error: self.count(Severity::Error),
                warning: self.count(Severity::Warning),
                info: self.count(Severity::Info),
            },
            profiles,
            lang,
            evaluated_on: *evaluated_on,
            findings,
        }
        .serialize(serializer)
    }
}
