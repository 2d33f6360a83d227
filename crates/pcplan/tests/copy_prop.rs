//! Confidentiality as a property: for any marks on any entity and any sharing choices, a recipient's copy holds
//! exactly what they are entitled to, and an agency template that prints every value of the render context (a
//! recursive dump, the worst an agency could write) prints nothing else. Both directions are checked, so the
//! dump proves it reaches every value and a leak cannot hide behind a template that happens not to print it.
//! The recipient's eLTSS on FHIR bundle holds the same as their copy.

use std::collections::BTreeSet;

use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use proptest::prelude::*;
use serde_json::{Value, json};

const RECIPIENTS: [&str; 3] = ["rcp-clinic", "rcp-counselor", "rcp-plan"];
const AREAS: [&str; 4] = ["needs", "goals", "supports", "contact-details"];

/// A template set whose `plan.md.hbs` writes every value of the context, recursively.
fn dump_engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("pcplan-dump-templates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("plan.md.hbs"),
            // Each container's values in turn; a scalar (where `each` has nothing to iterate) is written.
            "{{#*inline \"dump\"}}{{#each this}}{{> dump}}{{else}}{{this}}\n{{/each}}{{/inline}}{{> dump}}\n",
        )
        .unwrap();
        let engine = Engine::new(EngineOptions { templates_dir: Some(dir.clone()), ..EngineOptions::default() });
        let _ = std::fs::remove_dir_all(&dir);
        engine.expect("the dump template loads")
    })
}

fn default_engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(EngineOptions::default()).unwrap())
}

/// One entity's mark: `None` not confidential, `Some(set)` confidential and shared with these recipients.
type Mark = Option<BTreeSet<usize>>;

fn mark() -> impl Strategy<Value = Mark> {
    prop_oneof![Just(None), proptest::collection::btree_set(0..RECIPIENTS.len(), 0..=2).prop_map(Some)]
}

fn mark_json(mark: &Mark) -> Option<Value> {
    mark.as_ref().map(|ids| {
        let ids: Vec<&str> = ids.iter().map(|&i| RECIPIENTS[i]).collect();
        json!({ "reason": "person-request", "sharedWith": ids })
    })
}

#[derive(Debug, Clone)]
struct Case {
    need: Mark,
    goal: Mark,
    support: Mark,
    address: Mark,
    residence: Mark,
    phone: Mark,
    shares: [BTreeSet<usize>; 3],
}

fn case() -> impl Strategy<Value = Case> {
    let shares = proptest::collection::btree_set(0..AREAS.len(), 0..=AREAS.len());
    (mark(), mark(), mark(), mark(), mark(), mark(), [shares.clone(), shares.clone(), shares]).prop_map(
        |(need, goal, support, address, residence, phone, shares)| Case {
            need,
            goal,
            support,
            address,
            residence,
            phone,
            shares,
        },
    )
}

fn plan_json(c: &Case) -> Value {
    let mut v: Value = serde_json::from_str(include_str!("fixtures/copies.json")).unwrap();
    v["needs"] = json!([{ "id": "need-1", "category": "housing",
        "description": { "text": "CANARYneed7731", "lang": "en" } }]);
    v["goals"] = json!([{ "id": "goal-1", "statement": { "text": "CANARYgoal7731", "lang": "en" },
        "expressedBy": "person", "status": "active", "needIds": ["need-1"] }]);
    v["supports"][0]["name"]["text"] = "CANARYsupport7731".into();
    v["supports"][0]["goalIds"] = json!(["goal-1"]);
    v["supports"][0]["needIds"] = json!(["need-1"]);
    v["person"]["contact"]["address"] = json!({ "lines": ["CANARYaddress7731"], "city": "Fresno", "state": "CA" });
    v["person"]["contact"]["phone"] = json!("CANARYphone7731");
    if let Some(mark) = mark_json(&c.phone) {
        v["person"]["contact"]["phoneConfidential"] = mark;
    }
    v["person"]["residence"] = json!({ "kind": "shelter", "since": "2026-03-09", "description": { "text": "CANARYresidence7731", "lang": "en" } });
    for (pointer, m) in [
        ("/needs/0", &c.need),
        ("/goals/0", &c.goal),
        ("/supports/0", &c.support),
        ("/person/contact/address", &c.address),
        ("/person/residence", &c.residence),
    ] {
        if let Some(mark) = mark_json(m) {
            v.pointer_mut(pointer).unwrap()["confidential"] = mark;
        }
    }
    for (i, id) in RECIPIENTS.iter().enumerate() {
        let r = v["recipients"].as_array_mut().unwrap().iter_mut().find(|r| r["id"] == *id).unwrap();
        r["shares"] = c.shares[i].iter().map(|&a| Value::from(AREAS[a])).collect();
    }
    v
}

/// Whether recipient `r` may see an entity of `area` with `mark`.
fn entitled(c: &Case, r: usize, area: usize, mark: &Mark) -> bool {
    c.shares[r].contains(&area) && mark.as_ref().is_none_or(|ids| ids.contains(&r))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_copy_holds_exactly_what_its_recipient_may_see(c in case()) {
        let plan = pcplan::model::Plan::from_json_str(&plan_json(&c).to_string()).unwrap();
        for (r, id) in RECIPIENTS.iter().chain(["rcp-person"].iter()).enumerate() {
            let person = *id == "rcp-person";
            let copy = serde_json::to_string(&pcplan::copy::for_recipient(&plan, id).unwrap()).unwrap();
            let mut options = RenderOptions::new(Format::Markdown);
            options.recipient = Some((*id).into());
            let text = String::from_utf8(dump_engine().render(&plan, &options).unwrap().bytes).unwrap();
            // (canary, entitled, in the render context: the person's own address is not given to templates)
            let expected = [
                ("CANARYneed7731", person || entitled(&c, r, 0, &c.need), true),
                ("CANARYgoal7731", person || entitled(&c, r, 1, &c.goal), true),
                ("CANARYsupport7731", person || entitled(&c, r, 2, &c.support), true),
                ("CANARYaddress7731", person || entitled(&c, r, 3, &c.address), false),
                ("CANARYresidence7731", person || entitled(&c, r, 3, &c.residence), true),
                ("CANARYphone7731", person || entitled(&c, r, 3, &c.phone), false),
            ];
            // The default templates' HTML: what the recipient may not see is never in it.
            let mut html_options = RenderOptions::new(Format::Html);
            html_options.recipient = Some((*id).into());
            let html = String::from_utf8(default_engine().render(&plan, &html_options).unwrap().bytes).unwrap();
            // The eLTSS bundle for the recipient carries the copy (its resources and its remainder extension).
            #[cfg(feature = "fhir")]
            let bundle = {
                let options = pcplan::fhir::ExportOptions { recipient: Some((*id).into()), ..Default::default() };
                let bundle = pcplan::fhir::export(dump_engine(), &plan, &options).unwrap();
                serde_json::to_string(&bundle).unwrap()
            };
            for (canary, visible, templates_see_it) in expected {
                prop_assert_eq!(copy.contains(canary), visible, "{} in the copy for {}: {:?}", canary, id, c);
                prop_assert_eq!(text.contains(canary), visible && templates_see_it, "{} rendered for {}: {:?}", canary, id, c);
                #[cfg(feature = "fhir")]
                prop_assert_eq!(bundle.contains(canary), visible, "{} in the FHIR bundle for {}: {:?}", canary, id, c);
                prop_assert!(visible || !html.contains(canary), "{} in the HTML for {}: {:?}", canary, id, c);
            }
        }
    }
}
