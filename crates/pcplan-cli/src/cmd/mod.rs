//! One module per subcommand: its clap `Args` and its `run`. Adding a subcommand is a module here and a
//! line in `Command` (in `main.rs`).

pub mod batch;
pub mod diff;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod migrate;
pub mod render;
pub mod report;
pub mod schema;
#[cfg(feature = "services")]
pub mod services;
pub mod validate;
