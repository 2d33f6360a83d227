//! The plan fields a report column can name, and how each is read from a plan.

use serde::{Deserialize, Serialize};

use super::Cell;
use crate::model::{IdentifierType, Plan, TeamMember, TeamRole, json_name};
use crate::validate::{Report, Severity};

/// What fills a report column. Serialized kebab-case, as mapping files name them (`person-cin`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Field {
    /// The Medi-Cal Client Index Number: the person's first `medicaid-number` identifier.
    PersonCin,
    /// The person's health plan member id: their first `member-id` identifier.
    PersonMemberId,
    /// Legal family name.
    PersonFamilyName,
    /// Legal given names, space-separated.
    PersonGivenName,
    /// Date of birth.
    PersonBirthDate,
    /// The plan's programs (`calaim-ecm`, `hcbs-1915c`, …).
    Programs,
    /// The plan's id.
    PlanId,
    /// The plan's version.
    PlanVersion,
    /// The plan's status (`draft`, `active`, …).
    PlanStatus,
    /// First day the plan is in effect.
    PlanStart,
    /// Last day the plan is in effect, if set.
    PlanEnd,
    /// Date of the latest revision in the revision history.
    LatestRevision,
    /// Date of the latest planning meeting.
    LatestPlanningMeeting,
    /// The ECM comprehensive assessment date.
    EcmAssessmentDate,
    /// The last review.
    LastReview,
    /// When the next review is due.
    NextReviewDue,
    /// The ECM Lead Care Manager's name (the ECM section's, else the team's `lead-care-manager`).
    LeadCareManagerName,
    /// The Lead Care Manager's phone.
    LeadCareManagerPhone,
    /// The Lead Care Manager's email.
    LeadCareManagerEmail,
    /// Goal statements, in the language they were written in.
    Goals,
    /// Names of paid supports.
    PaidSupports,
    /// Names of unpaid (natural) supports.
    UnpaidSupports,
    /// Number of error findings.
    FindingsError,
    /// Number of warning findings.
    FindingsWarning,
    /// Number of informational findings.
    FindingsInfo,
}

impl Field {
    /// The cell for this field of `plan`; `findings` answers the open-findings fields.
    pub fn extract(self, plan: &Plan, findings: &Report) -> Cell {
        let text = |s: Option<&str>| s.map_or(Cell::Empty, |s| Cell::Text(s.to_owned()));
        let date = |d: Option<chrono::NaiveDate>| d.map_or(Cell::Empty, Cell::Date);
        let count = |s| Cell::Count(findings.count(s) as u64);
        let list = |items: Vec<String>| if items.is_empty() { Cell::Empty } else { Cell::List(items) };
        let identifier =
            |kind: IdentifierType| plan.person.identifiers.iter().find(|i| i.kind == kind).map(|i| i.value.as_str());
        let lcm = || lead_care_manager(plan);
        let lcm_contact = || lcm().and_then(|m| m.contact.as_ref());
        match self {
            Field::PersonCin => text(identifier(IdentifierType::MedicaidNumber)),
            Field::PersonMemberId => text(identifier(IdentifierType::MemberId)),
            Field::PersonFamilyName => text(Some(&plan.person.legal_name.family)),
            Field::PersonGivenName => text(Some(&plan.person.legal_name.given.join(" "))),
            Field::PersonBirthDate => date(plan.person.birth_date),
            Field::Programs => list(plan.programs.iter().map(json_name).collect()),
            Field::PlanId => text(Some(plan.id.as_str())),
            Field::PlanVersion => Cell::Count(u64::from(plan.version)),
            Field::PlanStatus => text(Some(&json_name(&plan.status))),
            Field::PlanStart => Cell::Date(plan.effective_period.start),
            Field::PlanEnd => date(plan.effective_period.end),
            Field::LatestRevision => date(plan.revision_history.iter().map(|r| r.date).max()),
            Field::LatestPlanningMeeting => date(plan.meetings.iter().map(|m| m.date).max()),
            Field::EcmAssessmentDate => date(plan.program_sections.ecm.as_ref().and_then(|e| e.assessment_date)),
            Field::LastReview => date(plan.review.last_review),
            Field::NextReviewDue => date(plan.review.next_review_due),
            Field::LeadCareManagerName => text(lcm().map(|m| m.name.as_str())),
            Field::LeadCareManagerPhone => text(lcm_contact().and_then(|c| c.phone.as_deref())),
            Field::LeadCareManagerEmail => text(lcm_contact().and_then(|c| c.email.as_deref())),
            Field::Goals => list(plan.goals.iter().map(|g| g.statement.text.clone()).collect()),
            Field::PaidSupports => list(supports(plan, true)),
            Field::UnpaidSupports => list(supports(plan, false)),
            Field::FindingsError => count(Severity::Error),
            Field::FindingsWarning => count(Severity::Warning),
            Field::FindingsInfo => count(Severity::Info),
        }
    }
}

/// The ECM section names the Lead Care Manager by team id; a plan without one may still list one on its team.
fn lead_care_manager(plan: &Plan) -> Option<&TeamMember> {
    match &plan.program_sections.ecm {
        Some(ecm) => plan.team.iter().find(|m| m.id == ecm.lead_care_manager_id),
        None => plan.team.iter().find(|m| m.role == TeamRole::LeadCareManager),
    }
}

fn supports(plan: &Plan, paid: bool) -> Vec<String> {
    plan.supports.iter().filter(|s| s.paid == paid).map(|s| s.name.text.clone()).collect()
}
