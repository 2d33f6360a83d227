//! `include/pcplan.h` must be what cbindgen generates from this crate's `src/` with `cbindgen.toml`.
//! `PCPLAN_UPDATE_HEADER=1 cargo test -p pcplan-ffi --test ffi_header` rewrites it.

use std::path::Path;

#[test]
fn committed_header_matches_the_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("cbindgen.toml");
    // The crate root: cbindgen follows its `mod` declarations (src/fhir.rs), so each file is read once.
    let builder = cbindgen::Builder::new().with_config(config).with_src(root.join("src/lib.rs"));
    let mut generated = Vec::new();
    builder.generate().expect("cbindgen parses src").write(&mut generated);
    let generated = String::from_utf8(generated).expect("UTF-8 header");
    let path = root.join("include/pcplan.h");
    if std::env::var_os("PCPLAN_UPDATE_HEADER").is_some_and(|v| v == "1") {
        std::fs::write(&path, &generated).expect("write include/pcplan.h");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "include/pcplan.h is out of date with src/: run `PCPLAN_UPDATE_HEADER=1 cargo test -p pcplan-ffi --test \
         ffi_header` and commit the result"
    );
}
