//! The review status of a locale's translations (rule T6; 45 CFR 92.201).

use chrono::NaiveDate;
use serde::Deserialize;

/// Whether a locale's translations were reviewed by a qualified translator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// Not reviewed (the default).
    Draft,
    /// Reviewed by a named qualified translator on a recorded date.
    Reviewed,
    /// The source language the others are translated from (`{"status": "source"}`).
    Source,
}

/// The translation status recorded in `locales/<tag>/status.json`:
/// `{"status": "draft"}` or `{"status": "reviewed", "reviewer": "…", "qualification": "…", "date": "YYYY-MM-DD"}`.
/// A locale is reviewed only when a reviewer and a date are recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationStatus {
    /// Draft or reviewed.
    pub state: ReviewState,
    /// The qualified reviewer.
    pub reviewer: Option<String>,
    /// Their qualification (e.g. "ATA-certified Spanish>English").
    pub qualification: Option<String>,
    /// The review date.
    pub date: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    status: String,
    #[serde(default)]
    reviewer: Option<String>,
    #[serde(default)]
    qualification: Option<String>,
    #[serde(default)]
    date: Option<NaiveDate>,
    #[serde(default)]
    #[allow(dead_code)] // free text for people reading the file
    note: Option<String>,
}

impl TranslationStatus {
    /// The status of a locale with no recorded review.
    pub fn draft() -> Self {
        TranslationStatus { state: ReviewState::Draft, reviewer: None, qualification: None, date: None }
    }

    pub(crate) fn parse(json: &str) -> Result<Self, String> {
        let expected =
            "expected {\"status\": \"draft\"} or {\"status\": \"reviewed\", \"reviewer\": …, \"date\": \"YYYY-MM-DD\"}";
        let raw: Raw = serde_json::from_str(json).map_err(|_| expected.to_owned())?;
        let state = match raw.status.as_str() {
            "reviewed" if raw.reviewer.as_deref().is_some_and(|r| !r.trim().is_empty()) && raw.date.is_some() => {
                ReviewState::Reviewed
            }
            "reviewed" => {
                return Err("a reviewed locale needs a named \"reviewer\" and a \"date\"".into());
            }
            "draft" => ReviewState::Draft,
            "source" => ReviewState::Source,
            _ => return Err(expected.into()),
        };
        Ok(TranslationStatus { state, reviewer: raw.reviewer, qualification: raw.qualification, date: raw.date })
    }

    /// Whether the locale needs no translation warning: a qualified reviewer is recorded, or it is the source.
    pub fn is_reviewed(&self) -> bool {
        matches!(self.state, ReviewState::Reviewed | ReviewState::Source)
    }
}
