//! The C ABI called from Rust through its `extern "C"` functions: every NULL, bad bytes, bad options; each call
//! returns its documented code, out-parameters stay untouched on failure, and nothing crashes. (Unit tests: the
//! crate builds no `rlib`, so integration tests could not link it.)

use std::ffi::{CStr, CString, c_char};
use std::ptr;
use std::sync::OnceLock;

use crate::fhir::*;
use crate::pcplan_result;
use crate::*;

const MARCUS: &str = include_str!("../../../examples/plans/hcbs-en-marcus.json");
const MINIMAL: &str = include_str!("../../pcplan/tests/fixtures/minimal.json");

/// A pointer no call may write: out-parameters start as this and must still be it after a failure.
fn sentinel<T>() -> *mut T {
    ptr::dangling_mut::<T>()
}

struct Shared(*mut pcplan_engine);
// SAFETY: the header documents engines as shareable across threads; tests only use it through const calls.
unsafe impl Send for Shared {}
unsafe impl Sync for Shared {}

fn engine() -> *const pcplan_engine {
    static ENGINE: OnceLock<Shared> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let mut out = ptr::null_mut();
            // SAFETY: NULL options (defaults), a writable out-parameter, no error object.
            let rc = unsafe { pcplan_engine_new(ptr::null(), &mut out, ptr::null_mut()) };
            assert_eq!(rc, PCPLAN_OK);
            Shared(out)
        })
        .0
}

/// An error object freed on drop.
struct Err(*mut pcplan_error);
impl Err {
    fn new() -> Err {
        let e = pcplan_error_new();
        assert!(!e.is_null());
        Err(e)
    }
    fn code(&self) -> pcplan_result {
        // SAFETY: a live error object.
        unsafe { pcplan_error_code(self.0) }
    }
    fn kind(&self) -> String {
        // SAFETY: a static string.
        unsafe { CStr::from_ptr(pcplan_error_kind(self.0)) }.to_str().unwrap().to_owned()
    }
    fn text(
        &self,
        f: unsafe extern "C" fn(*const pcplan_error, *mut c_char, usize, *mut usize) -> pcplan_result,
    ) -> String {
        let mut len = 0;
        // SAFETY: a live error object, NULL buffer of capacity 0, a writable length.
        let rc = unsafe { f(self.0, ptr::null_mut(), 0, &mut len) };
        if len == 0 {
            assert_eq!(rc, PCPLAN_BUFFER_TOO_SMALL);
            return String::new();
        }
        assert_eq!(rc, PCPLAN_BUFFER_TOO_SMALL);
        let mut buf = vec![0u8; len + 1];
        let mut written = 0;
        // SAFETY: `buf` has `len + 1` bytes.
        let rc = unsafe { f(self.0, buf.as_mut_ptr().cast(), buf.len(), &mut written) };
        assert_eq!(rc, PCPLAN_OK);
        assert_eq!(written, len);
        assert_eq!(buf[len], 0, "NUL-terminated");
        String::from_utf8(buf[..len].to_vec()).unwrap()
    }
    fn message(&self) -> String {
        self.text(pcplan_error_message)
    }
    fn path(&self) -> String {
        self.text(pcplan_error_path)
    }
}
impl Drop for Err {
    fn drop(&mut self) {
        // SAFETY: made by pcplan_error_new, not used again.
        unsafe { pcplan_error_free(self.0) }
    }
}

fn load(json: &[u8], err: &Err) -> (pcplan_result, *mut pcplan_plan) {
    let mut out = sentinel();
    // SAFETY: `json` is readable for its length; `out` is writable.
    let rc = unsafe { pcplan_plan_from_json(json.as_ptr(), json.len(), &mut out, err.0) };
    (rc, out)
}

fn plan(json: &str) -> *mut pcplan_plan {
    let (rc, plan) = load(json.as_bytes(), &Err::new());
    assert_eq!(rc, PCPLAN_OK);
    plan
}

fn buffer_bytes(b: *const pcplan_buffer) -> Vec<u8> {
    // SAFETY: a live buffer.
    unsafe {
        let len = pcplan_buffer_len(b);
        let data = pcplan_buffer_data(b);
        assert_eq!(*data.add(len), 0, "buffers end with a NUL");
        std::slice::from_raw_parts(data, len).to_vec()
    }
}

fn validate_options(today: &CStr) -> pcplan_validate_options {
    pcplan_validate_options {
        struct_size: std::mem::size_of::<pcplan_validate_options>(),
        profiles: ptr::null(),
        today: today.as_ptr(),
        lang: ptr::null(),
        include_values: false,
    }
}

fn render_options(format: &CStr) -> pcplan_render_options {
    pcplan_render_options {
        struct_size: std::mem::size_of::<pcplan_render_options>(),
        format: format.as_ptr(),
        lang: ptr::null(),
        large_print: false,
        document_date: ptr::null(),
        strict: false,
        recipient: ptr::null(),
    }
}

fn validate(
    plan: *const pcplan_plan,
    options: &pcplan_validate_options,
    err: &Err,
) -> (pcplan_result, *mut pcplan_buffer) {
    let mut out = sentinel();
    // SAFETY: live engine and plan, valid options, writable out.
    let rc = unsafe { pcplan_validate(engine(), plan, options, &mut out, err.0) };
    (rc, out)
}

fn render(plan: *const pcplan_plan, options: &pcplan_render_options, err: &Err) -> (pcplan_result, *mut pcplan_buffer) {
    let mut out = sentinel();
    // SAFETY: live engine and plan, valid options, writable out.
    let rc = unsafe { pcplan_render(engine(), plan, options, &mut out, err.0) };
    (rc, out)
}

#[test]
fn result_codes_are_stable() {
    let codes = [
        (PCPLAN_OK, 0),
        (PCPLAN_NULL_ARGUMENT, 1),
        (PCPLAN_INVALID_UTF8, 2),
        (PCPLAN_INVALID_JSON, 3),
        (PCPLAN_INVALID_PLAN, 4),
        (PCPLAN_INVALID_ARGUMENT, 5),
        (PCPLAN_RENDER_FAILED, 6),
        (PCPLAN_PANIC, 7),
        (PCPLAN_BUFFER_TOO_SMALL, 8),
        (PCPLAN_ENGINE_SETUP_FAILED, 9),
        (PCPLAN_STRICT_REFUSED, 10),
        (PCPLAN_INVALID_BUNDLE, 11),
    ];
    for (code, n) in codes {
        assert_eq!(code as u32, n, "{code:?} was renumbered");
    }
}

#[test]
fn version_is_the_crate_version() {
    // SAFETY: a static NUL-terminated string.
    let v = unsafe { CStr::from_ptr(pcplan_version()) };
    assert_eq!(v.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}

#[test]
fn schema_is_json() {
    let mut out = ptr::null_mut();
    // SAFETY: writable out.
    assert_eq!(unsafe { pcplan_json_schema(&mut out) }, PCPLAN_OK);
    let schema: serde_json::Value = serde_json::from_slice(&buffer_bytes(out)).unwrap();
    assert!(schema.get("properties").is_some() || schema.get("$defs").is_some());
    // SAFETY: handed out above, freed once.
    unsafe { pcplan_buffer_free(out) };
    // SAFETY: NULL out.
    assert_eq!(unsafe { pcplan_json_schema(ptr::null_mut()) }, PCPLAN_NULL_ARGUMENT);
}

#[test]
fn validate_and_render_the_example_plan() {
    let err = Err::new();
    let plan = plan(MARCUS);
    let today = c"2026-11-25";
    let (rc, findings) = validate(plan, &validate_options(today), &err);
    assert_eq!(rc, PCPLAN_OK);
    assert_eq!(err.code(), PCPLAN_OK);
    let report: serde_json::Value = serde_json::from_slice(&buffer_bytes(findings)).unwrap();
    assert_eq!(report["evaluatedOn"], "2026-11-25");
    assert!(report["profiles"].as_array().unwrap().iter().any(|p| p == "hcbs"));

    let mut options = validate_options(today);
    options.profiles = c" core , calaim-ecm".as_ptr();
    options.lang = c"es".as_ptr();
    options.include_values = true;
    let (rc, findings_es) = validate(plan, &options, &err);
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    let report_es: serde_json::Value = serde_json::from_slice(&buffer_bytes(findings_es)).unwrap();
    assert_eq!(report_es["profiles"], serde_json::json!(["core", "calaim-ecm"]));

    for (format, magic) in [(c"md", &b"# "[..]), (c"html", b"<!DOCTYPE html"), (c"pdf", b"%PDF")] {
        let mut options = render_options(format);
        options.document_date = c"2026-03-01".as_ptr();
        options.lang = c"es".as_ptr();
        options.large_print = true;
        let (rc, doc) = render(plan, &options, &err);
        assert_eq!(rc, PCPLAN_OK, "{format:?}: {}", err.message());
        let bytes = buffer_bytes(doc);
        let head = if format == c"md" { &bytes[..] } else { &bytes[..bytes.len().min(64)] };
        assert!(head.windows(magic.len()).any(|w| w == magic), "{format:?}");
        // SAFETY: handed out above, freed once.
        unsafe { pcplan_buffer_free(doc) };
    }
    // SAFETY: each freed once.
    unsafe {
        pcplan_buffer_free(findings);
        pcplan_buffer_free(findings_es);
        pcplan_plan_free(plan);
    }
}

#[test]
fn render_with_warnings_reports_fallbacks_as_json() {
    let err = Err::new();
    let plan = plan(MARCUS);
    // Marcus's plan is in English; a Hmong document says its messages are a draft translation, and Marcus's
    // texts, having no Hmong translation, are shown in English.
    let mut options = render_options(c"md");
    options.lang = c"hmn".as_ptr();
    let (mut doc, mut warnings) = (sentinel(), sentinel());
    // SAFETY: live engine and plan, valid options, writable out-parameters.
    let rc = unsafe { pcplan_render_with_warnings(engine(), plan, &options, &mut doc, &mut warnings, err.0) };
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    let list: Vec<serde_json::Value> = serde_json::from_slice(&buffer_bytes(warnings)).unwrap();
    let codes: Vec<&str> = list.iter().map(|w| w["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"translation-not-reviewed"), "{codes:?}");
    let text = list.iter().find(|w| w["code"] == "text-not-in-document-language").expect("a text in English");
    assert!(text["path"].as_str().unwrap().starts_with('/') && text["lang"] == "en", "{text}");
    assert!(!buffer_bytes(doc).is_empty());

    // A NULL warnings out-parameter is refused, and the document out-parameter stays untouched.
    let mut untouched = sentinel();
    // SAFETY: as above, with a NULL out-parameter.
    let rc = unsafe { pcplan_render_with_warnings(engine(), plan, &options, &mut untouched, ptr::null_mut(), err.0) };
    assert_eq!(rc, PCPLAN_NULL_ARGUMENT);
    assert_eq!(untouched, sentinel());
    assert!(err.message().contains("warnings_json"), "{}", err.message());
    // SAFETY: each freed once.
    unsafe {
        pcplan_buffer_free(doc);
        pcplan_buffer_free(warnings);
        pcplan_plan_free(plan);
    }
}

#[test]
fn null_arguments_are_refused_and_out_params_untouched() {
    let err = Err::new();
    let plan = plan(MINIMAL);
    let today = c"2026-11-25";
    let json = MINIMAL.as_bytes();

    // SAFETY (whole block): every non-NULL pointer below is live and valid; NULLs are what is under test.
    unsafe {
        let mut out_engine: *mut pcplan_engine = sentinel();
        assert_eq!(pcplan_engine_new(ptr::null(), ptr::null_mut(), err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.code(), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.kind(), "null-argument");
        assert_eq!(err.message(), "out is NULL");
        let font_dirs_null = pcplan_engine_options {
            struct_size: std::mem::size_of::<pcplan_engine_options>(),
            locales_dir: ptr::null(),
            templates_dir: ptr::null(),
            font_dirs: ptr::null(),
            font_dirs_len: 2,
            no_system_fonts: false,
        };
        assert_eq!(pcplan_engine_new(&font_dirs_null, &mut out_engine, err.0), PCPLAN_NULL_ARGUMENT);
        let one_null: [*const c_char; 1] = [ptr::null()];
        let font_dir_null = pcplan_engine_options {
            struct_size: std::mem::size_of::<pcplan_engine_options>(),
            locales_dir: ptr::null(),
            templates_dir: ptr::null(),
            font_dirs: one_null.as_ptr(),
            font_dirs_len: 1,
            no_system_fonts: false,
        };
        assert_eq!(pcplan_engine_new(&font_dir_null, &mut out_engine, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.message(), "font_dirs[0] is NULL");
        assert_eq!(out_engine, sentinel());

        let mut out_plan: *mut pcplan_plan = sentinel();
        assert_eq!(pcplan_plan_from_json(ptr::null(), 0, &mut out_plan, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_plan_from_json(ptr::null(), 10, &mut out_plan, ptr::null_mut()), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_plan_from_json(json.as_ptr(), json.len(), ptr::null_mut(), err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(out_plan, sentinel());

        let v = validate_options(today);
        let mut out: *mut pcplan_buffer = sentinel();
        assert_eq!(pcplan_validate(ptr::null(), plan, &v, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.message(), "engine is NULL");
        assert_eq!(pcplan_validate(engine(), ptr::null(), &v, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_validate(engine(), plan, ptr::null(), &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_validate(engine(), plan, &v, ptr::null_mut(), err.0), PCPLAN_NULL_ARGUMENT);
        let no_today = pcplan_validate_options { today: ptr::null(), ..validate_options(today) };
        assert_eq!(pcplan_validate(engine(), plan, &no_today, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.message(), "options->today is NULL");
        assert_eq!(pcplan_validate(engine(), plan, &no_today, &mut out, ptr::null_mut()), PCPLAN_NULL_ARGUMENT);

        let r = render_options(c"md");
        assert_eq!(pcplan_render(ptr::null(), plan, &r, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_render(engine(), ptr::null(), &r, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_render(engine(), plan, ptr::null(), &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_render(engine(), plan, &r, ptr::null_mut(), err.0), PCPLAN_NULL_ARGUMENT);
        let no_format = pcplan_render_options { format: ptr::null(), ..render_options(c"md") };
        assert_eq!(pcplan_render(engine(), plan, &no_format, &mut out, err.0), PCPLAN_NULL_ARGUMENT);
        assert_eq!(err.message(), "options->format is NULL");
        assert_eq!(out, sentinel());

        // Accessors and frees accept NULL.
        assert!(pcplan_buffer_data(ptr::null()).is_null());
        assert_eq!(pcplan_buffer_len(ptr::null()), 0);
        pcplan_buffer_free(ptr::null_mut());
        pcplan_plan_free(ptr::null_mut());
        pcplan_engine_free(ptr::null_mut());
        pcplan_error_free(ptr::null_mut());
        assert_eq!(pcplan_error_code(ptr::null()), PCPLAN_NULL_ARGUMENT);
        assert_eq!(CStr::from_ptr(pcplan_error_kind(ptr::null())), c"null-argument");
        assert_eq!(pcplan_error_line(ptr::null()), 0);
        assert_eq!(pcplan_error_column(ptr::null()), 0);
        let mut written = 7usize;
        let mut buf = [0 as c_char; 8];
        assert_eq!(pcplan_error_message(ptr::null(), buf.as_mut_ptr(), 8, &mut written), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_error_message(err.0, buf.as_mut_ptr(), 8, ptr::null_mut()), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_error_message(err.0, ptr::null_mut(), 8, &mut written), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_error_path(ptr::null(), buf.as_mut_ptr(), 8, &mut written), PCPLAN_NULL_ARGUMENT);
        assert_eq!(pcplan_error_path(err.0, buf.as_mut_ptr(), 8, ptr::null_mut()), PCPLAN_NULL_ARGUMENT);
        assert_eq!(written, 7, "untouched");
        pcplan_plan_free(plan);
    }
}

#[test]
fn a_short_buffer_gets_nothing_but_the_length() {
    let err = Err::new();
    let (rc, _) = load(b"{", &err);
    assert_eq!(rc, PCPLAN_INVALID_JSON);
    let message = err.message();
    let mut buf = [b'x' as c_char; 8];
    let mut written = 0;
    // SAFETY: `buf` has 8 bytes.
    let rc = unsafe { pcplan_error_message(err.0, buf.as_mut_ptr(), buf.len(), &mut written) };
    assert_eq!(rc, PCPLAN_BUFFER_TOO_SMALL);
    assert_eq!(written, message.len());
    assert!(buf.iter().all(|&c| c == b'x' as c_char), "buffer untouched");
    // Exactly the length is still too small (no room for the NUL).
    let mut exact = vec![0 as c_char; message.len()];
    // SAFETY: `exact` has `message.len()` bytes.
    let rc = unsafe { pcplan_error_message(err.0, exact.as_mut_ptr(), exact.len(), &mut written) };
    assert_eq!(rc, PCPLAN_BUFFER_TOO_SMALL);
}

#[test]
fn bad_plans_give_their_codes_and_where() {
    let err = Err::new();
    let cases: &[(&[u8], pcplan_result, &str)] = &[
        (b"{\"schemaVersion\": 1, \"id\": \"\xff\"}", PCPLAN_INVALID_UTF8, "invalid-utf8"),
        (b"", PCPLAN_INVALID_JSON, "empty"),
        (b"   \n", PCPLAN_INVALID_JSON, "empty"),
        (&MARCUS.as_bytes()[..MARCUS.len() / 2], PCPLAN_INVALID_JSON, "syntax"),
        (b"{\"schemaVersion\": 1,,}", PCPLAN_INVALID_JSON, "syntax"),
        (b"[1, 2", PCPLAN_INVALID_JSON, "syntax"),
        (b"{\"schemaVersion\": 1}", PCPLAN_INVALID_PLAN, "invalid"),
        (b"{\"schemaVersion\": 99}", PCPLAN_INVALID_PLAN, "unsupported-schema-version"),
        (b"[]", PCPLAN_INVALID_PLAN, "invalid"),
    ];
    for (json, code, kind) in cases {
        let (rc, out) = load(json, &err);
        let shown = String::from_utf8_lossy(&json[..json.len().min(40)]).into_owned();
        assert_eq!(rc, *code, "{shown}: {}", err.message());
        assert_eq!(out, sentinel(), "{shown}: out-parameter untouched");
        assert_eq!(err.code(), *code);
        assert_eq!(err.kind(), *kind, "{shown}");
        assert!(!err.message().is_empty());
    }

    let (rc, _) = load(b"{\n  \"schemaVersion\": 1,\n  x", &err);
    assert_eq!(rc, PCPLAN_INVALID_JSON);
    // SAFETY: a live error object.
    unsafe {
        assert_eq!(pcplan_error_line(err.0), 3);
        assert!(pcplan_error_column(err.0) >= 3);
    }

    // A wrong value deep in a valid plan: a JSON Pointer, and no plan value in the message.
    let mut value: serde_json::Value = serde_json::from_str(MARCUS).unwrap();
    value["person"]["language"]["written"] = serde_json::json!("SECRET-VALUE 123 not a tag");
    let (rc, out) = load(value.to_string().as_bytes(), &err);
    assert_eq!(rc, PCPLAN_INVALID_PLAN);
    assert_eq!(out, sentinel());
    assert_eq!(err.path(), "/person/language/written");
    assert!(!err.message().contains("SECRET"), "{}", err.message());

    // Success resets the error object.
    let (rc, plan) = load(MINIMAL.as_bytes(), &err);
    assert_eq!(rc, PCPLAN_OK);
    assert_eq!(err.code(), PCPLAN_OK);
    assert_eq!(err.kind(), "ok");
    assert_eq!(err.message(), "");
    assert_eq!(err.path(), "");
    // SAFETY: freed once.
    unsafe { pcplan_plan_free(plan) };
}

#[test]
fn bad_validate_options_are_invalid_arguments() {
    let err = Err::new();
    let plan = plan(MINIMAL);
    let cases: &[(&CStr, Option<&CStr>, Option<&CStr>, &str)] = &[
        (c"2026-13-01", None, None, "date"),
        (c"2026-02-30", None, None, "date"),
        (c"11/25/2026", None, None, "date"),
        (c"", None, None, "date"),
        (c"2026-11-25", Some(c"hcbs,nope"), None, "profile"),
        (c"2026-11-25", Some(c""), None, "profile"),
        (c"2026-11-25", Some(c"hcbs,"), None, "profile"),
        (c"2026-11-25", None, Some(c"not a language!"), "language"),
        (c"2026-11-25", None, Some(c""), "language"),
    ];
    for (today, profiles, lang, kind) in cases {
        let options = pcplan_validate_options {
            struct_size: std::mem::size_of::<pcplan_validate_options>(),
            profiles: profiles.map_or(ptr::null(), CStr::as_ptr),
            today: today.as_ptr(),
            lang: lang.map_or(ptr::null(), CStr::as_ptr),
            include_values: false,
        };
        let (rc, out) = validate(plan, &options, &err);
        assert_eq!(rc, PCPLAN_INVALID_ARGUMENT, "{today:?} {profiles:?} {lang:?}");
        assert_eq!(out, sentinel());
        assert_eq!(err.kind(), *kind);
    }
    let bad_utf8 = CString::new(b"2026-11-2\xff".to_vec()).unwrap();
    let (rc, out) = validate(plan, &validate_options(&bad_utf8), &err);
    assert_eq!((rc, out), (PCPLAN_INVALID_UTF8, sentinel()));
    let mut options = validate_options(c"2026-11-25");
    options.profiles = bad_utf8.as_ptr();
    assert_eq!(validate(plan, &options, &err).0, PCPLAN_INVALID_UTF8);
    // SAFETY: freed once.
    unsafe { pcplan_plan_free(plan) };
}

/// `options->recipient` renders that recipient's copy: the confidential need shared with the counselor only is
/// not in the clinic's document; an id the plan does not list is an invalid argument, with nothing written.
#[test]
fn render_for_a_recipient() {
    let err = Err::new();
    let plan = plan(include_str!("../../pcplan/tests/fixtures/copies.json"));
    let text = |recipient: &CStr| {
        let options = pcplan_render_options { recipient: recipient.as_ptr(), ..render_options(c"md") };
        let (rc, doc) = render(plan, &options, &err);
        assert_eq!(rc, PCPLAN_OK, "{recipient:?}");
        let text = String::from_utf8(buffer_bytes(doc)).unwrap();
        // SAFETY: freed once.
        unsafe { pcplan_buffer_free(doc) };
        text
    };
    assert!(!text(c"rcp-clinic").contains("violent home"), "the clinic's copy holds the confidential need");
    assert!(text(c"rcp-counselor").contains("violent home"), "the counselor is entitled to it");
    let options = pcplan_render_options { recipient: c"rcp-nobody".as_ptr(), ..render_options(c"md") };
    let (rc, out) = render(plan, &options, &err);
    assert_eq!((rc, out), (PCPLAN_INVALID_ARGUMENT, sentinel()));
    assert_eq!(err.kind(), "recipient");
    // SAFETY: freed once.
    unsafe { pcplan_plan_free(plan) };
}

#[test]
fn bad_render_options_are_invalid_arguments() {
    let err = Err::new();
    let plan = plan(MINIMAL);
    let cases: &[(&CStr, Option<&CStr>, Option<&CStr>, &str)] = &[
        (c"docx", None, None, "format"),
        (c"", None, None, "format"),
        (c"md", Some(c"en_US@latin!"), None, "language"),
        (c"html", None, Some(c"2026-3-1"), "date"),
        (c"pdf", None, Some(c"yesterday"), "date"),
    ];
    for (format, lang, date, kind) in cases {
        let options = pcplan_render_options {
            lang: lang.map_or(ptr::null(), CStr::as_ptr),
            document_date: date.map_or(ptr::null(), CStr::as_ptr),
            ..render_options(format)
        };
        let (rc, out) = render(plan, &options, &err);
        assert_eq!(rc, PCPLAN_INVALID_ARGUMENT, "{format:?} {lang:?} {date:?}");
        assert_eq!(out, sentinel());
        assert_eq!(err.kind(), *kind);
    }
    let bad_utf8 = CString::new(b"p\xffdf".to_vec()).unwrap();
    let (rc, out) = render(plan, &render_options(&bad_utf8), &err);
    assert_eq!((rc, out), (PCPLAN_INVALID_UTF8, sentinel()));

    // A language without a locale falls back (a warning): refused only when strict.
    let mut options = render_options(c"md");
    options.lang = c"tlh".as_ptr();
    let (rc, doc) = render(plan, &options, &err);
    assert_eq!(rc, PCPLAN_OK);
    // SAFETY: freed once.
    unsafe { pcplan_buffer_free(doc) };
    options.strict = true;
    let (rc, out) = render(plan, &options, &err);
    assert_eq!((rc, out), (PCPLAN_STRICT_REFUSED, sentinel()));
    assert_eq!(err.kind(), "strict");
    // SAFETY: freed once.
    unsafe { pcplan_plan_free(plan) };
}

#[test]
fn engine_setup_failures_are_reported() {
    let err = Err::new();
    let dir = std::env::temp_dir().join(format!("pcplan-ffi-templates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("plan.md.hbs"), "{{#if}} unclosed").unwrap();
    let templates = CString::new(dir.to_str().unwrap()).unwrap();
    let options = pcplan_engine_options {
        struct_size: std::mem::size_of::<pcplan_engine_options>(),
        locales_dir: ptr::null(),
        templates_dir: templates.as_ptr(),
        font_dirs: ptr::null(),
        font_dirs_len: 0,
        no_system_fonts: false,
    };
    let mut out = sentinel();
    // SAFETY: valid options, writable out, live error.
    let rc = unsafe { pcplan_engine_new(&options, &mut out, err.0) };
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(rc, PCPLAN_ENGINE_SETUP_FAILED, "{}", err.message());
    assert_eq!(out, sentinel());
    assert_eq!(err.kind(), "templates");

    let bad = CString::new(b"/tmp/\xff".to_vec()).unwrap();
    let options = pcplan_engine_options { locales_dir: bad.as_ptr(), ..options };
    // SAFETY: valid options, writable out, live error.
    let rc = unsafe { pcplan_engine_new(&options, &mut out, err.0) };
    assert_eq!((rc, out), (PCPLAN_INVALID_UTF8, sentinel()));
}

#[test]
fn engines_and_plans_are_shared_across_threads() {
    struct Send<T>(*const T);
    // SAFETY: the header documents engines and plans as shareable; only const calls follow.
    unsafe impl<T> std::marker::Send for Send<T> {}
    unsafe impl<T> Sync for Send<T> {}
    let plan = Send(plan(MARCUS).cast_const());
    let plan = &plan;
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(move || {
                let err = Err::new();
                let (rc, doc) = render(plan.0, &render_options(c"html"), &err);
                assert_eq!(rc, PCPLAN_OK);
                // SAFETY: freed once.
                unsafe { pcplan_buffer_free(doc) };
            });
        }
    });
    // SAFETY: freed once, after every thread is done.
    unsafe { pcplan_plan_free(plan.0.cast_mut()) };
}

const YOUSSEF: &str = include_str!("../../../examples/plans/ecm-ar-youssef.json");

/// An engine with the given options, freed on drop.
struct OwnedEngine(*mut pcplan_engine);
impl OwnedEngine {
    fn new(options: &pcplan_engine_options) -> OwnedEngine {
        let err = Err::new();
        let mut out = ptr::null_mut();
        // SAFETY: valid options, a writable out-parameter, a live error.
        let rc = unsafe { pcplan_engine_new(options, &mut out, err.0) };
        assert_eq!(rc, PCPLAN_OK, "{}", err.message());
        OwnedEngine(out)
    }
    fn render_pdf(&self, plan: *const pcplan_plan, lang: Option<&CStr>, err: &Err) -> pcplan_result {
        let mut out = sentinel();
        let options = pcplan_render_options { lang: lang.map_or(ptr::null(), CStr::as_ptr), ..render_options(c"pdf") };
        // SAFETY: live engine and plan, valid options, writable out.
        let rc = unsafe { pcplan_render(self.0, plan, &options, &mut out, err.0) };
        if rc == PCPLAN_OK {
            // SAFETY: a buffer just made by pcplan_render.
            unsafe { pcplan_buffer_free(out) };
        }
        rc
    }
}
impl Drop for OwnedEngine {
    fn drop(&mut self) {
        // SAFETY: made by pcplan_engine_new, used by no other thread.
        unsafe { pcplan_engine_free(self.0) }
    }
}

fn no_font_options(no_system_fonts: bool) -> pcplan_engine_options {
    pcplan_engine_options {
        struct_size: std::mem::size_of::<pcplan_engine_options>(),
        locales_dir: ptr::null(),
        templates_dir: ptr::null(),
        font_dirs: ptr::null(),
        font_dirs_len: 0,
        no_system_fonts,
    }
}

#[test]
fn the_missing_font_error_names_the_c_option_not_a_rust_function() {
    let engine = OwnedEngine::new(&no_font_options(true));
    let plan = plan(YOUSSEF);
    let err = Err::new();
    // Traditional Chinese: the embedded fonts have no CJK (Arabic they have, in DejaVu Sans Mono).
    assert_eq!(engine.render_pdf(plan, Some(c"zh-Hant"), &err), PCPLAN_RENDER_FAILED);
    let message = err.message();
    assert!(message.contains("pcplan_engine_options.font_dirs"), "{message}");
    for rust in ["PdfFonts", "EngineOptions", "with_dirs", "::"] {
        assert!(!message.contains(rust), "a C caller is told about {rust}: {message}");
    }
    // SAFETY: made by pcplan_plan_from_json.
    unsafe { pcplan_plan_free(plan) };
}

#[test]
fn system_font_folders_are_searched_by_default() {
    // Debian's Noto (or DejaVu) fonts draw Arabic; without them this test has nothing to find.
    if !std::path::Path::new("/usr/share/fonts/truetype").is_dir() {
        assert!(std::env::var("CI").is_err(), "CI needs the Debian font packages");
        return;
    }
    let plan = plan(YOUSSEF);
    let err = Err::new();
    // The zero value of the options (and NULL options) searches the system folders.
    assert_eq!(OwnedEngine::new(&no_font_options(false)).render_pdf(plan, None, &err), PCPLAN_OK, "{}", err.message());
    let mut out = sentinel();
    // SAFETY: the shared engine (NULL options), a live plan, valid options, writable out.
    let rc = unsafe { pcplan_render(engine(), plan, &render_options(c"pdf"), &mut out, err.0) };
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    // SAFETY: made by pcplan_render / pcplan_plan_from_json.
    unsafe {
        pcplan_buffer_free(out);
        pcplan_plan_free(plan);
    }
}

fn export_options() -> pcplan_fhir_export_options {
    pcplan_fhir_export_options {
        struct_size: std::mem::size_of::<pcplan_fhir_export_options>(),
        lang: ptr::null(),
        recipient: ptr::null(),
    }
}

fn fhir_export(
    plan: *const pcplan_plan,
    options: *const pcplan_fhir_export_options,
    err: &Err,
) -> (pcplan_result, *mut pcplan_buffer) {
    let mut out = sentinel();
    // SAFETY: live engine and plan, NULL or valid options, writable out.
    let rc = unsafe { pcplan_fhir_export(engine(), plan, options, &mut out, err.0) };
    (rc, out)
}

fn fhir_import(
    json: &[u8],
    options: *const pcplan_fhir_import_options,
    err: &Err,
) -> (pcplan_result, *mut pcplan_plan, *mut pcplan_buffer) {
    let (mut plan, mut unmapped) = (sentinel(), sentinel());
    // SAFETY: `json` is readable for its length; NULL or valid options; writable outs.
    let rc = unsafe { pcplan_fhir_import(json.as_ptr(), json.len(), options, &mut plan, &mut unmapped, err.0) };
    (rc, plan, unmapped)
}

fn take(b: *mut pcplan_buffer) -> Vec<u8> {
    let bytes = buffer_bytes(b);
    // SAFETY: a live buffer, not used again.
    unsafe { pcplan_buffer_free(b) };
    bytes
}

#[test]
fn a_plan_goes_out_as_a_bundle_and_comes_back_the_same() {
    let marcus = plan(MARCUS);
    let err = Err::new();
    // NULL options are the defaults, and give the same bytes as explicit defaults.
    let (rc, bundle) = fhir_export(marcus, ptr::null(), &err);
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    let bytes = take(bundle);
    let (rc, again) = fhir_export(marcus, &export_options(), &err);
    assert_eq!(rc, PCPLAN_OK);
    assert_eq!(take(again), bytes, "deterministic");
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["resourceType"], "Bundle");

    let (rc, back, unmapped) = fhir_import(&bytes, ptr::null(), &err);
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    assert_eq!(take(unmapped), b"[]");
    let mut json = sentinel();
    // SAFETY: a live plan, a writable out.
    assert_eq!(unsafe { pcplan_plan_to_json(back, &mut json, err.0) }, PCPLAN_OK);
    let back_json: serde_json::Value = serde_json::from_slice(&take(json)).unwrap();
    let ours: serde_json::Value = serde_json::to_value(pcplan::model::Plan::from_json_str(MARCUS).unwrap()).unwrap();
    assert_eq!(back_json, ours, "import(export(plan)) == plan through the C ABI");
    // SAFETY: live plans, not used again.
    unsafe {
        pcplan_plan_free(back);
        pcplan_plan_free(marcus);
    }
}

#[test]
fn fhir_export_for_a_recipient_and_in_a_language() {
    let copies = plan(include_str!("../../pcplan/tests/fixtures/copies.json"));
    let err = Err::new();
    let clinic = c"rcp-clinic";
    let options = pcplan_fhir_export_options { recipient: clinic.as_ptr(), ..export_options() };
    let (rc, bundle) = fhir_export(copies, &options, &err);
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    let text = String::from_utf8(take(bundle)).unwrap();
    assert!(!text.contains("violent home"), "the clinic's bundle holds confidential content");

    let nobody = c"rcp-nobody";
    let options = pcplan_fhir_export_options { recipient: nobody.as_ptr(), ..export_options() };
    let (rc, out) = fhir_export(copies, &options, &err);
    assert_eq!((rc, err.kind().as_str()), (PCPLAN_INVALID_ARGUMENT, "recipient"));
    assert_eq!(out, sentinel(), "out-parameter written on failure");

    let es = c"es";
    let options = pcplan_fhir_export_options { lang: es.as_ptr(), ..export_options() };
    let (rc, bundle) = fhir_export(copies, &options, &err);
    assert_eq!(rc, PCPLAN_OK);
    let value: serde_json::Value = serde_json::from_slice(&take(bundle)).unwrap();
    assert_eq!(value["entry"][0]["resource"]["language"], "es");

    let bad = c"not a tag!";
    let options = pcplan_fhir_export_options { lang: bad.as_ptr(), ..export_options() };
    assert_eq!(fhir_export(copies, &options, &err).0, PCPLAN_INVALID_ARGUMENT);
    assert_eq!(err.kind(), "language");
    // SAFETY: a live plan, not used again.
    unsafe { pcplan_plan_free(copies) };
}

#[test]
fn options_carry_their_size() {
    let minimal = plan(MINIMAL);
    let err = Err::new();
    // A caller built against an older, shorter struct: the fields it lacks read as zero (NULL).
    let es = c"es";
    let older = pcplan_fhir_export_options {
        struct_size: std::mem::size_of::<usize>() + std::mem::size_of::<*const c_char>(),
        lang: es.as_ptr(),
        recipient: c"rcp-nobody".as_ptr(),
    };
    assert_eq!(fhir_export(minimal, &older, &err).0, PCPLAN_OK, "recipient beyond struct_size was read");
    for size in [0, 1, std::mem::size_of::<pcplan_fhir_export_options>() + 8] {
        let options = pcplan_fhir_export_options { struct_size: size, ..export_options() };
        let (rc, out) = fhir_export(minimal, &options, &err);
        assert_eq!((rc, err.kind().as_str()), (PCPLAN_INVALID_ARGUMENT, "struct-size"), "size {size}");
        assert_eq!(out, sentinel());
    }
    let import = pcplan_fhir_import_options { struct_size: 3, max_bytes: 0, care_plan: ptr::null() };
    assert_eq!(fhir_import(b"{}", &import, &err).0, PCPLAN_INVALID_ARGUMENT);

    // Every options struct carries its size.
    let today = c"2026-11-25";
    let unsized_validate = pcplan_validate_options { struct_size: 0, ..validate_options(today) };
    assert_eq!(validate(minimal, &unsized_validate, &err).0, PCPLAN_INVALID_ARGUMENT);
    assert_eq!(err.kind(), "struct-size");
    let newer_render = pcplan_render_options {
        struct_size: std::mem::size_of::<pcplan_render_options>() + 8,
        ..render_options(c"md")
    };
    assert_eq!(render(minimal, &newer_render, &err).0, PCPLAN_INVALID_ARGUMENT);
    assert_eq!(err.kind(), "struct-size");
    // An older render options struct, without `recipient`: the full plan is rendered, as before the field existed.
    let older_render = pcplan_render_options {
        struct_size: std::mem::offset_of!(pcplan_render_options, recipient),
        recipient: c"rcp-nobody".as_ptr(),
        ..render_options(c"md")
    };
    let (rc, doc) = render(minimal, &older_render, &err);
    assert_eq!(rc, PCPLAN_OK, "{}", err.message());
    // SAFETY: a live buffer, not used again.
    unsafe { pcplan_buffer_free(doc) };
    let unsized_engine = pcplan_engine_options { struct_size: 0, ..no_font_options(true) };
    let mut engine_out = sentinel();
    // SAFETY: valid options, a writable out.
    assert_eq!(unsafe { pcplan_engine_new(&unsized_engine, &mut engine_out, err.0) }, PCPLAN_INVALID_ARGUMENT);
    assert_eq!(engine_out, sentinel());
    // SAFETY: a live plan, not used again.
    unsafe { pcplan_plan_free(minimal) };
}

#[test]
fn bad_bundles_give_their_codes_and_where() {
    let err = Err::new();
    let cases: &[(&[u8], pcplan_result, &str, &str)] = &[
        (b"{\"resourceType\": \"Bundle\", ", PCPLAN_INVALID_JSON, "syntax", ""),
        (b"{\"resourceType\": \"Patient\"}", PCPLAN_INVALID_BUNDLE, "not-a-bundle", "resourceType"),
        (
            b"{\"resourceType\": \"Bundle\", \"type\": \"collection\"}",
            PCPLAN_INVALID_BUNDLE,
            "no-care-plan",
            "Bundle.entry",
        ),
        (b"\xff\xfe", PCPLAN_INVALID_JSON, "syntax", ""),
    ];
    for (json, code, kind, path) in cases {
        let (rc, plan, unmapped) = fhir_import(json, ptr::null(), &err);
        assert_eq!((rc, err.kind().as_str()), (*code, *kind), "{}", String::from_utf8_lossy(json));
        assert!(err.path().starts_with(path), "{}", err.path());
        assert_eq!((plan, unmapped), (sentinel(), sentinel()), "out-parameters written on failure");
    }
    let (rc, _, _) = fhir_import(
        &[b' '; 64],
        &pcplan_fhir_import_options {
            struct_size: std::mem::size_of::<pcplan_fhir_import_options>(),
            max_bytes: 16,
            care_plan: ptr::null(),
        },
        &err,
    );
    assert_eq!((rc, err.kind().as_str()), (PCPLAN_INVALID_BUNDLE, "too-large"));

    // NULLs.
    let (mut plan, mut unmapped) = (sentinel(), sentinel());
    // SAFETY: each call passes NULL where the function must refuse it.
    unsafe {
        assert_eq!(
            pcplan_fhir_import(ptr::null(), 0, ptr::null(), &mut plan, &mut unmapped, err.0),
            PCPLAN_NULL_ARGUMENT
        );
        assert_eq!(
            pcplan_fhir_import(b"{}".as_ptr(), 2, ptr::null(), ptr::null_mut(), &mut unmapped, err.0),
            PCPLAN_NULL_ARGUMENT
        );
        assert_eq!(
            pcplan_fhir_import(b"{}".as_ptr(), 2, ptr::null(), &mut plan, ptr::null_mut(), err.0),
            PCPLAN_NULL_ARGUMENT
        );
        assert_eq!(
            pcplan_fhir_export(ptr::null(), ptr::null(), ptr::null(), ptr::null_mut(), err.0),
            PCPLAN_NULL_ARGUMENT
        );
        assert_eq!(pcplan_plan_to_json(ptr::null(), ptr::null_mut(), err.0), PCPLAN_NULL_ARGUMENT);
    }
    assert_eq!((plan, unmapped), (sentinel(), sentinel()));
}

/// The C kind of every load error is the library's own code (`LoadError::code`), so the two spellings cannot
/// drift apart.
#[test]
fn load_error_kinds_are_the_librarys_codes() {
    use pcplan::model::{LoadOptions, Plan};
    let tight = LoadOptions { max_bytes: 64, max_depth: 3, max_array_len: 2, max_string_bytes: 8 };
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["goals"][0]["id"] = serde_json::json!("need-1");
    v["goals"][0]["steps"][0]["id"] = v["goals"][0]["id"].clone();
    let duplicate = v.to_string();
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    v["supports"][0]["goalIds"] = serde_json::json!(["goal-nowhere"]);
    let dangling = v.to_string();
    let cases: Vec<(Vec<u8>, LoadOptions)> = vec![
        (b"   ".to_vec(), LoadOptions::default()),
        (vec![b' '; 100], tight.clone()),
        (b"\xff".to_vec(), LoadOptions::default()),
        (b"{".to_vec(), LoadOptions::default()),
        (b"[[[[[]]]]]".to_vec(), tight.clone()),
        (b"[1, 2, 3]".to_vec(), tight.clone()),
        (b"\"a long string\"".to_vec(), tight.clone()),
        (b"{\"schemaVersion\": 99}".to_vec(), LoadOptions::default()),
        (b"{\"id\": 1}".to_vec(), LoadOptions::default()),
        (duplicate.into_bytes(), LoadOptions::default()),
        (dangling.into_bytes(), LoadOptions::default()),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for (input, options) in cases {
        let e = Plan::from_json_slice_with(&input, &options).unwrap_err();
        let failure = crate::Failure::from(e.clone());
        assert_eq!(failure.kind.to_str().unwrap(), e.code(), "{e}");
        seen.insert(e.code());
    }
    assert!(seen.len() >= 10, "{seen:?}");
}
