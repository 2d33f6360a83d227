//! The C library once more, as a `cdylib` that `cargo test` builds itself: with the test build's features and
//! dependencies, so `tests/ffi_native.rs` loads it without a second build of typst and every dependency
//! (a nested `cargo rustc -p pcplan-ffi` resolves features for that package alone and rebuilds them). Users
//! build the real one: `cargo build -p pcplan-ffi --release`.

#[path = "../src/lib.rs"]
mod c_abi;
