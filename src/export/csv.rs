//! CSV as RFC 4180 writes it: a field holding a comma, a double quote or a
//! line break is quoted, its double quotes doubled.

use serde_json::Value;

/// The text of one cell: empty for `null`, JSON text for a `json` cell
/// (and for an object or array anywhere), the value itself otherwise.
fn cell(value: &Value, json: bool) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) if !json => s.clone(),
        Value::Bool(b) if !json => b.to_string(),
        Value::Number(n) if !json => n.to_string(),
        other => other.to_string(),
    }
}

/// One field, quoted when RFC 4180 requires it.
pub(crate) fn csv_field(value: &Value, json: bool) -> String {
    let text = cell(value, json);
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One record: its fields joined by commas, and a line feed.
pub(crate) fn csv_record(values: &[Value], json: &[bool]) -> String {
    let mut line = values
        .iter()
        .enumerate()
        .map(|(i, v)| csv_field(v, json.get(i).copied().unwrap_or(false)))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::{csv_field, csv_record};
    use serde_json::{json, Value};

    #[test]
    fn fields_are_quoted_only_when_rfc_4180_requires_it() {
        assert_eq!(csv_field(&json!("plain text"), false), "plain text");
        assert_eq!(csv_field(&json!("a, b"), false), "\"a, b\"");
        assert_eq!(csv_field(&json!("say \"hi\""), false), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field(&json!("two\nlines"), false), "\"two\nlines\"");
        assert_eq!(csv_field(&json!("cr\r"), false), "\"cr\r\"");
        assert_eq!(csv_field(&Value::Null, false), "");
        assert_eq!(csv_field(&json!(2.5), false), "2.5");
        assert_eq!(csv_field(&json!(true), false), "true");
    }

    #[test]
    fn json_cells_hold_json_text() {
        assert_eq!(csv_field(&json!({"x-a": 1}), true), "\"{\"\"x-a\"\":1}\"");
        assert_eq!(csv_field(&json!("s"), true), "\"\"\"s\"\"\"");
        assert_eq!(
            csv_record(&[json!("a"), Value::Null, json!(1)], &[false; 3]),
            "a,,1\n"
        );
    }
}
