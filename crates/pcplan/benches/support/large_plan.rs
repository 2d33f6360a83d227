//! A realistic large plan for benchmarks: an example plan grown to `scale` × (12 goals, 30 supports,
//! ≥ 20 KB of narrative) by cloning its goals, supports, needs and profile entries under new ids.

use pcplan::model::{Id, Plan};

/// The English HCBS example, as shipped.
pub fn example() -> Plan {
    Plan::from_json_str(include_str!("../../../../examples/plans/hcbs-en-marcus.json")).expect("example plan loads")
}

/// The example grown to at least `12 * scale` goals, `30 * scale` supports and `20 * scale` KB of narrative.
pub fn large_plan(scale: usize) -> Plan {
    let mut plan = example();
    let goals = plan.goals.clone();
    let supports = plan.supports.clone();
    let needs = plan.needs.clone();
    let profile = plan.profile.clone();
    let id = |prefix: &str, n: usize| -> Id { format!("{prefix}-x{n}").parse().expect("valid id") };
    let mut n = 0;
    while plan.goals.len() < 12 * scale {
        for g in &goals {
            n += 1;
            let mut g = g.clone();
            g.id = id("goal", n);
            for (i, s) in g.steps.iter_mut().enumerate() {
                s.id = id(&format!("step{i}"), n);
            }
            plan.goals.push(g);
        }
    }
    while plan.needs.len() < 6 * scale {
        for need in &needs {
            n += 1;
            let mut need = need.clone();
            need.id = id("need", n);
            plan.needs.push(need);
        }
    }
    while plan.supports.len() < 30 * scale {
        for s in &supports {
            n += 1;
            let mut s = s.clone();
            s.id = id("support", n);
            s.critical = false;
            plan.supports.push(s);
        }
    }
    let narrative = |p: &Plan| -> usize { narrative_texts(p).iter().map(String::len).sum() };
    while narrative(&plan) < 20_000 * scale {
        plan.profile.strengths.extend(profile.strengths.iter().cloned());
        plan.profile.important_to.extend(profile.important_to.iter().cloned());
        plan.profile.how_to_support.extend(profile.how_to_support.iter().cloned());
    }
    plan
}

/// Every narrative text of a plan (each `text` member: originals and translations), in document order.
pub fn narrative_texts(plan: &Plan) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    match (k.as_str(), v) {
                        ("text", serde_json::Value::String(s)) => out.push(s.clone()),
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(plan).expect("serializes"), &mut out);
    out
}
