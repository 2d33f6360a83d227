//! Computing the changes between two versions of a plan.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{Amount, Change, ChangeKind as K, ChangeValue as V};
use crate::model::{
    Goal, Id, LocalizedText, Modification, Need, OnePageProfile, Plan, ProgramSections, Representative, ReviewSchedule,
    Risk, SettingChoice, Step, Support, TeamMember,
};

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
    // Every field of the plan is named here, so a new one does not compile until it is compared or marked as
    // not compared (`_`): nothing is left out by accident. The same holds for each entity below.
    let Plan {
        schema_version: _,
        id: _,
        version: _,
        status: _,
        effective_period,
        programs: _,
        revision_history: _,
        person,
        representatives,
        profile,
        needs,
        goals,
        supports,
        natural_supports_none_identified,
        risks,
        backup_plan,
        setting_choice,
        service_choice,
        modifications,
        team,
        planner,
        plan_monitor,
        meetings: _,
        monitoring: _,
        feedback: _,
        review,
        life_events: _,
        update_requests: _,
        signatures: _,
        recipients: _,
        distribution: _,
        copy_of: _,
        program_sections,
        extensions: _,
    } = old;
    let mut out = Out::default();

    let period = Ctx::plain("/effectivePeriod");
    let crate::model::Period { start, end } = effective_period;
    out.field(&period, K::EffectivePeriodChanged, "start", start, &new.effective_period.start, date);
    out.field(&period, K::EffectivePeriodChanged, "end", end, &new.effective_period.end, opt_date);

    out.json_fields(&Ctx::plain("/person"), K::PersonChanged, person, &new.person, &[]);

    let kinds = [K::RepresentativeAdded, K::RepresentativeRemoved];
    let wrap = |r: &Representative| V::Representative(Box::new(r.clone()));
    out.list(
        "representatives",
        representatives,
        &new.representatives,
        |r| &r.id,
        kinds,
        wrap,
        |out, o, n, ctx| {
            out.json_fields(ctx, K::RepresentativeChanged, o, n, &["id"]);
        },
    );

    let OnePageProfile { like_and_admire, strengths, interests, talents, important_to, how_to_support, preferences } =
        profile;
    let np = &new.profile;
    let ctx = Ctx::plain("/profile");
    for (field, o, n) in [
        ("likeAndAdmire", like_and_admire, &np.like_and_admire),
        ("strengths", strengths, &np.strengths),
        ("interests", interests, &np.interests),
        ("talents", talents, &np.talents),
        ("importantTo", important_to, &np.important_to),
        ("howToSupport", how_to_support, &np.how_to_support),
        ("preferences", preferences, &np.preferences),
    ] {
        out.field(&ctx, K::ProfileChanged, field, o, n, texts);
    }

    let kinds = [K::NeedAdded, K::NeedRemoved];
    out.list(
        "needs",
        needs,
        &new.needs,
        |n| &n.id,
        kinds,
        |x| V::Need(Box::new(x.clone())),
        |out, o, n, ctx| {
            let Need { id: _, category, description, assessment_source, assessed_on, confidential } = o;
            out.field(ctx, K::NeedChanged, "category", category, &n.category, json);
            out.field(ctx, K::NeedChanged, "description", description, &n.description, text);
            out.field(ctx, K::NeedChanged, "assessmentSource", assessment_source, &n.assessment_source, opt_string);
            out.field(ctx, K::NeedChanged, "assessedOn", assessed_on, &n.assessed_on, opt_date);
            out.field(ctx, K::NeedChanged, "confidential", confidential, &n.confidential, json);
        },
    );

    let kinds = [K::GoalAdded, K::GoalRemoved];
    out.list(
        "goals",
        goals,
        &new.goals,
        |g| &g.id,
        kinds,
        |x| V::Goal(Box::new(x.clone())),
        |out, o, n, ctx| {
            let Goal { id: _, own_words, statement, expressed_by, target_date, status, steps, need_ids, confidential } =
                o;
            out.field(ctx, K::GoalReworded, "statement", statement, &n.statement, text);
            out.field(ctx, K::GoalReworded, "ownWords", own_words, &n.own_words, opt_text);
            out.field(ctx, K::GoalStatusChanged, "status", status, &n.status, |s| Some(V::GoalStatus(*s)));
            out.field(ctx, K::GoalChanged, "targetDate", target_date, &n.target_date, opt_date);
            out.field(ctx, K::GoalChanged, "expressedBy", expressed_by, &n.expressed_by, json);
            out.field(ctx, K::GoalChanged, "needIds", need_ids, &n.need_ids, ids);
            out.field(ctx, K::GoalChanged, "confidential", confidential, &n.confidential, json);
            // Steps are matched within their goal; the goal is still there, at its new index, and a removed step
            // is reported at its old index in it.
            let goal = ctx.clone();
            let kinds = [K::StepAdded, K::StepRemoved];
            let wrap = |s: &Step| V::Step(Box::new(s.clone()));
            out.sublist(
                &goal,
                "steps",
                steps,
                &n.steps,
                |s| &s.id,
                kinds,
                wrap,
                |out, o, n, ctx| {
                    let Step { id: _, description, responsible_id, by_person, with_ids, target_date, done } = o;
                    out.field(ctx, K::StepChanged, "description", description, &n.description, text);
                    let id = |v: &Option<Id>| v.clone().map(V::Id);
                    out.field(ctx, K::StepChanged, "responsibleId", responsible_id, &n.responsible_id, id);
                    out.field(ctx, K::StepChanged, "byPerson", by_person, &n.by_person, flag);
                    out.field(ctx, K::StepChanged, "withIds", with_ids, &n.with_ids, ids);
                    out.field(ctx, K::StepChanged, "targetDate", target_date, &n.target_date, opt_date);
                    out.field(ctx, K::StepChanged, "done", done, &n.done, flag);
                },
            );
        },
    );

    let kinds = [K::SupportAdded, K::SupportRemoved];
    let wrap = |s: &Support| V::Support(Box::new(s.clone()));
    out.list(
        "supports",
        supports,
        &new.supports,
        |s| &s.id,
        kinds,
        wrap,
        |out, o, n, ctx| {
            let Support {
                id: _,
                paid,
                name,
                code,
                description,
                provider,
                schedule,
                currency,
                place_of_service,
                authorization,
                confidential,
                start_date,
                end_date,
                location,
                funding_source,
                self_directed,
                delivery_preferences,
                critical,
                backup,
                rate_per_unit,
                goal_ids,
                need_ids,
            } = o;
            out.field(ctx, K::SupportRenamed, "name", name, &n.name, text);
            // Quantity, unit and interval are one change: the amount. The rest of the schedule (every N
            // periods, days, times, how long) is a change of its own only when the amount is the same.
            let (oa, na) = (Amount::of(o), Amount::of(n));
            if oa != na {
                out.push(
                    K::SupportAmountChanged,
                    ctx,
                    None,
                    ctx.base.clone(),
                    Some(V::Amount(oa)),
                    Some(V::Amount(na)),
                );
            } else {
                out.field(ctx, K::SupportChanged, "schedule", schedule, &n.schedule, json);
            }
            out.field(ctx, K::SupportProviderChanged, "provider", provider, &n.provider, |p| {
                p.clone().map(V::Provider)
            });
            out.field(ctx, K::SupportDatesChanged, "startDate", start_date, &n.start_date, opt_date);
            out.field(ctx, K::SupportDatesChanged, "endDate", end_date, &n.end_date, opt_date);
            out.field(ctx, K::SupportPaidChanged, "paid", paid, &n.paid, flag);
            out.field(ctx, K::SupportChanged, "code", code, &n.code, json);
            out.field(ctx, K::SupportChanged, "description", description, &n.description, opt_text);
            out.field(ctx, K::SupportChanged, "location", location, &n.location, opt_text);
            out.field(ctx, K::SupportChanged, "fundingSource", funding_source, &n.funding_source, opt_string);
            out.field(ctx, K::SupportChanged, "selfDirected", self_directed, &n.self_directed, flag);
            let prefs = (delivery_preferences, &n.delivery_preferences);
            out.field(ctx, K::SupportChanged, "deliveryPreferences", prefs.0, prefs.1, opt_text);
            out.field(ctx, K::SupportChanged, "critical", critical, &n.critical, flag);
            out.field(ctx, K::SupportChanged, "backup", backup, &n.backup, json);
            out.field(ctx, K::SupportChanged, "ratePerUnit", rate_per_unit, &n.rate_per_unit, |r| r.map(V::Number));
            out.field(ctx, K::SupportChanged, "currency", currency, &n.currency, json);
            out.field(ctx, K::SupportChanged, "placeOfService", place_of_service, &n.place_of_service, json);
            out.field(ctx, K::SupportChanged, "authorization", authorization, &n.authorization, json);
            out.field(ctx, K::SupportChanged, "confidential", confidential, &n.confidential, json);
            out.field(ctx, K::SupportChanged, "goalIds", goal_ids, &n.goal_ids, ids);
            out.field(ctx, K::SupportChanged, "needIds", need_ids, &n.need_ids, ids);
        },
    );
    let none = (natural_supports_none_identified, &new.natural_supports_none_identified);
    out.whole_field(K::NaturalSupportsNoneChanged, "/naturalSupportsNoneIdentified", none.0, none.1, flag);

    let kinds = [K::RiskAdded, K::RiskRemoved];
    out.list(
        "risks",
        risks,
        &new.risks,
        |r| &r.id,
        kinds,
        |x| V::Risk(Box::new(x.clone())),
        |out, o, n, ctx| {
            let Risk { id: _, description, mitigation, person_choice, confidential } = o;
            out.field(ctx, K::RiskChanged, "description", description, &n.description, text);
            out.field(ctx, K::RiskMitigationChanged, "mitigation", mitigation, &n.mitigation, opt_text);
            out.field(ctx, K::RiskChanged, "personChoice", person_choice, &n.person_choice, opt_text);
            out.field(ctx, K::RiskChanged, "confidential", confidential, &n.confidential, json);
        },
    );

    let v = |b: &Option<crate::model::BackupPlan>| b.clone().map(|b| V::BackupPlan(Box::new(b)));
    out.whole_field(K::BackupPlanChanged, "/backupPlan", backup_plan, &new.backup_plan, v);

    match (setting_choice, &new.setting_choice) {
        (Some(o), Some(n)) => {
            let ctx = Ctx::plain("/settingChoice");
            let SettingChoice { setting, description, chosen_by_person, alternatives_considered } = o;
            let k = K::SettingChoiceChanged;
            out.field(&ctx, k, "setting", setting, &n.setting, |s| Some(V::Setting(*s)));
            out.field(&ctx, k, "description", description, &n.description, opt_text);
            out.field(&ctx, k, "chosenByPerson", chosen_by_person, &n.chosen_by_person, flag);
            let alt = (alternatives_considered, &n.alternatives_considered);
            out.field(&ctx, k, "alternativesConsidered", alt.0, alt.1, texts);
        }
        (o, n) => out.whole_field(K::SettingChoiceChanged, "/settingChoice", o, n, json),
    }

    let v = |c: &Option<crate::model::ServiceChoice>| c.clone().map(|c| V::ServiceChoice(Box::new(c)));
    out.whole_field(K::ServiceChoiceChanged, "/serviceChoice", service_choice, &new.service_choice, v);

    let kinds = [K::ModificationAdded, K::ModificationRemoved];
    let wrap = |m: &Modification| V::Modification(Box::new(m.clone()));
    out.list(
        "modifications",
        modifications,
        &new.modifications,
        |m| &m.id,
        kinds,
        wrap,
        |out, o, n, ctx| {
            // The eight required items come from `required_items`; the pattern makes a new field a compile error.
            let Modification {
                id: _,
                right,
                assessed_need: _,
                prior_interventions: _,
                less_intrusive_methods: _,
                condition_description: _,
                data_collection: _,
                review_time_limits: _,
                informed_consent: _,
                no_harm_assurance: _,
            } = o;
            out.field(ctx, K::ModificationChanged, "right", right, &n.right, text);
            for ((field, a), (_, b)) in o.required_items().into_iter().zip(n.required_items()) {
                out.field(ctx, K::ModificationChanged, field, &a, &b, |t| t.cloned().map(V::Text));
            }
        },
    );

    let kinds = [K::TeamMemberAdded, K::TeamMemberRemoved];
    let wrap = |t: &TeamMember| V::TeamMember(Box::new(t.clone()));
    out.list(
        "team",
        team,
        &new.team,
        |t| &t.id,
        kinds,
        wrap,
        |out, o, n, ctx| {
            out.field(ctx, K::TeamMemberRoleChanged, "role", &o.role, &n.role, |r| Some(V::TeamRole(*r)));
            out.json_fields(ctx, K::TeamMemberChanged, o, n, &["id", "role"]);
        },
    );

    let v = |p: &Option<crate::model::Planner>| p.clone().map(|p| V::Planner(Box::new(p)));
    out.whole_field(K::PlannerChanged, "/planner", planner, &new.planner, v);
    let v = |p: &Option<crate::model::PlanMonitor>| p.clone().map(|p| V::PlanMonitor(Box::new(p)));
    out.whole_field(K::PlanMonitorChanged, "/planMonitor", plan_monitor, &new.plan_monitor, v);

    let ReviewSchedule { last_review, next_review_due, triggers, update_request_method } = review;
    let nr = &new.review;
    let ctx = Ctx::plain("/review");
    out.field(&ctx, K::LastReviewChanged, "lastReview", last_review, &nr.last_review, opt_date);
    out.field(&ctx, K::NextReviewChanged, "nextReviewDue", next_review_due, &nr.next_review_due, opt_date);
    out.field(&ctx, K::ReviewChanged, "triggers", triggers, &nr.triggers, json);
    let method = (update_request_method, &nr.update_request_method);
    out.field(&ctx, K::ReviewChanged, "updateRequestMethod", method.0, method.1, opt_text);

    let ProgramSections { ecm, housing_support_plan } = program_sections;
    let ns = &new.program_sections;
    let ctx = Ctx::plain("/programSections");
    out.field(&ctx, K::ProgramSectionChanged, "ecm", ecm, &ns.ecm, json);
    let housing = (housing_support_plan, &ns.housing_support_plan);
    out.field(&ctx, K::ProgramSectionChanged, "housingSupportPlan", housing.0, housing.1, json);

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
#[derive(Clone)]
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
}

#[derive(Default)]
struct Out {
    changes: Vec<Change>,
}

impl Out {
    fn push(&mut self, kind: K, ctx: &Ctx, field: Option<&str>, path: String, before: Option<V>, after: Option<V>) {
        self.changes.push(Change {
            kind,
            id: ctx.id.clone(),
            parent_id: ctx.parent.clone(),
            field: field.map(str::to_owned),
            path,
            before,
            after,
        });
    }

    /// A top-level list of entities matched by id: `changed` compares the entities in both plans; an entity in
    /// only one is added or removed as a whole (`kinds`: added, removed).
    #[allow(clippy::too_many_arguments, reason = "one call per list; a struct would only rename the arguments")]
    fn list<T>(
        &mut self,
        name: &str,
        old: &[T],
        new: &[T],
        id: impl Fn(&T) -> &Id,
        kinds: [K; 2],
        wrap: impl Fn(&T) -> V,
        changed: impl FnMut(&mut Out, &T, &T, &Ctx),
    ) {
        let root = Ctx::plain("");
        self.sublist(&root, name, old, new, id, kinds, wrap, changed);
    }

    /// A list of entities inside `parent` (with `parent.id` as their parent id, if any), matched by id.
    #[allow(clippy::too_many_arguments, reason = "one call per list; a struct would only rename the arguments")]
    fn sublist<T>(
        &mut self,
        parent: &Ctx,
        name: &str,
        old: &[T],
        new: &[T],
        id: impl Fn(&T) -> &Id,
        [added, removed]: [K; 2],
        wrap: impl Fn(&T) -> V,
        mut changed: impl FnMut(&mut Out, &T, &T, &Ctx),
    ) {
        let at = |x: &T, i: usize| Ctx {
            id: Some(id(x).clone()),
            parent: parent.id.clone(),
            base: format!("{}/{name}/{i}", parent.base),
        };
        for m in keyed(old, new, &id) {
            match m {
                Match::Both(o, n) => changed(self, &old[o], &new[n], &at(&new[n], n)),
                Match::Added(n) => {
                    let ctx = at(&new[n], n);
                    self.push(added, &ctx, None, ctx.base.clone(), None, Some(wrap(&new[n])));
                }
                Match::Removed(o) => {
                    let ctx = at(&old[o], o);
                    self.push(removed, &ctx, None, ctx.base.clone(), Some(wrap(&old[o])), None);
                }
            }
        }
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
            self.push(kind, ctx, Some(field), path, value(old), value(new));
        }
    }

    /// Compares a top-level section as a whole: one change at `path`, with no field, when it differs.
    fn whole_field<T: PartialEq>(&mut self, kind: K, path: &str, old: &T, new: &T, value: impl Fn(&T) -> Option<V>) {
        if old != new {
            self.push(kind, &Ctx::plain(""), None, path.to_owned(), value(old), value(new));
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
                self.push(kind, ctx, Some(key), path, a.cloned().map(V::Json), b.cloned().map(V::Json));
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
