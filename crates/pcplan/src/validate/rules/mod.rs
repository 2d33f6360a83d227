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
mod s18_service_code;

// (keep this line: it separates the groups so that parallel additions merge cleanly)

// Process and consent.
mod p1_signatures;
mod p2_signature_dates;
mod p3_signed_content;
mod p4_conflict_of_interest;
mod p5_distribution;
mod p6_copy_language;
mod p7_person_led_meeting;
mod p8_interpreter;
mod p9_copy_entitled;

// (keep this line)

// Review.
mod r1_annual_review;
mod r2_life_change;
mod r3_update_request;

// (keep this line)

// Text written about and for the person.
pub(super) mod narrative;
mod t1_name_and_pronouns;
mod t2_own_words;
mod t3_plain_language;
mod t4_deficit_language;
mod t5_third_person;
mod t6_reviewed_translation;

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
    &s18_service_code::ServiceCodeListed,
    // (keep)
    // Process and consent.
    &p1_signatures::RequiredSignatures,
    &p2_signature_dates::SignatureDates,
    &p3_signed_content::SignedContentUnchanged,
    &p4_conflict_of_interest::PlannerConflictOfInterest,
    &p5_distribution::CopiesDistributed,
    &p6_copy_language::CopyInPreferredLanguage,
    &p7_person_led_meeting::PersonLedMeeting,
    &p8_interpreter::QualifiedInterpreter,
    &p9_copy_entitled::CopyEntitled,
    // (keep)
    // Review.
    &r1_annual_review::AnnualReview,
    &r2_life_change::ReviewAfterLifeChange,
    &r3_update_request::UpdateRequestAnswered,
    // (keep)
    // Text.
    &t1_name_and_pronouns::PreferredNameAndPronouns,
    &t2_own_words::GoalInOwnWords,
    &t3_plain_language::PlainLanguage,
    &t4_deficit_language::StrengthsBasedLanguage,
    &t5_third_person::PersonNotLabel,
    &t6_reviewed_translation::ReviewedTranslation,
    // (keep)
];
