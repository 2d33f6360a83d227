//! One file per rule. To add a rule: write its file (metadata, docs, check), declare it below, list it in
//! `ALL`, and add its messages (with `.help`) to `locales/*/rules-<group>.ftl`.

#[allow(unused_imports)] // each rule uses part of it
mod prelude {
    pub(super) use crate::model::*;
    pub(super) use crate::validate::{Context, Findings, Profile, Rule, RuleDocs, RuleMeta, Severity};
}

// Structure and completeness.
mod s01_legal_name;
mod s02_effective_period;
mod s03_goals;
mod s04_strengths_preferences;
mod s05_assessed_need;
mod s06_paid_support_complete;
mod s07_support_dates;
mod s08_support_linked;
mod s09_goal_has_step_or_support;
mod s10_natural_support;
mod s11_unpaid_relationship;
mod s12_risk_mitigation;
mod s13_setting_service_choice;
mod s14_plan_monitor;
mod s15_modification_complete;
mod s16_ecm_care_domains;
mod s17_housing_support_plan;

// (keep this line: it separates the groups so that parallel additions merge cleanly)

// Process and consent.

// (keep this line)

// Review.

// (keep this line)

// Text written about and for the person.

// (keep this line)

use crate::validate::Rule;

pub(super) static ALL: &[&dyn Rule] = &[
    // Structure and completeness.
    &s01_legal_name::LegalName,
    &s02_effective_period::EffectivePeriod,
    &s03_goals::Goals,
    &s04_strengths_preferences::StrengthsPreferences,
    &s05_assessed_need::AssessedNeed,
    &s06_paid_support_complete::PaidSupportComplete,
    &s07_support_dates::SupportDates,
    &s08_support_linked::SupportLinked,
    &s09_goal_has_step_or_support::GoalHasStepOrSupport,
    &s10_natural_support::NaturalSupport,
    &s11_unpaid_relationship::UnpaidRelationship,
    &s12_risk_mitigation::RiskMitigation,
    &s13_setting_service_choice::SettingServiceChoice,
    &s14_plan_monitor::PlanMonitorNamed,
    &s15_modification_complete::ModificationComplete,
    &s16_ecm_care_domains::EcmCareDomains,
    &s17_housing_support_plan::HousingSupportPlanPresent,
    // (keep)
    // Process and consent.
    // (keep)
    // Review.
    // (keep)
    // Text.
    // (keep)
];
