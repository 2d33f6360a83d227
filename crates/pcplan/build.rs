//! Embeds `locales/<tag>/*.ftl` and `locales/<tag>/status.json` into the library, so a binary needs no files
//! at run time. Files are sorted so the generated table, and the library, are reproducible.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut tags: Vec<_> = fs::read_dir(&root).unwrap().filter_map(Result::ok).filter(|e| e.path().is_dir()).collect();
    tags.sort_by_key(|e| e.file_name());
    let mut out = String::from("static EMBEDDED: &[EmbeddedLocale] = &[\n");
    for tag in tags {
        let dir = tag.path();
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let name = tag.file_name().into_string().unwrap();
        write!(out, "    EmbeddedLocale {{ tag: {name:?}, files: &[").unwrap();
        for f in &files {
            println!("cargo:rerun-if-changed={}", f.display());
            let file = f.file_name().unwrap().to_str().unwrap();
            write!(out, "({file:?}, include_str!({:?})), ", f.display().to_string()).unwrap();
        }
        let status = dir.join("status.json");
        if status.exists() {
            println!("cargo:rerun-if-changed={}", status.display());
            writeln!(out, "], status: Some(include_str!({:?})) }},", status.display().to_string()).unwrap();
        } else {
            writeln!(out, "], status: None }},").unwrap();
        }
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs"), out).unwrap();
}
