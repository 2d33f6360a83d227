//! A living document: monitoring, feedback, the review schedule, life events and update requests.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Confidential, Id, LocalizedText};

/// A monitoring contact: was the plan delivered as written? (HCBS (b)(8); seed 6)
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MonitoringEntry {
    /// Stable id.
    pub id: Id,
    /// Date.
    pub date: NaiveDate,
    /// Who monitored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// What was found.
    pub note: LocalizedText,
    /// Supports checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support_ids: Vec<Id>,
    /// The supports checked were delivered per type, scope, amount, duration, frequency and the person's
    /// preferences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_as_planned: Option<bool>,
    /// Marks this monitoring contact confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// Feedback from the person or their circle about the plan (seed 5).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Feedback {
    /// Stable id.
    pub id: Id,
    /// Date.
    pub date: NaiveDate,
    /// Who gave it.
    pub from: FeedbackSource,
    /// What they said.
    pub text: LocalizedText,
}

/// Who gave feedback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FeedbackSource {
    /// The person.
    Person,
    /// Their representative.
    Representative,
    /// A natural support.
    NaturalSupport,
    /// A provider.
    Provider,
}

/// When the plan is reviewed (HCBS (c)): at least every 12 months, and when life changes.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewSchedule {
    /// The last review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_review: Option<NaiveDate>,
    /// When the next review is due (no later than 12 months after the last).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review_due: Option<NaiveDate>,
    /// What brings a review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<ReviewTrigger>,
    /// How the person can ask for an update at any time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_request_method: Option<LocalizedText>,
}

/// What brings a review of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewTrigger {
    /// Every year at least.
    Annual,
    /// A change in the person's circumstances or needs.
    ChangeInCircumstances,
    /// The person asks.
    PersonRequest,
    /// After a hospital stay.
    HospitalDischarge,
    /// A change of provider.
    ProviderChange,
}

/// A dated significant life event (rule R2).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LifeEvent {
    /// Stable id.
    pub id: Id,
    /// Date (the first day, for an event that lasts).
    pub date: NaiveDate,
    /// The last day, for an event that lasts (a hospital stay).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// What happened.
    pub kind: LifeEventKind,
    /// Details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
    /// Marks this life event confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// Kinds of significant life event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LifeEventKind {
    /// A hospital stay.
    HospitalStay,
    /// A move.
    Move,
    /// Loss of a caregiver.
    CaregiverLoss,
    /// A change of provider.
    ProviderChange,
    /// Another significant change.
    Other,
}

/// A dated request from the person (or representative) to update the plan (rule R3).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateRequest {
    /// Stable id.
    pub id: Id,
    /// Date of the request.
    pub date: NaiveDate,
    /// What was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
}
