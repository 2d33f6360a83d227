//! Risks the person chooses to take and how they stay safe; the backup plan; setting and choice;
//! modifications of setting rights.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Confidential, Id, LocalizedText};

/// An identified risk and its mitigation (HCBS (b)(6); eLTSS 38–39).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Risk {
    /// Stable id.
    pub id: Id,
    /// The risk.
    pub description: LocalizedText,
    /// How the person and team reduce it (eLTSS 39).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mitigation: Option<LocalizedText>,
    /// The person's informed choice about this risk (dignity of risk).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_choice: Option<LocalizedText>,
    /// Marks this risk confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// What happens when a critical support does not arrive or an emergency occurs (eLTSS 10).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupPlan {
    /// The plan, in plain words.
    pub description: LocalizedText,
    /// Who to call, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<BackupContact>,
}

/// A contact in the backup plan.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupContact {
    /// Name or service.
    pub name: String,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// When to call them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<LocalizedText>,
}

/// The setting the person lives in and the choice behind it (HCBS (a)(9), (b)(1); eLTSS 15–16).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettingChoice {
    /// The kind of setting.
    pub setting: SettingType,
    /// The setting in the person's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// The person chose this setting (eLTSS 15).
    pub chosen_by_person: bool,
    /// Other settings the person considered (eLTSS 16), including non-disability-specific ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives_considered: Vec<LocalizedText>,
}

/// Kinds of setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SettingType {
    /// The person's own home or apartment.
    OwnHome,
    /// A family member's home.
    FamilyHome,
    /// Supportive or transitional housing.
    SupportiveHousing,
    /// A shared living or host home.
    SharedLiving,
    /// A licensed residential setting (group home, assisted living).
    ResidentialFacility,
    /// Shelter, recuperative care, or no fixed address.
    Unhoused,
    /// Another setting, described in `description`.
    Other,
}

/// The choices the person was given about services and providers (HCBS (a)(7); eLTSS 20–24).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceChoice {
    /// The person was offered a choice of services (eLTSS 20).
    pub service_options_offered: bool,
    /// The person took part in selecting the services (eLTSS 21).
    pub person_selected_services: bool,
    /// The person agrees with the services in the plan (eLTSS 22).
    pub person_agrees: bool,
    /// The person was offered a choice of providers for each service (eLTSS 23).
    pub provider_options_offered: bool,
    /// The person feels they made an informed choice of providers (eLTSS 24).
    #[serde(default)]
    pub informed_provider_choice: bool,
    /// Why a choice was not offered (e.g. a single provider in a rural county).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_not_offered: Option<LocalizedText>,
}

/// A modification of the person's setting rights, with the eight items 42 CFR 441.301(c)(4)(vi)(F) requires.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Modification {
    /// Stable id.
    pub id: Id,
    /// The right being modified (e.g. access to food at any time).
    pub right: LocalizedText,
    /// 1. The specific, individualized assessed need.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed_need: Option<LocalizedText>,
    /// 2. Positive interventions and supports used before the modification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_interventions: Option<LocalizedText>,
    /// 3. Less intrusive methods tried, which did not work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub less_intrusive_methods: Option<LocalizedText>,
    /// 4. A description of the condition, proportionate to the assessed need.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition_description: Option<LocalizedText>,
    /// 5. How data will be collected and reviewed to measure whether it works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_collection: Option<LocalizedText>,
    /// 6. Time limits for periodic review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_time_limits: Option<LocalizedText>,
    /// 7. The person's informed consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub informed_consent: Option<LocalizedText>,
    /// 8. An assurance that the interventions and supports will cause no harm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_harm_assurance: Option<LocalizedText>,
}

impl Modification {
    /// The eight required items with their JSON field names, in regulation order.
    pub fn required_items(&self) -> [(&'static str, Option<&LocalizedText>); 8] {
        [
            ("assessedNeed", self.assessed_need.as_ref()),
            ("priorInterventions", self.prior_interventions.as_ref()),
            ("lessIntrusiveMethods", self.less_intrusive_methods.as_ref()),
            ("conditionDescription", self.condition_description.as_ref()),
            ("dataCollection", self.data_collection.as_ref()),
            ("reviewTimeLimits", self.review_time_limits.as_ref()),
            ("informedConsent", self.informed_consent.as_ref()),
            ("noHarmAssurance", self.no_harm_assurance.as_ref()),
        ]
    }
}
