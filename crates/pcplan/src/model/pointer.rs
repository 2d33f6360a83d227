//! JSON Pointers (RFC 6901) into a plan: the one place a pointer is written, so every path in a load error,
//! finding or change escapes member names the same way.

use std::fmt;

/// One reference token of a pointer: a member name or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// A member name, escaped when written (`~` as `~0`, `/` as `~1`).
    Key(&'a str),
    /// An array index.
    Index(usize),
}

impl fmt::Display for Token<'_> {
    /// The token with its leading `/`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("/")?;
        match self {
            Token::Index(i) => write!(f, "{i}"),
            Token::Key(key) => {
                // Write unescaped runs whole; only `~` and `/` need a replacement.
                let mut rest = *key;
                while let Some(at) = rest.find(['~', '/']) {
                    f.write_str(&rest[..at])?;
                    f.write_str(if rest.as_bytes()[at] == b'~' { "~0" } else { "~1" })?;
                    rest = &rest[at + 1..];
                }
                f.write_str(rest)
            }
        }
    }
}

/// A member name as a written reference token means it (`~1` is `/`, `~0` is `~`).
// Read back by the FHIR remainder patch only.
#[cfg_attr(not(feature = "fhir"), allow(dead_code))]
pub(crate) fn unescape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains('~') { token.replace("~1", "/").replace("~0", "~").into() } else { token.into() }
}

/// The pointer made of `tokens` (`""`, the whole document, when there are none).
pub(crate) fn pointer<'a>(tokens: impl IntoIterator<Item = Token<'a>>) -> String {
    use fmt::Write as _;
    let mut out = String::new();
    for t in tokens {
        // Writing to a String cannot fail.
        let _ = write!(out, "{t}");
    }
    out
}

/// The pointer to where a serde_path_to_error path leads (`columns[3].field` → `/columns/3/field`).
pub(crate) fn from_serde_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment as S;
    pointer(path.iter().filter_map(|seg| match seg {
        S::Seq { index } => Some(Token::Index(*index)),
        S::Map { key } | S::Enum { variant: key } => Some(Token::Key(key)),
        S::Unknown => None,
    }))
}

/// Orders two pointers as their documents are read: token by token, array indices as numbers (`/goals/2` before
/// `/goals/10`), member names as text; a pointer before those it is a prefix of (`/goals` before `/goals/0`).
pub(crate) fn cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn tokens(p: &str) -> impl Iterator<Item = (u8, u64, &str)> {
        p.split('/').skip(1).map(|t| match t.parse::<u64>() {
            // RFC 6901 indices have no leading zeros; "01" is a member name.
            Ok(n) if !(t.len() > 1 && t.starts_with('0')) => (0, n, t),
            _ => (1, 0, t),
        })
    }
    // "" (the whole plan) has no tokens and comes first.
    tokens(a).cmp(tokens(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_member_names_per_rfc_6901() {
        assert_eq!(pointer([]), "");
        assert_eq!(pointer([Token::Key("goals"), Token::Index(10), Token::Key("statement")]), "/goals/10/statement");
        assert_eq!(pointer([Token::Key("a/b~c"), Token::Key("~1")]), "/a~1b~0c/~01");
        assert_eq!(pointer([Token::Key("")]), "/");
        // What is escaped reads back as it was ("~01" is "~1", not "/").
        for key in ["a/b~c", "~1", "~01", "plain", ""] {
            assert_eq!(unescape(&Token::Key(key).to_string()[1..]), key);
        }
    }

    #[test]
    fn orders_indices_as_numbers() {
        use std::cmp::Ordering::*;
        assert_eq!(cmp("/goals/2", "/goals/10"), Less);
        assert_eq!(cmp("/goals/10/steps/0", "/goals/9"), Greater);
        assert_eq!(cmp("", "/goals"), Less);
        assert_eq!(cmp("/goals", "/goals/0"), Less);
        assert_eq!(cmp("/goals/1", "/goals/1"), Equal);
        assert_eq!(cmp("/needs/0", "/goals/0"), Greater);
        let mut v = ["/goals/10", "/goals/2", "/goals/01", "/goals/x", "/goals/0"];
        v.sort_by(|a, b| cmp(a, b));
        assert_eq!(v, ["/goals/0", "/goals/2", "/goals/10", "/goals/01", "/goals/x"]);
    }
}
