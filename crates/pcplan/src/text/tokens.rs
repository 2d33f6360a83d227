//! Shared word tokenizer: one linear pass over the text, folded word forms, gap and sentence-start information.
//!
//! [`Words`] keeps every folded form in one buffer (one allocation per text, not one per word) and has a fast
//! path for ASCII, since the text checks read each narrative text once and share the result.

use std::fmt;

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
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() || is_combining_mark(c) }
}

/// Abbreviations (folded, without the final dot) whose dot does not end a sentence, in English and Spanish.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "dr", "dra", "mr", "mrs", "ms", "mx", "sr", "sra", "srta", "jr", "st", "prof", "lic", "vs", "approx", "apt", "ave",
    "dept", "num", "tel", "ud", "uds", "vd", "vds", "pag", "av", "avda", "gral", "eg", "ie", "cf", "jan", "feb", "apr",
    "jun", "jul", "aug", "sept", "oct", "nov", "dec", "abr", "dic", "sgt", "capt",
];

/// A quick filter for a word list: for each first byte and for each last byte, one bit per byte length (63 for
/// longer words). A word the filter rules out is surely not in the list; most words of a text are ruled out
/// without comparing strings.
#[derive(Debug, Clone)]
pub(crate) struct WordShapes {
    first: [u64; 256],
    last: [u64; 256],
}

impl WordShapes {
    /// The filter of `words`.
    pub(crate) const fn of(words: &[&str]) -> Self {
        let mut shapes = WordShapes { first: [0; 256], last: [0; 256] };
        let mut i = 0;
        while i < words.len() {
            shapes = shapes.with(words[i]);
            i += 1;
        }
        shapes
    }

    const fn slots(bytes: &[u8]) -> (usize, usize, u64) {
        let (first, last) = match bytes {
            [] => (0, 0),
            [f, .., l] => (*f as usize, *l as usize),
            [f] => (*f as usize, *f as usize),
        };
        let len = if bytes.len() > 63 { 63 } else { bytes.len() };
        (first, last, 1u64 << len)
    }

    /// The filter of the keys of `pairs` (a word list with a value per word).
    pub(crate) const fn of_keys<T>(pairs: &[(&str, T)]) -> Self {
        let mut shapes = WordShapes::of(&[]);
        let mut i = 0;
        while i < pairs.len() {
            shapes = shapes.with(pairs[i].0);
            i += 1;
        }
        shapes
    }

    /// The filter with `word` added.
    pub(crate) const fn with(mut self, word: &str) -> Self {
        let (f, l, bit) = Self::slots(word.as_bytes());
        self.first[f] |= bit;
        self.last[l] |= bit;
        self
    }

    /// Whether `word` may be in the list.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    /// Whether `word` (UTF-8) may be in the list.
    pub(crate) fn may_contain_bytes(&self, word: &[u8]) -> bool {
        let (f, l, bit) = Self::slots(word);
        self.first[f] & bit != 0 && self.last[l] & bit != 0
    }
}

static ABBREVIATION_SHAPES: WordShapes = WordShapes::of(ABBREVIATIONS);

/// Whether a word (`written` as in the text, `folded` as [`fold`] gives it) is an abbreviation whose dot does
/// not end a sentence: a listed abbreviation or a single letter (an initial, "J. Smith").
fn is_abbreviation_folded(written: &str, folded: &str) -> bool {
    let mut chars = written.chars();
    match (chars.next(), chars.next()) {
        (None, _) => false,
        (Some(c), None) => c.is_alphabetic(),
        _ => ABBREVIATION_SHAPES.may_contain(folded) && ABBREVIATIONS.contains(&folded),
    }
}

/// Whether `word` (as written, without its dot) is an abbreviation whose dot does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // Longer than every listed abbreviation: no need to fold.
    word.len() <= 12 && is_abbreviation_folded(word, &fold(word))
}

/// Lower-cases and removes accents and other combining marks: "Sufre" → "sufre", "María" → "maria".
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        decompose_canonical(l, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
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
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the word in the text.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// The folded form's range in [`Words`]' buffer; `None` when the word as written is already folded.
    folded: Option<(u32, u32)>,
    /// What separates it from the previous token.
    pub gap: Gap,
    /// Whether it is the first word of a sentence (start of text, after a sentence terminator that is not an
    /// abbreviation's dot, or after a line break).
    pub sentence_start: bool,
    /// Whether its first character is an upper-case letter (acronyms and capitalized words start so).
    pub upper_start: bool,
    /// [`word_hash`] of the folded form, so that word lists are looked up without hashing a word twice.
    pub hash: u64,
}

/// A fast hash of a folded word (FxHash's mixing step): word lists key their tables by it, and compare the words
/// themselves only on a hit.
pub(crate) fn word_hash(folded: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = 0u64;
    let mut chunks = folded.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        h = (h ^ word).wrapping_mul(K).rotate_left(26);
    }
    // The tail (most words are shorter than 8 bytes) is packed by hand: a variable-length copy would call memcpy.
    let tail = chunks.remainder().iter().rev().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
    h = (h ^ tail).wrapping_mul(K).rotate_left(26);
    (h ^ folded.len() as u64).wrapping_mul(K)
}

/// A text split into words once, so that several text checks can share one pass.
///
/// Words are maximal runs of letters, digits and combining marks. Each keeps its position in the text, its
/// folded form (lower case, accents removed: "MARÍA" → "maria"), what separates it from the word before, and
/// whether it starts a sentence. `Debug` shows counts, never the text.
///
/// ```
/// use pcplan::text::{TextLanguage, Words, lexicon};
///
/// let words = Words::new("She suffers from anxiety.");
/// assert_eq!(words.len(), 4);
/// assert_eq!(lexicon::scan_in(&words, TextLanguage::English)[0].entry.id, "suffers-from");
/// ```
pub struct Words<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    folded: String,
}

impl fmt::Debug for Words<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Words").field("bytes", &self.text.len()).field("words", &self.tokens.len()).finish()
    }
}

/// Byte classes of ASCII for the tokenizer's fast path.
const ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

impl<'t> Words<'t> {
    /// Splits `text` into words, in one pass.
    ///
    /// ```
    /// let words = pcplan::text::Words::new("Dr. Lee — wheelchair-bound?");
    /// assert_eq!(words.len(), 4);
    /// ```
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
        let mut folded = String::new();
        let mut i = 0;
        let mut prev_end = 0;
        while i < bytes.len() {
            // Skip to the next word character.
            let b = bytes[i];
            let first = if b < 0x80 { char::from(b) } else { text[i..].chars().next().expect("char boundary") };
            if !is_word_char(first) {
                i += first.len_utf8();
                continue;
            }
            let start = i;
            let upper_start = first.is_uppercase();
            // Most words are lower-case ASCII already: their folded form is the text itself, not a copy.
            let mut plain = true;
            loop {
                while let Some(&b) = bytes.get(i)
                    && b < 0x80
                    && ASCII_WORD[b as usize]
                {
                    plain &= !b.is_ascii_uppercase();
                    i += 1;
                }
                match text[i..].chars().next() {
                    Some(c) if !c.is_ascii() && is_word_char(c) => {
                        plain = false;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
            let folded_range = if plain {
                None
            } else {
                let from = folded.len();
                let word = &text[start..i];
                if word.is_ascii() {
                    // A capitalized ASCII word ("Marcus", "He"): lower-cased without decoding characters.
                    folded.push_str(word);
                    folded[from..].make_ascii_lowercase();
                } else {
                    word.chars().for_each(|c| fold_char_into(c, &mut folded));
                }
                Some((offset(from), offset(folded.len())))
            };
            let hash = word_hash(folded_form(text, &folded, start..i, folded_range).as_bytes());
            let gap_text = &text[prev_end..start];
            let (gap, sentence_start) = match tokens.last() {
                None => (Gap::Break, true),
                Some(_) if gap_text == " " => (Gap::Space, false),
                Some(prev) => {
                    let prev_folded = folded_form(text, &folded, prev.start..prev.end, prev.folded);
                    let prev_word = &text[prev.start..prev.end];
                    (classify_gap(gap_text), gap_starts_sentence(gap_text, prev_word, prev_folded))
                }
            };
            tokens.push(Token { start, end: i, folded: folded_range, hash, gap, sentence_start, upper_start });
            prev_end = i;
        }
        Words { text, tokens, folded }
    }

    /// The text the words come from.
    ///
    /// ```
    /// assert_eq!(pcplan::text::Words::new("Hi there").text(), "Hi there");
    /// ```
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The number of words.
    ///
    /// ```
    /// assert_eq!(pcplan::text::Words::new("one, two; three").len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the text has no words.
    ///
    /// ```
    /// assert!(pcplan::text::Words::new(" — ").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub(crate) fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The folded form of the `i`-th word.
    pub(crate) fn folded(&self, i: usize) -> &str {
        self.fold_of(&self.tokens[i])
    }

    /// The folded form of a token of these words.
    pub(crate) fn fold_of(&self, t: &Token) -> &str {
        folded_form(self.text, &self.folded, t.start..t.end, t.folded)
    }

    /// The `i`-th word as written.
    pub(crate) fn written(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }
}

/// A word's folded form: the word as written (`range` in `text`) when it is already folded, else its range in
/// the folded buffer.
fn folded_form<'a>(
    text: &'a str,
    buffer: &'a str,
    range: std::ops::Range<usize>,
    folded: Option<(u32, u32)>,
) -> &'a str {
    match folded {
        None => &text[range],
        Some((a, b)) => &buffer[a as usize..b as usize],
    }
}

/// Offsets into the folded buffer fit in `u32`: plan texts are limited far below 4 GB when loaded.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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

fn gap_starts_sentence(gap: &str, prev_word: &str, prev_folded: &str) -> bool {
    for c in gap.chars() {
        if c == '\n' || c == '\r' {
            return true;
        }
        if is_terminator(c) {
            if c == '.' && gap.starts_with('.') && is_abbreviation_folded(prev_word, prev_folded) {
                continue;
            }
            return true;
        }
    }
    false
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
        let w = Words::new("Dr. Smith is wheelchair-bound.\nShe non - compliant, ok");
        let t = w.tokens();
        let words: Vec<&str> = (0..w.len()).map(|i| w.folded(i)).collect();
        assert_eq!(words, ["dr", "smith", "is", "wheelchair", "bound", "she", "non", "compliant", "ok"]);
        assert!(t[0].sentence_start);
        assert!(!t[1].sentence_start, "Dr. is an abbreviation");
        assert_eq!(t[4].gap, Gap::Hyphen { attached: true });
        assert!(t[5].sentence_start);
        assert_eq!(t[7].gap, Gap::Hyphen { attached: false });
        assert_eq!(t[8].gap, Gap::Break);
        assert!(t[0].upper_start && !t[2].upper_start);
    }

    #[test]
    fn non_ascii_words_fold_in_place() {
        let w = Words::new("ÉL dijo: «María, ¿vienes?»  Ñandú e\u{301}l");
        let words: Vec<&str> = (0..w.len()).map(|i| w.folded(i)).collect();
        assert_eq!(words, ["el", "dijo", "maria", "vienes", "nandu", "el"]);
        assert_eq!(w.written(2), "María");
        assert!(w.tokens()[0].upper_start && w.tokens()[4].upper_start);
        assert!(w.tokens()[4].sentence_start, "after a question mark");
    }
}
