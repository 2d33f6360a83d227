//! The JSON Schema of a plan, generated from the model types.

/// The JSON Schema (draft 2020-12) of a plan document, generated from the model types with schemars.
/// The same schema is committed at `schema/pcplan.schema.json`; a test fails when the two differ.
///
/// ```
/// let schema = pcplan::model::json_schema();
/// assert_eq!(schema["title"], "Person-centered plan");
/// ```
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(super::Plan);
    serde_json::to_value(schema).unwrap_or_default()
}
