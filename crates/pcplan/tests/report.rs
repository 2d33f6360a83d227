//! Health-plan report rows from the example plans, through the public API: CSV and JSON snapshots, and CSV
//! that stays one field per cell whatever a plan's text holds.

use pcplan::model::Plan;
use pcplan::report::{Cell, Field, Mapping, Table};
use pcplan::validate::{ValidateOptions, validate};
use proptest::prelude::*;

fn examples() -> Vec<Plan> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plans");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths.iter().map(|p| Plan::from_json_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
}

fn options() -> ValidateOptions {
    ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
}

fn table(plans: &[Plan]) -> Table {
    let mut table = Table::new(Mapping::health_plan_default());
    for plan in plans {
        table.push(plan, &validate(plan, &options()));
    }
    table
}

#[test]
fn example_plans_as_csv_and_json() {
    let table = table(&examples());
    insta::assert_snapshot!("examples.csv", String::from_utf8(table.to_csv().unwrap()).unwrap());
    insta::assert_json_snapshot!("examples.json", table.to_json());
}

#[test]
fn findings_columns_count_the_validation_report() {
    let plans = examples();
    let mapping = Mapping::from_json_str(
        r#"{"name":"t","version":"1","source":"test","columns":[
            {"header":"E","field":"findings-error"},{"header":"W","field":"findings-warning"},{"header":"I","field":"findings-info"}]}"#,
    )
    .unwrap();
    for plan in &plans {
        let report = validate(plan, &options());
        let row = pcplan::report::row(plan, &report, &mapping);
        let counts: Vec<Cell> =
            [pcplan::validate::Severity::Error, pcplan::validate::Severity::Warning, pcplan::validate::Severity::Info]
                .into_iter()
                .map(|s| Cell::Count(report.count(s) as u64))
                .collect();
        assert_eq!(row, counts);
    }
}

#[test]
fn lead_care_manager_comes_from_the_ecm_section() {
    let plans = examples();
    let ecm: Vec<&Plan> = plans.iter().filter(|p| p.program_sections.ecm.is_some()).collect();
    assert!(!ecm.is_empty(), "the examples include an ECM plan");
    for plan in ecm {
        let id = &plan.program_sections.ecm.as_ref().unwrap().lead_care_manager_id;
        let member = plan.team.iter().find(|m| &m.id == id).unwrap();
        assert_eq!(
            Field::LeadCareManagerName.extract(plan, &validate(plan, &options())),
            Cell::Text(member.name.clone())
        );
    }
}

proptest! {
    /// Whatever a goal says (commas, quotes, line breaks, a formula), the CSV reads back as the same number of
    /// fields per row, and a leading formula character is neutralized.
    #[test]
    fn csv_cells_stay_cells(text in "[=+@a-z,\"\n\r; -]{1,40}") {
        let mut plan = examples().remove(0);
        plan.goals[0].statement.text = text.clone();
        let table = table(std::slice::from_ref(&plan));
        let csv = table.to_csv().unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_slice());
        let width = reader.headers().unwrap().len();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        prop_assert_eq!(rows.len(), 1);
        prop_assert_eq!(rows[0].len(), width);
        let goals = &rows[0][Mapping::health_plan_default().headers().position(|h| h == "Goals").unwrap()];
        prop_assert!(!goals.starts_with(['=', '+', '-', '@']));
    }
}

/// A report row carries only what the health plan may see: a goal marked confidential and shared with someone
/// else is not in it, whether the plan lists the health plan as a recipient or not.
#[test]
fn rows_leave_out_what_the_health_plan_may_not_see() {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/copies.json")).expect("the fixture is JSON");
    let csv_of = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = base.clone();
        let goal = serde_json::json!({
            "id": "goal-2",
            "statement": { "text": "CANARY-SECRET-GOAL", "lang": "en" },
            "expressedBy": "person",
            "status": "active",
            "confidential": { "reason": "person-request", "sharedWith": ["rcp-counselor"] }
        });
        v["goals"].as_array_mut().unwrap().push(goal);
        v["recipients"][3]["shares"].as_array_mut().unwrap().push("goals".into());
        edit(&mut v);
        let plan = Plan::from_json_str(&v.to_string()).expect("the edited fixture loads");
        String::from_utf8(table(&[plan]).to_csv().unwrap()).unwrap()
    };

    let listed = csv_of(&|_| {});
    assert!(listed.contains("Find an apartment."), "{listed}");
    assert!(!listed.contains("CANARY-SECRET-GOAL"), "{listed}");

    let unlisted = csv_of(&|v| {
        v["recipients"].as_array_mut().unwrap().retain(|r| r["role"] != "health-plan");
    });
    assert!(unlisted.contains("Find an apartment."), "{unlisted}");
    assert!(!unlisted.contains("CANARY-SECRET-GOAL"), "{unlisted}");

    let shared = csv_of(&|v| {
        v["goals"][1]["confidential"]["sharedWith"].as_array_mut().unwrap().push("rcp-plan".into());
    });
    assert!(shared.contains("CANARY-SECRET-GOAL"), "the health plan is entitled to it: {shared}");

    let not_shared_area = csv_of(&|v| {
        v["recipients"][3]["shares"].as_array_mut().unwrap().retain(|a| a != "goals");
    });
    assert!(!not_shared_area.contains("Find an apartment."), "goals are not shared with the plan: {not_shared_area}");
}
