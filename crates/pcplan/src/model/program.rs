//! Program sections: Medi-Cal Enhanced Care Management and the Community Supports housing support plan.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{GoalStatus, Id, LocalizedText};

/// Programs a plan serves; they select the validation profiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    /// Medicaid 1915(c) HCBS waiver.
    #[serde(rename = "hcbs-1915c")]
    Hcbs1915c,
    /// Medicaid 1915(i) State Plan HCBS.
    #[serde(rename = "hcbs-1915i")]
    Hcbs1915i,
    /// Medicaid 1915(j) self-directed personal assistance.
    #[serde(rename = "hcbs-1915j")]
    Hcbs1915j,
    /// Medicaid 1915(k) Community First Choice.
    #[serde(rename = "hcbs-1915k")]
    Hcbs1915k,
    /// Medi-Cal Enhanced Care Management.
    CalaimEcm,
    /// Medi-Cal Community Supports: housing transition, deposits, tenancy sustaining.
    CalaimCsHousing,
    /// Medi-Cal Community Supports, other services.
    CalaimCsOther,
    /// Another program: only the core expectations apply.
    Other,
}

impl Program {
    /// Whether the federal HCBS person-centered planning rules apply.
    pub fn is_hcbs(self) -> bool {
        matches!(self, Program::Hcbs1915c | Program::Hcbs1915i | Program::Hcbs1915j | Program::Hcbs1915k)
    }
}

/// Program-specific sections.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProgramSections {
    /// Enhanced Care Management.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecm: Option<EcmSection>,
    /// Community Supports housing support plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing_support_plan: Option<HousingSupportPlan>,
}

/// The ECM care management plan section.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EcmSection {
    /// The Lead Care Manager's team entry.
    pub lead_care_manager_id: Id,
    /// Date of the comprehensive assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_date: Option<NaiveDate>,
    /// Care domains the plan covers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub care_domains: Vec<CareDomain>,
}

/// ECM care domains (rule S16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CareDomain {
    /// Physical health.
    Physical,
    /// Behavioral health.
    Behavioral,
    /// Substance use disorder.
    SubstanceUse,
    /// Long-term services and supports.
    Ltss,
    /// Oral health.
    Oral,
    /// Palliative care.
    Palliative,
    /// Health-related social needs.
    SocialNeeds,
}

impl CareDomain {
    /// All domains ECM expects a plan to address.
    pub const ALL: [CareDomain; 7] = [
        CareDomain::Physical,
        CareDomain::Behavioral,
        CareDomain::SubstanceUse,
        CareDomain::Ltss,
        CareDomain::Oral,
        CareDomain::Palliative,
        CareDomain::SocialNeeds,
    ];
}

/// The individualized Housing Support Plan Community Supports housing services require.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HousingSupportPlan {
    /// Barriers to getting or keeping housing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub barriers: Vec<LocalizedText>,
    /// Short-term, measurable housing goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub short_term_goals: Vec<HousingGoal>,
    /// Long-term, measurable housing goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub long_term_goals: Vec<HousingGoal>,
    /// Other services that help (e.g. deposits, tenancy sustaining services).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_services: Vec<LocalizedText>,
}

/// A measurable housing goal.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HousingGoal {
    /// Stable id.
    pub id: Id,
    /// The goal.
    pub text: LocalizedText,
    /// How progress is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<LocalizedText>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GoalStatus>,
}
