//! Regenerates the committed files that are derived from the code: the JSON
//! Schema files under `schemas/`, the rule catalogue `docs/rules.md` and the
//! entity diagram `docs/entity-diagram.md`.
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
    Ok(())
}
