//! One module per subcommand: its clap `Args` and its `run`. Adding a subcommand is a module here and a
//! line in `Command` (in `main.rs`).

pub mod batch;
pub mod diff;
pub mod render;
pub mod report;
pub mod schema;
pub mod validate;
