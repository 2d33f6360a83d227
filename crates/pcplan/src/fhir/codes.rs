//! The codes, canonical URLs and units of the eLTSS mapping, read from `eltss-r4.json` (data with its sources,
//! not constants in code).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::types::{Coding, Quantity};

/// A code with its system, as the data file names it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Code {
    pub system: String,
    pub code: String,
    #[serde(default)]
    pub display: Option<String>,
}

impl Code {
    pub(crate) fn coding(&self) -> Coding {
        Coding {
            system: Some(self.system.clone()),
            code: Some(self.code.clone()),
            display: self.display.clone(),
            ..Coding::default()
        }
    }

    /// Whether `coding` names this code (same system and code).
    pub(crate) fn matches(&self, coding: &Coding) -> bool {
        coding.system.as_deref() == Some(self.system.as_str()) && coding.code.as_deref() == Some(self.code.as_str())
    }
}

/// A unit of measure.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Unit {
    pub system: String,
    pub code: String,
    pub unit: String,
}

impl Unit {
    pub(crate) fn quantity(&self, value: Option<f64>) -> Quantity {
        Quantity {
            value,
            unit: Some(self.unit.clone()),
            system: Some(self.system.clone()),
            code: Some(self.code.clone()),
            ..Quantity::default()
        }
    }

    pub(crate) fn matches(&self, q: &Quantity) -> bool {
        q.system.as_deref() == Some(self.system.as_str()) && q.code.as_deref() == Some(self.code.as_str())
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Extensions {
    pub directed_by: Vec<String>,
    pub pertains_to_goal: String,
    pub remainder: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Systems {
    pub hcpcs: Vec<String>,
    pub cpt: Vec<String>,
    pub need_category: String,
    pub goal_expressed_by: String,
    pub id: String,
    pub representative_kind: String,
    pub setting_type: String,
    pub bcp47: String,
    pub place_of_service: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ClaimCodes {
    #[serde(rename = "type")]
    pub kind: Code,
    /// The use of a Claim that carries only a rate (a predetermination).
    #[serde(rename = "use")]
    pub use_: String,
    /// The use of a Claim that carries a health plan's authorization of the service.
    pub authorization_use: String,
    pub priority: Code,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RoleCodes {
    pub system: String,
    pub codes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionItem {
    pub link_id: String,
    pub message: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub repeats: bool,
}

#[derive(Debug, Deserialize)]
pub(crate) struct QuestionnaireData {
    pub url: String,
    pub items: Vec<QuestionItem>,
}

/// The whole data file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Codes {
    pub profile_base: String,
    pub profiles: BTreeMap<String, String>,
    pub extensions: Extensions,
    pub self_directed_text: String,
    pub systems: Systems,
    pub service_code_system_names: BTreeMap<String, String>,
    pub condition_categories: Vec<Code>,
    pub condition_clinical_status: Code,
    pub observation_category: Code,
    pub observation_codes: BTreeMap<String, Code>,
    pub identifier_types: BTreeMap<String, Code>,
    pub emergency_contact_relationship: Code,
    pub signer_types: BTreeMap<String, Code>,
    pub signature_types: BTreeMap<String, Code>,
    pub units: BTreeMap<String, Unit>,
    pub intervals: BTreeMap<String, Unit>,
    pub goal_status: BTreeMap<String, String>,
    pub care_plan_status: BTreeMap<String, String>,
    pub questionnaire: QuestionnaireData,
    pub care_plan_category: Code,
    pub claim: ClaimCodes,
    pub representative_role_codes: RoleCodes,
    pub signature_time_of_day: String,
}

impl Codes {
    /// The STU2 profile canonical for a resource type, if eLTSS profiles it.
    pub(crate) fn profile(&self, resource_type: &str) -> Option<String> {
        self.profiles.get(resource_type).map(|id| format!("{}{id}", self.profile_base))
    }

    /// The system URI for a service code's system name ("HCPCS" → the CMS URI); a URI is kept as it is.
    pub(crate) fn service_system_uri(&self, name: &str) -> String {
        self.service_code_system_names.get(name).cloned().unwrap_or_else(|| name.to_owned())
    }

    /// The pcplan system name for a coding system URI: every HCPCS (and CPT) URI gives "HCPCS" ("CPT").
    pub(crate) fn service_system_name(&self, uri: &str) -> String {
        if self.systems.hcpcs.iter().any(|s| s == uri) {
            return "HCPCS".to_owned();
        }
        if self.systems.cpt.iter().any(|s| s == uri) {
            return "CPT".to_owned();
        }
        uri.to_owned()
    }
}

/// The mapping data, parsed once.
pub(crate) fn codes() -> &'static Codes {
    static CODES: OnceLock<Codes> = OnceLock::new();
    CODES.get_or_init(|| {
        // The file is part of the crate and checked by the tests; a parse failure is a build defect.
        serde_json::from_str(include_str!("eltss-r4.json")).expect("src/fhir/eltss-r4.json is valid")
    })
}

#[cfg(test)]
mod tests {
    /// Every unit a plan can give an amount in has its FHIR Quantity coding, so no amount leaves without its
    /// unit.
    #[test]
    fn every_service_unit_has_a_fhir_unit() {
        let schema = serde_json::to_value(schemars::schema_for!(crate::model::ServiceUnit)).unwrap();
        let names: Vec<String> = schema["oneOf"]
            .as_array()
            .map(|alts| alts.iter().filter_map(|a| a["const"].as_str().map(str::to_owned)).collect())
            .or_else(|| {
                schema["enum"].as_array().map(|e| e.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            })
            .unwrap_or_default();
        assert!(names.len() >= 14, "{schema}");
        for name in names {
            assert!(super::codes().units.contains_key(&name), "no FHIR unit for {name} in src/fhir/eltss-r4.json");
        }
    }
}
