//! Plain-language sentences for changes, in the person's language (messages in `locales/*/changes.ftl`).

use fluent_bundle::FluentValue;

use super::{Amount, Change, ChangeKind as K, ChangeValue as V};
use crate::i18n::{FluentArgs, Locale};
use crate::model::{Id, LanguageTag, LocalizedText, Plan, ServiceInterval, ServiceUnit};

/// Describes `changes` (from [`super::diff`]`(old, new)`) in plain language, one sentence per change, in
/// `locale`'s language and from the person's point of view ("Your support 'Home care' changes from 10 to 12
/// hours a week.").
///
/// Plan text inside a sentence (a goal, a support's name) is taken in the document's language when the plan
/// has it (the original or a translation), else the original. Numbers and dates are formatted for the locale
/// (CLDR). The sentences are plain text, not escaped: escape them for the output format. Fluent's Unicode
/// isolation marks are kept when the locale or the inserted text is right-to-left, and removed otherwise.
pub fn describe(changes: &[Change], old: &Plan, new: &Plan, locale: &Locale) -> Vec<String> {
    let d = Describer { old, new, locale, lang: LanguageTag::from(locale.id().clone()) };
    changes.iter().filter_map(|c| d.sentence(c)).filter(|s| !s.is_empty()).collect()
}

struct Describer<'a, 'l> {
    old: &'a Plan,
    new: &'a Plan,
    locale: &'a Locale<'l>,
    lang: LanguageTag,
}

/// Whether a value was added, removed or changed: selects the sentence's form.
fn case(c: &Change) -> &'static str {
    match (&c.before, &c.after) {
        (None, Some(_)) => "added",
        (Some(_), None) => "removed",
        _ => "changed",
    }
}

impl Describer<'_, '_> {
    fn sentence(&self, c: &Change) -> Option<String> {
        let mut args = FluentArgs::new();
        let field = c.field.clone().unwrap_or_default();
        args.set("field", field.clone());
        args.set("case", case(c));
        let id = c.id.as_ref();
        let message = match c.kind {
            K::EffectivePeriodChanged => {
                self.set_date(&mut args, "date", c.after.as_ref());
                "change-plan-period"
            }
            K::PersonChanged => "change-person",
            K::RepresentativeAdded | K::RepresentativeRemoved | K::RepresentativeChanged => {
                let r = match (&c.after, &c.before) {
                    (Some(V::Representative(r)), _) | (_, Some(V::Representative(r))) => Some(&**r),
                    _ => id.and_then(|id| self.new.representatives.iter().find(|r| &r.id == id)),
                };
                let r = r?;
                args.set("name", r.name.clone());
                let mut role_args = FluentArgs::new();
                role_args.set("kind", crate::model::json_name(&r.kind));
                args.set("role", self.text("change-representative-kind", &role_args));
                match c.kind {
                    K::RepresentativeAdded => "change-representative-added",
                    K::RepresentativeRemoved => "change-representative-removed",
                    _ => "change-representative-changed",
                }
            }
            K::ProfileChanged => "change-profile",
            K::NeedAdded | K::NeedRemoved | K::NeedChanged => {
                let need = match (&c.after, &c.before) {
                    (Some(V::Need(n)), _) | (_, Some(V::Need(n))) => Some(&**n),
                    _ => id.and_then(|id| self.new.needs.iter().find(|n| &n.id == id)),
                };
                args.set("text", self.label(&need?.description));
                match c.kind {
                    K::NeedAdded => "change-need-added",
                    K::NeedRemoved => "change-need-removed",
                    _ => "change-need-changed",
                }
            }
            K::GoalAdded | K::GoalRemoved => {
                let ((Some(V::Goal(g)), _) | (_, Some(V::Goal(g)))) = (&c.after, &c.before) else { return None };
                args.set("goal", self.label(&g.statement));
                if c.kind == K::GoalAdded { "change-goal-added" } else { "change-goal-removed" }
            }
            K::GoalReworded => {
                args.set("goal", self.goal_label(id?));
                args.set("before", self.value_text(c.before.as_ref()));
                args.set("after", self.value_text(c.after.as_ref()));
                "change-goal-reworded"
            }
            K::GoalStatusChanged => {
                args.set("goal", self.goal_label(id?));
                args.set("status", self.json_word(c.after.as_ref()));
                "change-goal-status"
            }
            K::GoalChanged => {
                args.set("goal", self.goal_label(id?));
                self.set_date(&mut args, "date", c.after.as_ref());
                "change-goal-changed"
            }
            K::StepAdded | K::StepRemoved | K::StepChanged => {
                let goal = c.parent_id.as_ref()?;
                args.set("goal", self.goal_label(goal));
                let step = match (&c.after, &c.before) {
                    (Some(V::Step(s)), _) | (_, Some(V::Step(s))) => Some(&**s),
                    _ => self
                        .new
                        .goals
                        .iter()
                        .find(|g| &g.id == goal)
                        .and_then(|g| g.steps.iter().find(|s| Some(&s.id) == id)),
                };
                args.set("step", self.label(&step?.description));
                self.set_date(&mut args, "date", c.after.as_ref());
                args.set("after", self.value_word(c.after.as_ref()));
                if let Some(V::Id(who)) = &c.after {
                    args.set("who", self.member_name(who).unwrap_or_default());
                }
                match c.kind {
                    K::StepAdded => "change-step-added",
                    K::StepRemoved => "change-step-removed",
                    _ => "change-step-changed",
                }
            }
            K::SupportAdded | K::SupportRemoved => {
                let ((Some(V::Support(s)), _) | (_, Some(V::Support(s)))) = (&c.after, &c.before) else { return None };
                args.set("name", self.label(&s.name));
                let amount = Amount::of(s);
                if amount.quantity.is_some() {
                    args.set("amount", self.amount(amount));
                    args.set("case", "amount");
                }
                if c.kind == K::SupportAdded { "change-support-added" } else { "change-support-removed" }
            }
            K::SupportRenamed => {
                args.set("before", self.value_text(c.before.as_ref()));
                args.set("after", self.value_text(c.after.as_ref()));
                "change-support-renamed"
            }
            K::SupportAmountChanged => {
                args.set("name", self.support_label(id?));
                let (Some(V::Amount(before)), Some(V::Amount(after))) = (&c.before, &c.after) else { return None };
                let same_measure = before.unit == after.unit
                    && before.interval == after.interval
                    && before.quantity.is_some()
                    && after.quantity.is_some();
                let before_text = match before.quantity {
                    Some(q) if same_measure => self.locale.format_number(q),
                    _ => self.amount(*before),
                };
                args.set("before", before_text);
                args.set("after", self.amount(*after));
                "change-support-amount"
            }
            K::SupportProviderChanged => {
                args.set("name", self.support_label(id?));
                let provider = |v: Option<&V>| match v {
                    Some(V::Provider(p)) => p.name.clone(),
                    _ => String::new(),
                };
                args.set("before", provider(c.before.as_ref()));
                args.set("after", provider(c.after.as_ref()));
                "change-support-provider"
            }
            K::SupportDatesChanged | K::SupportPaidChanged | K::SupportChanged => {
                args.set("name", self.support_label(id?));
                self.set_date(&mut args, "date", c.after.as_ref());
                args.set("after", self.value_word(c.after.as_ref()));
                match c.kind {
                    K::SupportDatesChanged => "change-support-dates",
                    K::SupportPaidChanged => "change-support-paid",
                    _ => "change-support-changed",
                }
            }
            K::NaturalSupportsNoneChanged => {
                args.set("after", self.value_word(c.after.as_ref()));
                "change-natural-supports-none"
            }
            K::RiskAdded | K::RiskRemoved | K::RiskMitigationChanged | K::RiskChanged => {
                let risk = match (&c.after, &c.before) {
                    (Some(V::Risk(r)), _) | (_, Some(V::Risk(r))) => Some(&**r),
                    _ => id.and_then(|id| self.new.risks.iter().find(|r| &r.id == id)),
                };
                args.set("risk", self.label(&risk?.description));
                args.set("after", self.value_text(c.after.as_ref()));
                match c.kind {
                    K::RiskAdded => "change-risk-added",
                    K::RiskRemoved => "change-risk-removed",
                    K::RiskMitigationChanged => "change-risk-mitigation",
                    _ => "change-risk-changed",
                }
            }
            K::BackupPlanChanged => "change-backup-plan",
            K::SettingChoiceChanged => {
                args.set("after", self.value_word(c.after.as_ref()));
                "change-setting"
            }
            K::ServiceChoiceChanged => "change-service-choice",
            K::ModificationAdded | K::ModificationRemoved | K::ModificationChanged => {
                let m = match (&c.after, &c.before) {
                    (Some(V::Modification(m)), _) | (_, Some(V::Modification(m))) => Some(&**m),
                    _ => id.and_then(|id| self.new.modifications.iter().find(|m| &m.id == id)),
                };
                args.set("right", self.label(&m?.right));
                match c.kind {
                    K::ModificationAdded => "change-modification-added",
                    K::ModificationRemoved => "change-modification-removed",
                    _ => "change-modification-changed",
                }
            }
            K::TeamMemberAdded | K::TeamMemberRemoved | K::TeamMemberRoleChanged | K::TeamMemberChanged => {
                let member = match (&c.after, &c.before) {
                    (Some(V::TeamMember(t)), _) | (_, Some(V::TeamMember(t))) => Some(&**t),
                    _ => id.and_then(|id| self.new.team.iter().find(|t| &t.id == id)),
                };
                let member = member?;
                args.set("name", member.name.clone());
                let mut role_args = FluentArgs::new();
                role_args.set("role", crate::model::json_name(&member.role));
                args.set("role", self.text("change-team-role", &role_args));
                match c.kind {
                    K::TeamMemberAdded => "change-team-added",
                    K::TeamMemberRemoved => "change-team-removed",
                    K::TeamMemberRoleChanged => "change-team-role-changed",
                    _ => "change-team-changed",
                }
            }
            K::PlannerChanged => {
                if let Some(V::Planner(p)) = &c.after {
                    args.set("name", p.name.clone());
                }
                "change-planner"
            }
            K::PlanMonitorChanged => {
                if let Some(V::PlanMonitor(p)) = &c.after {
                    args.set("name", p.name.clone());
                }
                "change-plan-monitor"
            }
            K::LastReviewChanged | K::NextReviewChanged => {
                self.set_date(&mut args, "date", c.after.as_ref());
                if c.kind == K::LastReviewChanged { "change-last-review" } else { "change-next-review" }
            }
            K::ReviewChanged => "change-review",
            K::ProgramSectionChanged => "change-program-section",
        };
        Some(self.text(message, &args))
    }

    /// Formats a message ([`crate::i18n::Locale::message`] keeps isolation marks only where direction needs them).
    fn text(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.locale.message(id, Some(args)).text
    }

    /// Plan text for use inside a sentence: in the document's language when the plan has it, else the
    /// original; without a final period, since the sentence goes on.
    fn label(&self, t: &LocalizedText) -> String {
        let text = t.in_language(&self.lang).unwrap_or(&t.text).trim();
        text.strip_suffix('.').unwrap_or(text).trim_end().to_owned()
    }

    fn goal_label(&self, id: &Id) -> String {
        let goal = self.new.goals.iter().find(|g| &g.id == id).or_else(|| self.old.goals.iter().find(|g| &g.id == id));
        goal.map(|g| self.label(&g.statement)).unwrap_or_default()
    }

    fn support_label(&self, id: &Id) -> String {
        let s =
            self.new.supports.iter().find(|s| &s.id == id).or_else(|| self.old.supports.iter().find(|s| &s.id == id));
        s.map(|s| self.label(&s.name)).unwrap_or_default()
    }

    fn member_name(&self, id: &Id) -> Option<String> {
        self.new.team.iter().find(|t| &t.id == id).map(|t| t.name.clone())
    }

    /// A text value's words, for `$before` / `$after`.
    fn value_text(&self, v: Option<&V>) -> String {
        match v {
            Some(V::Text(t)) => self.label(t),
            Some(V::String(s)) => s.clone(),
            _ => String::new(),
        }
    }

    /// A flag or enumeration value as a selector word (`true`, `false`, `own-home`…).
    fn value_word(&self, v: Option<&V>) -> String {
        match v {
            Some(V::Flag(b)) => b.to_string(),
            Some(V::Setting(s)) => crate::model::json_name(&s),
            _ => "none".to_owned(),
        }
    }

    /// An enumeration value's kebab-case name, for a selector.
    fn json_word(&self, v: Option<&V>) -> String {
        let value = v.and_then(|v| serde_json::to_value(v).ok());
        value.and_then(|v| v.get("value").and_then(|x| x.as_str()).map(str::to_owned)).unwrap_or_default()
    }

    fn set_date(&self, args: &mut FluentArgs<'_>, name: &'static str, v: Option<&V>) {
        if let Some(V::Date(d)) = v {
            args.set(name, self.locale.format_date(*d));
        }
    }

    /// "12 hours a week", "$2,350 one time": quantity, unit and interval in the locale's words.
    fn amount(&self, a: Amount) -> String {
        let Some(quantity) = a.quantity else {
            return self.text("change-amount-none", &FluentArgs::new());
        };
        let mut args = FluentArgs::new();
        args.set("quantity", FluentValue::from(quantity));
        args.set("number", self.locale.format_number(quantity));
        args.set("unit", a.unit.map_or("none", unit_word));
        let measured = self.text("change-amount-unit", &args);
        let mut args = FluentArgs::new();
        args.set("amount", measured);
        args.set("interval", a.interval.map_or("none", interval_word));
        self.text("change-amount-interval", &args)
    }
}

fn unit_word(u: ServiceUnit) -> &'static str {
    match u {
        ServiceUnit::Minute => "minute",
        ServiceUnit::QuarterHour => "quarter-hour",
        ServiceUnit::Hour => "hour",
        ServiceUnit::HalfDay => "half-day",
        ServiceUnit::Day => "day",
        ServiceUnit::Visit => "visit",
        ServiceUnit::Session => "session",
        ServiceUnit::Meal => "meal",
        ServiceUnit::Trip => "trip",
        ServiceUnit::Mile => "mile",
        ServiceUnit::Dollar => "dollar",
        ServiceUnit::Item => "item",
        ServiceUnit::Month => "month",
        ServiceUnit::Service => "service",
    }
}

fn interval_word(i: ServiceInterval) -> &'static str {
    match i {
        ServiceInterval::Day => "day",
        ServiceInterval::Week => "week",
        ServiceInterval::Month => "month",
        ServiceInterval::Year => "year",
        ServiceInterval::OneTime => "one-time",
        ServiceInterval::AsNeeded => "as-needed",
    }
}
