//! Who the person is: the profile, and the needs an assessment found.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Confidential, Id, LocalizedText};

/// The opening of a person-centered plan, in the person's terms: what a one-page profile says (HCBS (b)(2); eLTSS
/// 13, 19). Named apart from [`crate::validate::Profile`], a set of validation rules.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OnePageProfile {
    /// What people like and admire about the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub like_and_admire: Vec<LocalizedText>,
    /// Strengths (eLTSS 13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strengths: Vec<LocalizedText>,
    /// Interests.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<LocalizedText>,
    /// Talents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talents: Vec<LocalizedText>,
    /// What is important to the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub important_to: Vec<LocalizedText>,
    /// How best to support the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub how_to_support: Vec<LocalizedText>,
    /// Preferences (eLTSS 19).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preferences: Vec<LocalizedText>,
}

/// An assessed clinical or support need (HCBS (b)(3); eLTSS 14).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Need {
    /// Stable id.
    pub id: Id,
    /// Category of need.
    pub category: NeedCategory,
    /// The need, in plain words.
    pub description: LocalizedText,
    /// The assessment it comes from, e.g. "ECM comprehensive assessment".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_source: Option<String>,
    /// When it was assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_on: Option<NaiveDate>,
    /// Marks this need confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// Categories of assessed need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NeedCategory {
    /// Physical health.
    PhysicalHealth,
    /// Oral and dental health.
    OralHealth,
    /// Mental and behavioral health.
    BehavioralHealth,
    /// Substance use.
    SubstanceUse,
    /// Daily living and personal care (ADLs/IADLs).
    DailyLiving,
    /// Housing.
    Housing,
    /// Food and nutrition.
    Food,
    /// Transportation.
    Transportation,
    /// Relationships, community and social connection.
    Social,
    /// Money and benefits.
    Financial,
    /// Work and volunteering.
    Employment,
    /// Learning.
    Education,
    /// Communication and language.
    Communication,
    /// Safety.
    Safety,
    /// Advance care and end-of-life planning.
    EndOfLife,
    /// Another category, described in the need.
    Other,
}
