//! Differences between two versions of a plan, described in plain language, and whether signatures still
//! hold.
//!
//! A plan is a living document: it is revised when life changes, everyone must see what changed, and a
//! signature means consent to *one* version. [`diff`] lists what changed between two versions, keyed by the
//! model's stable ids (never array positions, so reordering goals or supports is not a change);
//! [`describe`] turns that list into sentences in the person's language; [`signatures_hold`] tells which
//! signatures still match the plan's [`content_digest`](crate::model::content_digest), and [`record_digest`]
//! stores the digest into a signature when it is signed.
//!
//! ```
//! let json = include_str!("../../tests/fixtures/minimal.json");
//! let old = pcplan::model::Plan::from_json_str(json).unwrap();
//! let mut new = old.clone();
//! new.goals[0].statement.text = "Find a bigger apartment.".into();
//! let changes = pcplan::diff::diff(&old, &new);
//! assert_eq!(changes.len(), 1);
//! assert_eq!(changes[0].kind, pcplan::diff::ChangeKind::GoalReworded);
//! assert_eq!(changes[0].path, "/goals/0/statement");
//! ```

mod compare;
mod describe;
mod signatures;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{
    BackupPlan, Goal, GoalStatus, Id, LocalizedText, Modification, Need, PlanMonitor, Planner, Provider,
    Representative, Risk, Schedule, ServiceChoice, ServiceInterval, ServiceUnit, SettingType, Step, Support,
    TeamMember, TeamRole,
};

pub use compare::diff;
pub use describe::describe;
pub use signatures::{SignError, SignatureState, SignatureStatus, record_digest, signatures_hold};

/// One difference between two versions of a plan.
///
/// `Debug` shows the kind, id and path only: `before` and `after` hold plan content (health information).
#[derive(Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// What changed.
    pub kind: ChangeKind,
    /// The id of the entity that changed (goal, step, support, need, risk, team member, representative,
    /// modification); absent for parts of the plan that have no id (review dates, setting choice…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    /// For a step, the id of the goal that holds it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Id>,
    /// The JSON field that changed (camelCase, as in the plan file), when the kind alone does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// JSON Pointer (RFC 6901) to the changed value in the new plan, or in the old plan for a removal.
    pub path: String,
    /// The value before; absent for an addition or a field that was not set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<ChangeValue>,
    /// The value after; absent for a removal or a field that is no longer set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<ChangeValue>,
}

impl std::fmt::Debug for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Change")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Kinds of change. Serialized kebab-case (`support-amount-changed`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// The plan's effective period (`field`: `start` or `end`).
    EffectivePeriodChanged,
    /// Details about the person (`field`: the person's JSON field, e.g. `preferredNames`, `language`).
    PersonChanged,
    /// A representative was added.
    RepresentativeAdded,
    /// A representative was removed.
    RepresentativeRemoved,
    /// A representative's details changed (`field`).
    RepresentativeChanged,
    /// A profile list changed (`field`: `strengths`, `preferences`…).
    ProfileChanged,
    /// A need was added.
    NeedAdded,
    /// A need was removed.
    NeedRemoved,
    /// A need changed (`field`).
    NeedChanged,
    /// A goal was added.
    GoalAdded,
    /// A goal was removed.
    GoalRemoved,
    /// A goal's words changed (`field`: `statement` or `ownWords`).
    GoalReworded,
    /// A goal's status changed (progress, not signed content).
    GoalStatusChanged,
    /// Another detail of a goal changed (`field`: `targetDate`, `expressedBy`, `needIds`).
    GoalChanged,
    /// A step was added to a goal.
    StepAdded,
    /// A step was removed from a goal.
    StepRemoved,
    /// A step changed (`field`: `description`, `responsibleId`, `byPerson`, `targetDate`, `done`).
    StepChanged,
    /// A support was added.
    SupportAdded,
    /// A support was removed.
    SupportRemoved,
    /// A support's name changed.
    SupportRenamed,
    /// A support's amount (quantity, unit or interval) changed; values are [`ChangeValue::Amount`].
    SupportAmountChanged,
    /// A support's provider changed.
    SupportProviderChanged,
    /// A support's start or end date changed (`field`: `startDate` or `endDate`).
    SupportDatesChanged,
    /// A support became paid or unpaid.
    SupportPaidChanged,
    /// Another detail of a support changed (`field`: `description`, `location`, `deliveryPreferences`…).
    SupportChanged,
    /// The "no natural supports identified" marker changed.
    NaturalSupportsNoneChanged,
    /// A risk was added.
    RiskAdded,
    /// A risk was removed.
    RiskRemoved,
    /// How a risk is reduced changed.
    RiskMitigationChanged,
    /// Another detail of a risk changed (`field`: `description`, `personChoice`).
    RiskChanged,
    /// The backup plan changed.
    BackupPlanChanged,
    /// The setting or the choice behind it changed (`field`: `setting`, `description`, `chosenByPerson`,
    /// `alternativesConsidered`; no field when the setting choice was added or removed as a whole).
    SettingChoiceChanged,
    /// The choice of services and providers changed.
    ServiceChoiceChanged,
    /// A modification of setting rights was added.
    ModificationAdded,
    /// A modification of setting rights was removed.
    ModificationRemoved,
    /// A modification changed (`field`).
    ModificationChanged,
    /// A team member was added.
    TeamMemberAdded,
    /// A team member was removed.
    TeamMemberRemoved,
    /// A team member's role changed.
    TeamMemberRoleChanged,
    /// Another detail of a team member changed (`field`).
    TeamMemberChanged,
    /// The planner changed.
    PlannerChanged,
    /// The plan monitor changed.
    PlanMonitorChanged,
    /// The last review date changed.
    LastReviewChanged,
    /// The next review date changed.
    NextReviewChanged,
    /// Another part of the review schedule changed (`field`: `triggers`, `updateRequestMethod`).
    ReviewChanged,
    /// A program section changed (`field`: `ecm` or `housingSupportPlan`).
    ProgramSectionChanged,
}

/// A support's amount: quantity per interval, in a unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Amount {
    /// How many units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// The unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<ServiceUnit>,
    /// The interval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<ServiceInterval>,
}

impl Amount {
    /// The amount of a support.
    pub fn of(support: &Support) -> Amount {
        let schedule = support.schedule.as_ref();
        let amount = schedule.and_then(|s| s.amount);
        Amount {
            quantity: amount.and_then(|a| a.value),
            unit: amount.and_then(|a| a.unit),
            interval: schedule.and_then(Schedule::interval),
        }
    }
}

/// A value before or after a change, typed by what it is. Serialized as `{"type": "…", "value": …}`.
#[derive(Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ChangeValue {
    /// Plan text.
    Text(LocalizedText),
    /// A list of plan texts (profile lists, alternatives considered).
    Texts(Vec<LocalizedText>),
    /// A plain string (a name, a funding source).
    String(String),
    /// A date.
    Date(NaiveDate),
    /// A yes/no.
    Flag(bool),
    /// A number (a rate).
    Number(f64),
    /// An id (a responsible team member).
    Id(Id),
    /// Ids (links to goals or needs).
    Ids(Vec<Id>),
    /// A support's amount.
    Amount(Amount),
    /// A support's provider.
    Provider(Provider),
    /// A goal's status.
    GoalStatus(GoalStatus),
    /// A team member's role.
    TeamRole(TeamRole),
    /// A setting.
    Setting(SettingType),
    /// A whole goal (added or removed).
    Goal(Box<Goal>),
    /// A whole step.
    Step(Box<Step>),
    /// A whole support.
    Support(Box<Support>),
    /// A whole need.
    Need(Box<Need>),
    /// A whole risk.
    Risk(Box<Risk>),
    /// A whole team member.
    TeamMember(Box<TeamMember>),
    /// A whole representative.
    Representative(Box<Representative>),
    /// A whole modification.
    Modification(Box<Modification>),
    /// The backup plan.
    BackupPlan(Box<BackupPlan>),
    /// The service choice.
    ServiceChoice(Box<ServiceChoice>),
    /// The planner.
    Planner(Box<Planner>),
    /// The plan monitor.
    PlanMonitor(Box<PlanMonitor>),
    /// Any other value, as its JSON (fields of the person, codes, review triggers).
    Json(serde_json::Value),
}

impl std::fmt::Debug for ChangeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Values are plan content; show only which kind of value this is.
        let name = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("type").and_then(|t| t.as_str()).map(str::to_owned))
            .unwrap_or_default();
        write!(f, "ChangeValue::{name}(..)")
    }
}
