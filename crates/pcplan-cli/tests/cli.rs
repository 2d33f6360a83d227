//! The `pcplan` binary run as a user runs it: every subcommand, its exit codes and its error paths.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn plan(name: &str) -> PathBuf {
    repo(&format!("examples/plans/{name}"))
}

fn pcplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pcplan")).args(args).output().expect("the binary runs")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited normally")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const MARCUS: &str = "hcbs-en-marcus.json";
const JORDAN: &str = "hcbs-en-jordan.json";

#[test]
fn every_subcommand_has_help() {
    for sub in ["render", "validate", "diff", "schema", "migrate", "batch", "report", "fhir", "services"] {
        let out = pcplan(&[sub, "--help"]);
        assert_eq!(code(&out), 0, "{sub} --help");
        assert!(stdout(&out).contains("Usage: pcplan"), "{sub}: {}", stdout(&out));
    }
    let out = pcplan(&["--help"]);
    assert_eq!(code(&out), 0);
    for sub in ["render", "validate", "diff", "schema", "migrate", "batch", "report", "fhir", "services"] {
        assert!(stdout(&out).contains(sub), "top-level help lists {sub}");
    }
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&pcplan(&[])), 2);
    assert_eq!(code(&pcplan(&["no-such-command"])), 2);
    assert_eq!(code(&pcplan(&["render", path_str(&plan(MARCUS)), "--no-such-option"])), 2);
    let out = pcplan(&["render", path_str(&plan(MARCUS)), "--format", "docx"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("expected a format"), "{}", stderr(&out));
}

#[test]
fn render_markdown_html_and_pdf() {
    let out = pcplan(&["render", path_str(&plan(MARCUS))]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with('#') || stdout(&out).contains("\n# "), "Markdown on stdout");

    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("m.html");
    let out = pcplan(&["render", path_str(&plan("ecm-es-rosa.json")), "-f", "html", "-o", path_str(&html)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.to_ascii_lowercase().starts_with("<!doctype html"));
    assert!(text.contains("lang=\"es\""), "Rosa's plan is in Spanish");

    let pdf = dir.path().join("m.pdf");
    let out = pcplan(&["render", path_str(&plan(MARCUS)), "-f", "pdf", "--no-system-fonts", "-o", path_str(&pdf)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(Result::ok).collect();
    assert_eq!(leftovers.len(), 2, "only the two documents, no temporary files");
}

#[test]
fn render_in_another_language_and_with_the_previous_version() {
    let out = pcplan(&["render", path_str(&plan(MARCUS)), "--lang", "es"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let es = stdout(&out);
    let out = pcplan(&["render", path_str(&plan(MARCUS))]);
    assert_ne!(es, stdout(&out), "--lang es changes the document");

    let old = repo("examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
    let new = repo("examples/plans/revisions/hcbs-en-marcus-v2.json");
    let with = pcplan(&["render", path_str(&new), "--previous", path_str(&old)]);
    let without = pcplan(&["render", path_str(&new)]);
    assert_eq!(code(&with), 0, "{}", stderr(&with));
    assert!(stdout(&with).len() > stdout(&without).len(), "the changes section is added");
}

#[test]
fn missing_file_bad_json_and_bad_plan_exit_2() {
    let out = pcplan(&["render", "no/such/plan.json"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("could not read no/such/plan.json"), "{}", stderr(&out));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"schemaVersion\": 1,\n  \"id\": ").unwrap();
    for sub in ["render", "validate"] {
        let out = pcplan(&[sub, path_str(&bad), "--today", "2026-11-25"]);
        assert_eq!(code(&out), 2, "{sub}");
        assert!(stderr(&out).contains("line 2"), "{sub}: {}", stderr(&out));
    }
    // A well-formed JSON that is not a plan: the error names the JSON Pointer, not the value.
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(plan(MARCUS)).unwrap()).unwrap();
    json["goals"][0]["status"] = "SECRET-VALUE".into();
    std::fs::write(&bad, json.to_string()).unwrap();
    let out = pcplan(&["validate", path_str(&bad), "--today", "2026-11-25"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("/goals/0/status"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("SECRET-VALUE"), "errors never quote plan values");
}

#[test]
fn unknown_or_malformed_language_exits_2() {
    for sub in
        [&["render", path_str(&plan(MARCUS))][..], &["validate", path_str(&plan(MARCUS)), "--today", "2026-11-25"]]
    {
        let out = pcplan(&[sub, &["--lang", "de"]].concat());
        assert_eq!(code(&out), 2);
        assert!(stderr(&out).contains("no locale") && stderr(&out).contains("zh-Hant"), "{}", stderr(&out));
        let out = pcplan(&[sub, &["--lang", "not a tag!"]].concat());
        assert_eq!(code(&out), 2);
        assert!(stderr(&out).contains("BCP-47"), "{}", stderr(&out));
    }
}

#[test]
fn unwritable_output_exits_2_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    // A path under a regular file cannot be created, even by root.
    let target = file.join("plan.md");
    let out = pcplan(&["render", path_str(&plan(MARCUS)), "-o", path_str(&target)]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("could not write"), "{}", stderr(&out));
    let out = pcplan(&["batch", path_str(&repo("examples/plans")), "-f", "md", "--out", path_str(&target)]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("could not create the output directory"), "{}", stderr(&out));
}

#[test]
fn validate_says_which_date_it_used() {
    let out = pcplan(&["validate", path_str(&plan(JORDAN)), "--today", "2026-11-25", "-f", "json"]);
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    assert!(stderr(&out).contains("evaluating on 2026-11-25 (from --today)"), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["evaluatedOn"], "2026-11-25");
    let valid = report["valid"].as_bool().unwrap();
    assert_eq!(code(&out), if valid { 0 } else { 1 }, "exit 1 exactly when there are errors");

    let out = pcplan(&["validate", path_str(&plan(JORDAN))]);
    assert!(stderr(&out).contains("system clock"), "{}", stderr(&out));
    let out = pcplan(&["validate", path_str(&plan(JORDAN)), "--today", "2026-13-01"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("YYYY-MM-DD"));
}

#[test]
fn validate_text_is_localized() {
    let en = pcplan(&["validate", path_str(&plan(JORDAN)), "--today", "2026-11-25"]);
    let es = pcplan(&["validate", path_str(&plan(JORDAN)), "--today", "2026-11-25", "--lang", "es"]);
    assert_eq!(code(&en), code(&es));
    assert!(stdout(&en).contains("Fix:"), "{}", stdout(&en));
    assert!(!stdout(&es).contains("Fix:"), "Spanish labels: {}", stdout(&es));
    assert!(!stdout(&es).contains('\u{2068}'), "no bidi isolates in terminal text");
}

#[test]
fn validate_a_profile() {
    let out =
        pcplan(&["validate", path_str(&plan(MARCUS)), "--today", "2026-11-25", "--profile", "core", "-f", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["profiles"], serde_json::json!(["core"]));
    let out = pcplan(&["validate", path_str(&plan(MARCUS)), "--today", "2026-11-25", "--profile", "nope"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn diff_shows_changes_and_signatures() {
    let old = repo("examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
    let new = repo("examples/plans/revisions/hcbs-en-marcus-v2.json");
    let out = pcplan(&["diff", path_str(&old), path_str(&new)]);
    let text = stdout(&out);
    assert!(text.starts_with("Changes from version ") && text.contains(" to version "), "{text}");
    assert!(text.contains("Signatures:"));
    let json = pcplan(&["diff", path_str(&old), path_str(&new), "-f", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(!json["changes"].as_array().unwrap().is_empty());
    let changed = json["signatures"].as_array().unwrap().iter().any(|s| s["reason"] == "content-changed");
    assert_eq!(code(&out), if changed { 1 } else { 0 }, "exit 1 exactly when a signature no longer holds");

    // The same version against itself: no changes; in Spanish when asked.
    let out = pcplan(&["diff", path_str(&old), path_str(&old), "--lang", "es"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("(ninguno)") && stdout(&out).contains("Firmas:"), "{}", stdout(&out));

    let out = pcplan(&["diff", path_str(&old), "missing.json"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn schema_matches_the_committed_files() {
    for (which, file) in [("plan", "schema/pcplan.schema.json"), ("findings", "schema/findings.schema.json")] {
        let out = pcplan(&["schema", which]);
        assert_eq!(code(&out), 0);
        let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let committed: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(repo(file)).unwrap()).unwrap();
        assert_eq!(printed, committed, "{which}");
    }
    assert_eq!(code(&pcplan(&["schema", "nope"])), 2);
}

#[test]
fn migrate_rewrites_a_version_1_plan_and_keeps_its_signatures() {
    let v1 = repo("examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
    let out = pcplan(&["migrate", path_str(&v1)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let migrated: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(migrated["schemaVersion"], 2);
    assert_eq!(migrated["person"]["preferredNames"][0]["text"], "Marcus");
    // The rewritten file reads as the same plan, and its signatures still hold (diff exits 0 only then).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("v2.json");
    std::fs::write(&file, &out.stdout).unwrap();
    let again = pcplan(&["migrate", path_str(&file)]);
    assert_eq!(again.stdout, out.stdout, "migrating version 2 changes nothing");
    let diff = pcplan(&["diff", path_str(&v1), path_str(&file), "--format", "json"]);
    assert_eq!(code(&diff), 0, "{}", stderr(&diff));
    // Bad input: exit 2, the place named, nothing written.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{ "schemaVersion": 1, "person": { "language": { "spoken": 7 } } }"#).unwrap();
    let target = dir.path().join("out.json");
    let out = pcplan(&["migrate", path_str(&bad), "-o", path_str(&target)]);
    assert_eq!(code(&out), 2);
    assert!(!target.exists());
}

#[test]
fn no_copy_for_a_recipient_the_person_declined() {
    let yasaman = plan("ecm-fa-yasaman.json");
    for args in [
        vec!["render", path_str(&yasaman), "--for", "rcp-former-in-law"],
        vec!["fhir", "export", path_str(&yasaman), "--for", "rcp-former-in-law"],
    ] {
        let out = pcplan(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "nothing written: {args:?}");
        assert!(stderr(&out).contains("/personDeclined"), "{}", stderr(&out));
    }
}

#[test]
fn report_csv_and_json() {
    let plans = repo("examples/plans");
    let out = pcplan(&["report", path_str(&plans), "--today", "2026-11-25"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "Member CIN");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let count = std::fs::read_dir(&plans)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "json"))
        .count();
    assert_eq!(rows.len(), count, "one row per plan");
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rosa = rows.iter().find(|r| r[col("Plan ID")].contains("rosa") || r[col("Member First Name")].contains("Rosa"));
    let rosa = rosa.expect("Rosa's row");
    assert!(!rosa[col("Lead Care Manager Name")].is_empty(), "an ECM plan names its Lead Care Manager");
    assert!(rosa[col("Program")].contains("calaim-ecm"));

    let out = pcplan(&["report", path_str(&plan(MARCUS)), "-f", "json", "--today", "2026-11-25"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 1);
    assert_eq!(json["mapping"]["name"], "health-plan-default");
    assert_eq!(json["columns"].as_array().unwrap().len(), json["rows"][0].as_array().unwrap().len());
}

#[test]
fn report_with_a_mapping_and_a_bad_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("mapping.json");
    std::fs::write(
        &mapping,
        r#"{"name":"mine","version":"2","source":"our plan's RTF spec","columns":[{"header":"CIN","field":"person-cin"},{"header":"Errors","field":"findings-error"}]}"#,
    )
    .unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "not json").unwrap();
    let out = pcplan(&[
        "report",
        path_str(&plan(MARCUS)),
        path_str(&bad),
        "--mapping",
        path_str(&mapping),
        "--today",
        "2026-11-25",
    ]);
    assert_eq!(code(&out), 1, "partial failure");
    assert!(stdout(&out).starts_with("CIN,Errors\n"), "{}", stdout(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
    assert!(stderr(&out).contains("bad.json"));

    let out = pcplan(&["report", path_str(&bad), "--today", "2026-11-25"]);
    assert_eq!(code(&out), 2, "nothing could be read");

    std::fs::write(
        &mapping,
        r#"{"name":"m","version":"1","source":"s","columns":[{"header":"A","field":"shoe-size"}]}"#,
    )
    .unwrap();
    let out = pcplan(&["report", path_str(&plan(MARCUS)), "--mapping", path_str(&mapping), "--today", "2026-11-25"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("/columns/0/field"), "{}", stderr(&out));
}

fn summary(out_dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out_dir.join("batch-summary.json")).unwrap()).unwrap()
}

/// A directory with good plans, a corrupt one, an unreadable entry and one whose PDF is refused (a strict
/// render of the Arabic plan, whose translations are not reviewed): the good ones are written, the summary
/// counts all, nothing half-written remains.
#[test]
fn batch_survives_bad_plans() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&input).unwrap();
    for name in [MARCUS, JORDAN] {
        std::fs::copy(plan(name), input.join(name)).unwrap();
    }
    std::fs::copy(plan("ecm-ar-youssef.json"), input.join("youssef.json")).unwrap();
    std::fs::write(input.join("corrupt.json"), "{\"schemaVersion\": 1, ").unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere.json"), input.join("unreadable.json")).unwrap();
    std::fs::write(input.join("notes.txt"), "not a plan, not listed").unwrap();

    let args = ["batch", path_str(&input), "-f", "pdf", "--strict", "--out", path_str(&out_dir), "-j", "2"];
    let out = pcplan(&args);
    assert_eq!(code(&out), 1, "partial failure: {}", stderr(&out));
    let s = summary(&out_dir);
    assert_eq!((s["total"].as_u64(), s["written"].as_u64(), s["failed"].as_u64()), (Some(5), Some(2), Some(3)), "{s}");
    let stage = |input: &str| {
        s["plans"].as_array().unwrap().iter().find(|p| p["input"].as_str().unwrap().ends_with(input)).unwrap()["stage"]
            .clone()
    };
    assert_eq!(stage("corrupt.json"), "load");
    assert_eq!(stage("unreadable.json"), "read");
    assert_eq!(stage("youssef.json"), "render");
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["failed"], 3, "summary on stdout");
    for name in ["hcbs-en-marcus.pdf", "hcbs-en-jordan.pdf"] {
        assert!(std::fs::read(out_dir.join(name)).unwrap().starts_with(b"%PDF-"), "{name}");
    }
    let mut files: Vec<String> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(
        files,
        [
            "batch-summary.json",
            "hcbs-en-jordan.pdf",
            "hcbs-en-jordan.pdf.sha256",
            "hcbs-en-marcus.pdf",
            "hcbs-en-marcus.pdf.sha256"
        ],
        "no document for a failed plan, nothing half-written"
    );
    // Plain progress lines when standard error is not a terminal.
    assert!(stderr(&out).contains("[5/5]"), "{}", stderr(&out));
    assert!(stderr(&out).contains("failed (load)"), "{}", stderr(&out));
}

#[test]
fn batch_changed_only_and_ndjson() {
    let dir = tempfile::tempdir().unwrap();
    let ndjson = dir.path().join("plans.ndjson");
    let line = |name: &str| {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(plan(name)).unwrap()).unwrap();
        v.to_string()
    };
    std::fs::write(&ndjson, format!("{}\n\n{}\n", line(MARCUS), line("ecm-es-rosa.json"))).unwrap();
    let out_dir = dir.path().join("out");
    let args = ["batch", path_str(&ndjson), "-f", "md", "--out", path_str(&out_dir)];
    let out = pcplan(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = summary(&out_dir);
    assert_eq!(s["written"], 2, "{s}");
    let langs: Vec<&str> = s["plans"].as_array().unwrap().iter().map(|p| p["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["en", "es"], "each plan in its person's language");
    assert!(out_dir.join("plans-1.md").is_file() && out_dir.join("plans-3.md").is_file(), "named by line");

    let changed_only = [&args[..], &["--changed-only"]].concat();
    let out = pcplan(&changed_only);
    assert_eq!(code(&out), 0);
    assert_eq!(summary(&out_dir)["unchanged"], 2);

    // A changed plan, or changed options, are rendered again.
    let mut rosa: serde_json::Value = serde_json::from_str(&line("ecm-es-rosa.json")).unwrap();
    rosa["version"] = (rosa["version"].as_u64().unwrap() + 1).into();
    std::fs::write(&ndjson, format!("{}\n\n{}\n", line(MARCUS), rosa)).unwrap();
    let out = pcplan(&changed_only);
    assert_eq!(code(&out), 0);
    let s = summary(&out_dir);
    assert_eq!((s["unchanged"].as_u64(), s["written"].as_u64()), (Some(1), Some(1)), "{s}");
    let out = pcplan(&[&changed_only[..], &["--lang", "es"]].concat());
    assert_eq!(summary(&out_dir)["written"], 2, "{}", stderr(&out));
}

#[test]
fn batch_of_nothing_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = pcplan(&["batch", path_str(dir.path()), "--out", path_str(&dir.path().join("o"))]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("no plans"));
    let out = pcplan(&["batch", "no/such/dir", "--out", path_str(&dir.path().join("o"))]);
    assert_eq!(code(&out), 2);
}

#[test]
fn render_for_a_recipient_leaves_out_what_they_may_not_see() {
    let fixture = repo("crates/pcplan/tests/fixtures/copies.json");
    let secret = "Counseling after leaving a violent home.";
    let full = pcplan(&["render", path_str(&fixture)]);
    assert_eq!(code(&full), 0, "{}", stderr(&full));
    assert!(stdout(&full).contains("Counseling after leaving"), "the agency's full plan holds the need");

    let clinic = pcplan(&["render", path_str(&fixture), "--for", "rcp-clinic"]);
    assert_eq!(code(&clinic), 0, "{}", stderr(&clinic));
    assert!(!stdout(&clinic).contains(secret), "the clinic's copy must not hold the confidential need");
    let counselor = pcplan(&["render", path_str(&fixture), "--for", "rcp-counselor"]);
    assert!(stdout(&counselor).contains("Counseling after leaving"), "the counselor is entitled to it");

    let nobody = pcplan(&["render", path_str(&fixture), "--for", "rcp-nobody"]);
    assert_eq!(code(&nobody), 2);
    assert!(stderr(&nobody).contains("--for rcp-nobody"), "{}", stderr(&nobody));
    assert!(stdout(&nobody).is_empty());
}

#[test]
fn fhir_export_and_import_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("marcus.fhir.json");
    let out = pcplan(&["fhir", "export", path_str(&plan(MARCUS)), "-o", path_str(&bundle)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    assert_eq!(json["resourceType"], "Bundle");
    assert_eq!(json["type"], "collection");

    let out = pcplan(&["fhir", "import", path_str(&bundle)]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let back: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let original: serde_json::Value = serde_json::to_value(
        pcplan::model::Plan::from_json_str(&std::fs::read_to_string(plan(MARCUS)).unwrap()).unwrap(),
    )
    .unwrap();
    assert_eq!(back, original, "plan → bundle → plan gives the same plan");

    let clinic =
        pcplan(&["fhir", "export", path_str(&repo("crates/pcplan/tests/fixtures/copies.json")), "--for", "rcp-clinic"]);
    assert_eq!(code(&clinic), 0, "{}", stderr(&clinic));
    assert!(!stdout(&clinic).contains("Counseling after leaving"), "the clinic's bundle holds the confidential need");
    let nobody = pcplan(&["fhir", "export", path_str(&plan(MARCUS)), "--for", "rcp-nobody"]);
    assert_eq!(code(&nobody), 2);

    let not_a_bundle = pcplan(&["fhir", "import", path_str(&plan(MARCUS))]);
    assert_eq!(code(&not_a_bundle), 2);
    assert!(stderr(&not_a_bundle).contains("expected a FHIR Bundle"), "{}", stderr(&not_a_bundle));
    let missing = pcplan(&["fhir", "import", path_str(&dir.path().join("missing.json"))]);
    assert_eq!(code(&missing), 2);

    // Content the plan has no place for: the plan is still written, the list goes to standard error as JSON
    // (paths, never values), and the exit code is 1.
    let mut edited = json.clone();
    let patient =
        edited["entry"].as_array_mut().unwrap().iter_mut().position(|e| e["resource"]["resourceType"] == "Patient");
    let i = patient.unwrap();
    edited["entry"][i]["resource"]["gender"] = serde_json::json!("female");
    let edited_path = dir.path().join("edited.fhir.json");
    std::fs::write(&edited_path, serde_json::to_vec(&edited).unwrap()).unwrap();
    let out_path = dir.path().join("edited.plan.json");
    let out = pcplan(&["fhir", "import", path_str(&edited_path), "-o", path_str(&out_path)]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let unmapped: serde_json::Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    assert_eq!(
        unmapped,
        serde_json::json!([{ "path": format!("Bundle.entry[{i}].resource.gender"), "kind": "element", "reason": "pcplan does not map this element" }])
    );
    assert!(!stderr(&out).contains("female"));
    let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    assert_eq!(kept["extensions"]["fhir"]["unmapped"][0]["value"], "female");
}

fn services_args<'a>(records: &'a str, billing: &'a str, agency: &'a str) -> Vec<&'a str> {
    vec![records, "--billing", billing, "--agency", agency, "--from", "2026-10-01", "--to", "2026-10-31"]
}

#[test]
fn services_invoice_and_claim() {
    let records = repo("examples/services/ecm-es-rosa-records.csv");
    let billing = repo("examples/services/ecm-es-rosa-billing.json");
    let agency = repo("examples/services/agency.json");
    let base = services_args(path_str(&records), path_str(&billing), path_str(&agency));

    let mut args = vec!["services", "invoice"];
    args.extend(&base);
    args.extend(["--number", "INV-2026-10", "--date", "2026-11-02"]);
    let out = pcplan(&args);
    assert!(code(&out) <= 1, "{}", stderr(&out));
    let mut csv = csv::Reader::from_reader(out.stdout.as_slice());
    let header = csv.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty(), "October's services make invoice lines");
    assert!(rows.iter().all(|r| r.len() == header.len()));
    assert!(rows.iter().any(|r| r.iter().any(|c| c == "T2040")), "the timed support's code is billed");

    args.extend(["--format", "json"]);
    let out = pcplan(&args);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON invoice");
    assert!(json.is_object() || json.is_array());

    let mut args = vec!["services", "claim"];
    args.extend(&base);
    args.extend(["--claim-id", "ROSA-2026-10", "--control", "4217", "--reference", "B-1"]);
    args.extend(["--created", "2026-11-02T08:30:00"]);
    let first = pcplan(&args);
    assert!(code(&first) <= 1, "{}", stderr(&first));
    let text = stdout(&first);
    assert!(text.starts_with("ISA*") && text.contains("ST*837*") && text.contains("CLM*ROSA-2026-10*"), "{text}");
    assert_eq!(first.stdout, pcplan(&args).stdout, "the same input gives the same bytes");
}

#[test]
fn services_report_for_staff_and_for_the_person() {
    let plan = plan("hcbs-vi-lan.json");
    let records = repo("examples/services/hcbs-vi-lan-records.csv");
    let agency = repo("examples/services/agency.json");
    let base = ["services", "report", path_str(&plan), path_str(&records), "--agency", path_str(&agency)];
    let period = ["--from", "2026-11-01", "--to", "2026-11-30"];
    let run = |extra: &[&str]| pcplan(&[&base[..], &period[..], extra].concat());

    // A missed week is a warning: exit 0, the table and the finding in the staff's language.
    let out = run(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("In-home personal care") && text.contains("HCBA-2026-20763-01"), "{text}");
    assert!(text.contains("warning SM6") && text.contains("hcbs-vi-lan.json#/supports/0"), "{text}");

    let out = run(&["-f", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["supports"][0]["authorization"]["used"], 118);
    assert_eq!(json["findings"][0]["code"], "SM6");
    assert!(json["findings"][0]["message"].as_str().unwrap().contains("3"));

    // The person's page, in her language.
    let out = run(&["-f", "md"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("# ") && page.contains("Chăm sóc cá nhân tại nhà"), "{page}");
    assert!(!page.contains("How my services are going"), "Vietnamese, not English: {page}");

    // Alma's deposit was paid before its authorization: an error, exit 1.
    let alma = pcplan(&[
        "services",
        "report",
        path_str(&self::plan("ecm-es-alma.json")),
        path_str(&repo("examples/services/ecm-es-alma-records.json")),
        "--agency",
        path_str(&agency),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    ]);
    assert_eq!(code(&alma), 1, "{}", stderr(&alma));
    assert!(stdout(&alma).contains("error SV3"), "{}", stdout(&alma));

    // Bad input: a period that ends before it starts, an unknown recipient.
    assert_eq!(code(&pcplan(&[&base[..], &["--from", "2026-11-30", "--to", "2026-11-01"]].concat())), 2);
    assert_eq!(code(&run(&["-f", "md", "--for", "rcp-nobody"])), 2);
}

#[test]
fn services_claim_from_a_plan() {
    let plan = plan("hcbs-vi-lan.json");
    let records = repo("examples/services/hcbs-vi-lan-records.csv");
    let agency = repo("examples/services/agency.json");
    let args = [
        "services",
        "claim",
        path_str(&records),
        "--plan",
        path_str(&plan),
        "--sex",
        "female",
        "--diagnosis",
        "E11.9",
        "--agency",
        path_str(&agency),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--claim-id",
        "LAN-2026-11",
        "--control",
        "9",
        "--reference",
        "NOV",
        "--created",
        "2026-12-01T08:00:00",
    ];
    let out = pcplan(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    // X12 basic characters: the writer folds the diacritics.
    assert!(text.contains("NM1*IL*1*Nguyen*Thi Lan****MI*91000763E~"), "{text}");
    assert!(text.contains("SV1*HC:T1019*105*UN*12"), "{text}");
    // --plan needs what a plan does not record.
    let out = pcplan(&args.iter().filter(|a| **a != "--diagnosis" && **a != "E11.9").copied().collect::<Vec<_>>());
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn services_bad_input_exits_2_with_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("records.csv");
    std::fs::write(&bad, "date,supportId,minutes,mode,personPresent\n2026-10-02,support-3,forty,in-person,true\n")
        .unwrap();
    let billing = repo("examples/services/ecm-es-rosa-billing.json");
    let agency = repo("examples/services/agency.json");
    let mut args = vec!["services", "invoice"];
    args.extend(services_args(path_str(&bad), path_str(&billing), path_str(&agency)));
    args.extend(["--number", "INV-1", "--date", "2026-11-02"]);
    let out = pcplan(&args);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("row 2"), "the error names the row: {}", stderr(&out));
    assert!(stdout(&out).is_empty());

    let mut args = vec!["services", "invoice"];
    let records = repo("examples/services/ecm-es-rosa-records.csv");
    args.extend(services_args(path_str(&records), path_str(&billing), path_str(&agency)));
    args.extend(["--number", "INV-1", "--date", "2026-11-02", "--lang", "xx-Nope"]);
    assert_eq!(code(&pcplan(&args)), 2);
}

/// Two hundred distinct plans to PDF on two threads. With rayon's work stealing around typst (which uses rayon
/// itself) the renders nested on one stack and the batch died of a stack overflow at 200 plans; every one must
/// be written.
#[test]
fn a_batch_of_many_distinct_pdfs_completes() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let base: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(plan(MARCUS)).unwrap()).unwrap();
    for i in 0..200 {
        let mut p = base.clone();
        p["id"] = format!("plan-many-{i}").into();
        p["person"]["preferredNames"] = serde_json::json!([{ "text": format!("Marcus {i}"), "lang": "en" }]);
        std::fs::write(input.join(format!("p{i:03}.json")), p.to_string()).unwrap();
    }
    let out_dir = dir.path().join("out");
    let out = pcplan(&["batch", path_str(&input), "--out", path_str(&out_dir), "--jobs", "2", "--no-system-fonts"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = summary(&out_dir);
    assert_eq!((s["written"].as_u64(), s["failed"].as_u64()), (Some(200), Some(0)));
}
