//! Render speed on a large plan (16 goals, 32 supports, over 20 KB of narrative) with the Engine reused, and the
//! cost of building an Engine.

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::model::{Id, Plan};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

fn large_plan() -> Plan {
    let path = format!("{}/examples/plans/hcbs-en-jordan.json", env!("CARGO_MANIFEST_DIR"));
    let mut plan = Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let goals = plan.goals.clone();
    let supports = plan.supports.clone();
    for round in 1..4 {
        for g in &goals {
            let mut g = g.clone();
            let new_id: Id = format!("{}-r{round}", g.id).parse().unwrap();
            for s in supports.iter() {
                if s.goal_ids.contains(&g.id) {
                    let mut s = s.clone();
                    s.id = format!("{}-r{round}", s.id).parse().unwrap();
                    s.goal_ids = vec![new_id.clone()];
                    plan.supports.push(s);
                }
            }
            g.id = new_id;
            for st in &mut g.steps {
                st.id = format!("{}-r{round}", st.id).parse().unwrap();
            }
            plan.goals.push(g);
        }
    }
    plan.supports.truncate(32);
    while plan.supports.len() < 30 {
        let mut s = supports[0].clone();
        s.id = format!("support-x{}", plan.supports.len()).parse().unwrap();
        plan.supports.push(s);
    }
    let narrative: usize = serde_json::to_string(&plan).unwrap().len();
    assert!(plan.goals.len() >= 12 && plan.supports.len() >= 30 && narrative >= 20_000);
    plan
}

fn bench(c: &mut Criterion) {
    let plan = large_plan();
    let engine = Engine::new(EngineOptions::default()).unwrap();
    c.bench_function("render markdown (large plan)", |b| {
        let options = RenderOptions::new(Format::Markdown);
        b.iter(|| engine.render(&plan, &options).unwrap())
    });
    c.bench_function("render html (large plan)", |b| {
        let options = RenderOptions::new(Format::Html);
        b.iter(|| engine.render(&plan, &options).unwrap())
    });
    c.bench_function("Engine::new", |b| b.iter(|| Engine::new(EngineOptions::default()).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
