//! Review schedule: due dates, overdue, pending triggers, plans due soon. Dates are fixed; nothing reads the
//! clock.

use chrono::NaiveDate;
use pcplan::model::{LifeEvent, LifeEventKind, Plan, Revision, RevisionReason, UpdateRequest};
use pcplan::schedule::{Trigger, due_within, is_overdue, next_review_due, triggers_pending};
use pcplan::validate::{ValidateOptions, validate};

fn plan() -> Plan {
    Plan::from_json_str(include_str!("../../../examples/plans/hcbs-en-marcus.json")).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn event(id: &str, date: &str, kind: LifeEventKind) -> LifeEvent {
    LifeEvent { id: id.parse().unwrap(), date: d(date), end_date: None, kind, note: None, confidential: None }
}

fn request(id: &str, date: &str) -> UpdateRequest {
    UpdateRequest { id: id.parse().unwrap(), date: d(date), note: None }
}

fn revision(version: u32, date: &str) -> Revision {
    Revision { version, date: d(date), reason: RevisionReason::ChangeInCircumstances, summary: None, by: None }
}

#[test]
fn next_review_is_the_earlier_of_recorded_and_twelve_months() {
    let mut p = plan();
    // Recorded 2027-01-31; last review 2026-02-17 + 12 months = 2027-02-17.
    assert_eq!(next_review_due(&p), Some(d("2027-01-31")));
    p.review.next_review_due = Some(d("2027-06-01"));
    assert_eq!(next_review_due(&p), Some(d("2027-02-17")));
    p.review.next_review_due = None;
    assert_eq!(next_review_due(&p), Some(d("2027-02-17")));
    // No review yet: twelve months after the plan starts (2026-03-01).
    p.review.last_review = None;
    assert_eq!(next_review_due(&p), Some(d("2027-03-01")));
    // Month ends clamp: 2024-02-29 + 12 months is 2025-02-28.
    p.review.last_review = Some(d("2024-02-29"));
    assert_eq!(next_review_due(&p), Some(d("2025-02-28")));
}

#[test]
fn overdue_only_after_the_due_date() {
    let p = plan();
    assert!(!is_overdue(&p, d("2026-06-01")));
    assert!(!is_overdue(&p, d("2027-01-31")));
    assert!(is_overdue(&p, d("2027-02-01")));
}

#[test]
fn life_events_after_the_last_review_without_a_revision_are_pending() {
    let mut p = plan(); // last review 2026-02-17, last revision 2026-02-17
    p.life_events = vec![
        event("event-1", "2026-01-10", LifeEventKind::Move), // before the last review
        event("event-2", "2026-05-28", LifeEventKind::HospitalStay),
        event("event-3", "2026-07-01", LifeEventKind::ProviderChange),
        event("event-4", "2026-09-01", LifeEventKind::CaregiverLoss), // after today
    ];
    p.update_requests = vec![request("req-1", "2026-06-15"), request("req-0", "2026-02-01")];
    let today = d("2026-07-15");
    let pending = triggers_pending(&p, today);
    assert_eq!(
        pending,
        [
            Trigger::LifeEvent {
                id: "event-2".parse().unwrap(),
                date: d("2026-05-28"),
                kind: LifeEventKind::HospitalStay
            },
            Trigger::UpdateRequest { id: "req-1".parse().unwrap(), date: d("2026-06-15") },
            Trigger::LifeEvent {
                id: "event-3".parse().unwrap(),
                date: d("2026-07-01"),
                kind: LifeEventKind::ProviderChange
            },
        ]
    );
    // A revision on 2026-06-20 answers the hospital stay and the request, not the later provider change.
    p.revision_history.push(revision(3, "2026-06-20"));
    let pending = triggers_pending(&p, today);
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].id().as_str(), "event-3");
    // A revision the same day as the event counts as following it.
    p.revision_history.push(revision(4, "2026-07-01"));
    assert!(triggers_pending(&p, today).is_empty());
}

#[test]
fn rosa_move_was_followed_by_a_revision() {
    let p = Plan::from_json_str(include_str!("../../../examples/plans/ecm-es-rosa.json")).unwrap();
    assert!(triggers_pending(&p, d("2026-12-01")).is_empty());
}

#[test]
fn due_within_sorts_by_due_date_and_includes_overdue() {
    let mut a = plan();
    a.review.next_review_due = Some(d("2026-09-30"));
    let mut b = plan();
    b.review.next_review_due = Some(d("2026-07-01")); // overdue on today
    let mut c = plan();
    c.review.next_review_due = Some(d("2026-12-31")); // beyond the window
    let mut e = plan();
    e.review.next_review_due = Some(d("2026-09-30")); // same day as a: keeps input order
    let plans = [a, b, c, e];
    let today = d("2026-08-01");
    let due = due_within(&plans, today, 60);
    let order: Vec<_> = due.iter().map(|(p, date)| (std::ptr::from_ref(*p), *date)).collect();
    assert_eq!(
        order,
        [
            (std::ptr::from_ref(&plans[1]), d("2026-07-01")),
            (std::ptr::from_ref(&plans[0]), d("2026-09-30")),
            (std::ptr::from_ref(&plans[3]), d("2026-09-30")),
        ]
    );
    // The window's last day is included.
    assert_eq!(due_within(&plans, d("2026-08-01"), 152).len(), 4);
    assert_eq!(due_within(&plans, d("2026-08-01"), 151).len(), 3);
}

/// The life events the dashboard lists as pending are exactly those rule R2 reports, on every combination of
/// kind, review anchor and revision date tried here.
#[test]
fn triggers_pending_and_rule_r2_agree() {
    let kinds = [
        LifeEventKind::HospitalStay,
        LifeEventKind::Move,
        LifeEventKind::CaregiverLoss,
        LifeEventKind::ProviderChange,
        LifeEventKind::Other,
    ];
    let today = d("2026-11-25");
    let mut checked = 0;
    for last_review in [None, Some(d("2026-02-17")), Some(d("2026-08-01"))] {
        for last_revision in ["2026-02-17", "2026-06-01", "2026-10-01"] {
            let mut p = plan();
            p.review.last_review = last_review;
            p.revision_history.push(revision(9, last_revision));
            p.life_events = kinds
                .iter()
                .zip(["2026-01-10", "2026-03-05", "2026-07-01", "2026-09-02", "2026-12-01"])
                .enumerate()
                .map(|(i, (&kind, date))| event(&format!("event-{i}"), date, kind))
                .collect();
            let pending: Vec<String> = triggers_pending(&p, today)
                .iter()
                .filter(|t| matches!(t, Trigger::LifeEvent { .. }))
                .map(|t| {
                    let i = p.life_events.iter().position(|e| &e.id == t.id()).unwrap();
                    format!("/lifeEvents/{i}")
                })
                .collect();
            let report = validate(&p, &ValidateOptions::new(today));
            let mut r2: Vec<String> = report.with_code("R2").map(|f| f.path.clone()).collect();
            r2.sort();
            let mut sorted = pending.clone();
            sorted.sort();
            assert_eq!(sorted, r2, "last review {last_review:?}, last revision {last_revision}");
            checked += usize::from(!r2.is_empty());
        }
    }
    // The grid is not vacuous: most combinations leave something pending.
    assert!(checked >= 5, "{checked}");
}
