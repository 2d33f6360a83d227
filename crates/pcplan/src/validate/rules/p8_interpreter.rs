//! P8: meeting interpreters are qualified adults.

use super::prelude::*;

/// P8 `qualified-interpreter`.
pub(crate) struct QualifiedInterpreter;

static META: RuleMeta = RuleMeta {
    code: "P8",
    name: "qualified-interpreter",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "Cal. Welf. & Inst. Code 14029.91; 45 CFR 92.201; 42 CFR 441.301(c)(1)(v)",
    docs: RuleDocs {
        what: "For each meeting with an `interpreter`: the interpreter is recorded as `qualified`, and is not a \
               `minor`.",
        why: "Medi-Cal plans must provide qualified interpreters and must not rely on family members, friends \
              or minors to interpret, except in an emergency (Cal. WIC 14029.91; 45 CFR 92.201). An untrained \
              interpreter can change what the person says about their own life.",
        example: r#"{ "meetings": [ { "id": "meeting-1", "date": "2026-02-17",
    "interpreter": { "name": "…", "language": "es", "qualified": false, "minor": true } } ] }"#,
        fix: "Use a qualified interpreter (in person, by video or by phone) at the next meeting and record it. \
              Never ask a child to interpret. If a family member interpreted because the person asked, write \
              that down.",
    },
};

impl Rule for QualifiedInterpreter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (i, meeting) in ctx.plan.meetings.iter().enumerate() {
            let Some(interpreter) = &meeting.interpreter else { continue };
            let path = format!("/meetings/{i}/interpreter");
            if interpreter.minor {
                out.push(path.clone(), "p8-interpreter-minor");
            }
            if !interpreter.qualified {
                out.push(path, "p8-interpreter-not-qualified");
            }
        }
    }
}
