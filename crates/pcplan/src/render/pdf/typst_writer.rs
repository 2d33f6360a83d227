//! Markdown events → Typst markup.
//!
//! Text never reaches the markup raw: every character other than an ASCII letter or digit, a plain space,
//! or a non-ASCII letter/number is written as a Typst escape (`\#`, `\u{301}`). Typst's markup syntax is
//! triggered only by ASCII punctuation, so escaped text can only ever be literal text. Structure (headings,
//! lists, tables…) is written as explicit function calls whose brackets this writer balances itself, so
//! misnested template markers cannot unbalance them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};
use unic_langid::LanguageIdentifier;
use unicode_segmentation::UnicodeSegmentation;

use super::fonts::{self, FamilyId, PdfFonts};
use super::{PdfSettings, PdfWarning};
use crate::i18n::Direction;
use crate::render::markers::{self, Marker};
use crate::text::bidi;

/// The result of writing: the Typst source and the characters that had to be replaced.
pub(crate) struct Written {
    pub(crate) markup: String,
    pub(crate) warnings: Vec<PdfWarning>,
    /// The families the document's book must hold: those its text needs, and the base families.
    pub(crate) families: Vec<FamilyId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Body,
    Caption,
    Header,
    Footer,
}

enum Kind {
    Root,
    Paragraph(Role),
    Heading(u8),
    BlockQuote,
    List(Option<u64>),
    Item,
    Emph,
    Strong,
    Strike,
    Link(String),
    Image,
    Lang(Direction),
    CodeBlock,
    Table(Vec<Alignment>),
    TableHead,
    TableRow,
    TableCell,
    Other,
}

struct Frame {
    kind: Kind,
    text: String,
    cells: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Whether anything visible (a glyph or a replacement box) was written into this frame.
    visible: bool,
    /// The font chain of the text in this frame (an index into `Writer::chains`).
    chain: usize,
}

impl Frame {
    fn new(kind: Kind, chain: usize) -> Self {
        Frame { kind, text: String::new(), cells: Vec::new(), rows: Vec::new(), visible: false, chain }
    }
}

struct Writer<'a> {
    fonts: &'a PdfFonts,
    stack: Vec<Frame>,
    header: Option<String>,
    footer: Option<String>,
    caption: Option<String>,
    /// Font chains by key (the language tag), numbered in order of first use.
    chains: Vec<(String, Vec<FamilyId>)>,
    /// The families some text was found drawable with: only these go into the document's font book.
    used: BTreeSet<FamilyId>,
    missing: BTreeMap<(&'static str, &'static str), usize>,
    in_code_block: bool,
    /// Consecutive text events (Markdown escapes split one text into several), written together so that a
    /// run against the paragraph's direction is found whole.
    pending: String,
    /// The document's direction (an open `<pcp-lang>` frame carries its own).
    doc_dir: Direction,
    /// Large print: tables become stacked blocks (see [`Writer::stacked_table`]).
    large_print: bool,
}

/// Writes the whole Typst document for `markdown`.
pub(crate) fn write(markdown: &str, settings: &PdfSettings, fonts: &PdfFonts) -> Written {
    let mut w = Writer {
        fonts,
        stack: vec![Frame::new(Kind::Root, 0)],
        header: None,
        footer: None,
        caption: None,
        chains: Vec::new(),
        used: BTreeSet::new(),
        missing: BTreeMap::new(),
        in_code_block: false,
        pending: String::new(),
        doc_dir: Direction::of(&settings.lang),
        large_print: settings.large_print,
    };
    // Chain 0 is the document language's; its first family sets the document's spaces and line height.
    w.chain_index(&settings.lang);
    if let Some(&first) = w.chains[0].1.first() {
        w.used.insert(first);
    }
    for event in markers::parse_markdown(markdown) {
        w.event(event);
    }
    w.flush_text();
    w.flush_caption();
    while w.stack.len() > 1 {
        w.end_top();
    }
    let body = std::mem::take(&mut w.stack[0].text);

    let mut out = String::with_capacity(body.len() + 4096);
    w.preamble(settings, &mut out);
    out.push_str(&body);
    let warnings = w
        .missing
        .iter()
        .map(|(&(script, family), &count)| PdfWarning::MissingGlyphs { script, family, count })
        .collect();
    let families = w.book_families();
    Written { markup: out, warnings, families }
}

/// Typst's `lang` (ISO 639) and `region` (ISO 3166-1 alpha-2) for a BCP-47 tag.
pub(crate) fn typst_lang(lang: &LanguageIdentifier) -> (String, Option<String>) {
    let code = match lang.language.as_str() {
        "fil" => "tl",
        "mww" => "hmn",
        "hyw" => "hy",
        "und" => "en",
        other if (2..=3).contains(&other.len()) => other,
        _ => "en",
    };
    let region = lang
        .region
        .as_ref()
        .map(|r| r.as_str().to_owned())
        .filter(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()))
        .or_else(|| match (code, lang.script.as_ref().map(|s| s.as_str())) {
            ("zh", Some("Hant")) => Some("TW".to_owned()),
            ("zh", Some("Hans")) => Some("CN".to_owned()),
            _ => None,
        });
    (code.to_owned(), region)
}

/// A Typst string literal holding `s` exactly.
pub(crate) fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() || !(c.is_alphanumeric() || c == ' ' || c.is_ascii_graphic()) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Private-use characters and noncharacters (`U+FFFE`, `U+FDD0`…).
fn is_private_or_noncharacter(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF | 0xFDD0..=0xFDEF) || (u & 0xFFFE) == 0xFFFE
}

/// Appends one character as literal markup text.
fn escape_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || c == ' ' {
        out.push(c);
    } else if c.is_ascii_graphic() {
        out.push('\\');
        out.push(c);
    } else if !c.is_ascii() && c.is_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

impl Writer<'_> {
    fn out(&mut self) -> &mut String {
        &mut self.stack.last_mut().expect("root frame").text
    }

    fn push(&mut self, kind: Kind) {
        let chain = self.stack.last().map_or(0, |f| f.chain);
        self.stack.push(Frame::new(kind, chain));
    }

    fn chain_index(&mut self, lang: &LanguageIdentifier) -> usize {
        let key = lang.to_string();
        if let Some(i) = self.chains.iter().position(|(k, _)| *k == key) {
            return i;
        }
        self.chains.push((key, self.fonts.chain(lang)));
        self.chains.len() - 1
    }

    fn event(&mut self, event: Event<'_>) {
        if let Event::Text(text) = &event
            && !self.in_code_block
        {
            self.pending.push_str(text);
            return;
        }
        self.flush_text();
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if self.in_code_block {
                    self.out().push_str(&text);
                } else {
                    self.text(&text, false);
                }
            }
            Event::Code(text) => {
                self.out().push_str("#text(font: pcp-mono)[");
                self.text(&text, false);
                self.out().push(']');
            }
            Event::Html(raw) | Event::InlineHtml(raw) => match Marker::parse(&raw) {
                Some(marker) => self.marker(marker),
                None => self.text(&raw, false),
            },
            Event::SoftBreak => self.out().push('\n'),
            Event::HardBreak => self.out().push_str("#linebreak()\n"),
            Event::Rule => {
                self.flush_caption();
                self.out().push_str("#line(length: 100%)\n\n");
            }
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.text(&text, false)
            }
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }, false),
        }
    }

    /// The direction of the innermost open language run, else the document's.
    fn direction(&self) -> Direction {
        self.stack
            .iter()
            .rev()
            .find_map(|f| match f.kind {
                Kind::Lang(dir) => Some(dir),
                _ => None,
            })
            .unwrap_or(self.doc_dir)
    }

    /// Writes the pending text, each run against the current direction inside `text(dir: …)`, which Typst
    /// isolates for the bidirectional algorithm without putting control characters into the PDF's text.
    fn flush_text(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.pending);
        let context = self.direction();
        let opposite = if context == Direction::Rtl { Direction::Ltr } else { Direction::Rtl };
        let mut at = 0;
        for run in bidi::opposite_runs(&text, context) {
            self.text(&text[at..run.start], false);
            let _ = write!(self.out(), "#text(dir: {})[", opposite.as_str());
            self.text(&text[run.clone()], false);
            self.out().push(']');
            at = run.end;
        }
        self.text(&text[at..], false);
    }

    fn start(&mut self, tag: Tag<'_>) {
        if !matches!(tag, Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::TableCell) && self.is_block(&tag) {
            self.flush_caption();
        }
        let kind = match tag {
            Tag::Paragraph | Tag::HtmlBlock => Kind::Paragraph(Role::Body),
            Tag::Heading { level, .. } => Kind::Heading(match level {
                HeadingLevel::H1 => 1,
                HeadingLevel::H2 => 2,
                HeadingLevel::H3 => 3,
                HeadingLevel::H4 => 4,
                HeadingLevel::H5 => 5,
                HeadingLevel::H6 => 6,
            }),
            Tag::BlockQuote(_) => Kind::BlockQuote,
            Tag::CodeBlock(_) => {
                self.in_code_block = true;
                Kind::CodeBlock
            }
            Tag::List(start) => Kind::List(start),
            Tag::Item => Kind::Item,
            Tag::Emphasis => Kind::Emph,
            Tag::Strong => Kind::Strong,
            Tag::Strikethrough => Kind::Strike,
            Tag::Link { dest_url, .. } => Kind::Link(dest_url.to_string()),
            Tag::Image { .. } => Kind::Image,
            Tag::Table(aligns) => Kind::Table(aligns),
            Tag::TableHead => Kind::TableHead,
            Tag::TableRow => Kind::TableRow,
            Tag::TableCell => Kind::TableCell,
            _ => Kind::Other,
        };
        self.push(kind);
    }

    fn is_block(&self, tag: &Tag<'_>) -> bool {
        matches!(
            tag,
            Tag::Paragraph
                | Tag::HtmlBlock
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::List(_)
                | Tag::Table(_)
        ) && self.stack.len() == 1
    }

    fn end(&mut self, _tag: TagEnd) {
        // Language spans left open inside this element close with it.
        while matches!(self.stack.last().map(|f| &f.kind), Some(Kind::Lang(_))) {
            self.end_top();
        }
        self.end_top();
    }

    /// Pops the top frame and writes it into its parent.
    fn end_top(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        let frame = self.stack.pop().expect("checked above");
        let text = frame.text;
        if frame.visible
            && let Some(parent) = self.stack.last_mut()
        {
            parent.visible = true;
        }
        match frame.kind {
            Kind::Root | Kind::Other | Kind::Image => self.out().push_str(&text),
            Kind::Paragraph(Role::Body) => {
                self.out().push_str(&text);
                self.out().push_str("\n\n");
            }
            Kind::Paragraph(Role::Caption) => self.caption = Some(text.trim().to_owned()),
            Kind::Paragraph(Role::Header) => self.header = Some(text.trim().to_owned()),
            Kind::Paragraph(Role::Footer) => self.footer = Some(text.trim().to_owned()),
            // PDF/UA-1 refuses a heading without text: an empty one is written as a paragraph.
            Kind::Heading(level) if frame.visible => {
                let _ = write!(self.out(), "#heading(level: {level})[{text}]\n\n");
            }
            Kind::Heading(_) => {
                self.out().push_str(&text);
                self.out().push_str("\n\n");
            }
            Kind::BlockQuote => {
                let _ = write!(self.out(), "#quote(block: true)[{text}]\n\n");
            }
            Kind::Item => {
                let _ = write!(self.out(), "[{text}]");
            }
            Kind::List(start) => {
                match start {
                    Some(n) => {
                        let _ = write!(self.out(), "#enum(start: {n})");
                    }
                    None => self.out().push_str("#list"),
                }
                self.out().push_str(&text);
                self.out().push_str("\n\n");
            }
            Kind::Emph => {
                let _ = write!(self.out(), "#emph[{text}]");
            }
            Kind::Strong => {
                let _ = write!(self.out(), "#strong[{text}]");
            }
            Kind::Strike => {
                let _ = write!(self.out(), "#strike[{text}]");
            }
            Kind::Lang(_) => {
                self.out().push_str(&text);
                self.out().push(']');
            }
            Kind::Link(url) => {
                self.out().push_str(&text);
                let mut shown = String::new();
                for c in url.chars() {
                    escape_char(&mut shown, c);
                }
                if !url.is_empty() && shown != text && !url.starts_with('#') {
                    self.out().push_str(" \\(");
                    self.text(&url, false);
                    self.out().push_str("\\)");
                }
            }
            Kind::CodeBlock => {
                self.in_code_block = false;
                let mut body = String::new();
                let code = text.strip_suffix('\n').unwrap_or(&text);
                for (i, line) in code.split('\n').enumerate() {
                    if i > 0 {
                        body.push_str("#linebreak()\n");
                    }
                    self.push(Kind::Other);
                    self.text(line, true);
                    let escaped = self.stack.pop().expect("just pushed").text;
                    body.push_str(&escaped);
                }
                let _ = write!(
                    self.out(),
                    "#block(inset: 6pt, fill: luma(245), width: 100%)[#text(font: pcp-mono)[{body}]]\n\n"
                );
            }
            Kind::TableCell => {
                if let Some(parent) = self.stack.last_mut() {
                    parent.cells.push(text);
                }
            }
            Kind::TableHead | Kind::TableRow => {
                if let Some(parent) = self.stack.last_mut() {
                    parent.rows.push(frame.cells);
                }
            }
            Kind::Table(aligns) => {
                let caption = self.caption.take();
                self.table(&aligns, frame.rows, caption);
            }
        }
    }

    fn table(&mut self, aligns: &[Alignment], rows: Vec<Vec<String>>, caption: Option<String>) {
        if self.large_print {
            return self.stacked_table(rows, caption);
        }
        let columns = aligns.len().max(1);
        let mut t = String::new();
        let _ = write!(t, "table(columns: {columns}, align: (");
        for a in aligns {
            t.push_str(match a {
                Alignment::None | Alignment::Left => "start, ",
                Alignment::Center => "center, ",
                Alignment::Right => "end, ",
            });
        }
        t.push_str("),\n");
        let cell = |t: &mut String, c: Option<&String>| {
            t.push('[');
            if let Some(c) = c {
                t.push_str(c);
            }
            t.push_str("], ");
        };
        let mut rows = rows.into_iter();
        if let Some(head) = rows.next() {
            t.push_str("table.header(");
            for i in 0..columns {
                cell(&mut t, head.get(i));
            }
            t.push_str("),\n");
        }
        for row in rows {
            for i in 0..columns {
                cell(&mut t, row.get(i));
            }
            t.push('\n');
        }
        t.push(')');
        match caption {
            Some(caption) => {
                let _ = write!(self.out(), "#figure(kind: table, caption: [{caption}], {t})\n\n");
            }
            None => {
                let _ = write!(self.out(), "#{t}\n\n");
            }
        }
    }

    /// Large print: at 20 points a table of more than two columns does not fit the page, and its text would
    /// run out of the cells. Each row becomes a block of its own, a description list with the column header
    /// as each field's term (bold, on its own line) and the cell below it; empty fields are left out. The
    /// caption is kept with the first block.
    fn stacked_table(&mut self, rows: Vec<Vec<String>>, caption: Option<String>) {
        let mut rows = rows.into_iter();
        let head = rows.next().unwrap_or_default();
        let mut out = String::new();
        if let Some(caption) = caption {
            let _ = writeln!(out, "#block(sticky: true, below: 0.8em)[#strong[{caption}]]");
        }
        // A rule on the side the lines start from marks where one row's block begins.
        let side = if self.doc_dir == Direction::Rtl { "right" } else { "left" };
        for row in rows {
            // A description list: the column header is the term, the cell its description; no punctuation
            // between them, since the right one differs by language.
            let mut items = String::new();
            for (i, cell) in row.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()) {
                let label = head.get(i).map_or("", |h| h.as_str());
                let _ = write!(items, "terms.item[{label}][{cell}], ");
            }
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "#block(width: 100%, inset: (x: 0.5em, y: 0.3em), stroke: ({side}: 2pt + luma(110)), above: 0.9em, below: 0.9em)[#terms(tight: true, separator: linebreak(), hanging-indent: 0pt, {items})]"
            );
        }
        out.push('\n');
        self.out().push_str(&out);
    }

    /// A caption not followed by a table is shown as an ordinary paragraph.
    fn flush_caption(&mut self) {
        if let Some(caption) = self.caption.take()
            && let Some(root) = self.stack.first_mut()
        {
            root.text.push_str(&caption);
            root.text.push_str("\n\n");
        }
    }

    fn marker(&mut self, marker: Marker) {
        match marker {
            Marker::LangStart(lang) => {
                let (code, region) = typst_lang(&lang);
                let chain = self.chain_index(&lang);
                let mut open = format!("#text(lang: {}", string_literal(&code));
                if let Some(region) = region {
                    let _ = write!(open, ", region: {}", string_literal(&region));
                }
                let dir = Direction::of(&lang);
                if dir != self.direction() {
                    let _ = write!(open, ", dir: {}", dir.as_str());
                }
                let _ = write!(open, ", font: pcp-font-{chain})[");
                self.out().push_str(&open);
                self.push(Kind::Lang(dir));
                if let Some(frame) = self.stack.last_mut() {
                    frame.chain = chain;
                }
            }
            Marker::LangEnd => {
                if matches!(self.stack.last().map(|f| &f.kind), Some(Kind::Lang(_))) {
                    self.end_top();
                }
            }
            Marker::CaptionStart | Marker::HeaderStart | Marker::FooterStart => {
                let role = match marker {
                    Marker::CaptionStart => Role::Caption,
                    Marker::HeaderStart => Role::Header,
                    _ => Role::Footer,
                };
                // Only a marker opening a paragraph of its own (at the top level) gives it a role.
                if self.stack.len() == 2
                    && let Some(frame) = self.stack.last_mut()
                    && matches!(frame.kind, Kind::Paragraph(Role::Body))
                    && frame.text.trim().is_empty()
                {
                    frame.kind = Kind::Paragraph(role);
                    frame.text.clear();
                }
            }
            Marker::CaptionEnd | Marker::HeaderEnd | Marker::FooterEnd => {}
            Marker::PageNumber => self.out().push_str("#context counter(page).display()"),
            Marker::PageCount => self.out().push_str("#context counter(page).final().first()"),
            Marker::SignatureLine => self.out().push_str("#box(width: 12em, height: 1.4em, stroke: (bottom: 0.6pt))"),
            // A line break inside a heading or table cell, where Markdown has none.
            Marker::LineBreak => self.out().push_str("#linebreak()"),
        }
    }

    /// Appends plan text as literal markup. `code` keeps spaces (as no-break spaces).
    fn text(&mut self, text: &str, code: bool) {
        let mut out = String::with_capacity(text.len() + 8);
        let mut visible = false;
        let chain_index = self.stack.last().map_or(0, |f| f.chain);
        let chain = std::mem::take(&mut self.chains[chain_index].1);
        for cluster in text.graphemes(true) {
            let covered = !cluster.chars().any(fonts::needs_glyph) || self.draw_with(&chain, cluster);
            let mut first = true;
            for c in cluster.chars() {
                let c = match c {
                    // Line and paragraph separators break like a newline in Markdown text: a space here (a
                    // font that maps them draws nothing PDF/UA-1 accepts as text).
                    '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => ' ',
                    // Controls are not text; U+FEFF (a byte-order mark) is invisible and PDF/UA-1 forbids
                    // it in the text of a glyph.
                    c if c.is_control() || c == '\u{feff}' => continue,
                    // Direction is given to Typst as `text(dir: …)`; the marks themselves would land in the
                    // PDF's text, where they break copying and searching.
                    c if bidi::is_isolate_mark(c) => continue,
                    c => c,
                };
                let needs_glyph = fonts::needs_glyph(c);
                visible |= needs_glyph;
                if c == ' ' {
                    out.push_str(if code { "~" } else { " " });
                } else if c.is_whitespace() {
                    match self.fonts.family_with_char(&chain, c) {
                        Some(family) => {
                            self.used.insert(family);
                            escape_char(&mut out, c);
                        }
                        None => out.push(' '),
                    }
                } else if !needs_glyph {
                    escape_char(&mut out, c);
                } else if is_private_or_noncharacter(c) {
                    // No meaning to show (and PDF/UA-1 forbids some of them): always a visible code point.
                    let _ = write!(out, "#pcp-missing(\"U+{:04X}\")", c as u32);
                } else if covered || (first && self.draw_with(&chain, c.encode_utf8(&mut [0; 4]))) {
                    escape_char(&mut out, c);
                } else {
                    let (script, family) = fonts::script_of(c);
                    *self.missing.entry((script, family)).or_insert(0) += 1;
                    let _ = write!(out, "#pcp-missing(\"U+{:04X}\")", c as u32);
                }
                first = false;
            }
        }
        self.chains[chain_index].1 = chain;
        self.out().push_str(&out);
        if visible && let Some(frame) = self.stack.last_mut() {
            frame.visible = true;
        }
    }

    /// Whether some family of `chain` draws `text`; the first that does is marked used.
    fn draw_with(&mut self, chain: &[FamilyId], text: &str) -> bool {
        match self.fonts.family_covering(chain, text) {
            Some(family) => {
                self.used.insert(family);
                true
            }
            None => false,
        }
    }

    /// The families of the document's book: those its text needs and the base families.
    fn book_families(&self) -> Vec<FamilyId> {
        let mut families: Vec<FamilyId> = self.used.iter().copied().collect();
        families.extend(self.fonts.base_families());
        families
    }

    fn preamble(&self, settings: &PdfSettings, out: &mut String) {
        let (code, region) = typst_lang(&settings.lang);
        let date = settings.date;
        use chrono::Datelike;
        let _ = writeln!(
            out,
            "#set document(title: {}, date: datetime(year: {}, month: {}, day: {}))",
            string_literal(&settings.title),
            date.year(),
            date.month(),
            date.day()
        );
        // Each chain lists only the families in the document's book, in the chain's order.
        let book = self.book_families();
        for (i, (_, chain)) in self.chains.iter().enumerate() {
            let _ = write!(out, "#let pcp-font-{i} = (");
            for &family in chain.iter().filter(|f| book.contains(f)) {
                out.push_str(&string_literal(self.fonts.family_name(family)));
                out.push_str(", ");
            }
            out.push_str(")\n");
        }
        let _ = writeln!(out, "#let pcp-mono = ({}, ..pcp-font-0)", string_literal(fonts::MONO_FAMILY));
        out.push_str(
            "#let pcp-missing(code) = box(stroke: 0.5pt, inset: (x: 1pt), outset: (y: 1.5pt), text(size: 0.7em, font: pcp-mono, code))\n",
        );
        let size = if settings.large_print { "20pt" } else { "11pt" };
        let _ = write!(out, "#set text(font: pcp-font-0, size: {size}, lang: {}", string_literal(&code));
        if let Some(region) = region {
            let _ = write!(out, ", region: {}", string_literal(&region));
        }
        if crate::i18n::Direction::of(&settings.lang) == crate::i18n::Direction::Rtl {
            out.push_str(", dir: rtl");
        }
        out.push_str(")\n");
        out.push_str("#set page(paper: \"us-letter\", margin: (x: 1in, y: 1in)");
        let small = if settings.large_print { "" } else { "#set text(size: 0.85em)\n" };
        if let Some(header) = &self.header {
            let _ = write!(out, ", header: [{small}{header}]");
        }
        if let Some(footer) = &self.footer {
            let _ = write!(out, ", footer: [{small}{footer}]");
        }
        out.push_str(")\n");
        if settings.large_print {
            // Lines spaced by the fonts' full ascender and descender: Arabic and other scripts with tall
            // marks then never reach into the line above at 20 points.
            out.push_str("#set text(top-edge: \"ascender\", bottom-edge: \"descender\")\n");
        }
        out.push_str(concat!(
            "#set par(justify: false, leading: 0.7em)\n",
            "#set figure(numbering: none)\n",
            "#show figure.where(kind: table): set figure.caption(position: top)\n",
            "#show figure: set block(breakable: true)\n",
            "#set table(stroke: 0.5pt + luma(110), inset: 5pt)\n",
            "#show table.cell.where(y: 0): set text(weight: \"bold\")\n",
            "#set quote(block: true)\n",
        ));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> (String, Option<String>) {
        typst_lang(&tag.parse().expect("valid tag"))
    }

    #[test]
    fn bcp47_maps_to_typst_lang_and_region() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(lang("zh-Hant"), ("zh".into(), s("TW")));
        assert_eq!(lang("zh-Hans"), ("zh".into(), s("CN")));
        assert_eq!(lang("zh-Hant-HK"), ("zh".into(), s("HK")));
        assert_eq!(lang("fil"), ("tl".into(), None));
        assert_eq!(lang("mww"), ("hmn".into(), None));
        assert_eq!(lang("es-419"), ("es".into(), None));
        assert_eq!(lang("es-MX"), ("es".into(), s("MX")));
        assert_eq!(lang("ium"), ("ium".into(), None));
        assert_eq!(lang("pa-Guru"), ("pa".into(), None));
    }

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(string_literal("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(string_literal("x\ny\0"), "\"x\\u{a}y\\u{0}\"");
        assert_eq!(string_literal("中文 ok"), "\"中文 ok\"");
    }

    #[test]
    fn markup_specials_are_escaped() {
        let mut out = String::new();
        for c in "#[x]*_`$<@=-+/\"'~ é\u{301}\u{2028}".chars() {
            escape_char(&mut out, c);
        }
        assert_eq!(out, "\\#\\[x\\]\\*\\_\\`\\$\\<\\@\\=\\-\\+\\/\\\"\\'\\~ é\\u{301}\\u{2028}");
    }
}
