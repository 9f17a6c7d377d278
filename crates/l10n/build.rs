//! Embeds every `locales/<lang>/*.ftl` file into the binary.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // read at run time: a build script compiled for another checkout path must not look there
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from(
        "/// (lang, file name, contents) of every Fluent file.\npub const FILES: &[(&str, &str, &str)] = &[\n",
    );
    let mut langs: Vec<_> = std::fs::read_dir(&root).expect("locales/").flatten().collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = std::fs::read_dir(lang.path()).expect("locale dir").flatten().collect();
        files.sort_by_key(|e| e.file_name());
        for f in files.iter().filter(|f| f.path().extension().is_some_and(|e| e == "ftl")) {
            println!("cargo:rerun-if-changed={}", f.path().display());
            // Relative to this crate, not an absolute path: two checkouts that share a target
            // folder (the CI clone and the working copy) must each embed their own files.
            let (l, name) =
                (lang.file_name().to_string_lossy().to_string(), f.file_name().to_string_lossy().to_string());
            writeln!(
                out,
                "    ({l:?}, {name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../locales/{l}/{name}\"))),",
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
