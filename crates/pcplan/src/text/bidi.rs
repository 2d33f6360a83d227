//! Bidirectional text: which runs of a text must be isolated to keep their order, and where the Unicode
//! isolation marks Fluent inserts are needed at all.
//!
//! In a right-to-left paragraph, the Unicode Bidirectional Algorithm resolves the spaces and brackets between
//! European digits to the paragraph's direction, so "(408) 555-0302" is shown as "0302-555 (408)". Every
//! left-to-right run that carries such neutrals (phone numbers, ids, emails, URLs, codes, Latin names) is
//! therefore isolated by the writers (`<bdi dir="ltr">` in HTML, a left-to-right box in the PDF); in a
//! left-to-right document, the same holds for right-to-left runs. [`opposite_runs`] finds those runs; the
//! character classes come from the `unicode-bidi` crate (the Unicode Character Database).

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};

use crate::i18n::Direction;

/// Unicode's directional isolates: LRI, RLI, FSI, PDI (Fluent puts FSI…PDI around every placeable).
pub(crate) fn is_isolate_mark(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// `text` without isolation marks.
pub(crate) fn without_isolates(text: &str) -> String {
    text.chars().filter(|c| !is_isolate_mark(*c)).collect()
}

/// A strong right-to-left character (Hebrew, Arabic, Syriac, Thaana, N'Ko, Adlam…).
pub(crate) fn is_rtl(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Fluent's isolation marks are kept only where direction needs them: in a right-to-left document, or where
/// the text itself has right-to-left characters. Everywhere else they are invisible noise that breaks
/// copying and searching.
pub(crate) fn isolates_where_needed(text: String, document: Direction) -> String {
    if !text.chars().any(is_isolate_mark) || document == Direction::Rtl || text.chars().any(is_rtl) {
        text
    } else {
        without_isolates(&text)
    }
}

/// What a character does for run finding.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Strong in the direction of the runs sought (or a digit, for left-to-right runs).
    Inside,
    /// Strong in the context's direction: ends a run.
    Outside,
    /// Neutral or weak: part of a run only between two `Inside` characters (or a bracket pair).
    Between,
}

fn role(c: char, sought: Direction) -> Role {
    use BidiClass::*;
    match (bidi_class(c), sought) {
        (L | EN | AN, Direction::Ltr) => Role::Inside,
        (R | AL, Direction::Ltr) => Role::Outside,
        (R | AL, Direction::Rtl) => Role::Inside,
        (L, Direction::Rtl) => Role::Outside,
        (B | S, _) => Role::Outside,
        _ => Role::Between,
    }
}

/// The byte ranges of `text` that run against `context` and need isolating to keep their order: in a
/// right-to-left context, left-to-right runs that contain a Latin letter, or digits with spaces or brackets
/// between them ("(408) 555-0302", "ID 4471-B", "ana@example.org"); in a left-to-right context, right-to-left
/// runs. A bare number ("12", "2026-06-01") keeps its order anyway and is left alone. Brackets that open
/// before a run and close inside or after it go with it.
///
/// ```text
/// opposite_runs("الهاتف (408) 555-0302 للطوارئ", Rtl) == [byte range of "(408) 555-0302"]
/// ```
pub(crate) fn opposite_runs(text: &str, context: Direction) -> Vec<Range<usize>> {
    let sought = match context {
        Direction::Rtl => Direction::Ltr,
        Direction::Ltr => Direction::Rtl,
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if role(chars[i].1, sought) != Role::Inside {
            i += 1;
            continue;
        }
        // Extend over `Between` characters only when an `Inside` one follows before an `Outside` one.
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() {
            match role(chars[j].1, sought) {
                Role::Inside => end = j + 1,
                Role::Outside => break,
                Role::Between => {}
            }
            j += 1;
        }
        let (mut s, mut e) = (start, end);
        // An opening bracket (or a plus sign) right before the run belongs to it: "(408)", "+1 619…".
        while s > 0 && matches!(chars[s - 1].1, '(' | '[' | '+' | '#') {
            s -= 1;
        }
        let opens = chars[s..e].iter().filter(|(_, c)| matches!(c, '(' | '[')).count();
        let closes = chars[s..e].iter().filter(|(_, c)| matches!(c, ')' | ']')).count();
        for _ in closes..opens {
            if e < chars.len() && matches!(chars[e].1, ')' | ']') {
                e += 1;
            }
        }
        let run = &chars[s..e];
        let strong = |c: char| match sought {
            Direction::Ltr => bidi_class(c) == BidiClass::L,
            Direction::Rtl => is_rtl(c),
        };
        let spaced = |c: char| matches!(bidi_class(c), BidiClass::WS | BidiClass::ON);
        let needs =
            run.iter().any(|(_, c)| strong(*c)) || (sought == Direction::Ltr && run.iter().any(|(_, c)| spaced(*c)));
        if needs {
            let from = run[0].0;
            let to = chars.get(e).map_or(text.len(), |(b, _)| *b);
            out.push(from..to);
        }
        i = end.max(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str, context: Direction) -> Vec<&str> {
        opposite_runs(text, context).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn ltr_runs_in_rtl_text() {
        use Direction::Rtl;
        assert_eq!(runs("الهاتف (408) 555-0302 للطوارئ", Rtl), ["(408) 555-0302"]);
        assert_eq!(runs("اتصل بـ Nourish East County Meals الآن", Rtl), ["Nourish East County Meals"]);
        assert_eq!(runs("البريد ana@example.org.", Rtl), ["ana@example.org"]);
        assert_eq!(runs("+1 619 555 0161", Rtl), ["+1 619 555 0161"]);
        assert_eq!(runs("(619) 555-0171", Rtl), ["(619) 555-0171"]);
        assert_eq!(
            runs("رقمي 97000593C (California DHCS (Medi-Cal CIN))", Rtl),
            ["97000593C (California DHCS (Medi-Cal CIN))"]
        );
        // Numbers alone keep their order: nothing to isolate.
        assert!(runs("10 وجبات في الأسبوع", Rtl).is_empty());
        assert!(runs("2026-06-01", Rtl).is_empty());
        assert!(runs("نص عربي فقط", Rtl).is_empty());
    }

    #[test]
    fn rtl_runs_in_ltr_text() {
        use Direction::Ltr;
        assert_eq!(runs("Her name is يوسف (Youssef).", Ltr), ["يوسف"]);
        assert_eq!(runs("Call محمد علي today", Ltr), ["محمد علي"]);
        assert!(runs("Call (408) 555-0302", Ltr).is_empty());
    }

    #[test]
    fn isolation_marks_only_where_direction_needs_them() {
        let text = "Meet \u{2068}Jordan\u{2069} on \u{2068}June 1\u{2069}".to_owned();
        assert_eq!(isolates_where_needed(text.clone(), Direction::Ltr), "Meet Jordan on June 1");
        assert_eq!(isolates_where_needed(text.clone(), Direction::Rtl), text);
        let arabic = "Meet \u{2068}يوسف\u{2069}".to_owned();
        assert_eq!(isolates_where_needed(arabic.clone(), Direction::Ltr), arabic);
    }
}
