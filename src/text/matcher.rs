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

use super::tokens::{Gap, Token, fold, is_word_char};

#[derive(Debug)]
struct Step {
    alts: Vec<String>,
    optional: bool,
}

#[derive(Debug)]
struct Pattern {
    owner: usize,
    steps: Vec<Step>,
    not_after: Vec<String>,
    not_after_hyphen: bool,
    not_before: Vec<String>,
}

/// A compiled set of patterns, each belonging to an owner index (e.g. a lexicon entry).
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    patterns: Vec<Pattern>,
    by_first: HashMap<String, Vec<usize>>,
}

/// One match: owner index and token range `[first, last]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenMatch {
    pub owner: usize,
    pub first: usize,
    pub last: usize,
}

fn alts(word: &str) -> Vec<String> {
    word.split('|')
        .map(|a| {
            assert!(!a.is_empty() && a.chars().all(is_word_char), "bad alternative {a:?} in {word:?}");
            fold(a)
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
                            not_after.push(fold(a));
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
        for a in &steps[0].alts {
            let list = self.by_first.entry(a.clone()).or_default();
            if !list.contains(&index) {
                list.push(index);
            }
        }
        self.patterns.push(Pattern { owner, steps, not_after, not_after_hyphen, not_before });
    }

    /// All matches in `tokens`, sorted by first token; for one owner and first token only the longest is kept.
    pub(crate) fn find(&self, tokens: &[Token]) -> Vec<TokenMatch> {
        let mut out: Vec<TokenMatch> = Vec::new();
        for (i, tok) in tokens.iter().enumerate() {
            let Some(candidates) = self.by_first.get(&tok.folded) else {
                continue;
            };
            let from = out.len();
            for &p in candidates {
                let pat = &self.patterns[p];
                let Some(last) = match_steps(&pat.steps, 1, tokens, i) else {
                    continue;
                };
                if excluded(pat, tokens, i, last) {
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
fn match_steps(steps: &[Step], k: usize, tokens: &[Token], prev: usize) -> Option<usize> {
    let Some(step) = steps.get(k) else {
        return Some(prev);
    };
    let next = prev + 1;
    if let Some(tok) = tokens.get(next)
        && tok.gap.joins()
        && step.alts.contains(&tok.folded)
        && let Some(last) = match_steps(steps, k + 1, tokens, next)
    {
        return Some(last);
    }
    if step.optional { match_steps(steps, k + 1, tokens, prev) } else { None }
}

fn excluded(pat: &Pattern, tokens: &[Token], first: usize, last: usize) -> bool {
    let ftok = &tokens[first];
    if first > 0 && ftok.gap.joins() {
        let prev = &tokens[first - 1];
        if pat.not_after.contains(&prev.folded) {
            return true;
        }
        if pat.not_after_hyphen && ftok.gap == (Gap::Hyphen { attached: true }) {
            return true;
        }
    }
    if let Some(next) = tokens.get(last + 1)
        && next.gap.joins()
        && pat.not_before.contains(&next.folded)
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn spans(m: &Matcher, text: &str) -> Vec<String> {
        let toks = tokenize(text);
        m.find(&toks).iter().map(|x| text[toks[x.first].start..toks[x.last].end].to_string()).collect()
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
