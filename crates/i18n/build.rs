//! Embeds every catalogue under `assets/i18n/<lang>/<area>.ftl` (relative to the workspace
//! root): writes `resources.rs` with one `(lang, area, text)` entry per file, so adding a
//! file needs no code change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    if let Ok(langs) = std::fs::read_dir(&root) {
        for lang in langs.flatten() {
            let lang_path = lang.path();
            if !lang_path.is_dir() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", lang_path.display());
            let Ok(files) = std::fs::read_dir(&lang_path) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    println!("cargo:rerun-if-changed={}", path.display());
                    let lang = lang.file_name().to_string_lossy().into_owned();
                    let area = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    entries.push((lang, area, path));
                }
            }
        }
    }
    entries.sort();
    let mut out =
        String::from("/// Every embedded catalogue: (language tag, area, Fluent source).\n");
    out.push_str("pub static RESOURCES: &[(&str, &str, &str)] = &[\n");
    for (lang, area, path) in &entries {
        let _ = writeln!(
            out,
            "    ({lang:?}, {area:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("resources.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}
