//! # pcplan
//!
//! Person-centered plans for community agencies: a typed model of the plan ([`model`]), validation against
//! documentation expectations ([`validate`]), rendering in the person's own language to Markdown, HTML and
//! PDF ([`render`]), and one row per plan for health-plan reporting ([`report`]), with localization in [`i18n`]
//! and text checks (readability, deficit language) in [`text`].
//!
//! Around the plan: the copy each recipient may see ([`copy`]), what changed between versions ([`diff`]),
//! when a review is due ([`schedule`]), service code sets ([`codes`]), HL7 eLTSS on FHIR R4 bundles out and in
//! (`fhir`, feature `fhir`), and service records, invoices and 837P claims (`services`, features `services`
//! and `x12`).

// Every public item is documented; CI denies warnings.
#![warn(missing_docs)]

pub mod codes;
pub mod copy;
pub mod diff;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod i18n;
pub mod model;
pub mod render;
pub mod report;
pub mod schedule;
#[cfg(feature = "services")]
pub mod services;
pub mod text;
pub mod validate;

pub use render::{Engine, EngineOptions, Format, RenderError, RenderOptions, RenderWarning, Rendered};

/// The calendar date type the options take (evaluation dates, document dates), re-exported so callers need not
/// add `chrono` and guess its version.
pub use chrono::NaiveDate;
/// The language tag type the options take (`lang`), re-exported so callers need not add `unic-langid`.
pub use unic_langid::LanguageIdentifier;
