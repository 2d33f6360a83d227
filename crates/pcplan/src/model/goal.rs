//! Goals in the person's own words, and the steps toward them.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Confidential, Id, LocalizedText};

/// A goal the person wants to reach (HCBS (b)(4); eLTSS 11).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Goal {
    /// Stable id.
    pub id: Id,
    /// The person's own words, verbatim, in the language they said them. Never replaced by a translation;
    /// a translation is added beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_words: Option<LocalizedText>,
    /// The goal in plain language.
    pub statement: LocalizedText,
    /// Who expressed the goal.
    pub expressed_by: ExpressedBy,
    /// When the person hopes to reach it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    /// Where the goal stands.
    pub status: GoalStatus,
    /// Steps toward the goal (eLTSS 12).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Needs this goal addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub need_ids: Vec<Id>,
    /// Marks this goal confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// Who expressed a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExpressedBy {
    /// The person, in their own words.
    Person,
    /// The person with help (a supporter, an interpreter, a communication device).
    PersonWithSupport,
    /// The person's representative.
    Representative,
    /// The planning team.
    Team,
}

/// Where a goal stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GoalStatus {
    /// Proposed, not yet started.
    Proposed,
    /// Being worked on.
    Active,
    /// Reached.
    Achieved,
    /// Paused by the person.
    OnHold,
    /// No longer wanted.
    Discontinued,
}

/// A measurable step toward a goal (eLTSS 12). Steps belong to the goal that holds them.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// Stable id.
    pub id: Id,
    /// What will be done.
    pub description: LocalizedText,
    /// Who does it: a team member's id. Leave empty when the person does it themself and set `byPerson`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_id: Option<Id>,
    /// The person does this step themself.
    #[serde(default)]
    pub by_person: bool,
    /// Team members (ids) who do the step together with the person: with `byPerson`, "I do it with my
    /// daughter's help".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with_ids: Vec<Id>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<NaiveDate>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
}
