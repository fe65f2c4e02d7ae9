//! Rebuilds when migrations or canned queries change, and embeds `sql/*.sql` as a list.

use std::fmt::Write;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=sql");
    let mut files: Vec<_> = std::fs::read_dir("sql")
        .expect("sql/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let mut out = String::from("/// Built-in canned queries: (file name, contents).\npub const BUILTIN: &[(&str, &str)] = &[\n");
    for f in files {
        let abs = std::fs::canonicalize(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("queries.rs");
    std::fs::write(dest, out).unwrap();
}
