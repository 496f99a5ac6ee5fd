use crate::checked::{checked_string, runs_joined_by};

checked_string! {
    /// The code at the head of a session's title: a type prefix and, for most
    /// types, the number the Secretariat gave the proposal, as in `"WS #207"`
    /// (workshop 207), `"OF #31"` (Open Forum 31) or `"Pre-event #94"` (seed
    /// 001 §13.3). Types without numbers keep just the prefix: `"DC Session"`,
    /// `"NRIs Collaborative Session"`, `"High-Level Leaders Session"` (seed
    /// 000).
    ///
    /// Grammar: a prefix of ASCII words (letters and digits) joined by single
    /// spaces or hyphens, then optionally `" #"` and a number without leading
    /// zeros. It parses with `FromStr` and prints back identically with
    /// `Display`.
    ///
    /// ```
    /// use igf_model::SessionCode;
    ///
    /// let code: SessionCode = "WS #207".parse()?;
    /// assert_eq!(code.prefix(), "WS");
    /// assert_eq!(code.number(), Some(207));
    /// assert_eq!(code.to_string(), "WS #207");
    ///
    /// let dc: SessionCode = "DC Session".parse()?;
    /// assert_eq!(dc.number(), None);
    ///
    /// let err = "WS#207".parse::<SessionCode>().unwrap_err();
    /// assert!(err.to_string().contains("\"WS#207\""));
    /// # Ok::<(), igf_model::InvalidSessionCode>(())
    /// ```
    SessionCode, error = InvalidSessionCode, check = is_session_code,
    pattern = "^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*( #[1-9][0-9]*)?$",
    expected = "a session code: a prefix of letters and digits joined by single spaces or hyphens, optionally followed by \" #\" and a number without leading zeros, such as \"WS #207\", \"OF #31\", \"Pre-event #94\" or \"DC Session\"",
    min_len = 1, max_len = 64
}

/// Splits a code at its `" #"`: the prefix, and the number's digits. The
/// grammar allows `#` only there, so the last `#` is found with a byte scan
/// (a substring search costs more than the rest of a session's checks).
fn split(s: &str) -> (&str, Option<&str>) {
    let bytes = s.as_bytes();
    match bytes.iter().rposition(|&b| b == b'#') {
        Some(at) if at >= 1 && bytes[at - 1] == b' ' => (&s[..at - 1], Some(&s[at + 1..])),
        _ => (s, None),
    }
}

fn is_session_code(s: &str) -> bool {
    let (prefix, number) = split(s);
    let number_ok = number.is_none_or(|n| {
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
    });
    number_ok && runs_joined_by(prefix, &[' ', '-'])
}

impl SessionCode {
    /// The type prefix, such as `"WS"` or `"DC Session"`.
    pub fn prefix(&self) -> &str {
        split(&self.0).0
    }

    /// The number after `#`, if the code has one.
    pub fn number(&self) -> Option<u64> {
        split(&self.0).1.and_then(|n| n.parse().ok())
    }

    /// True when the code has a number.
    pub fn is_numbered(&self) -> bool {
        split(&self.0).1.is_some()
    }
}
