//! The CarePlan narrative: pcplan's own HTML document, in the person's language, made into a FHIR narrative
//! `div`.
//!
//! FHIR narrative is well-formed XHTML in a `div` of the XHTML namespace, limited to a fixed set of elements and
//! attributes (no head or body, no scripts, forms, styles sheets or event attributes). pcplan's HTML writer
//! escapes every plan value, so each `<` in its body starts one of the writer's own tags; this module keeps the
//! tags FHIR allows, closes the void ones, rewrites the few it does not allow (`<s>` becomes a struck-through
//! `<span>`), and drops any other tag while keeping its text.

use crate::i18n::Direction;

/// Elements FHIR narrative allows (FHIR R4 §2.4 Narrative, invariant txt-1).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "b",
    "big",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "samp",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "ul",
    "var",
];

/// Attributes FHIR narrative allows that pcplan's HTML uses.
const ATTRIBUTES: &[&str] = &["class", "dir", "id", "lang", "scope", "start", "style", "title", "colspan", "rowspan"];

const VOID: &[&str] = &["br", "hr", "img", "col"];

/// The narrative `div` for an HTML document written by pcplan's renderer.
pub(crate) fn div_from_html(html: &str, lang: &str, dir: Direction) -> String {
    let body =
        html.split_once("<main>").and_then(|(_, rest)| rest.rsplit_once("</main>")).map_or(html, |(body, _)| body);
    let mut out = String::with_capacity(body.len() + 128);
    out.push_str("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"");
    out.push_str(lang);
    out.push_str("\" xml:lang=\"");
    out.push_str(lang);
    out.push_str("\" dir=\"");
    out.push_str(dir.as_str());
    out.push_str("\">");
    let mut rest = body.trim();
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        write_tag(&mut out, &rest[lt + 1..lt + gt]);
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    out.push_str("</div>");
    out
}

fn write_tag(out: &mut String, tag: &str) {
    let (closing, tag) = match tag.strip_prefix('/') {
        Some(t) => (true, t),
        None => (false, tag.trim_end_matches('/')),
    };
    let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
    let name = name.to_ascii_lowercase();
    let (name, extra) = match name.as_str() {
        "s" | "del" | "strike" => ("span", Some(" style=\"text-decoration: line-through\"")),
        n if ELEMENTS.contains(&n) => (n, None),
        _ => return,
    };
    if closing {
        if !VOID.contains(&name) {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        return;
    }
    out.push('<');
    out.push_str(name);
    for (key, value) in attributes(attrs) {
        if ATTRIBUTES.contains(&key) && !key.starts_with("on") {
            out.push(' ');
            out.push_str(key);
            out.push_str("=\"");
            out.push_str(value);
            out.push('"');
        }
    }
    if let Some(extra) = extra {
        out.push_str(extra);
    }
    out.push_str(if VOID.contains(&name) { "/>" } else { ">" });
}

/// `key="value"` pairs of a tag written by pcplan's HTML writer (values are escaped and double-quoted).
fn attributes(mut s: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start();
        let Some(eq) = s.find("=\"") else { break };
        let key = &s[..eq];
        let Some(end) = s[eq + 2..].find('"') else { break };
        out.push((key, &s[eq + 2..eq + 2 + end]));
        s = &s[eq + 2 + end + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_allowed_tags_closes_void_ones_and_drops_the_rest() {
        let html = "<html><head><style>x</style></head><body><main>\n<h1>T</h1>\n<p>a &amp; b<br>\n<s>old</s> \
                    <span lang=\"es\" onclick=\"x\">hola</span><section>in</section></p>\n<hr>\n</main></body></html>";
        let div = div_from_html(html, "en", Direction::Ltr);
        assert_eq!(
            div,
            "<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\" dir=\"ltr\"><h1>T</h1>\n<p>a &amp; \
             b<br/>\n<span style=\"text-decoration: line-through\">old</span> <span lang=\"es\">hola</span>in</p>\n<hr/></div>"
        );
    }
}
