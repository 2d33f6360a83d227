//! Paid and unpaid (natural) supports, with type, scope, amount, duration and frequency.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Id, LocalizedText};

/// A paid service or an unpaid (natural) support (HCBS (b)(5); 42 CFR 441.468; eLTSS 40–51, 54–56).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Support {
    /// Stable id.
    pub id: Id,
    /// Paid (funded service) or unpaid (natural support from family, friends, community).
    pub paid: bool,
    /// The service or support name (eLTSS 40).
    pub name: LocalizedText,
    /// A service code, e.g. HCPCS (eLTSS 40).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<ServiceCode>,
    /// What the support does, in plain words (eLTSS 45).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Who provides it (eLTSS 54–56).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// How many units per interval (eLTSS 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// The unit of service (eLTSS 48).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ServiceUnit>,
    /// The interval the quantity is counted over (eLTSS 49).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<ServiceInterval>,
    /// First day of the support (eLTSS 42).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Last day of the support, if it ends (eLTSS 43).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// Where it happens, when not at the person's home (eLTSS 44).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocalizedText>,
    /// Who pays, e.g. "Medi-Cal (IHSS)" (eLTSS 46).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<String>,
    /// The person chose to self-direct this service (eLTSS 41).
    #[serde(default)]
    pub self_directed: bool,
    /// How the person wants it delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_preferences: Option<LocalizedText>,
    /// The person's health or safety depends on this service arriving (rule S12 then requires a backup plan).
    #[serde(default)]
    pub critical: bool,
    /// Rate per unit, in the funding source's currency (eLTSS 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_per_unit: Option<f64>,
    /// Goals this support helps reach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goal_ids: Vec<Id>,
    /// Needs this support addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub need_ids: Vec<Id>,
}

/// A coded service name.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceCode {
    /// The coding system, e.g. "HCPCS".
    pub system: String,
    /// The code, e.g. "T1019".
    pub code: String,
}

/// The provider of a support.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Provider {
    /// Agency name for paid services; first and last name for unpaid supports (eLTSS 54).
    pub name: String,
    /// Phone (eLTSS 55).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Relationship to the person for an unpaid support, e.g. "sister", "neighbor" (eLTSS 56).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// The provider's entry on the team, if they are on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_member_id: Option<Id>,
}

/// Units of service (eLTSS 48).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceUnit {
    /// Minutes.
    Minute,
    /// Quarter hours (15 minutes).
    QuarterHour,
    /// Hours.
    Hour,
    /// Half days.
    HalfDay,
    /// Days.
    Day,
    /// Visits.
    Visit,
    /// Sessions.
    Session,
    /// Meals.
    Meal,
    /// Trips (one way).
    Trip,
    /// Miles.
    Mile,
    /// Dollars.
    Dollar,
    /// Items.
    Item,
}

/// The interval a quantity of service is counted over (eLTSS 49).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceInterval {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// Once, not repeating.
    OneTime,
    /// When the person asks for it.
    AsNeeded,
}
