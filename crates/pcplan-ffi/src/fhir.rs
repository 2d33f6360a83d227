//! HL7 eLTSS on FHIR R4 from C: a plan as a Bundle (`pcplan_fhir_export`), and a Bundle as a plan
//! (`pcplan_fhir_import`).
//!
use std::ffi::{CStr, c_char};

use pcplan::fhir::{self, ExportOptions, FhirError, ImportOptions};

use super::pcplan_result::*;
use super::{
    Failure, SizedOptions, boundary, new_buffer, optional_str, out_param, parse_lang, pcplan_buffer, pcplan_engine,
    pcplan_error, pcplan_plan, pcplan_result, read_options, required,
};

/// How to export a plan as an eLTSS Bundle. Zero every field you do not set (`= {0}` in C), then set
/// `struct_size`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pcplan_fhir_export_options {
    /// `sizeof(pcplan_fhir_export_options)` as the caller's header declares it. Required.
    pub struct_size: usize,
    /// The CarePlan narrative's language (BCP 47), or NULL for the person's preferred written language.
    pub lang: *const c_char,
    /// The id of one of the plan's `recipients`, to export their copy (nothing they may not see is in any
    /// resource, the narrative or pcplan's remainder extension); NULL for the full plan, for the agency's own
    /// systems. An id the plan does not list is `PCPLAN_INVALID_ARGUMENT`, never the full plan.
    pub recipient: *const c_char,
}

/// How to import a Bundle. Zero every field you do not set (`= {0}` in C), then set `struct_size`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pcplan_fhir_import_options {
    /// `sizeof(pcplan_fhir_import_options)` as the caller's header declares it. Required.
    pub struct_size: usize,
    /// The largest bundle accepted, in bytes; 0 for the default (16 MiB). Larger input is refused before it is
    /// parsed.
    pub max_bytes: usize,
    /// The CarePlan to import (its `fullUrl` or `id`) when the bundle holds several and none is the one the
    /// others are `partOf`; NULL otherwise.
    pub care_plan: *const c_char,
}

// SAFETY: both begin with `struct_size: usize`; their other fields are pointers and integers.
unsafe impl SizedOptions for pcplan_fhir_export_options {}
// SAFETY: as above.
unsafe impl SizedOptions for pcplan_fhir_import_options {}

fn fhir_failure(code: pcplan_result, kind: &'static CStr, e: &FhirError, path: &str) -> Failure {
    Failure { path: path.to_owned(), ..Failure::new(code, kind, e.to_string()) }
}

impl From<FhirError> for Failure {
    fn from(e: FhirError) -> Failure {
        match e {
            FhirError::Plan(load) => Failure::from(load),
            FhirError::Render(render) => Failure::from(render),
            FhirError::Copy(copy) => Failure::from(copy),
            FhirError::Syntax { line, column, .. } => Failure {
                line_column: Some((line, column)),
                ..Failure::new(PCPLAN_INVALID_JSON, c"syntax", e.to_string())
            },
            FhirError::TooLarge { .. } => fhir_failure(PCPLAN_INVALID_BUNDLE, c"too-large", &e, ""),
            FhirError::NotABundle { ref path } => fhir_failure(PCPLAN_INVALID_BUNDLE, c"not-a-bundle", &e, path),
            FhirError::NoCarePlan => fhir_failure(PCPLAN_INVALID_BUNDLE, c"no-care-plan", &e, "Bundle.entry"),
            FhirError::AmbiguousCarePlan { ref paths, .. } => fhir_failure(
                PCPLAN_INVALID_BUNDLE,
                c"ambiguous-care-plan",
                &e,
                paths.first().map_or("Bundle.entry", String::as_str),
            ),
            FhirError::ReferenceCycle { ref path } => fhir_failure(PCPLAN_INVALID_BUNDLE, c"reference-cycle", &e, path),
            FhirError::Invalid { ref path, .. } => fhir_failure(PCPLAN_INVALID_BUNDLE, c"invalid", &e, path),
            // `FhirError` is non-exhaustive: a kind added later is still a bundle pcplan could not read.
            _ => fhir_failure(PCPLAN_INVALID_BUNDLE, c"fhir", &e, ""),
        }
    }
}

/// Exports a plan as an HL7 eLTSS Bundle (FHIR R4 JSON, `type: collection`; the same plan gives the same
/// bytes). `options` may be NULL for the defaults. On success `*bundle_json` receives the bundle; free it with
/// `pcplan_buffer_free`. On failure it is left untouched and `err` says why: `PCPLAN_INVALID_ARGUMENT` (a
/// language tag, an unknown recipient, a bad `struct_size`) or `PCPLAN_RENDER_FAILED` (the narrative).
///
/// # Safety
/// `engine` and `plan` are NULL or live; `options` is NULL or points to a `pcplan_fhir_export_options` of
/// `options->struct_size` bytes; `bundle_json` is NULL or writable; `err` is NULL or a live error object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pcplan_fhir_export(
    engine: *const pcplan_engine,
    plan: *const pcplan_plan,
    options: *const pcplan_fhir_export_options,
    bundle_json: *mut *mut pcplan_buffer,
    err: *mut pcplan_error,
) -> pcplan_result {
    boundary(err, || {
        let engine = required(engine, "engine")?;
        let plan = required(plan, "plan")?;
        let options = read_options(options, "options")?;
        let out = out_param(bundle_json, "bundle_json")?;
        let mut export = ExportOptions::default();
        if let Some(lang) = optional_str(options.lang, "options->lang")? {
            export.lang = Some(parse_lang(lang, "options->lang")?);
        }
        export.recipient = optional_str(options.recipient, "options->recipient")?.map(str::to_owned);
        let bytes = fhir::export_json(&engine.engine, &plan.plan, &export)?;
        // SAFETY: `out` is non-NULL and writable.
        unsafe { *out = new_buffer(bytes) };
        Ok(())
    })
}

/// Imports a plan from `len` bytes of FHIR R4 Bundle JSON (eLTSS STU1 or STU2; collection, searchset,
/// transaction or document; bundles pcplan did not write too). `options` may be NULL for the defaults.
///
/// On success `*plan_out` receives the plan (free it with `pcplan_plan_free`; `pcplan_plan_to_json` gives its
/// JSON) and `*unmapped_json` a JSON array of what the plan could not take in, each `{"path", "kind",
/// "reason"}` with a FHIR path and never a value (that content is kept in the plan's `extensions.fhir`); free it
/// with `pcplan_buffer_free`. An empty array means everything was mapped. On failure neither is written and `err`
/// says why and where: `PCPLAN_INVALID_JSON` (with line and column), `PCPLAN_INVALID_BUNDLE` (kinds
/// `too-large`, `not-a-bundle`, `no-care-plan`, `ambiguous-care-plan`, `reference-cycle`, `invalid`, with the
/// FHIR path as the error's path) or `PCPLAN_INVALID_PLAN` (the result does not load as a plan).
///
/// # Safety
/// `json` is NULL or points to `len` readable bytes; `options` is NULL or points to a
/// `pcplan_fhir_import_options` of `options->struct_size` bytes; `plan_out` and `unmapped_json` are NULL or
/// writable; `err` is NULL or a live error object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pcplan_fhir_import(
    json: *const u8,
    len: usize,
    options: *const pcplan_fhir_import_options,
    plan_out: *mut *mut pcplan_plan,
    unmapped_json: *mut *mut pcplan_buffer,
    err: *mut pcplan_error,
) -> pcplan_result {
    boundary(err, || {
        if json.is_null() {
            return Err(Failure::null("json"));
        }
        let options = read_options(options, "options")?;
        let plan_out = out_param(plan_out, "plan_out")?;
        let unmapped_out = out_param(unmapped_json, "unmapped_json")?;
        let mut import = ImportOptions::default();
        if options.max_bytes != 0 {
            import.max_bytes = options.max_bytes;
        }
        import.care_plan = optional_str(options.care_plan, "options->care_plan")?.map(str::to_owned);
        // SAFETY: `json` points to `len` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(json, len) };
        let imported = fhir::import(bytes, &import)?;
        let unmapped = serde_json::to_vec(&imported.unmapped).unwrap_or_else(|_| b"[]".to_vec());
        // SAFETY: both out-parameters are non-NULL and writable.
        unsafe {
            *plan_out = Box::into_raw(Box::new(pcplan_plan { plan: imported.plan }));
            *unmapped_out = new_buffer(unmapped);
        }
        Ok(())
    })
}
