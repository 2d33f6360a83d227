//! P7: the person leads the planning meeting: they choose who comes, when and where.

use super::prelude::*;

/// P7 `person-led-meeting`.
pub(crate) struct PersonLedMeeting;

static META: RuleMeta = RuleMeta {
    code: "P7",
    name: "person-led-meeting",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "42 CFR 441.301(c)(1)(i), (c)(1)(iii), 441.725(a)(1), (a)(3); seed Team",
    docs: RuleDocs {
        what: "For each meeting in `meetings`: every attendee other than the person (`isPerson`) is \
               `invitedByPerson` or attends by `legalAuthority` (a guardian); and `timeAndPlaceChosenByPerson` is \
               true.",
        why: "The person leads the planning process where possible, and it includes people chosen by the \
              person; it is held at times and places convenient to the person \
              (42 CFR 441.301(c)(1)(i), (c)(1)(iii)).",
        example: r#"{ "meetings": [ { "id": "meeting-1", "date": "2026-02-17", "timeAndPlaceChosenByPerson": false,
    "attendees": [ { "teamMemberId": "tm-3", "invitedByPerson": false, "legalAuthority": false } ] } ] }"#,
        fix: "Ask the person who they want at their meeting, and when and where it should be. If someone came \
              whom the person did not invite, write down why (for example, a guardian with legal authority) or \
              ask the person before the next meeting.",
    },
};

impl Rule for PersonLedMeeting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (i, meeting) in ctx.plan.meetings.iter().enumerate() {
            if !meeting.time_and_place_chosen_by_person {
                out.push(format!("/meetings/{i}/timeAndPlaceChosenByPerson"), "p7-time-place-not-chosen");
            }
            for (j, a) in meeting.attendees.iter().enumerate() {
                if !a.is_person && !a.invited_by_person && !a.legal_authority {
                    out.push(format!("/meetings/{i}/attendees/{j}"), "p7-attendee-not-invited");
                }
            }
        }
    }
}
