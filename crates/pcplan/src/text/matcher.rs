//! A small phrase matcher over [`tokens`](super::tokens), compiled once from a compact pattern syntax.
//!
//! Pattern syntax (all words are folded: lower case, accents removed, when compiled):
//! - words separated by single spaces; each word is a set of alternatives separated by `|`;
//! - a word ending in `?` is optional (never the first one);
//! - leading words starting with `!` exclude a match when the word just before it (joined by white space or a
//!   hyphen) is one of the alternatives; the alternative `-` excludes a match glued by a hyphen to the word before
//!   it ("treatment-resistant");
//! - trailing words starting with `!` exclude a match when the next word (joined by white space or a hyphen) is
//!   one of the alternatives.
//!
//! Consecutive words of a phrase may be separated by any white space (including line breaks) or one hyphen, never
//! by other punctuation. Matching is linear in the number of words: each word looks up the patterns starting with
//! it in a hash map, and each pattern has a small bounded length.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::tokens::{Gap, Token, Words, fold, is_word_char, word_hash};

/// A folded word with its [`word_hash`].
#[derive(Debug)]
struct Word {
    hash: u64,
    text: String,
}

impl Word {
    fn new(folded: String) -> Word {
        Word { hash: word_hash(folded.as_bytes()), text: folded }
    }
}

/// Whether the token (of `words`) is one of `list`.
fn contains(list: &[Word], words: &Words<'_>, tok: &Token) -> bool {
    list.iter().any(|w| w.hash == tok.hash && w.text == words.fold_of(tok))
}

#[derive(Debug)]
struct Step {
    alts: Vec<Word>,
    optional: bool,
}

#[derive(Debug)]
struct Pattern {
    owner: usize,
    steps: Vec<Step>,
    not_after: Vec<Word>,
    not_after_hyphen: bool,
    not_before: Vec<Word>,
}

/// Hashes a key that is already a [`word_hash`]: as is.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed; fold anything else in so the hasher stays correct.
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A compiled set of patterns, each belonging to an owner index (e.g. a lexicon entry).
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    patterns: Vec<Pattern>,
    /// Patterns by the hash of a first word (a hit is checked against the word itself).
    by_first: HashMap<u64, Vec<usize>, BuildHasherDefault<Prehashed>>,
    /// A 4096-bit Bloom filter of the first words' hashes: rules out most words with one bit test.
    first_bloom: Vec<u64>,
}

fn bloom_slot(hash: u64) -> (usize, u64) {
    let bit = (hash >> 52) as usize; // 12 bits
    (bit / 64, 1u64 << (bit % 64))
}

/// One match: owner index and token range `[first, last]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenMatch {
    pub owner: usize,
    pub first: usize,
    pub last: usize,
}

fn alts(word: &str) -> Vec<Word> {
    word.split('|')
        .map(|a| {
            assert!(!a.is_empty() && a.chars().all(is_word_char), "bad alternative {a:?} in {word:?}");
            Word::new(fold(a))
        })
        .collect()
}

impl Matcher {
    /// Adds one pattern for `owner`. Panics on a malformed pattern (patterns are static data, checked by tests).
    pub(crate) fn add(&mut self, owner: usize, pattern: &str) {
        let mut steps: Vec<Step> = Vec::new();
        let mut not_after = Vec::new();
        let mut not_after_hyphen = false;
        let mut not_before = Vec::new();
        for word in pattern.split(' ') {
            assert!(!word.is_empty(), "empty word in pattern {pattern:?}");
            if let Some(excl) = word.strip_prefix('!') {
                if steps.is_empty() {
                    for a in excl.split('|') {
                        if a == "-" {
                            not_after_hyphen = true;
                        } else {
                            not_after.push(Word::new(fold(a)));
                        }
                    }
                } else {
                    not_before.extend(alts(excl));
                }
                continue;
            }
            assert!(not_before.is_empty(), "word after a trailing exclusion in {pattern:?}");
            let (word, optional) = match word.strip_suffix('?') {
                Some(w) => (w, true),
                None => (word, false),
            };
            assert!(!(optional && steps.is_empty()), "optional first word in {pattern:?}");
            steps.push(Step { alts: alts(word), optional });
        }
        assert!(!steps.is_empty(), "pattern without words: {pattern:?}");
        let index = self.patterns.len();
        if self.first_bloom.is_empty() {
            self.first_bloom = vec![0; 64];
        }
        for a in &steps[0].alts {
            let (word, bit) = bloom_slot(a.hash);
            self.first_bloom[word] |= bit;
            let list = self.by_first.entry(a.hash).or_default();
            if !list.contains(&index) {
                list.push(index);
            }
        }
        self.patterns.push(Pattern { owner, steps, not_after, not_after_hyphen, not_before });
    }

    /// All matches in `words`, sorted by first word; for one owner and first word only the longest is kept.
    pub(crate) fn find(&self, words: &Words<'_>) -> Vec<TokenMatch> {
        let mut out: Vec<TokenMatch> = Vec::new();
        if self.first_bloom.is_empty() {
            return out;
        }
        for (i, tok) in words.tokens().iter().enumerate() {
            let (word, bit) = bloom_slot(tok.hash);
            if self.first_bloom[word] & bit == 0 {
                continue;
            }
            let Some(candidates) = self.by_first.get(&tok.hash) else {
                continue;
            };
            let from = out.len();
            for &p in candidates {
                let pat = &self.patterns[p];
                if !contains(&pat.steps[0].alts, words, tok) {
                    continue;
                }
                let Some(last) = match_steps(&pat.steps, 1, words, i) else {
                    continue;
                };
                if excluded(pat, words, i, last) {
                    continue;
                }
                let m = TokenMatch { owner: pat.owner, first: i, last };
                match out[from..].iter_mut().find(|o| o.owner == m.owner) {
                    Some(o) => o.last = o.last.max(last),
                    None => out.push(m),
                }
            }
        }
        out
    }
}

/// Matches `steps[k..]` after the token `prev` (which matched `steps[k - 1]`); returns the last matched token,
/// preferring the longest match.
fn match_steps(steps: &[Step], k: usize, words: &Words<'_>, prev: usize) -> Option<usize> {
    let Some(step) = steps.get(k) else {
        return Some(prev);
    };
    let next = prev + 1;
    if let Some(tok) = words.tokens().get(next)
        && tok.gap.joins()
        && contains(&step.alts, words, tok)
        && let Some(last) = match_steps(steps, k + 1, words, next)
    {
        return Some(last);
    }
    if step.optional { match_steps(steps, k + 1, words, prev) } else { None }
}

fn excluded(pat: &Pattern, words: &Words<'_>, first: usize, last: usize) -> bool {
    let tokens = words.tokens();
    let ftok = &tokens[first];
    if first > 0 && ftok.gap.joins() {
        if contains(&pat.not_after, words, &tokens[first - 1]) {
            return true;
        }
        if pat.not_after_hyphen && ftok.gap == (Gap::Hyphen { attached: true }) {
            return true;
        }
    }
    if let Some(next) = tokens.get(last + 1)
        && next.gap.joins()
        && contains(&pat.not_before, words, next)
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(m: &Matcher, text: &str) -> Vec<String> {
        let words = Words::new(text);
        let toks = words.tokens();
        m.find(&words).iter().map(|x| text[toks[x.first].start..toks[x.last].end].to_string()).collect()
    }

    #[test]
    fn optional_words_and_exclusions() {
        let mut m = Matcher::default();
        m.add(0, "clean|dirty drug|urine? screen|test");
        m.add(1, "!-|treatment resistant");
        m.add(2, "alcoholic !anonymous");
        assert_eq!(spans(&m, "A clean drug   screen and a dirty test."), ["clean drug   screen", "dirty test"]);
        assert_eq!(spans(&m, "clean. Screen"), Vec::<String>::new());
        assert_eq!(spans(&m, "treatment-resistant, treatment resistant, resistant"), ["resistant"]);
        assert_eq!(spans(&m, "Alcoholics Anonymous; Alcoholic Anonymous; an alcoholic."), ["alcoholic"]);
    }
}
