//! The circle of support, the planner, the plan monitor, and planning meetings.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Contact, Id, LanguageTag, LocalizedText};

/// Someone on the person's team, paid or natural, chosen by the person (HCBS (a)(1)).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TeamMember {
    /// Stable id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Role on the team.
    pub role: TeamRole,
    /// Organization, for paid members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Relationship to the person, for natural supports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// Paid to support the person.
    #[serde(default)]
    pub paid: bool,
    /// The person chose to have them on the team.
    #[serde(default)]
    pub chosen_by_person: bool,
    /// Contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// Roles on the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TeamRole {
    /// Case manager, care coordinator or service coordinator.
    CareCoordinator,
    /// ECM Lead Care Manager.
    LeadCareManager,
    /// Housing navigator or tenancy-sustaining specialist.
    HousingNavigator,
    /// A service provider's staff.
    Provider,
    /// A clinician (physician, nurse, therapist).
    Clinician,
    /// Family member.
    Family,
    /// Friend or neighbor.
    Friend,
    /// Peer supporter or community health worker.
    PeerSupport,
    /// Guardian or representative.
    Representative,
    /// Supported decision-making supporter.
    DecisionSupporter,
    /// Another role.
    Other,
}

/// The person who helped write the plan (eLTSS 52–53).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Planner {
    /// Name.
    pub name: String,
    /// Organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Conflict-of-interest attestation (HCBS (a)(6)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_of_interest: Option<ConflictOfInterest>,
}

/// The planner's attestation about conflicts of interest.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConflictOfInterest {
    /// The planner has a financial or employment tie to a provider on the plan.
    pub has_conflict: bool,
    /// Supports whose provider the planner is tied to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support_ids: Vec<Id>,
    /// A documented exception (e.g. the only willing and qualified provider in the area).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<LocalizedText>,
    /// Date of the attestation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_on: Option<NaiveDate>,
}

/// Who watches that the plan is carried out (HCBS (b)(8); eLTSS 17–18).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanMonitor {
    /// Name.
    pub name: String,
    /// Phone (eLTSS 18).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Their entry on the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_member_id: Option<Id>,
}

/// A planning meeting (HCBS (a)(1), (a)(3)).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meeting {
    /// Stable id.
    pub id: Id,
    /// Date.
    pub date: NaiveDate,
    /// Place, e.g. "my apartment", "video call".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocalizedText>,
    /// The person chose the time and place.
    #[serde(default)]
    pub time_and_place_chosen_by_person: bool,
    /// Who led the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    /// Who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Attendee>,
    /// The language the meeting was held in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// The interpreter, if one was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<Interpreter>,
}

/// Someone who attended a meeting.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Attendee {
    /// This attendee is the person the plan is for.
    #[serde(default)]
    pub is_person: bool,
    /// The team member, when they are on the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_member_id: Option<Id>,
    /// Name, when not on the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The person invited them.
    #[serde(default)]
    pub invited_by_person: bool,
    /// They attend by legal authority (a guardian), whether or not invited.
    #[serde(default)]
    pub legal_authority: bool,
}

/// An interpreter at a meeting (Cal. Welf. & Inst. Code 14029.91).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Interpreter {
    /// Name or service.
    pub name: String,
    /// The language interpreted.
    pub language: LanguageTag,
    /// A qualified interpreter.
    #[serde(default)]
    pub qualified: bool,
    /// The interpreter's agency or service, when not the agency writing the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// Their certification or badge number ("CCHI 123456"), identifying who took part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
    /// The interpreter is a minor (a child must not interpret except in an emergency).
    #[serde(default)]
    pub minor: bool,
}
