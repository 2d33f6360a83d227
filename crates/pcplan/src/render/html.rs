//! Markdown events → an accessible HTML document.
//!
//! The writer handles every event itself: raw HTML that is not a pcplan marker is written as escaped text,
//! markers become `<span lang dir>`, `<caption>`, `<br>` or a signature line; the running header and footer are
//! left out (they are for paged output).

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
use pulldown_cmark_escape::{escape_html, escape_html_body_text};

use super::markers::{Marker, parse_markdown};
use crate::i18n::{Direction, Locale};

const CSS: &str = include_str!("templates/plan.css");

/// A whole HTML document from the plan's Markdown.
pub(crate) fn document(markdown: &str, locale: &Locale<'_>, title: &str, large_print: bool) -> String {
    let lang = locale.id().to_string();
    let dir = locale.direction();
    let mut out = String::with_capacity(markdown.len() * 2 + CSS.len() + 512);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push_attr(&mut out, &lang);
    out.push_str("\" dir=\"");
    out.push_str(dir.as_str());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    push_text(&mut out, title);
    out.push_str("</title>\n<style>\n");
    out.push_str(CSS);
    if large_print {
        out.push_str(":root { --base-size: 20pt; }\n");
    }
    out.push_str("</style>\n</head>\n<body");
    if large_print {
        out.push_str(" class=\"large-print\"");
    }
    out.push_str(">\n<main>\n");
    body(&mut out, markdown, dir);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn push_text(out: &mut String, text: &str) {
    let _ = escape_html_body_text(&mut *out, text);
}

fn push_attr(out: &mut String, text: &str) {
    let _ = escape_html(&mut *out, text);
}

/// Where the writer is.
#[derive(PartialEq)]
enum Skip {
    /// Writing normally.
    No,
    /// Inside a running header or footer paragraph: nothing is written.
    Running,
}

fn body(out: &mut String, markdown: &str, doc_dir: Direction) {
    let mut skip = Skip::No;
    // A caption paragraph is collected here and written inside the next table.
    let mut caption: Option<String> = None;
    let mut in_caption = false;
    let mut in_table_head = false;
    let mut para_started = false;
    let mut pending_para: Option<usize> = None;
    // The direction of each open `<pcp-lang>` span.
    let mut lang_stack: Vec<Direction> = Vec::new();
    let mut buf = String::new();
    // Consecutive text events (Markdown escapes split one text into several), written together so that a
    // run against the current direction is found whole and isolated once.
    let mut pending = String::new();

    // `target` is the caption buffer while one is open, the document otherwise.
    macro_rules! target {
        () => {
            if in_caption { &mut buf } else { &mut *out }
        };
    }

    for event in parse_markdown(markdown) {
        if skip == Skip::No
            && let Event::Text(text) = &event
        {
            pending.push_str(text);
            continue;
        }
        if !pending.is_empty() {
            flush_para(out, &mut pending_para);
            let context = lang_stack.last().copied().unwrap_or(doc_dir);
            push_isolated(target!(), &pending, context);
            pending.clear();
        }
        if skip == Skip::Running {
            if let Event::Html(raw) | Event::InlineHtml(raw) = &event
                && matches!(Marker::parse(raw), Some(Marker::HeaderEnd | Marker::FooterEnd))
            {
                skip = Skip::No;
            }
            if let Event::End(TagEnd::Paragraph) = event
                && skip == Skip::No
            {
                para_started = false;
            }
            continue;
        }
        match event {
            Event::Start(Tag::Paragraph) => {
                // Written lazily: a paragraph that is a caption, header or footer is not a <p>.
                pending_para = Some(out.len());
                para_started = true;
            }
            Event::End(TagEnd::Paragraph) => {
                if in_caption {
                    in_caption = false;
                } else if para_started {
                    flush_para(out, &mut pending_para);
                    out.push_str("</p>\n");
                }
                para_started = false;
                pending_para = None;
            }
            Event::Start(Tag::Heading { level, .. }) => {
                out.push_str(&format!("<{}>", heading(level)));
            }
            Event::End(TagEnd::Heading(level)) => {
                out.push_str(&format!("</{}>\n", heading(level)));
            }
            Event::Start(Tag::BlockQuote(_)) => out.push_str("<blockquote>\n"),
            Event::End(TagEnd::BlockQuote(_)) => out.push_str("</blockquote>\n"),
            Event::Start(Tag::List(Some(start))) => {
                if start == 1 {
                    out.push_str("<ol>\n");
                } else {
                    out.push_str(&format!("<ol start=\"{start}\">\n"));
                }
            }
            Event::Start(Tag::List(None)) => out.push_str("<ul>\n"),
            Event::End(TagEnd::List(true)) => out.push_str("</ol>\n"),
            Event::End(TagEnd::List(false)) => out.push_str("</ul>\n"),
            Event::Start(Tag::Item) => out.push_str("<li>"),
            Event::End(TagEnd::Item) => out.push_str("</li>\n"),
            Event::Start(Tag::Table(_)) => {
                out.push_str("<table>\n");
                if let Some(c) = caption.take() {
                    out.push_str("<caption>");
                    out.push_str(&c);
                    out.push_str("</caption>\n");
                }
            }
            Event::End(TagEnd::Table) => out.push_str("</tbody>\n</table>\n"),
            Event::Start(Tag::TableHead) => {
                in_table_head = true;
                out.push_str("<thead>\n<tr>");
            }
            Event::End(TagEnd::TableHead) => {
                in_table_head = false;
                out.push_str("</tr>\n</thead>\n<tbody>\n");
            }
            Event::Start(Tag::TableRow) => out.push_str("<tr>"),
            Event::End(TagEnd::TableRow) => out.push_str("</tr>\n"),
            Event::Start(Tag::TableCell) => {
                out.push_str(if in_table_head { "<th scope=\"col\">" } else { "<td>" });
            }
            Event::End(TagEnd::TableCell) => out.push_str(if in_table_head { "</th>" } else { "</td>" }),
            Event::Start(Tag::Emphasis) => {
                flush_para(out, &mut pending_para);
                target!().push_str("<em>");
            }
            Event::End(TagEnd::Emphasis) => target!().push_str("</em>"),
            Event::Start(Tag::Strong) => {
                flush_para(out, &mut pending_para);
                target!().push_str("<strong>");
            }
            Event::End(TagEnd::Strong) => target!().push_str("</strong>"),
            Event::Start(Tag::Strikethrough) => target!().push_str("<s>"),
            Event::End(TagEnd::Strikethrough) => target!().push_str("</s>"),
            // Templates write no links, images or code; should one appear, its text is kept as text.
            Event::Start(_) | Event::End(_) => {}
            Event::Text(text) | Event::Code(text) => {
                // Text is gathered into `pending` above; only code arrives here.
                flush_para(out, &mut pending_para);
                push_text(target!(), &text);
            }
            Event::SoftBreak => {
                flush_para(out, &mut pending_para);
                target!().push('\n');
            }
            Event::HardBreak => {
                flush_para(out, &mut pending_para);
                target!().push_str("<br>\n");
            }
            Event::Rule => out.push_str("<hr>\n"),
            Event::Html(raw) | Event::InlineHtml(raw) => match Marker::parse(&raw) {
                Some(Marker::CaptionStart) if para_started && pending_para.is_some() => {
                    pending_para = None;
                    in_caption = true;
                    buf.clear();
                }
                Some(Marker::CaptionEnd) if in_caption => {
                    caption = Some(std::mem::take(&mut buf));
                }
                Some(Marker::HeaderStart | Marker::FooterStart) => {
                    pending_para = None;
                    para_started = false;
                    skip = Skip::Running;
                }
                Some(Marker::LangStart(lang)) => {
                    flush_para(out, &mut pending_para);
                    let t = target!();
                    t.push_str("<span lang=\"");
                    push_attr(t, &lang.to_string());
                    t.push('"');
                    let dir = Direction::of(&lang);
                    let outer = lang_stack.last().copied().unwrap_or(doc_dir);
                    lang_stack.push(dir);
                    if dir != outer {
                        t.push_str(" dir=\"");
                        t.push_str(dir.as_str());
                        t.push('"');
                    }
                    t.push('>');
                }
                Some(Marker::LangEnd) => {
                    if lang_stack.pop().is_some() {
                        target!().push_str("</span>");
                    }
                }
                Some(Marker::LineBreak) => {
                    flush_para(out, &mut pending_para);
                    target!().push_str("<br>");
                }
                Some(Marker::SignatureLine) => {
                    flush_para(out, &mut pending_para);
                    target!().push_str("<span class=\"signature-line\"></span>");
                }
                // Page numbers only mean something on paper; stray caption or running markers are dropped.
                Some(_) => {}
                None => {
                    flush_para(out, &mut pending_para);
                    push_text(target!(), &raw);
                }
            },
            Event::FootnoteReference(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                flush_para(out, &mut pending_para);
                push_text(target!(), &text);
            }
            Event::TaskListMarker(_) => {}
        }
    }
    if !pending.is_empty() {
        flush_para(out, &mut pending_para);
        push_isolated(target!(), &pending, lang_stack.last().copied().unwrap_or(doc_dir));
    }
}

/// Writes text, each run against `context` (a phone number in Arabic, an Arabic name in English) in a
/// `<bdi dir>`, so the bidirectional algorithm keeps its order.
fn push_isolated(out: &mut String, text: &str, context: Direction) {
    let opposite = if context == Direction::Rtl { Direction::Ltr } else { Direction::Rtl };
    let mut at = 0;
    for run in crate::text::bidi::opposite_runs(text, context) {
        push_text(out, &text[at..run.start]);
        out.push_str("<bdi dir=\"");
        out.push_str(opposite.as_str());
        out.push_str("\">");
        push_text(out, &text[run.clone()]);
        out.push_str("</bdi>");
        at = run.end;
    }
    push_text(out, &text[at..]);
}

/// Writes the `<p>` of a paragraph that turned out to be an ordinary one.
fn flush_para(out: &mut String, pending: &mut Option<usize>) {
    if pending.take().is_some() {
        out.push_str("<p>");
    }
}

fn heading(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 => "h1",
        HeadingLevel::H2 => "h2",
        HeadingLevel::H3 => "h3",
        HeadingLevel::H4 => "h4",
        HeadingLevel::H5 => "h5",
        HeadingLevel::H6 => "h6",
    }
}
