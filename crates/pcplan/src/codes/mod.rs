//! Service code sets: which procedure code, modifier and unit combinations a program bills with. Codes are data:
//! each set is a versioned JSON file that records its source and date, and an agency replaces or extends the
//! shipped ones.
//!
//! pcplan ships `medi-cal-ecm-cs` (`data/codesets/medi-cal-ecm-cs.json`): the Medi-Cal Enhanced Care Management
//! and Community Supports combinations, each with how sure its evidence is. Rule S18 checks every support's code,
//! modifiers and unit against the sets in [`crate::validate::ValidateOptions::code_sets`].
//!
//! ```
//! use pcplan::codes::{CodeSet, CodeSets};
//! let shipped = CodeSets::embedded();
//! let entry = shipped.find("HCPCS", "S5170", &["U6"]).unwrap();
//! assert_eq!(entry.service, "Medically Tailored Meals / Medically Supportive Food");
//!
//! // An agency's own set is looked up first, then the shipped ones.
//! let agency = CodeSet::from_json(r#"{ "id": "agency", "version": "2026-01", "title": "Our codes",
//!   "source": "Our contract with the health plan", "retrieved": "2026-01-05",
//!   "entries": [ { "program": "community-supports", "service": "Meals", "system": "HCPCS", "code": "S5170",
//!     "modifiers": ["U6"], "units": ["meal", "day"], "descriptor": "per meal", "evidence": "confirmed" } ] }"#).unwrap();
//! let sets = CodeSets::embedded().clone().with_first(agency);
//! assert_eq!(sets.find("HCPCS", "S5170", &["U6"]).unwrap().units.len(), 2);
//! ```

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{Modifier, ServiceUnit};

/// One code set file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CodeSet {
    /// A short stable id, e.g. `medi-cal-ecm-cs`.
    pub id: String,
    /// The set's version (a date or a number).
    pub version: String,
    /// What the set covers.
    pub title: String,
    /// Where the combinations come from.
    pub source: String,
    /// When the source was read (YYYY-MM-DD).
    pub retrieved: chrono::NaiveDate,
    /// The combinations.
    pub entries: Vec<CodeEntry>,
}

/// One billable combination: a code with its modifiers, and the units it is counted in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CodeEntry {
    /// The program, e.g. `ecm` or `community-supports`.
    pub program: String,
    /// The service in words, e.g. "Housing Deposits".
    pub service: String,
    /// The coding system, e.g. "HCPCS".
    pub system: String,
    /// The code.
    pub code: String,
    /// The modifiers, in order (empty: the code alone).
    #[serde(default)]
    pub modifiers: Vec<Modifier>,
    /// The units of service this combination is counted in.
    pub units: Vec<ServiceUnit>,
    /// The code's official descriptor.
    pub descriptor: String,
    /// How sure the row is.
    pub evidence: Evidence,
    /// Anything a biller should know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How sure a code set row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// Seen in the cited primary source.
    Confirmed,
    /// Seen in health-plan or vendor material that claims to follow the primary source.
    Secondary,
    /// Inferred; check with the health plan.
    Unconfirmed,
}

/// Why a code set file could not be read: where (a JSON Pointer) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("code set at {path}: {expected}")]
pub struct CodeSetError {
    /// Where.
    pub path: String,
    /// What was expected.
    pub expected: String,
}

impl CodeSet {
    /// Reads a code set file.
    pub fn from_json(json: &str) -> Result<CodeSet, CodeSetError> {
        let de = &mut serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = crate::model::pointer::from_serde_path(e.path());
            // serde's messages name types and fields, never the document's values except in `invalid value`
            // and `unknown variant`, which a code set (public data) may show.
            CodeSetError { path, expected: e.inner().to_string() }
        })
    }
}

/// The code sets a validation uses, looked up in order: the first set with a combination wins.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CodeSets {
    sets: Vec<CodeSet>,
}

impl CodeSets {
    /// The sets shipped with pcplan (parsed once).
    pub fn embedded() -> &'static CodeSets {
        static SETS: OnceLock<CodeSets> = OnceLock::new();
        SETS.get_or_init(|| {
            let shipped = [include_str!("../../data/codesets/medi-cal-ecm-cs.json")];
            // The shipped files are checked by this crate's tests; a broken one would be a build defect.
            CodeSets { sets: shipped.iter().filter_map(|j| CodeSet::from_json(j).ok()).collect() }
        })
    }

    /// Only these sets (an agency replacing the shipped ones).
    pub fn new(sets: Vec<CodeSet>) -> CodeSets {
        CodeSets { sets }
    }

    /// These sets with `set` looked up before them (an agency extending or correcting the shipped ones).
    pub fn with_first(mut self, set: CodeSet) -> CodeSets {
        self.sets.insert(0, set);
        self
    }

    /// The sets, in lookup order.
    pub fn sets(&self) -> &[CodeSet] {
        &self.sets
    }

    /// Whether any set has codes of `system` (compared without case).
    pub fn covers_system(&self, system: &str) -> bool {
        self.entries().any(|e| e.system.eq_ignore_ascii_case(system))
    }

    /// Every combination of `system` and `code`, first set first.
    pub fn for_code<'a>(&'a self, system: &'a str, code: &'a str) -> impl Iterator<Item = &'a CodeEntry> + 'a {
        self.entries().filter(move |e| e.system.eq_ignore_ascii_case(system) && e.code.eq_ignore_ascii_case(code))
    }

    /// The combination of `system`, `code` and exactly these `modifiers` (in order), first set first.
    pub fn find(&self, system: &str, code: &str, modifiers: &[&str]) -> Option<&CodeEntry> {
        self.entries().find(|e| {
            e.system.eq_ignore_ascii_case(system)
                && e.code.eq_ignore_ascii_case(code)
                && e.modifiers.len() == modifiers.len()
                && e.modifiers.iter().zip(modifiers).all(|(a, b)| a.as_str() == *b)
        })
    }

    fn entries(&self) -> impl Iterator<Item = &CodeEntry> {
        self.sets.iter().flat_map(|s| s.entries.iter())
    }
}
