//! The plan model: serde types, loading with clear errors, the JSON Schema, the content digest.
