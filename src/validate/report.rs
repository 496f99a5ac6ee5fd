//! The findings of one JSON document, as `igf validate` reports them, for
//! every front end of the crate (the command, the Python and WebAssembly
//! bindings) to share one implementation.

use super::Finding;
use crate::load::{self, LoadError};

/// Every finding of one JSON document, exactly as `igf validate --format
/// json` reports it for a file: the `load.*` findings (one per problem) when
/// the document cannot be read as a dataset, else every rule's findings
/// (with the reference datasets it builds on, as the gate checks a file),
/// each with the line and column of its value in `bytes`.
///
/// `Err` only when the input gives no finding to report ([`LoadError::Io`]),
/// which bytes in memory never do.
///
/// ```
/// use igf_model::validate::{findings_of_json, Rule};
///
/// let findings = findings_of_json(br#"{"meetings": 5}"#)?;
/// assert_eq!(findings.len(), 1);
/// assert_eq!((findings[0].rule, findings[0].path.as_str()), (Rule::LoadShape, "/meetings"));
/// assert!(findings_of_json(b"{}")?.is_empty());
/// # Ok::<(), igf_model::load::LoadError>(())
/// ```
pub fn findings_of_json(bytes: &[u8]) -> Result<Vec<Finding>, LoadError> {
    match load::from_slice(bytes) {
        Ok(dataset) => {
            let mut findings = crate::gate::findings_of(&dataset);
            load::locate(bytes, &mut findings);
            Ok(findings)
        }
        Err(err) => {
            let findings = err.to_findings();
            if findings.is_empty() {
                Err(err)
            } else {
                Ok(findings)
            }
        }
    }
}
