//! When a plan is due for review (HCBS (c): at least every 12 months, and when life changes).
//!
//! Nothing here reads the clock: the caller passes `today`.
//!
//! ```
//! use chrono::NaiveDate;
//! let json = include_str!("../tests/fixtures/minimal.json");
//! let plan = pcplan::model::Plan::from_json_str(json).unwrap();
//! let due = pcplan::schedule::next_review_due(&plan).unwrap();
//! assert!(!pcplan::schedule::is_overdue(&plan, due));
//! assert!(pcplan::schedule::is_overdue(&plan, due.succ_opt().unwrap()));
//! ```

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::model::{Id, LifeEvent, LifeEventKind, Plan};

/// The date a review is due: the earlier of the recorded next review and 12 months after the last review
/// (or after the plan's start, when no review is recorded). `None` only when neither date can be computed
/// (a date out of range).
pub fn next_review_due(plan: &Plan) -> Option<NaiveDate> {
    let anchor = plan.review.last_review.unwrap_or(plan.effective_period.start);
    let annual = anchor.checked_add_months(Months::new(12));
    match (plan.review.next_review_due, annual) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether the review is overdue on `today`: the due date has passed (a review due today is not overdue).
pub fn is_overdue(plan: &Plan, today: NaiveDate) -> bool {
    next_review_due(plan).is_some_and(|due| due < today)
}

/// Something that calls for a revision of the plan and has not had one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Trigger {
    /// A significant life event after the last review, with no revision on or after its date.
    LifeEvent {
        /// The event's id.
        id: Id,
        /// When it happened.
        date: NaiveDate,
        /// What happened.
        kind: LifeEventKind,
    },
    /// The person (or representative) asked for an update and no revision followed.
    UpdateRequest {
        /// The request's id.
        id: Id,
        /// When it was asked.
        date: NaiveDate,
    },
}

impl Trigger {
    /// The date of the event or request.
    pub fn date(&self) -> NaiveDate {
        match self {
            Trigger::LifeEvent { date, .. } | Trigger::UpdateRequest { date, .. } => *date,
        }
    }

    /// The id of the event or request.
    pub fn id(&self) -> &Id {
        match self {
            Trigger::LifeEvent { id, .. } | Trigger::UpdateRequest { id, .. } => id,
        }
    }
}

/// Life events that call for a revision on `today`, with their index in `plan.life_events`, in the plan's
/// order: dated after the last review (or after the plan's effective start when there has been no review:
/// the plan was written knowing what came before), on or before `today`, and with no revision in the revision
/// history dated on or after the event. Every kind counts, `other` included: a life event is recorded because
/// it is significant (42 CFR 441.301(c)(3)).
///
/// The one definition behind both [`triggers_pending`] and rule R2, so a dashboard and the validation report
/// agree on the same plan.
pub fn pending_life_events(plan: &Plan, today: NaiveDate) -> impl Iterator<Item = (usize, &LifeEvent)> {
    let since = plan.review.last_review.unwrap_or(plan.effective_period.start);
    plan.life_events
        .iter()
        .enumerate()
        .filter(move |(_, e)| e.date > since && e.date <= today)
        .filter(move |(_, e)| !plan.revision_history.iter().any(|r| r.date >= e.date))
}

/// Life events and update requests, dated no later than `today`, that no revision has followed yet, oldest
/// first (ties by id).
///
/// Life events are those of [`pending_life_events`]. An update request is pending when no revision is dated on
/// or after it. Events and requests dated after `today` are not counted yet.
pub fn triggers_pending(plan: &Plan, today: NaiveDate) -> Vec<Trigger> {
    let last_revision = plan.revision_history.iter().map(|r| r.date).max();
    let revised_since = |date: NaiveDate| last_revision.is_some_and(|r| r >= date);
    let mut out: Vec<Trigger> = pending_life_events(plan, today)
        .map(|(_, e)| Trigger::LifeEvent { id: e.id.clone(), date: e.date, kind: e.kind })
        .collect();
    out.extend(
        plan.update_requests
            .iter()
            .filter(|r| r.date <= today && !revised_since(r.date))
            .map(|r| Trigger::UpdateRequest { id: r.id.clone(), date: r.date }),
    );
    out.sort_by(|a, b| a.date().cmp(&b.date()).then_with(|| a.id().cmp(b.id())));
    out
}

/// Plans whose review is due within `days` days of `today` (due on or before `today + days`), overdue ones
/// included, with their due dates, sorted by due date (plans due the same day keep the order given).
pub fn due_within<'a>(
    plans: impl IntoIterator<Item = &'a Plan>,
    today: NaiveDate,
    days: u32,
) -> Vec<(&'a Plan, NaiveDate)> {
    let limit = today.checked_add_days(chrono::Days::new(u64::from(days))).unwrap_or(NaiveDate::MAX);
    let mut out: Vec<(&Plan, NaiveDate)> =
        plans.into_iter().filter_map(|p| next_review_due(p).map(|d| (p, d))).filter(|(_, d)| *d <= limit).collect();
    out.sort_by_key(|(_, d)| *d);
    out
}
