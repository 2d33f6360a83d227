//! The library's integration tests, as one test binary: each module is one concern (named as the file beside
//! this one). One binary instead of one per file links the library and typst once, not forty times: on a
//! 2-core CI machine that is minutes of linking and gigabytes of disk.
//!
//! Run one concern with a filter, e.g. `cargo test -p pcplan --test suite bidi::`.

mod pdf_support;
mod plan_fields;
mod services_support;

mod bidi;
mod concurrency;
mod copy;
mod copy_prop;
mod dates;
mod diff;
mod digest;
mod example_plans;
mod fhir_conformance;
mod fhir_import;
mod fhir_roundtrip;
mod fhir_roundtrip_prop;
mod finding_order;
mod i18n;
mod i18n_variables;
mod injection;
mod language;
mod large_print;
mod model_load;
mod model_migrate;
mod pdf_escape_prop;
mod pdf_examples;
mod pdf_fonts;
mod pdf_memory;
mod pdf_render;
mod privacy;
mod render_axe;
mod render_changes;
mod render_escape_prop;
mod render_snapshots;
mod report;
mod rules_process;
mod rules_structure;
mod rules_text;
mod schedule;
mod schema;
mod services_billing;
mod services_monitor;
mod services_records;
mod services_x12;
mod text_acronyms;
mod text_lexicon;
mod text_mentions;
mod text_props;
mod text_readability;
mod validate_report;
