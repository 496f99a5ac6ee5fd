//! Regenerates the committed files that are derived from the code: the JSON
//! Schema files under `schemas/`, the rule catalogue `docs/rules.md` and the
//! entity diagram `docs/entity-diagram.md`, the table of the members
//! records may state (`src/provenance/members.rs`), and the reference history as
//! tables under `data/tables/`.
//!
//! `cargo run --example regenerate`

fn main() -> std::io::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    igf_model::schema::write_all(&root.join("schemas"))?;
    for (name, _) in igf_model::schema::files() {
        println!("wrote schemas/{name}");
    }
    std::fs::write(
        root.join("docs/rules.md"),
        igf_model::validate::catalogue_markdown(),
    )?;
    println!("wrote docs/rules.md");
    std::fs::write(
        root.join("docs/entity-diagram.md"),
        igf_model::schema::model_page(),
    )?;
    println!("wrote docs/entity-diagram.md");
    std::fs::write(
        root.join("src/provenance/members.rs"),
        igf_model::schema::members_table(),
    )?;
    println!("wrote src/provenance/members.rs");
    write_tables(&root.join("data/tables"))
}

/// Writes the reference history as a tabular data package, removing the
/// tables it no longer has.
fn write_tables(dir: &std::path::Path) -> std::io::Result<()> {
    use igf_model::export::{self, Format};
    let package = export::reference_tables().map_err(std::io::Error::from)?;
    let written = package.write(dir, Format::Csv)?;
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".csv") && !written.contains(&name) {
            std::fs::remove_file(dir.join(&name))?;
            println!("removed data/tables/{name}");
        }
    }
    println!("wrote data/tables/ ({} files)", written.len());
    Ok(())
}
