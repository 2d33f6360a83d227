//! Markdown escaping of plan text.
//!
//! Every plan value reaches the Markdown through one of these functions, so plan text can never produce
//! Markdown structure or a template-only marker:
//!
//! - every ASCII punctuation character is backslash-escaped (`<` becomes `\<`, so no tag, no marker);
//! - `\r\n` and `\r` count as `\n`; NUL becomes U+FFFD; other C0/C1 control characters (except tab) are removed;
//! - spaces and tabs at the start of a line become character references (`&#32;`, `&#9;`), so they stay text
//!   instead of starting an indented code block; spaces and tabs at the end of a line, and blank lines at the
//!   start and end of the text, are dropped;
//! - in [`Mode::Block`] a line break becomes a hard break (`\` + newline) and one or more blank lines become a
//!   paragraph break, continued with the block's prefix (`> ` in a quote, two spaces in a list item), so the
//!   person's paragraphs are kept;
//! - in [`Mode::Inline`] (headings, table cells, names) a line break becomes the `<pcp-br/>` marker and a blank
//!   line two of them, because a newline would end the heading or the table row.

use std::borrow::Cow;

/// Where escaped text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode<'p> {
    /// A heading, a table cell, a name in running text: line breaks become `<pcp-br/>` markers.
    Inline,
    /// A paragraph, list item or block quote whose continuation lines start with `prefix`.
    Block(&'p str),
}

/// Escapes `text` for Markdown in `mode`, appending to `out`.
pub(crate) fn escape_into(out: &mut String, text: &str, mode: Mode<'_>) {
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n").replace('\r', "\n");
        normalized.as_str()
    } else {
        text
    };
    let mut lines = text.split('\n').map(clean_line).peekable();
    // Skip leading blank lines.
    while lines.peek().is_some_and(|l| l.is_empty()) {
        lines.next();
    }
    let mut pending_blank = false;
    let mut first = true;
    for line in lines {
        if line.is_empty() {
            pending_blank = true;
            continue;
        }
        if !first {
            match (mode, pending_blank) {
                (Mode::Inline, false) => out.push_str(BR),
                (Mode::Inline, true) => {
                    out.push_str(BR);
                    out.push_str(BR);
                }
                (Mode::Block(prefix), false) => {
                    out.push_str("\\\n");
                    out.push_str(prefix);
                }
                (Mode::Block(prefix), true) => {
                    out.push('\n');
                    out.push_str(prefix.trim_end());
                    out.push('\n');
                    out.push_str(prefix);
                }
            }
        }
        pending_blank = false;
        first = false;
        escape_line(out, &line);
    }
}

const BR: &str = "<pcp-br/>";

/// Escapes `text` for Markdown in `mode`.
pub(crate) fn escape(text: &str, mode: Mode<'_>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4 + 8);
    escape_into(&mut out, text, mode);
    out
}

/// Drops control characters (NUL becomes U+FFFD) and trailing spaces and tabs; borrows the line when it has
/// no control characters (almost always).
fn clean_line(line: &str) -> Cow<'_, str> {
    let trimmed = line.trim_end_matches([' ', '\t']);
    if !trimmed.chars().any(|c| c.is_control() && c != '\t') {
        return Cow::Borrowed(trimmed);
    }
    let mut s: String = line
        .chars()
        .filter_map(|c| match c {
            '\0' => Some('\u{FFFD}'),
            '\t' => Some('\t'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let keep = s.trim_end_matches([' ', '\t']).len();
    s.truncate(keep);
    Cow::Owned(s)
}

fn escape_line(out: &mut String, line: &str) {
    let body = line.trim_start_matches([' ', '\t']);
    for c in line[..line.len() - body.len()].chars() {
        out.push_str(if c == ' ' { "&#32;" } else { "&#9;" });
    }
    // Runs without ASCII punctuation are copied at once; each punctuation character gets its backslash.
    let mut rest = body;
    while let Some(at) = rest.bytes().position(|b| b.is_ascii_punctuation()) {
        out.push_str(&rest[..at]);
        out.push('\\');
        out.push_str(&rest[at..at + 1]);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_punctuation_and_lines() {
        assert_eq!(escape("a*b <x>", Mode::Inline), "a\\*b \\<x\\>");
        assert_eq!(escape("a\r\nb", Mode::Block("> ")), "a\\\n> b");
        assert_eq!(escape("a\n\n\nb", Mode::Block("  ")), "a\n\n  b");
        assert_eq!(escape("a\nb\n\nc", Mode::Inline), "a<pcp-br/>b<pcp-br/><pcp-br/>c");
        assert_eq!(escape("    code", Mode::Inline), "&#32;&#32;&#32;&#32;code");
        assert_eq!(escape("x\0\u{7}y  ", Mode::Inline), "x\u{FFFD}y");
        assert_eq!(escape("\n\nx\n\n", Mode::Inline), "x");
    }
}
