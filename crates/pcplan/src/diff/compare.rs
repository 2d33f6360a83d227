//! Computing the changes between two versions of a plan.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{Amount, Change, ChangeKind as K, ChangeValue as V};
use crate::model::{Id, LocalizedText, Plan};

/// Lists what changed from `old` to `new`, keyed by the model's stable ids.
///
/// Entities with an id (representatives, needs, goals and their steps, supports, risks, modifications, team
/// members) are matched by id, never by position: moving a goal or a support in the list is not a change
/// (although it does change the content digest, since signers read the plan in that order). A step is matched
/// within its goal; a step moved to another goal is removed from one and added to the other. If an id
/// appears twice in a list, only its first occurrence is matched; later ones count as added or removed.
///
/// What is compared is the signed content (see [`crate::model::content_digest`]) plus progress (goal status,
/// steps done): not signatures, distribution, monitoring, feedback, meetings, life events, update requests,
/// plan status, version, revision history or extensions.
///
/// Order is deterministic: by section, in the order of the plan file (effective period, person,
/// representatives, profile, needs, goals with their steps, supports, the natural-supports marker, risks,
/// backup plan, setting choice, service choice, modifications, team, planner, plan monitor, review, program
/// sections); within a section, entities in their order in the new plan, then removed entities in their order
/// in the old plan; within an entity, fields in a fixed order.
pub fn diff(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Out::default();

    let period = Ctx::plain("/effectivePeriod");
    out.field(
        &period,
        K::EffectivePeriodChanged,
        "start",
        &old.effective_period.start,
        &new.effective_period.start,
        date,
    );
    out.field(
        &period,
        K::EffectivePeriodChanged,
        "end",
        &old.effective_period.end,
        &new.effective_period.end,
        opt_date,
    );

    out.json_fields(&Ctx::plain("/person"), K::PersonChanged, &old.person, &new.person, &[]);

    for m in keyed(&old.representatives, &new.representatives, |r| &r.id) {
        match m {
            Match::Both(o, n) => {
                let ctx = Ctx::entity("representatives", n, &new.representatives[n].id);
                out.json_fields(
                    &ctx,
                    K::RepresentativeChanged,
                    &old.representatives[o],
                    &new.representatives[n],
                    &["id"],
                );
            }
            Match::Added(n) => {
                let r = &new.representatives[n];
                out.whole(
                    K::RepresentativeAdded,
                    "representatives",
                    n,
                    &r.id,
                    None,
                    Some(V::Representative(Box::new(r.clone()))),
                );
            }
            Match::Removed(o) => {
                let r = &old.representatives[o];
                out.whole(
                    K::RepresentativeRemoved,
                    "representatives",
                    o,
                    &r.id,
                    Some(V::Representative(Box::new(r.clone()))),
                    None,
                );
            }
        }
    }

    let (op, np) = (&old.profile, &new.profile);
    let profile = Ctx::plain("/profile");
    for (field, o, n) in [
        ("likeAndAdmire", &op.like_and_admire, &np.like_and_admire),
        ("strengths", &op.strengths, &np.strengths),
        ("interests", &op.interests, &np.interests),
        ("talents", &op.talents, &np.talents),
        ("importantTo", &op.important_to, &np.important_to),
        ("howToSupport", &op.how_to_support, &np.how_to_support),
        ("preferences", &op.preferences, &np.preferences),
    ] {
        out.field(&profile, K::ProfileChanged, field, o, n, texts);
    }

    for m in keyed(&old.needs, &new.needs, |n| &n.id) {
        match m {
            Match::Both(o, n) => {
                let (o, ni) = (&old.needs[o], n);
                let n = &new.needs[ni];
                let ctx = Ctx::entity("needs", ni, &n.id);
                out.field(&ctx, K::NeedChanged, "category", &o.category, &n.category, json);
                out.field(&ctx, K::NeedChanged, "description", &o.description, &n.description, text);
                out.field(
                    &ctx,
                    K::NeedChanged,
                    "assessmentSource",
                    &o.assessment_source,
                    &n.assessment_source,
                    opt_string,
                );
                out.field(&ctx, K::NeedChanged, "assessedOn", &o.assessed_on, &n.assessed_on, opt_date);
            }
            Match::Added(n) => {
                let x = &new.needs[n];
                out.whole(K::NeedAdded, "needs", n, &x.id, None, Some(V::Need(Box::new(x.clone()))));
            }
            Match::Removed(o) => {
                let x = &old.needs[o];
                out.whole(K::NeedRemoved, "needs", o, &x.id, Some(V::Need(Box::new(x.clone()))), None);
            }
        }
    }

    for m in keyed(&old.goals, &new.goals, |g| &g.id) {
        match m {
            Match::Both(o, gi) => {
                let (o, n) = (&old.goals[o], &new.goals[gi]);
                let ctx = Ctx::entity("goals", gi, &n.id);
                out.field(&ctx, K::GoalReworded, "statement", &o.statement, &n.statement, text);
                out.field(&ctx, K::GoalReworded, "ownWords", &o.own_words, &n.own_words, opt_text);
                out.field(&ctx, K::GoalStatusChanged, "status", &o.status, &n.status, |s| Some(V::GoalStatus(*s)));
                out.field(&ctx, K::GoalChanged, "targetDate", &o.target_date, &n.target_date, opt_date);
                out.field(&ctx, K::GoalChanged, "expressedBy", &o.expressed_by, &n.expressed_by, json);
                out.field(&ctx, K::GoalChanged, "needIds", &o.need_ids, &n.need_ids, ids);
                for m in keyed(&o.steps, &n.steps, |s| &s.id) {
                    let step_path = |i: usize| format!("/goals/{gi}/steps/{i}");
                    match m {
                        Match::Both(os, si) => {
                            let (os, ns) = (&o.steps[os], &n.steps[si]);
                            let ctx = Ctx { id: Some(ns.id.clone()), parent: Some(n.id.clone()), base: step_path(si) };
                            out.field(&ctx, K::StepChanged, "description", &os.description, &ns.description, text);
                            out.field(
                                &ctx,
                                K::StepChanged,
                                "responsibleId",
                                &os.responsible_id,
                                &ns.responsible_id,
                                |v| v.clone().map(V::Id),
                            );
                            out.field(&ctx, K::StepChanged, "byPerson", &os.by_person, &ns.by_person, flag);
                            out.field(&ctx, K::StepChanged, "targetDate", &os.target_date, &ns.target_date, opt_date);
                            out.field(&ctx, K::StepChanged, "done", &os.done, &ns.done, flag);
                        }
                        Match::Added(si) => {
                            let s = &n.steps[si];
                            out.push(
                                K::StepAdded,
                                Some(&s.id),
                                Some(&n.id),
                                None,
                                step_path(si),
                                None,
                                Some(V::Step(Box::new(s.clone()))),
                            );
                        }
                        Match::Removed(si) => {
                            let s = &o.steps[si];
                            // The goal is still there, at its new index; the step was at its old index in it.
                            out.push(
                                K::StepRemoved,
                                Some(&s.id),
                                Some(&n.id),
                                None,
                                step_path(si),
                                Some(V::Step(Box::new(s.clone()))),
                                None,
                            );
                        }
                    }
                }
            }
            Match::Added(n) => {
                let g = &new.goals[n];
                out.whole(K::GoalAdded, "goals", n, &g.id, None, Some(V::Goal(Box::new(g.clone()))));
            }
            Match::Removed(o) => {
                let g = &old.goals[o];
                out.whole(K::GoalRemoved, "goals", o, &g.id, Some(V::Goal(Box::new(g.clone()))), None);
            }
        }
    }

    for m in keyed(&old.supports, &new.supports, |s| &s.id) {
        match m {
            Match::Both(o, si) => {
                let (o, n) = (&old.supports[o], &new.supports[si]);
                let ctx = Ctx::entity("supports", si, &n.id);
                out.field(&ctx, K::SupportRenamed, "name", &o.name, &n.name, text);
                let (oa, na) = (Amount::of(o), Amount::of(n));
                if oa != na {
                    out.push(
                        K::SupportAmountChanged,
                        Some(&n.id),
                        None,
                        None,
                        ctx.base.clone(),
                        Some(V::Amount(oa)),
                        Some(V::Amount(na)),
                    );
                }
                out.field(&ctx, K::SupportProviderChanged, "provider", &o.provider, &n.provider, |p| {
                    p.clone().map(V::Provider)
                });
                out.field(&ctx, K::SupportDatesChanged, "startDate", &o.start_date, &n.start_date, opt_date);
                out.field(&ctx, K::SupportDatesChanged, "endDate", &o.end_date, &n.end_date, opt_date);
                out.field(&ctx, K::SupportPaidChanged, "paid", &o.paid, &n.paid, flag);
                out.field(&ctx, K::SupportChanged, "code", &o.code, &n.code, json);
                out.field(&ctx, K::SupportChanged, "description", &o.description, &n.description, opt_text);
                out.field(&ctx, K::SupportChanged, "location", &o.location, &n.location, opt_text);
                out.field(&ctx, K::SupportChanged, "fundingSource", &o.funding_source, &n.funding_source, opt_string);
                out.field(&ctx, K::SupportChanged, "selfDirected", &o.self_directed, &n.self_directed, flag);
                out.field(
                    &ctx,
                    K::SupportChanged,
                    "deliveryPreferences",
                    &o.delivery_preferences,
                    &n.delivery_preferences,
                    opt_text,
                );
                out.field(&ctx, K::SupportChanged, "critical", &o.critical, &n.critical, flag);
                out.field(&ctx, K::SupportChanged, "ratePerUnit", &o.rate_per_unit, &n.rate_per_unit, |r| {
                    r.map(V::Number)
                });
                out.field(&ctx, K::SupportChanged, "goalIds", &o.goal_ids, &n.goal_ids, ids);
                out.field(&ctx, K::SupportChanged, "needIds", &o.need_ids, &n.need_ids, ids);
            }
            Match::Added(n) => {
                let s = &new.supports[n];
                out.whole(K::SupportAdded, "supports", n, &s.id, None, Some(V::Support(Box::new(s.clone()))));
            }
            Match::Removed(o) => {
                let s = &old.supports[o];
                out.whole(K::SupportRemoved, "supports", o, &s.id, Some(V::Support(Box::new(s.clone()))), None);
            }
        }
    }
    if old.natural_supports_none_identified != new.natural_supports_none_identified {
        out.push(
            K::NaturalSupportsNoneChanged,
            None,
            None,
            None,
            "/naturalSupportsNoneIdentified".into(),
            Some(V::Flag(old.natural_supports_none_identified)),
            Some(V::Flag(new.natural_supports_none_identified)),
        );
    }

    for m in keyed(&old.risks, &new.risks, |r| &r.id) {
        match m {
            Match::Both(o, ri) => {
                let (o, n) = (&old.risks[o], &new.risks[ri]);
                let ctx = Ctx::entity("risks", ri, &n.id);
                out.field(&ctx, K::RiskChanged, "description", &o.description, &n.description, text);
                out.field(&ctx, K::RiskMitigationChanged, "mitigation", &o.mitigation, &n.mitigation, opt_text);
                out.field(&ctx, K::RiskChanged, "personChoice", &o.person_choice, &n.person_choice, opt_text);
            }
            Match::Added(n) => {
                let r = &new.risks[n];
                out.whole(K::RiskAdded, "risks", n, &r.id, None, Some(V::Risk(Box::new(r.clone()))));
            }
            Match::Removed(o) => {
                let r = &old.risks[o];
                out.whole(K::RiskRemoved, "risks", o, &r.id, Some(V::Risk(Box::new(r.clone()))), None);
            }
        }
    }

    if old.backup_plan != new.backup_plan {
        let v = |b: &Option<crate::model::BackupPlan>| b.clone().map(|b| V::BackupPlan(Box::new(b)));
        out.push(
            K::BackupPlanChanged,
            None,
            None,
            None,
            "/backupPlan".into(),
            v(&old.backup_plan),
            v(&new.backup_plan),
        );
    }

    match (&old.setting_choice, &new.setting_choice) {
        (Some(o), Some(n)) => {
            let ctx = Ctx::plain("/settingChoice");
            out.field(&ctx, K::SettingChoiceChanged, "setting", &o.setting, &n.setting, |s| Some(V::Setting(*s)));
            out.field(&ctx, K::SettingChoiceChanged, "description", &o.description, &n.description, opt_text);
            out.field(&ctx, K::SettingChoiceChanged, "chosenByPerson", &o.chosen_by_person, &n.chosen_by_person, flag);
            out.field(
                &ctx,
                K::SettingChoiceChanged,
                "alternativesConsidered",
                &o.alternatives_considered,
                &n.alternatives_considered,
                texts,
            );
        }
        (o, n) if o != n => {
            out.push(K::SettingChoiceChanged, None, None, None, "/settingChoice".into(), json(o), json(n));
        }
        _ => {}
    }

    if old.service_choice != new.service_choice {
        let v = |c: &Option<crate::model::ServiceChoice>| c.clone().map(|c| V::ServiceChoice(Box::new(c)));
        out.push(
            K::ServiceChoiceChanged,
            None,
            None,
            None,
            "/serviceChoice".into(),
            v(&old.service_choice),
            v(&new.service_choice),
        );
    }

    for m in keyed(&old.modifications, &new.modifications, |m| &m.id) {
        match m {
            Match::Both(o, mi) => {
                let (o, n) = (&old.modifications[o], &new.modifications[mi]);
                let ctx = Ctx::entity("modifications", mi, &n.id);
                out.field(&ctx, K::ModificationChanged, "right", &o.right, &n.right, text);
                for ((field, a), (_, b)) in o.required_items().into_iter().zip(n.required_items()) {
                    out.field(&ctx, K::ModificationChanged, field, &a, &b, |t| t.cloned().map(V::Text));
                }
            }
            Match::Added(n) => {
                let x = &new.modifications[n];
                out.whole(
                    K::ModificationAdded,
                    "modifications",
                    n,
                    &x.id,
                    None,
                    Some(V::Modification(Box::new(x.clone()))),
                );
            }
            Match::Removed(o) => {
                let x = &old.modifications[o];
                out.whole(
                    K::ModificationRemoved,
                    "modifications",
                    o,
                    &x.id,
                    Some(V::Modification(Box::new(x.clone()))),
                    None,
                );
            }
        }
    }

    for m in keyed(&old.team, &new.team, |t| &t.id) {
        match m {
            Match::Both(o, ti) => {
                let (o, n) = (&old.team[o], &new.team[ti]);
                let ctx = Ctx::entity("team", ti, &n.id);
                out.field(&ctx, K::TeamMemberRoleChanged, "role", &o.role, &n.role, |r| Some(V::TeamRole(*r)));
                out.json_fields(&ctx, K::TeamMemberChanged, o, n, &["id", "role"]);
            }
            Match::Added(n) => {
                let t = &new.team[n];
                out.whole(K::TeamMemberAdded, "team", n, &t.id, None, Some(V::TeamMember(Box::new(t.clone()))));
            }
            Match::Removed(o) => {
                let t = &old.team[o];
                out.whole(K::TeamMemberRemoved, "team", o, &t.id, Some(V::TeamMember(Box::new(t.clone()))), None);
            }
        }
    }

    if old.planner != new.planner {
        let v = |p: &Option<crate::model::Planner>| p.clone().map(|p| V::Planner(Box::new(p)));
        out.push(K::PlannerChanged, None, None, None, "/planner".into(), v(&old.planner), v(&new.planner));
    }
    if old.plan_monitor != new.plan_monitor {
        let v = |p: &Option<crate::model::PlanMonitor>| p.clone().map(|p| V::PlanMonitor(Box::new(p)));
        out.push(
            K::PlanMonitorChanged,
            None,
            None,
            None,
            "/planMonitor".into(),
            v(&old.plan_monitor),
            v(&new.plan_monitor),
        );
    }

    let (or, nr) = (&old.review, &new.review);
    let review = Ctx::plain("/review");
    out.field(&review, K::LastReviewChanged, "lastReview", &or.last_review, &nr.last_review, opt_date);
    out.field(&review, K::NextReviewChanged, "nextReviewDue", &or.next_review_due, &nr.next_review_due, opt_date);
    out.field(&review, K::ReviewChanged, "triggers", &or.triggers, &nr.triggers, json);
    out.field(
        &review,
        K::ReviewChanged,
        "updateRequestMethod",
        &or.update_request_method,
        &nr.update_request_method,
        opt_text,
    );

    let (os, ns) = (&old.program_sections, &new.program_sections);
    let sections = Ctx::plain("/programSections");
    out.field(&sections, K::ProgramSectionChanged, "ecm", &os.ecm, &ns.ecm, json);
    out.field(
        &sections,
        K::ProgramSectionChanged,
        "housingSupportPlan",
        &os.housing_support_plan,
        &ns.housing_support_plan,
        json,
    );

    out.changes
}

/// How an entity of one list matches the other list.
enum Match {
    /// At this index in the old list and this index in the new.
    Both(usize, usize),
    /// Only in the new list, at this index.
    Added(usize),
    /// Only in the old list, at this index.
    Removed(usize),
}

/// Matches two lists by id: entries of the new list in order, then entries only in the old list, in order.
fn keyed<T>(old: &[T], new: &[T], id: impl Fn(&T) -> &Id) -> Vec<Match> {
    let mut old_index: HashMap<&Id, usize> = HashMap::with_capacity(old.len());
    for (i, x) in old.iter().enumerate() {
        old_index.entry(id(x)).or_insert(i);
    }
    let mut matched_old = HashSet::with_capacity(old.len());
    let mut seen_new = HashSet::with_capacity(new.len());
    let mut out = Vec::with_capacity(new.len().max(old.len()));
    for (n, x) in new.iter().enumerate() {
        let key = id(x);
        match old_index.get(key) {
            Some(&o) if seen_new.insert(key) => {
                matched_old.insert(o);
                out.push(Match::Both(o, n));
            }
            _ => out.push(Match::Added(n)),
        }
    }
    out.extend((0..old.len()).filter(|o| !matched_old.contains(o)).map(Match::Removed));
    out
}

/// Where an entity is, and its ids.
struct Ctx {
    id: Option<Id>,
    parent: Option<Id>,
    /// JSON Pointer of the entity.
    base: String,
}

impl Ctx {
    fn plain(base: &str) -> Ctx {
        Ctx { id: None, parent: None, base: base.to_owned() }
    }

    fn entity(list: &str, index: usize, id: &Id) -> Ctx {
        Ctx { id: Some(id.clone()), parent: None, base: format!("/{list}/{index}") }
    }
}

#[derive(Default)]
struct Out {
    changes: Vec<Change>,
}

impl Out {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: K,
        id: Option<&Id>,
        parent: Option<&Id>,
        field: Option<&str>,
        path: String,
        before: Option<V>,
        after: Option<V>,
    ) {
        self.changes.push(Change {
            kind,
            id: id.cloned(),
            parent_id: parent.cloned(),
            field: field.map(str::to_owned),
            path,
            before,
            after,
        });
    }

    /// An entity of a list added or removed as a whole.
    fn whole(&mut self, kind: K, list: &str, index: usize, id: &Id, before: Option<V>, after: Option<V>) {
        self.push(kind, Some(id), None, None, format!("/{list}/{index}"), before, after);
    }

    /// Compares one field; records a change when it differs.
    fn field<T: PartialEq>(
        &mut self,
        ctx: &Ctx,
        kind: K,
        field: &str,
        old: &T,
        new: &T,
        value: impl Fn(&T) -> Option<V>,
    ) {
        if old != new {
            let path = format!("{}/{field}", ctx.base);
            self.push(kind, ctx.id.as_ref(), ctx.parent.as_ref(), Some(field), path, value(old), value(new));
        }
    }

    /// Compares every JSON field of two values (in the field names' sorted order), except `skip`.
    fn json_fields<T: Serialize>(&mut self, ctx: &Ctx, kind: K, old: &T, new: &T, skip: &[&str]) {
        let as_object = |v: &T| match serde_json::to_value(v) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        let (o, n) = (as_object(old), as_object(new));
        let mut keys: Vec<&String> = o.keys().chain(n.keys()).filter(|k| !skip.contains(&k.as_str())).collect();
        keys.sort();
        keys.dedup();
        for key in keys {
            let (a, b) = (o.get(key), n.get(key));
            if a != b {
                let path = format!("{}/{key}", ctx.base);
                self.push(
                    kind,
                    ctx.id.as_ref(),
                    ctx.parent.as_ref(),
                    Some(key),
                    path,
                    a.cloned().map(V::Json),
                    b.cloned().map(V::Json),
                );
            }
        }
    }
}

fn text(t: &LocalizedText) -> Option<V> {
    Some(V::Text(t.clone()))
}

fn opt_text(t: &Option<LocalizedText>) -> Option<V> {
    t.clone().map(V::Text)
}

#[allow(clippy::ptr_arg, reason = "passed to `Out::field`, which compares `Vec` fields")]
fn texts(t: &Vec<LocalizedText>) -> Option<V> {
    (!t.is_empty()).then(|| V::Texts(t.clone()))
}

fn date(d: &chrono::NaiveDate) -> Option<V> {
    Some(V::Date(*d))
}

fn opt_date(d: &Option<chrono::NaiveDate>) -> Option<V> {
    d.map(V::Date)
}

fn opt_string(s: &Option<String>) -> Option<V> {
    s.clone().map(V::String)
}

fn flag(b: &bool) -> Option<V> {
    Some(V::Flag(*b))
}

#[allow(clippy::ptr_arg, reason = "passed to `Out::field`, which compares `Vec` fields")]
fn ids(ids: &Vec<Id>) -> Option<V> {
    (!ids.is_empty()).then(|| V::Ids(ids.clone()))
}

fn json<T: Serialize>(v: &T) -> Option<V> {
    serde_json::to_value(v).ok().filter(|v| !v.is_null()).map(V::Json)
}
