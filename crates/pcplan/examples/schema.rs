//! Prints the JSON Schema of a plan document.
//!
//! `cargo run --example schema > pcplan.schema.json`

fn main() {
    let schema = pcplan::model::json_schema();
    println!("{}", serde_json::to_string_pretty(&schema).expect("a JSON value serializes"));
}
