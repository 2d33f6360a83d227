//! The closed set of template-only markers, and the one Markdown parser configuration every writer uses.
//!
//! Markdown cannot say everything a plan document needs: a run of text in another language, a table caption,
//! a running page header or footer with page numbers, a line to sign on. Templates say these with a small,
//! closed set of HTML-like tags. Plan text can never produce one: every plan value is backslash-escaped before
//! it reaches the Markdown, so its `<` arrives as the literal character, never as the start of a tag.
//! Anything that looks like HTML but is not one of these markers is shown as text by every writer.
//!
//! | Marker | Where | Meaning |
//! |---|---|---|
//! | `<pcp-lang lang="TAG">` … `</pcp-lang>` | inline | the enclosed text is in language `TAG` (BCP-47); direction follows its script |
//! | `<pcp-caption>` … `</pcp-caption>` | a paragraph of its own, right before a table | the caption of that table |
//! | `<pcp-header>` … `</pcp-header>` | a paragraph of its own | the running page header (PDF); HTML leaves it out |
//! | `<pcp-footer>` … `</pcp-footer>` | a paragraph of its own | the running page footer (PDF); HTML leaves it out |
//! | `<pcp-page/>`, `<pcp-pages/>` | inside the footer | the current page number and the page count |
//! | `<pcp-signature-line/>` | inline | a blank line to sign on |
//! | `<pcp-br/>` | inline | a line break inside a heading or table cell (plan text with line breaks there) |

use pulldown_cmark::{Options, Parser};
use unic_langid::LanguageIdentifier;

/// One template-only marker, parsed from an `Html`/`InlineHtml` event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Marker {
    LangStart(LanguageIdentifier),
    LangEnd,
    CaptionStart,
    CaptionEnd,
    HeaderStart,
    HeaderEnd,
    FooterStart,
    FooterEnd,
    PageNumber,
    PageCount,
    SignatureLine,
    LineBreak,
}

impl Marker {
    /// Parses a marker from the raw HTML of one pulldown-cmark `InlineHtml` (or `Html`) event.
    /// Returns `None` for anything else; the writers then show that HTML as literal text.
    pub(crate) fn parse(raw: &str) -> Option<Marker> {
        let raw = raw.trim();
        Some(match raw {
            "</pcp-lang>" => Marker::LangEnd,
            "<pcp-caption>" => Marker::CaptionStart,
            "</pcp-caption>" => Marker::CaptionEnd,
            "<pcp-header>" => Marker::HeaderStart,
            "</pcp-header>" => Marker::HeaderEnd,
            "<pcp-footer>" => Marker::FooterStart,
            "</pcp-footer>" => Marker::FooterEnd,
            "<pcp-page/>" => Marker::PageNumber,
            "<pcp-pages/>" => Marker::PageCount,
            "<pcp-signature-line/>" => Marker::SignatureLine,
            "<pcp-br/>" => Marker::LineBreak,
            _ => {
                let tag = raw.strip_prefix("<pcp-lang lang=\"")?.strip_suffix("\">")?;
                Marker::LangStart(tag.parse().ok()?)
            }
        })
    }

    /// The Markdown text a template writes for this marker.
    pub(crate) fn to_markdown(&self) -> String {
        match self {
            Marker::LangStart(tag) => format!("<pcp-lang lang=\"{tag}\">"),
            Marker::LangEnd => "</pcp-lang>".into(),
            Marker::CaptionStart => "<pcp-caption>".into(),
            Marker::CaptionEnd => "</pcp-caption>".into(),
            Marker::HeaderStart => "<pcp-header>".into(),
            Marker::HeaderEnd => "</pcp-header>".into(),
            Marker::FooterStart => "<pcp-footer>".into(),
            Marker::FooterEnd => "</pcp-footer>".into(),
            Marker::PageNumber => "<pcp-page/>".into(),
            Marker::PageCount => "<pcp-pages/>".into(),
            Marker::SignatureLine => "<pcp-signature-line/>".into(),
            Marker::LineBreak => "<pcp-br/>".into(),
        }
    }
}

/// The Markdown dialect of pcplan documents: CommonMark plus GFM tables. Every writer parses with this, so
/// HTML and PDF see the same events.
pub(crate) fn parse_markdown(markdown: &str) -> Parser<'_> {
    Parser::new_ext(markdown, Options::ENABLE_TABLES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_round_trip() {
        let all = [
            Marker::LangStart("zh-Hant".parse().unwrap()),
            Marker::LangEnd,
            Marker::CaptionStart,
            Marker::CaptionEnd,
            Marker::HeaderStart,
            Marker::HeaderEnd,
            Marker::FooterStart,
            Marker::FooterEnd,
            Marker::PageNumber,
            Marker::PageCount,
            Marker::SignatureLine,
            Marker::LineBreak,
        ];
        for m in all {
            assert_eq!(Marker::parse(&m.to_markdown()), Some(m));
        }
        assert_eq!(Marker::parse("<span>"), None);
        assert_eq!(Marker::parse("<pcp-lang lang=\"x y\">"), None);
    }
}
