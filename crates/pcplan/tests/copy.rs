//! Copies per recipient: what each recipient's copy holds, in the data and in every rendered text format.

use pcplan::model::{Plan, WithheldKind};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

fn plan() -> Plan {
    Plan::from_json_str(include_str!("fixtures/copies.json")).unwrap()
}

fn render(plan: &Plan, recipient: &str, format: Format) -> String {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let mut options = RenderOptions::new(format);
    options.recipient = Some(recipient.into());
    String::from_utf8(engine.render(plan, &options).unwrap().bytes).unwrap()
}

#[test]
fn a_provider_gets_the_substitute_address_and_no_confidential_need() {
    let copy = pcplan::copy::for_recipient(&plan(), "rcp-clinic").unwrap();
    let address = copy.person.contact.as_ref().unwrap().address.as_ref().unwrap();
    assert_eq!(address.lines, ["PO Box 1000"]);
    assert_eq!(copy.needs.len(), 1);
    assert_eq!(copy.goals[0].need_ids.len(), 1, "links to the withheld need are removed");
    let manifest = copy.copy_of.as_ref().unwrap();
    let kinds: Vec<_> = manifest.withheld.iter().map(|w| (w.kind, w.count)).collect();
    assert!(kinds.contains(&(WithheldKind::Need, 1)));
    assert!(kinds.contains(&(WithheldKind::Address, 1)));
    assert!(kinds.contains(&(WithheldKind::ServiceCode, 1)));
    for format in [Format::Markdown, Format::Html] {
        let text = render(&plan(), "rcp-clinic", format);
        assert!(!text.contains("Hidden Lane"), "{format}: the confidential address leaked");
        assert!(!text.contains("violent home"), "{format}: the confidential need leaked");
        assert!(text.contains("Example Clinic"), "{format}: the copy says who it is for");
    }
}

#[test]
fn the_counselor_the_need_was_shared_with_sees_it() {
    let text = render(&plan(), "rcp-counselor", Format::Markdown);
    assert!(text.contains("violent home"));
    assert!(!text.contains("Hidden Lane"));
}

#[test]
fn the_person_sees_everything() {
    let copy = pcplan::copy::for_recipient(&plan(), "rcp-person").unwrap();
    assert!(copy.copy_of.as_ref().unwrap().withheld.is_empty());
    assert_eq!(copy.needs.len(), 2);
}

#[test]
fn an_unknown_recipient_is_an_error_with_its_pointer() {
    let err = pcplan::copy::for_recipient(&plan(), "rcp-nobody").unwrap_err();
    assert_eq!(err.path(), "/recipients");
}

#[test]
fn a_copy_keeps_signatures_checkable() {
    let mut full = plan();
    let digest = pcplan::model::content_digest(&full);
    full.signatures = vec![
        serde_json::from_value(serde_json::json!({
            "id": "sig-1", "role": "person", "name": "Zed Canary", "date": "2026-01-02", "contentDigest": digest
        }))
        .unwrap(),
    ];
    let copy = pcplan::copy::for_recipient(&full, "rcp-clinic").unwrap();
    let report = pcplan::validate::validate(
        &copy,
        &pcplan::validate::ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
    );
    assert_eq!(report.with_code("P3").count(), 0, "the copy's signature holds against the full plan's digest");
    let mut altered = copy.clone();
    altered.goals[0].statement.text.push('!');
    let report = pcplan::validate::validate(
        &altered,
        &pcplan::validate::ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
    );
    assert!(report.with_code("P3").any(|f| f.path == "/copyOf/copyDigest"));
}

/// The PDF of the clinic's copy, read back by poppler: the hidden address and the confidential need are not in
/// it; the counselor's PDF, made the same way, holds the need.
#[cfg(feature = "pdf")]
#[test]
fn the_clinics_pdf_holds_only_its_copy() {
    let engine = Engine::new(EngineOptions { system_fonts: false, ..EngineOptions::default() }).unwrap();
    let mut options = RenderOptions::new(Format::Pdf);
    options.recipient = Some("rcp-clinic".into());
    let pdf = engine.render(&plan(), &options).unwrap().bytes;
    let Some(text) = crate::pdf_support::pdftotext(&pdf) else { return };
    assert!(!text.contains("Hidden Lane") && !text.contains("violent home"), "{text}");
    options.recipient = Some("rcp-counselor".into());
    let pdf = engine.render(&plan(), &options).unwrap().bytes;
    let Some(text) = crate::pdf_support::pdftotext(&pdf) else { return };
    assert!(text.contains("violent home"), "the counselor is entitled to the need: {text}");
}

/// The person's copy names services in plain words; a provider's or the health plan's copy, when the person
/// agreed to share service codes, also lists each paid support's code, authorization and rate.
#[test]
fn codes_and_authorizations_only_in_staff_copies_that_may_see_them() {
    let plan = Plan::from_json_str(include_str!("../../../examples/plans/ecm-es-alma.json")).unwrap();
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let text = |recipient: Option<&str>| {
        let mut options = RenderOptions::new(Format::Markdown);
        options.recipient = recipient.map(Into::into);
        options.lang = Some("en".parse().unwrap());
        String::from_utf8(engine.render(&plan, &options).unwrap().bytes).unwrap()
    };
    for recipient in [Some("rcp-svh"), Some("rcp-casa-firme")] {
        let copy = text(recipient);
        assert!(copy.contains("Service codes and authorizations"), "{recipient:?}");
        assert!(copy.contains("HCPCS H0043 U6") && copy.contains(r"SVH\-CS\-2026\-113507"), "{recipient:?}");
        assert!(copy.contains("24 days"), "authorized units in words: {recipient:?}");
    }
    for recipient in [None, Some("rcp-alma")] {
        let copy = text(recipient);
        assert!(!copy.contains("H0043") && !copy.contains("113507"), "the person's copy: {recipient:?}");
    }
    // A recipient without the service-codes share gets no codes at all (the copy drops them).
    let mut plan = plan.clone();
    plan.recipients
        .iter_mut()
        .find(|r| r.id.as_str() == "rcp-svh")
        .unwrap()
        .shares
        .retain(|s| *s != pcplan::model::ShareArea::ServiceCodes);
    let mut options = RenderOptions::new(Format::Markdown);
    options.recipient = Some("rcp-svh".into());
    let copy = String::from_utf8(engine.render(&plan, &options).unwrap().bytes).unwrap();
    assert!(!copy.contains("H0043"));
}

/// A recipient the person chose not to share the plan with gets no copy, in any output: an error that names
/// the choice, never a filtered or full plan.
#[test]
fn no_copy_for_a_recipient_the_person_declined() {
    let plan = Plan::from_json_str(include_str!("../../../examples/plans/ecm-fa-yasaman.json")).unwrap();
    let (index, declined) = plan.recipients.iter().enumerate().find(|(_, r)| r.person_declined).unwrap();
    let err = pcplan::copy::for_recipient(&plan, declined.id.as_str()).unwrap_err();
    assert_eq!(err.path(), format!("/recipients/{index}/personDeclined"));
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let mut options = RenderOptions::new(Format::Html);
    options.recipient = Some(declined.id.to_string());
    let err = engine.render(&plan, &options).unwrap_err();
    assert!(err.to_string().contains("chose not to share"), "{err}");
}

/// The backup plan goes with risks and the housing support plan with goals: a recipient without those shares
/// gets neither, and the manifest counts them.
#[test]
fn backup_plan_with_risks_and_housing_support_plan_with_goals() {
    let plan = Plan::from_json_str(include_str!("../../../examples/plans/ecm-es-alma.json")).unwrap();
    assert!(plan.backup_plan.is_some() && plan.program_sections.housing_support_plan.is_some());
    let health_plan = pcplan::copy::for_recipient(&plan, "rcp-svh").unwrap(); // no risks share
    assert!(health_plan.backup_plan.is_none());
    assert!(health_plan.program_sections.housing_support_plan.is_some(), "goals are shared");
    let withheld = &health_plan.copy_of.as_ref().unwrap().withheld;
    assert!(withheld.iter().any(|w| w.kind == WithheldKind::BackupPlan && w.count == 1));
    let mut plan = plan.clone();
    plan.recipients.iter_mut().find(|r| r.id.as_str() == "rcp-svh").unwrap().shares.clear();
    let nothing = pcplan::copy::for_recipient(&plan, "rcp-svh").unwrap();
    assert!(nothing.program_sections.housing_support_plan.is_none());
    assert!(nothing.goals.is_empty() && nothing.backup_plan.is_none());
}
