//! The plan model: serde types, loading with clear errors, the JSON Schema, the content digest.
//!
//! JSON field names are camelCase and enumeration values kebab-case throughout. Every free-text field is a
//! [`LocalizedText`]; every entity that can be referenced or revised carries a caller-chosen [`Id`].
//!
//! `Debug` on plan types shows structure (ids, counts, languages), never names or narrative: the plan is
//! protected health information. Serialize to JSON when you mean to see the values.
//!
//! ```
//! let json = include_str!("../../tests/fixtures/minimal.json");
//! let plan = pcplan::model::Plan::from_json_str(json).unwrap();
//! assert!(!plan.goals.is_empty());
//! ```

mod consent;
mod digest;
mod goal;
mod load;
mod migrate;
mod person;
pub(crate) mod pointer;
mod privacy;
mod profile;
mod program;
mod review;
mod safety;
mod schema;
mod support;
mod team;
mod text;
mod timing;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use consent::*;
pub(crate) use digest::digest_in_format;
pub use digest::{ContentDigest, content_digest, signed_digest};
pub use goal::*;
pub use load::{LoadError, LoadErrorKind, LoadOptions};
#[cfg(feature = "services")]
pub(crate) use load::{deserialize_at, parse_limited};
pub use person::*;
pub use privacy::*;
pub use profile::*;
pub use program::*;
pub use review::*;
pub use safety::*;
pub use schema::json_schema;
pub use support::*;
pub use team::*;
pub use text::*;
pub use timing::*;

/// The name a model enum value has in a plan's JSON (`ServiceUnit::QuarterHour` → `"quarter-hour"`), for CSV
/// cells, report columns, message arguments and FHIR codes; empty for a value JSON does not write as a string.
///
/// ```
/// assert_eq!(pcplan::model::json_name(&pcplan::model::ServiceUnit::QuarterHour), "quarter-hour");
/// ```
pub fn json_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The model enum value a JSON name stands for (the inverse of [`json_name`]).
///
/// ```
/// use pcplan::model::{ServiceUnit, from_json_name};
/// assert_eq!(from_json_name::<ServiceUnit>("quarter-hour"), Some(ServiceUnit::QuarterHour));
/// ```
pub fn from_json_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// The version of the plan JSON format this crate writes. Plans with an older version are read and migrated;
/// newer ones are refused with a clear error.
pub const SCHEMA_VERSION: u32 = 2;

/// A person-centered plan.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "Person-centered plan", extend("$id" = "https://pcplan.dev/schema/pcplan.schema.json"))]
pub struct Plan {
    /// Version of this JSON format (currently 2; version 1 is read and migrated).
    pub schema_version: u32,
    /// The plan's id in the agency's system.
    pub id: Id,
    /// Plan version, counting from 1; each revision increases it.
    pub version: u32,
    /// Where the plan stands.
    pub status: PlanStatus,
    /// When the plan is in effect (eLTSS 25: start required).
    pub effective_period: Period,
    /// Programs the plan serves; they select validation profiles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<Program>,
    /// Revisions of the plan, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revision_history: Vec<Revision>,
    /// The person the plan belongs to.
    pub person: Person,
    /// Guardians, representatives, supported decision-making supporters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub representatives: Vec<Representative>,
    /// What people like and admire, what is important, how best to support.
    #[serde(default)]
    pub profile: OnePageProfile,
    /// Assessed needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
    /// Goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// Paid and unpaid supports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supports: Vec<Support>,
    /// The team looked for natural supports and found none (rule S10).
    #[serde(default)]
    pub natural_supports_none_identified: bool,
    /// Risks and how the person stays safe.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
    /// The emergency backup plan (eLTSS 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_plan: Option<BackupPlan>,
    /// The setting and the choice behind it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting_choice: Option<SettingChoice>,
    /// Choices offered about services and providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_choice: Option<ServiceChoice>,
    /// Modifications of setting rights.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modifications: Vec<Modification>,
    /// The person's team.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<TeamMember>,
    /// Who helped write the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planner: Option<Planner>,
    /// Who monitors the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_monitor: Option<PlanMonitor>,
    /// Planning meetings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// Monitoring contacts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitoring: Vec<MonitoringEntry>,
    /// Feedback on the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<Feedback>,
    /// When the plan is reviewed.
    #[serde(default)]
    pub review: ReviewSchedule,
    /// Significant life events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub life_events: Vec<LifeEvent>,
    /// Requests to update the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub update_requests: Vec<UpdateRequest>,
    /// Signatures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatures: Vec<Signature>,
    /// Who receives copies of the plan, and what the person agreed to share with each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// Copies given out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distribution: Vec<DistributionRecord>,
    /// Set on a filtered copy (see [`crate::copy`]): who it is for and what it left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<CopyManifest>,
    /// Program sections (ECM, housing support plan).
    #[serde(default)]
    pub program_sections: ProgramSections,
    /// Agency-specific data, kept as given and never rendered by the default templates.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extensions: serde_json::Map<String, serde_json::Value>,
}

/// A date range; `end` is optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

impl Period {
    /// Whether `date` falls inside the period (inclusive).
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.start && self.end.is_none_or(|end| date <= end)
    }
}

/// Where a plan stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    /// Being written; not yet in effect.
    Draft,
    /// Signed and in effect.
    Active,
    /// In effect and being reviewed.
    UnderReview,
    /// Replaced by a newer version.
    Superseded,
    /// Ended (the person left the program).
    Closed,
}

impl PlanStatus {
    /// Whether the plan is (or is about to be) in use: not superseded by a newer version and not closed.
    /// Review rules only apply to current plans.
    pub fn is_current(self) -> bool {
        !matches!(self, PlanStatus::Superseded | PlanStatus::Closed)
    }
}

/// One revision of the plan.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Revision {
    /// The plan version this revision produced.
    pub version: u32,
    /// Date.
    pub date: NaiveDate,
    /// Why.
    pub reason: RevisionReason,
    /// What changed, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalizedText>,
    /// Who revised it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// Why a plan was revised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RevisionReason {
    /// The first plan.
    Initial,
    /// The annual review.
    AnnualReview,
    /// A change in the person's circumstances or needs.
    ChangeInCircumstances,
    /// The person asked.
    PersonRequest,
    /// A correction.
    Correction,
}

/// Implements `Debug` showing only the type and its ids: model structs hold health information.
macro_rules! redacted_debug {
    ($($ty:ident $({ $($field:ident),* })?),* $(,)?) => {$(
        impl std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut s = f.debug_struct(stringify!($ty));
                $($(s.field(stringify!($field), &self.$field);)*)?
                s.finish_non_exhaustive()
            }
        }
    )*};
}

redacted_debug!(
    Plan { schema_version, id, version, status, programs },
    Revision { version, date, reason },
    Person { language },
    HumanName,
    Identifier { kind },
    IdentityLanguage { preference },
    Contact,
    Address,
    EmergencyContact,
    LanguageAccess { alternative_formats },
    SpokenLanguage { lang, proficiency, interpreter_needed },
    WrittenLanguage { lang, proficiency },
    NameForm { lang },
    Pronouns,
    Residence,
    Authority { applies },
    Representative { id, kind },
    OnePageProfile,
    Need { id, category },
    Goal { id, status, expressed_by, steps },
    Step { id, responsible_id, by_person, with_ids, done },
    Support { id, paid, goal_ids, need_ids },
    Schedule,
    Quantity,
    ServiceCode,
    Authorization,
    Provider { team_member_id },
    Risk { id },
    BackupPlan,
    BackupContact,
    SettingChoice { setting, chosen_by_person },
    ServiceChoice,
    Modification { id },
    TeamMember { id, role, paid, chosen_by_person },
    Planner,
    ConflictOfInterest { has_conflict, support_ids },
    PlanMonitor { team_member_id },
    Meeting { id, date, attendees },
    Attendee { team_member_id, invited_by_person, legal_authority },
    Interpreter { language, qualified, minor },
    MonitoringEntry { id, date },
    Feedback { id, date, from },
    ReviewSchedule { last_review, next_review_due, triggers },
    LifeEvent { id, date, end_date, kind },
    UpdateRequest { id, date },
    Signature { id, role, date, content_digest },
    UnableToSign,
    DistributionRecord { id, recipient_role, date, language, format },
    Confidential { reason },
    Recipient { id, role, shares, person_declined },
    CopyManifest { recipient_id, withheld },
    ProgramSections { ecm, housing_support_plan },
    EcmSection { lead_care_manager_id, care_domains },
    HousingSupportPlan,
    HousingGoal { id },
);
