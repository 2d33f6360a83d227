//! Findings are listed in the order of the plan: a path's array indices compare as numbers.

use pcplan::model::Plan;
use pcplan::validate::{ValidateOptions, validate};
use serde_json::{Value, json};

#[test]
fn goal_ten_comes_after_goal_two() {
    let mut v: Value = serde_json::from_str(include_str!("../../../examples/plans/hcbs-en-marcus.json")).unwrap();
    let goal = v["goals"][0].clone();
    let goals: Vec<Value> = (0..12)
        .map(|i| {
            let mut g = goal.clone();
            g["id"] = json!(format!("goal-{i}"));
            g["steps"] = json!([]);
            g.as_object_mut().unwrap().remove("ownWords");
            g
        })
        .collect();
    v["goals"] = Value::Array(goals);
    let plan = Plan::from_json_str(&v.to_string()).unwrap();
    let report = validate(&plan, &ValidateOptions::new("2026-11-25".parse().unwrap()));
    let goal_index = |path: &str| path.strip_prefix("/goals/")?.split('/').next()?.parse::<usize>().ok();
    let indices: Vec<usize> = report.findings.iter().filter_map(|f| goal_index(&f.path)).collect();
    // Under a text sort "/goals/10" would come before "/goals/5".
    assert!(indices.iter().any(|&i| i < 10) && indices.iter().any(|&i| i >= 10), "{indices:?}");
    assert!(indices.is_sorted(), "{indices:?}");
}
