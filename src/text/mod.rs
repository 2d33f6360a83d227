//! Text checks on plan narrative: readability, deficit language, names and pronouns.
