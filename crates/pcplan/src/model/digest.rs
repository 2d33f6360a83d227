//! The content digest: what a signature consents to.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use super::*;

/// A SHA-256 digest of the signed content of a plan, written `sha256:` followed by 64 lowercase hex digits.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct ContentDigest(String);

impl ContentDigest {
    /// The digest as text (`sha256:…`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ContentDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The error for text that is not a content digest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a content digest: \"sha256:\" followed by 64 lowercase hexadecimal digits")]
pub struct InvalidDigest;

impl FromStr for ContentDigest {
    type Err = InvalidDigest;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.strip_prefix("sha256:").ok_or(InvalidDigest)?;
        if hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            Ok(ContentDigest(s.to_owned()))
        } else {
            Err(InvalidDigest)
        }
    }
}

impl Serialize for ContentDigest {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ContentDigest {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Cow::<str>::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for ContentDigest {
    fn schema_name() -> Cow<'static, str> {
        "ContentDigest".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "SHA-256 of the canonical JSON (RFC 8785) of the plan's signed content.",
            "pattern": "^sha256:[0-9a-f]{64}$"
        })
    }
}

/// The parts of a plan a signature consents to. Field names are part of the digest: never rename them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SignedContent<'a> {
    effective_period: &'a Period,
    person: &'a Person,
    representatives: &'a [Representative],
    profile: &'a OnePageProfile,
    needs: &'a [Need],
    goals: &'a [Goal],
    supports: &'a [Support],
    natural_supports_none_identified: bool,
    risks: &'a [Risk],
    backup_plan: &'a Option<BackupPlan>,
    setting_choice: &'a Option<SettingChoice>,
    service_choice: &'a Option<ServiceChoice>,
    modifications: &'a [Modification],
    team: &'a [TeamMember],
    planner: &'a Option<Planner>,
    plan_monitor: &'a Option<PlanMonitor>,
    review: &'a ReviewSchedule,
    program_sections: &'a ProgramSections,
}

/// Progress is not consent: a goal's status, a step marked done and a housing goal's status change as the plan
/// is carried out, and recording them must not invalidate the signatures.
fn strip_progress(value: &mut serde_json::Value) {
    let goals = value.get_mut("goals").and_then(|g| g.as_array_mut()).into_iter().flatten();
    for goal in goals {
        if let Some(goal) = goal.as_object_mut() {
            goal.remove("status");
            for step in goal.get_mut("steps").and_then(|s| s.as_array_mut()).into_iter().flatten() {
                if let Some(step) = step.as_object_mut() {
                    step.remove("done");
                }
            }
        }
    }
    if let Some(h) = value.pointer_mut("/programSections/housingSupportPlan").and_then(|h| h.as_object_mut()) {
        for key in ["shortTermGoals", "longTermGoals"] {
            for goal in h.get_mut(key).and_then(|g| g.as_array_mut()).into_iter().flatten() {
                if let Some(goal) = goal.as_object_mut() {
                    goal.remove("status");
                }
            }
        }
    }
}

/// Computes the digest of what a signature consents to.
///
/// Covered: the effective period, the person, representatives, profile, needs, goals, supports (and the
/// "no natural supports identified" marker), risks and the backup plan, setting and service choice,
/// modifications, the team, planner and plan monitor, the review schedule and the program sections.
/// Not covered, so routine additions after signing keep signatures valid: signatures, distribution records,
/// monitoring entries, feedback, meetings, life events, update requests, status (the plan's, each goal's and
/// housing goal's, and steps' `done`: progress is not consent), version and revision history, and `extensions`.
///
/// The digest is SHA-256 over the RFC 8785 canonical JSON of the covered parts, so key order and whitespace
/// in the input never change it; any change of content does (including the order of goals or supports,
/// which is the order the signer read).
///
/// ```
/// let json = include_str!("../../tests/fixtures/minimal.json");
/// let mut plan = pcplan::model::Plan::from_json_str(json).unwrap();
/// let before = pcplan::model::content_digest(&plan);
/// plan.distribution.clear(); // not signed content
/// assert_eq!(before, pcplan::model::content_digest(&plan));
/// plan.goals[0].statement.text.push('!');
/// assert_ne!(before, pcplan::model::content_digest(&plan));
/// ```
pub fn content_digest(plan: &Plan) -> ContentDigest {
    digest_in_format(plan, SCHEMA_VERSION)
}

/// The digest to compare with `signature.contentDigest`: the plan's content digest computed in the format the
/// signature's digest was made in (`digestFormat`, set when an older plan was migrated), so a migrated plan's
/// signatures stay valid while any change of signed content still shows.
///
/// ```
/// use pcplan::model::{Plan, Signature, content_digest, signed_digest};
/// let plan = Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
/// let signed_in_v1: Signature =
///     serde_json::from_str(r#"{ "id": "sig-1", "role": "person", "name": "A", "digestFormat": 1 }"#).unwrap();
/// // Version 1 wrote a support's amount as `quantity`, `unit` and `interval`: another digest.
/// assert_ne!(signed_digest(&plan, &signed_in_v1), content_digest(&plan));
/// ```
pub fn signed_digest(plan: &Plan, signature: &Signature) -> ContentDigest {
    digest_in_format(plan, signature.digest_format.unwrap_or(SCHEMA_VERSION))
}

/// The content digest computed in plan format `format` (2: this version's; 1: version 1's shape).
pub(crate) fn digest_in_format(plan: &Plan, format: u32) -> ContentDigest {
    let content = SignedContent {
        effective_period: &plan.effective_period,
        person: &plan.person,
        representatives: &plan.representatives,
        profile: &plan.profile,
        needs: &plan.needs,
        goals: &plan.goals,
        supports: &plan.supports,
        natural_supports_none_identified: plan.natural_supports_none_identified,
        risks: &plan.risks,
        backup_plan: &plan.backup_plan,
        setting_choice: &plan.setting_choice,
        service_choice: &plan.service_choice,
        modifications: &plan.modifications,
        team: &plan.team,
        planner: &plan.planner,
        plan_monitor: &plan.plan_monitor,
        review: &plan.review,
        program_sections: &plan.program_sections,
    };
    // Going through `Value` first turns a non-finite number (only a Rust caller can make one) into null,
    // so canonicalization cannot fail and nothing here panics.
    let mut value = serde_json::to_value(&content).unwrap_or(serde_json::Value::Null);
    strip_progress(&mut value);
    if format < 2 {
        super::migrate::signed_content_v2_to_v1(&mut value);
    }
    let canonical = serde_json_canonicalizer::to_vec(&value).unwrap_or_default();
    let hash = Sha256::digest(&canonical);
    let mut text = String::with_capacity(71);
    text.push_str("sha256:");
    for byte in hash {
        use fmt::Write;
        let _ = write!(text, "{byte:02x}");
    }
    ContentDigest(text)
}
