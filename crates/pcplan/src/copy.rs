//! The copy of a plan a recipient may see: one function, [`for_recipient`], that every output format, the C ABI
//! and the command line go through, so confidential content never reaches a template, an agency's or ours, for
//! a recipient who is not entitled to it.
//!
//! What a copy for a recipient holds:
//! - the person's own copy (`role: person`) holds everything;
//! - any other copy holds the parts listed in the recipient's `shares`, minus every entity whose
//!   [`Confidential`] mark does not list the recipient in `sharedWith`; a confidential address is replaced by its
//!   mark's substitute address (Safe at Home) or left out; links to what was left out are removed with it;
//! - never other recipients, the records of copies given to others, or `extensions`.
//!
//! The copy says what it withheld in [`CopyManifest::withheld`]: kinds and counts, never values.
//!
//! **Signatures on a filtered copy.** A signature consents to the full plan's content digest, which the copy
//! cannot recompute (the withheld content is not in it). So the manifest carries the full plan's digests
//! (`planDigests`, one per digest format the signatures use) and the copy's own digest (`copyDigest`). Rule P3,
//! given a copy, checks that the copy is unchanged since it was made (its digest equals `copyDigest`) and that each
//! signature's digest equals the full plan's digest in its format: the signed plan is the plan the copy was made
//! from. The agency, which holds the full plan, can always recompute both.
//!
//! ```
//! let json = include_str!("../tests/fixtures/copies.json");
//! let plan = pcplan::model::Plan::from_json_str(json).unwrap();
//! let copy = pcplan::copy::for_recipient(&plan, "rcp-clinic").unwrap();
//! let manifest = copy.copy_of.as_ref().unwrap();
//! assert!(!manifest.withheld.is_empty());
//! assert!(copy.person.contact.as_ref().and_then(|c| c.address.as_ref()).is_some_and(|a| a.confidential.is_none()));
//! ```

use std::collections::{BTreeMap, HashSet};

use crate::model::*;

/// Why a copy could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CopyError {
    /// No recipient in the plan has this id.
    #[error("at /recipients: no recipient has this id; expected the id of a recipient in this plan")]
    UnknownRecipient,
    /// The plan is already a filtered copy; copies are made from the full plan.
    #[error("at /copyOf: this plan is already a filtered copy; expected the full plan")]
    AlreadyACopy,
    /// The person chose not to share the plan with this recipient (`personDeclined`): no copy is made for them.
    #[error("at /recipients/{index}/personDeclined: the person chose not to share the plan with this recipient")]
    Declined {
        /// The recipient's index in `recipients`.
        index: usize,
    },
}

impl CopyError {
    /// The JSON Pointer the error is about.
    pub fn path(&self) -> String {
        match self {
            CopyError::UnknownRecipient => "/recipients".into(),
            CopyError::AlreadyACopy => "/copyOf".into(),
            CopyError::Declined { index } => format!("/recipients/{index}/personDeclined"),
        }
    }
}

/// The recipient with `id`.
pub fn recipient<'a>(plan: &'a Plan, id: &str) -> Option<&'a Recipient> {
    plan.recipients.iter().find(|r| r.id.as_str() == id)
}

/// Whether the recipient may see something with this mark (or with none).
pub fn entitled(recipient: &Recipient, mark: Option<&Confidential>) -> bool {
    recipient.role == RecipientRole::Person || mark.is_none_or(|m| m.shared_with.contains(&recipient.id))
}

/// Whether `recipient`'s copy is in large print: the person's copy when the person asked for large print, any
/// copy whose recipient lists it in `formats`. Other copies are standard print.
pub fn large_print(plan: &Plan, recipient: &Recipient) -> bool {
    let person = recipient.role == RecipientRole::Person
        && plan.person.language.alternative_formats.contains(&DocumentFormat::LargePrint);
    person || recipient.formats.contains(&DocumentFormat::LargePrint)
}

/// The copy of `plan` that the recipient with id `recipient_id` may see, with its [`CopyManifest`] in `copyOf`.
pub fn for_recipient(plan: &Plan, recipient_id: &str) -> Result<Plan, CopyError> {
    if plan.copy_of.is_some() {
        return Err(CopyError::AlreadyACopy);
    }
    let index =
        plan.recipients.iter().position(|r| r.id.as_str() == recipient_id).ok_or(CopyError::UnknownRecipient)?;
    let r = &plan.recipients[index];
    if r.person_declined {
        return Err(CopyError::Declined { index });
    }
    let mut copy = plan.clone();
    let mut withheld = Tally::default();
    if r.role != RecipientRole::Person {
        filter(&mut copy, r, &mut withheld);
    }
    let mut formats: Vec<u32> = plan.signatures.iter().map(|s| s.digest_format.unwrap_or(SCHEMA_VERSION)).collect();
    formats.push(SCHEMA_VERSION);
    formats.sort_unstable();
    formats.dedup();
    let plan_digests = formats
        .into_iter()
        .map(|format| FormatDigest { format, digest: crate::model::digest_in_format(plan, format) })
        .collect();
    let copy_digest = content_digest(&copy);
    copy.copy_of = Some(CopyManifest {
        recipient_id: r.id.clone(),
        plan_digests,
        copy_digest,
        withheld: withheld.0.into_iter().map(|(kind, count)| Withheld { kind, count }).collect(),
    });
    Ok(copy)
}

/// What a report to the health plan may carry: the copy for the plan's health-plan recipient (the first one
/// listed) when it has one; otherwise the plan with everything marked confidential left out, since a health plan
/// the person did not list is entitled to none of it. A plan that is already a copy is returned as it is.
///
/// ```
/// let json = include_str!("../tests/fixtures/copies.json");
/// let plan = pcplan::model::Plan::from_json_str(json).unwrap();
/// let report_copy = pcplan::copy::for_health_plan(&plan);
/// // need-2 is confidential and shared with the counselor only.
/// assert!(report_copy.needs.iter().all(|n| n.id.as_str() != "need-2"));
/// ```
pub fn for_health_plan(plan: &Plan) -> Plan {
    if plan.copy_of.is_some() {
        return plan.clone();
    }
    if let Some(r) = plan.recipients.iter().find(|r| r.role == RecipientRole::HealthPlan)
        && let Ok(copy) = for_recipient(plan, r.id.as_str())
    {
        return copy;
    }
    let unlisted = Recipient {
        id: Id::unlisted(),
        name: String::new(),
        role: RecipientRole::HealthPlan,
        team_member_id: None,
        representative_id: None,
        shares: vec![
            ShareArea::Profile,
            ShareArea::Needs,
            ShareArea::Goals,
            ShareArea::Supports,
            ShareArea::ServiceCodes,
            ShareArea::Risks,
            ShareArea::ContactDetails,
            ShareArea::Monitoring,
        ],
        person_declined: false,
        formats: Vec::new(),
    };
    let mut copy = plan.clone();
    filter(&mut copy, &unlisted, &mut Tally::default());
    copy
}

#[derive(Default)]
struct Tally(BTreeMap<WithheldKind, usize>);

impl Tally {
    fn add(&mut self, kind: WithheldKind, count: usize) {
        if count > 0 {
            *self.0.entry(kind).or_default() += count;
        }
    }
}

/// Keeps the items a recipient may see; counts the others.
fn keep<T>(items: &mut Vec<T>, allowed: bool, mark: impl Fn(&T) -> Option<&Confidential>, r: &Recipient) -> usize {
    let before = items.len();
    items.retain(|item| allowed && entitled(r, mark(item)));
    before - items.len()
}

fn filter(copy: &mut Plan, r: &Recipient, out: &mut Tally) {
    // Where each part of the plan goes. The pattern names every field, so a field added to `Plan` does not
    // compile until it is placed here. Always in a copy: the plan's identity, period, programs and revision
    // history, meetings, the setting and service choice, modifications (the providers who carry them out must
    // know them), the team, planner and monitor, the review schedule, signatures (to check) and the ECM section
    // (its lead care manager is who the recipient works with).
    let Plan {
        schema_version: _,
        id: _,
        version: _,
        status: _,
        effective_period: _,
        programs: _,
        revision_history: _,
        person: _,                           // parts: contact details, residence (below)
        representatives: _,                  // their contact details with the person's
        profile: _,                          // profile
        needs: _,                            // needs, and each need's mark
        goals: _,                            // goals, and each goal's mark
        supports: _,                         // supports; codes and authorizations with service codes
        natural_supports_none_identified: _, // with supports
        risks: _,                            // risks, and each risk's mark
        backup_plan: _,                      // with risks: how the person stays safe
        setting_choice: _,
        service_choice: _,
        modifications: _,
        team: _,
        planner: _,
        plan_monitor: _,
        meetings: _,   // always: health plans ask for the care conferences' dates
        monitoring: _, // monitoring, and each entry's mark
        feedback: _,   // monitoring
        review: _,
        life_events: _,     // monitoring, and each event's mark
        update_requests: _, // monitoring
        signatures: _,
        recipients: _,       // only this recipient
        distribution: _,     // never
        copy_of: _,          // set by `for_recipient`
        program_sections: _, // the housing support plan with goals
        extensions: _,       // never
    } = copy;
    let shares = |area| r.shares.contains(&area);
    // Entities.
    out.add(WithheldKind::Need, keep(&mut copy.needs, shares(ShareArea::Needs), |n| n.confidential.as_ref(), r));
    out.add(WithheldKind::Goal, keep(&mut copy.goals, shares(ShareArea::Goals), |g| g.confidential.as_ref(), r));
    out.add(
        WithheldKind::Support,
        keep(&mut copy.supports, shares(ShareArea::Supports), |s| s.confidential.as_ref(), r),
    );
    out.add(WithheldKind::Risk, keep(&mut copy.risks, shares(ShareArea::Risks), |x| x.confidential.as_ref(), r));
    let monitoring = shares(ShareArea::Monitoring);
    out.add(WithheldKind::MonitoringEntry, keep(&mut copy.monitoring, monitoring, |m| m.confidential.as_ref(), r));
    out.add(WithheldKind::LifeEvent, keep(&mut copy.life_events, monitoring, |e| e.confidential.as_ref(), r));
    out.add(WithheldKind::Feedback, keep(&mut copy.feedback, monitoring, |_| None, r));
    out.add(WithheldKind::UpdateRequest, keep(&mut copy.update_requests, monitoring, |_| None, r));
    if !shares(ShareArea::Risks) && copy.backup_plan.take().is_some() {
        out.add(WithheldKind::BackupPlan, 1);
    }
    if !shares(ShareArea::Goals) && copy.program_sections.housing_support_plan.take().is_some() {
        out.add(WithheldKind::HousingSupportPlan, 1);
    }
    if !shares(ShareArea::Profile) && copy.profile != OnePageProfile::default() {
        copy.profile = OnePageProfile::default();
        out.add(WithheldKind::Profile, 1);
    }
    // Codes and authorizations.
    if !shares(ShareArea::ServiceCodes) {
        let mut n = 0;
        for s in &mut copy.supports {
            let had = s.code.is_some() || s.authorization.is_some() || s.rate_per_unit.is_some();
            n += usize::from(had);
            s.code = None;
            s.authorization = None;
            s.rate_per_unit = None;
            s.currency = None;
            s.place_of_service = None;
        }
        out.add(WithheldKind::ServiceCode, n);
    }
    // Contact details.
    let contacts = shares(ShareArea::ContactDetails);
    let person = &mut copy.person;
    if let Some(contact) = person.contact.take() {
        if contacts && entitled(r, contact.confidential.as_ref()) {
            let mut contact = contact;
            if let Some(mark) = contact.phone_confidential.take() {
                if entitled(r, Some(&mark)) {
                    contact.phone_confidential = Some(mark);
                } else if contact.phone.take().is_some() {
                    out.add(WithheldKind::Phone, 1);
                }
            }
            if let Some(address) = contact.address.take() {
                match &address.confidential {
                    Some(mark) if !entitled(r, Some(mark)) => {
                        out.add(WithheldKind::Address, 1);
                        contact.address = mark.substitute_address.as_deref().cloned().map(|mut a| {
                            a.confidential = None;
                            a
                        });
                    }
                    _ => contact.address = Some(address),
                }
            }
            person.contact = Some(contact);
        } else {
            out.add(WithheldKind::ContactDetails, 1);
        }
    }
    if let Some(residence) = person.residence.take() {
        if contacts && entitled(r, residence.confidential.as_ref()) {
            person.residence = Some(residence);
        } else {
            out.add(WithheldKind::Residence, 1);
        }
    }
    out.add(
        WithheldKind::EmergencyContact,
        keep(&mut person.emergency_contacts, contacts, |c| c.confidential.as_ref(), r),
    );
    if !contacts {
        let n = copy.representatives.iter_mut().filter_map(|rep| rep.contact.take()).count();
        out.add(WithheldKind::ContactDetails, n);
    }
    // Never in another recipient's copy.
    out.add(WithheldKind::DistributionRecord, std::mem::take(&mut copy.distribution).len());
    let others = copy.recipients.len().saturating_sub(1);
    copy.recipients.retain(|x| x.id == r.id);
    out.add(WithheldKind::Recipient, others);
    if !copy.extensions.is_empty() {
        copy.extensions.clear();
        out.add(WithheldKind::Extensions, 1);
    }
    // Marks that stay name only this recipient.
    for mark in marks_mut(copy) {
        mark.shared_with.retain(|id| *id == r.id);
        mark.note = None;
    }
    prune_links(copy);
}

fn marks_mut(plan: &mut Plan) -> Vec<&mut Confidential> {
    let mut out: Vec<&mut Confidential> = Vec::new();
    if let Some(c) = plan.person.contact.as_mut() {
        out.extend(c.confidential.as_mut());
        out.extend(c.phone_confidential.as_mut());
        out.extend(c.address.as_mut().and_then(|a| a.confidential.as_mut()));
    }
    out.extend(plan.person.residence.as_mut().and_then(|r| r.confidential.as_mut()));
    out.extend(plan.person.emergency_contacts.iter_mut().filter_map(|c| c.confidential.as_mut()));
    out.extend(plan.needs.iter_mut().filter_map(|n| n.confidential.as_mut()));
    out.extend(plan.goals.iter_mut().filter_map(|g| g.confidential.as_mut()));
    out.extend(plan.supports.iter_mut().filter_map(|s| s.confidential.as_mut()));
    out.extend(plan.risks.iter_mut().filter_map(|r| r.confidential.as_mut()));
    out.extend(plan.monitoring.iter_mut().filter_map(|m| m.confidential.as_mut()));
    out.extend(plan.life_events.iter_mut().filter_map(|e| e.confidential.as_mut()));
    out
}

/// Removes links to needs, goals and supports the copy left out, so the copy is a plan whose links all resolve.
fn prune_links(copy: &mut Plan) {
    let needs: HashSet<Id> = copy.needs.iter().map(|n| n.id.clone()).collect();
    let goals: HashSet<Id> = copy.goals.iter().map(|g| g.id.clone()).collect();
    let supports: HashSet<Id> = copy.supports.iter().map(|s| s.id.clone()).collect();
    for g in &mut copy.goals {
        g.need_ids.retain(|id| needs.contains(id));
    }
    for s in &mut copy.supports {
        s.need_ids.retain(|id| needs.contains(id));
        s.goal_ids.retain(|id| goals.contains(id));
    }
    for m in &mut copy.monitoring {
        m.support_ids.retain(|id| supports.contains(id));
    }
    if let Some(coi) = copy.planner.as_mut().and_then(|p| p.conflict_of_interest.as_mut()) {
        coi.support_ids.retain(|id| supports.contains(id));
    }
}
