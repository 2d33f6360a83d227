//! Shared word tokenizer: one linear pass over the text, folded word forms, gap and sentence-start information.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Characters that join two words of a compound ("wheelchair-bound").
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Characters that end a sentence.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。')
}

/// A word character: a letter, a digit, or a combining mark (so decomposed accents stay in their word).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Abbreviations (folded, without the final dot) whose dot does not end a sentence, in English and Spanish.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "dr", "dra", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "jr", "st", "prof", "lic", "vs", "approx", "apt", "ave",
    "dept", "num", "tel", "ud", "uds", "vd", "vds", "pag", "av", "avda", "gral", "eg", "ie", "cf", "jan", "feb", "apr",
    "jun", "jul", "aug", "sept", "oct", "nov", "dec", "abr", "dic", "sgt", "capt",
];

/// Whether `word` (as written, without its dot) is an abbreviation whose dot does not end a sentence: a listed
/// abbreviation or a single letter (an initial, "J. Smith").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => false,
        (Some(c), None) => c.is_alphabetic(),
        _ => {
            let folded = fold(word);
            ABBREVIATIONS.contains(&folded.as_str())
        }
    }
}

/// Lower-cases and removes accents and other combining marks: "Sufre" → "sufre", "María" → "maria".
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            decompose_canonical(l, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            });
        }
    }
}

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Only white space (including line breaks).
    Space,
    /// One hyphen, possibly with white space around it; `attached` when the gap is the hyphen alone.
    Hyphen { attached: bool },
    /// Anything else (punctuation), or the start of the text.
    Break,
}

impl Gap {
    /// Whether a multi-word phrase may continue across this gap.
    pub(crate) fn joins(self) -> bool {
        !matches!(self, Gap::Break)
    }
}

/// A word: a maximal run of word characters.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower-cased, accents removed.
    pub folded: String,
    /// What separates it from the previous token.
    pub gap: Gap,
    /// Whether it is the first word of a sentence (start of text, after a sentence terminator that is not an
    /// abbreviation's dot, or after a line break).
    pub sentence_start: bool,
}

fn classify_gap(gap: &str) -> Gap {
    if gap.is_empty() {
        return Gap::Break;
    }
    let mut hyphens = 0;
    for c in gap.chars() {
        if is_hyphen(c) {
            hyphens += 1;
        } else if !c.is_whitespace() {
            return Gap::Break;
        }
    }
    match hyphens {
        0 => Gap::Space,
        1 => Gap::Hyphen { attached: gap.len() == gap.chars().next().map_or(0, char::len_utf8) },
        _ => Gap::Break,
    }
}

fn gap_starts_sentence(gap: &str, prev_word: Option<&str>) -> bool {
    for c in gap.chars() {
        if c == '\n' || c == '\r' {
            return true;
        }
        if is_terminator(c) {
            if c == '.' && prev_word.is_some_and(is_abbreviation) && gap.starts_with('.') {
                continue;
            }
            return true;
        }
    }
    false
}

/// Splits `text` into words in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut word_start: Option<usize> = None;
    let mut prev_end = 0usize;
    let push = |tokens: &mut Vec<Token>, start: usize, end: usize, prev_end: usize| {
        let gap_text = &text[prev_end..start];
        let (gap, sentence_start) = match tokens.last() {
            None => (Gap::Break, true),
            Some(prev) => (classify_gap(gap_text), gap_starts_sentence(gap_text, Some(&text[prev.start..prev.end]))),
        };
        tokens.push(Token { start, end, folded: fold(&text[start..end]), gap, sentence_start });
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else if let Some(s) = word_start.take() {
            push(&mut tokens, s, i, prev_end);
            prev_end = i;
        }
    }
    if let Some(s) = word_start {
        push(&mut tokens, s, text.len(), prev_end);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Sufre"), "sufre");
        assert_eq!(fold("MARÍA"), "maria");
        assert_eq!(fold("Mari\u{301}a"), "maria");
        assert_eq!(fold("Él"), "el");
        assert_eq!(fold("pingüino"), "pinguino");
    }

    #[test]
    fn tokens_gaps_and_sentences() {
        let t = tokenize("Dr. Smith is wheelchair-bound.\nShe non - compliant, ok");
        let words: Vec<&str> = t.iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(words, ["dr", "smith", "is", "wheelchair", "bound", "she", "non", "compliant", "ok"]);
        assert!(t[0].sentence_start);
        assert!(!t[1].sentence_start, "Dr. is an abbreviation");
        assert_eq!(t[4].gap, Gap::Hyphen { attached: true });
        assert!(t[5].sentence_start);
        assert_eq!(t[7].gap, Gap::Hyphen { attached: false });
        assert_eq!(t[8].gap, Gap::Break);
    }
}
