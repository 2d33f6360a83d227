//! HL7 eLTSS on FHIR R4: export a plan as a Bundle the care team and the health plan can ingest, and import
//! theirs (feature `fhir`).
//!
//! [`export`] writes a `collection` Bundle: the main CarePlan (eLTSS STU2 profile, with a narrative made from
//! pcplan's own HTML in the person's language), the Patient, Goals, Tasks for steps, ServiceRequests for
//! supports (with Coverage, Claim, Location and performers), Conditions for needs, Observations for strengths
//! and preferences, RelatedPersons, Practitioners, the signers' Contract, the plan monitor's EpisodeOfCare,
//! RiskAssessments, the backup CarePlan and the choice indicators as Questionnaire and QuestionnaireResponse.
//! The same plan gives the same bytes: every `fullUrl` is a `urn:uuid` derived from the plan and entity ids.
//! What FHIR has no element for travels in one extension of the CarePlan (an RFC 6902 patch), so
//! `import(export(plan)) == plan`.
//!
//! [`import`] reads bundles pcplan did not write too (collection, searchset, transaction, document; STU1 and
//! STU2; relative, absolute and `urn:uuid` references; contained resources) and reports, by FHIR path and
//! never by value, what it could not map; that content is kept in the plan's `extensions.fhir`.
//! `docs/fhir.md` lists the mapping element by element.
//!
//! ```
//! use pcplan::fhir::{ExportOptions, ImportOptions};
//! let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
//! let engine = pcplan::Engine::new(pcplan::EngineOptions::default()).unwrap();
//! let bytes = pcplan::fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap();
//! let back = pcplan::fhir::import(&bytes, &ImportOptions::default()).unwrap();
//! assert!(back.plan == plan && back.unmapped.is_empty());
//! ```

mod codes;
mod export;
mod ids;
mod import;
mod narrative;
mod patch;
pub mod types;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use import::{ImportOptions, Imported, Unmapped, UnmappedKind};

use crate::model::{LoadError, Plan};
use crate::{Engine, RenderError};

/// How to export.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// The narrative's language; `None` for the person's preferred written language.
    pub lang: Option<LanguageIdentifier>,
    /// Export the copy for this recipient (an id in the plan's `recipients`, see [`crate::copy`]): nothing they
    /// may not see is in any resource, the narrative or the remainder extension. `None` exports the full plan,
    /// for the agency's own systems.
    pub recipient: Option<String>,
}

/// Why a bundle could not be written or read. Each variant names where (a FHIR path such as
/// `Bundle.entry[3].resource.period.start`, or a line and column) and what was expected, never a value.
#[derive(Debug, thiserror::Error, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case", rename_all_fields = "camelCase")]
#[non_exhaustive]
pub enum FhirError {
    /// The narrative could not be rendered.
    #[error("the CarePlan narrative could not be rendered: {0}")]
    #[serde(serialize_with = "as_display")]
    Render(RenderError),
    /// The input is larger than [`ImportOptions::max_bytes`].
    #[error("the bundle is larger than the limit of {limit} bytes")]
    TooLarge {
        /// The limit.
        limit: usize,
    },
    /// The input is not well-formed JSON (or not UTF-8, or nested too deep).
    #[error("JSON syntax error at line {line} column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The document is not a FHIR Bundle.
    #[error("at {path}: expected a FHIR Bundle (resourceType \"Bundle\")")]
    NotABundle {
        /// Where.
        path: String,
    },
    /// The bundle holds no CarePlan.
    #[error("at Bundle.entry: no CarePlan; expected one CarePlan (the plan)")]
    NoCarePlan,
    /// Several CarePlans could be the plan and nothing says which.
    #[error(
        "at {paths:?}: {count} CarePlans could be the plan; expected one that the others are partOf, or \
         ImportOptions::care_plan naming one"
    )]
    AmbiguousCarePlan {
        /// How many.
        count: usize,
        /// Where they are.
        paths: Vec<String>,
    },
    /// References go round in a circle.
    #[error("at {path}: the references form a cycle; expected a chain that ends")]
    ReferenceCycle {
        /// The reference that closes the cycle.
        path: String,
    },
    /// A required element is missing or has the wrong form.
    #[error("at {path}: {expected}")]
    Invalid {
        /// Where.
        path: String,
        /// What was expected.
        expected: String,
    },
    /// The copy for the requested recipient could not be made (no such recipient).
    #[error("{0}")]
    #[serde(serialize_with = "as_display")]
    Copy(#[from] crate::copy::CopyError),
    /// What was imported does not load as a plan.
    #[error("the imported plan does not load: {0}")]
    #[serde(serialize_with = "as_display")]
    Plan(LoadError),
}

fn as_display<T: std::fmt::Display, S: serde::Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

impl FhirError {
    /// A stable code: `render`, `too-large`, `syntax`, `not-a-bundle`, `no-care-plan`, `ambiguous-care-plan`,
    /// `reference-cycle`, `invalid`, `copy`, `plan`.
    pub fn code(&self) -> &'static str {
        match self {
            FhirError::Render(_) => "render",
            FhirError::TooLarge { .. } => "too-large",
            FhirError::Syntax { .. } => "syntax",
            FhirError::NotABundle { .. } => "not-a-bundle",
            FhirError::NoCarePlan => "no-care-plan",
            FhirError::AmbiguousCarePlan { .. } => "ambiguous-care-plan",
            FhirError::ReferenceCycle { .. } => "reference-cycle",
            FhirError::Invalid { .. } => "invalid",
            FhirError::Copy(_) => "copy",
            FhirError::Plan(_) => "plan",
        }
    }
}

/// The plan as an eLTSS Bundle (`type: collection`).
pub fn export(engine: &Engine, plan: &Plan, options: &ExportOptions) -> Result<types::Bundle, FhirError> {
    let copy;
    let plan = match &options.recipient {
        Some(id) => {
            copy = crate::copy::for_recipient(plan, id)?;
            &copy
        }
        None => plan,
    };
    let mut bundle = export::bundle(engine, plan, options)?;
    // What the mapping carries is whatever reading the bundle back gives; the rest goes in the remainder.
    let mapped = import::normalize(import::map_typed(&bundle, &ImportOptions::default())?);
    let ops = patch::diff(&mapped, &serde_json::to_value(plan).unwrap_or_default());
    if !ops.is_empty()
        && let Some(types::Resource::CarePlan(cp)) = bundle.entry.first_mut().and_then(|e| e.resource.as_mut())
    {
        cp.extension.push(export::remainder_extension(&ops));
    }
    Ok(bundle)
}

/// The plan as eLTSS Bundle JSON (pretty-printed; the same plan gives the same bytes).
pub fn export_json(engine: &Engine, plan: &Plan, options: &ExportOptions) -> Result<Vec<u8>, FhirError> {
    let bundle = export(engine, plan, options)?;
    let mut out = serde_json::to_vec_pretty(&bundle).unwrap_or_default();
    out.push(b'\n');
    Ok(out)
}

/// A plan from a FHIR Bundle's JSON. See [`ImportOptions`] for the limits, [`Imported`] for the result.
pub fn import(json: &[u8], options: &ImportOptions) -> Result<Imported, FhirError> {
    import::import(json, options)
}
