//! Regenerates the committed JSON Schema files under `schemas/`:
//! `cargo run --example write_schemas`.

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    igf_model::schema::write_all(&dir)?;
    for (name, _) in igf_model::schema::files() {
        println!("wrote schemas/{name}");
    }
    Ok(())
}
