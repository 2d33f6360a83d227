//! Acronyms never explained in the given texts (rule T3: plain language).
//!
//! An **acronym** is a word of 2–6 characters, all letters upper case, at least two letters, starting with a
//! letter, digits allowed ("IHSS", "ECM", "SUD", "CIN", "H2O"); a plural "ECMs" counts as "ECM". Not acronyms:
//! the words of [`ALLOWED`], Roman numerals made of `I V X` ("II", "XIX"), and words on an all-capitals line of
//! three words or more (a heading or shouting, not an acronym).
//!
//! An acronym is **introduced** — and then never reported, anywhere in the texts — by any of:
//! - `Long Form (ACR)`: "Enhanced Care Management (ECM)";
//! - `ACR (Long Form)`: "ECM (Enhanced Care Management)";
//! - `ACR stands for …`, `ACR means …`, `ACR significa …`, `ACR quiere decir …`.
//!
//! In the two parenthesized forms the long form is accepted when the initials of its words contain the acronym's
//! letters in order, starting at its first word (words such as "and", "of", "de" may be skipped: "Home and
//! Community-Based Services (HCBS)"), or — for an English acronym explained in Spanish and the like — when the
//! long form has at least two capitalized words ("IHSS (Servicios de Apoyo en el Hogar)").
//!
//! Results carry positions, not the acronym text, so a caller can point at them without echoing health
//! information. Linear in the total length of the texts.

use std::collections::HashSet;

use super::tokens::{Token, Words, fold};

/// Upper-case words that are common enough not to need an expansion.
pub const ALLOWED: &[&str] = &[
    "OK", "TV", "ID", "US", "USA", "AM", "PM", "AI", "DVD", "CD", "PDF", "ASAP", "FAQ", "PIN", "GPS", "ATM", "URL",
    "PS", "UK", "EU", "MD", "DDS", "RN", "PHD", "MS", "MR", "MRS", "DR", "SR", "SRA", "EEUU", "EE", "UU",
];

/// An unexplained acronym: which text (index into the input slice) and its byte range in that text.
///
/// ```
/// use pcplan::text::acronyms;
///
/// let texts = ["Apply for IHSS."];
/// let a = acronyms::unexplained(&texts)[0];
/// assert_eq!((a.text_index, &texts[0][a.start..a.end]), (0, "IHSS"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acronym {
    /// Index of the text in the slice given to [`unexplained`].
    pub text_index: usize,
    /// Byte offset of the acronym's first character.
    pub start: usize,
    /// Byte offset just past the acronym (a plural `s` excluded).
    pub end: usize,
}

/// The acronym part of a word, if it is one: (key in upper case, byte length of the acronym part).
fn acronym_of(word: &str) -> Option<(String, usize)> {
    // Quick rejections: too long, or a lower-case second letter ("Maria"; "Ms" has a one-letter core).
    if word.len() > 6 * 4 + 1 || word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let core = match word.strip_suffix('s') {
        Some(c) if c.chars().last().is_some_and(|l| l.is_uppercase()) => c,
        _ => word,
    };
    let n = core.chars().count();
    if !(2..=6).contains(&n) {
        return None;
    }
    let mut letters = 0;
    for (i, c) in core.chars().enumerate() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return None;
            }
            letters += 1;
        } else if i == 0 || !c.is_numeric() {
            return None;
        }
    }
    if letters < 2 || core.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    Some((core.to_string(), core.len()))
}

fn initial(words: &Words<'_>, tok: &Token) -> Option<char> {
    words.fold_of(tok).chars().next()
}

fn is_capitalized(text: &str, tok: &Token) -> bool {
    let w = &text[tok.start..tok.end];
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// Whether the words `words` (in reading order) explain `key`.
fn explains(key: &str, all: &Words<'_>, words: &[&Token], anchored_at_end: bool) -> bool {
    let text = all.text();
    let letters: Vec<char> = fold(key).chars().filter(|c| c.is_alphabetic()).collect();
    let inits: Vec<char> = words.iter().filter_map(|t| initial(all, t)).collect();
    let limit = letters.len() * 2 + 2;
    let starts: Vec<usize> =
        if anchored_at_end { (0..inits.len()).filter(|&s| inits.len() - s <= limit).collect() } else { vec![0] };
    let by_initials = starts.into_iter().any(|s| {
        if inits.get(s) != letters.first() {
            return false;
        }
        let mut k = 1;
        let mut last = s;
        for (j, &c) in inits.iter().enumerate().skip(s + 1) {
            if k < letters.len() && c == letters[k] {
                k += 1;
                last = j;
            }
        }
        k == letters.len() && (!anchored_at_end || inits.len() - 1 - last <= 1)
    });
    by_initials || words.iter().filter(|t| is_capitalized(text, t)).count() >= 2
}

fn stops_phrase(gap: &str) -> bool {
    gap.chars().any(|c| matches!(c, '.' | '!' | '?' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '\n'))
}

/// Acronyms introduced in one text (keys in upper case).
fn introduced_in(all: &Words<'_>, out: &mut HashSet<String>) {
    let (text, tokens) = (all.text(), all.tokens());
    for (i, tok) in tokens.iter().enumerate() {
        if !tok.upper_start {
            continue;
        }
        let Some((key, len)) = acronym_of(&text[tok.start..tok.end]) else {
            continue;
        };
        let before = text[..tok.start].trim_end();
        let after = text[tok.start + len..].trim_start_matches('s').trim_start();
        let after_close = text[tok.end..].trim_start();
        // "Long Form (ACR)"
        if before.ends_with('(') && after.starts_with(')') {
            let mut words: Vec<&Token> = Vec::new();
            let mut j = i;
            while j > 0 && words.len() < 2 * key.len() + 4 {
                let gap = &text[tokens[j - 1].end..tokens[j].start];
                if j < i && stops_phrase(gap) {
                    break;
                }
                words.push(&tokens[j - 1]);
                j -= 1;
            }
            words.reverse();
            if explains(&key, all, &words, true) {
                out.insert(key);
                continue;
            }
        }
        // "ACR (Long Form)"
        if after_close.starts_with('(') {
            let mut words: Vec<&Token> = Vec::new();
            let mut closed = false;
            for (k, t) in tokens.iter().enumerate().skip(i + 1).take(16) {
                let gap = &text[tokens[k - 1].end..t.start];
                if k > i + 1 && stops_phrase(gap) {
                    closed = gap.contains(')');
                    break;
                }
                words.push(t);
            }
            if !closed && let Some(last) = words.last() {
                closed = text[last.end..].trim_start().starts_with(')');
            }
            if closed && !words.is_empty() && explains(&key, all, &words, false) {
                out.insert(key);
                continue;
            }
        }
        // "ACR stands for", "ACR means", "ACR significa", "ACR quiere decir"
        let next = |k: usize| tokens.get(i + k).filter(|t| t.gap.joins()).map(|t| all.fold_of(t));
        if matches!(
            (next(1), next(2)),
            (Some("stands"), Some("for"))
                | (Some("means"), _)
                | (Some("significa"), _)
                | (Some("quiere"), Some("decir"))
        ) {
            out.insert(key);
        }
    }
}

/// For each token, whether it sits on an all-capitals line of three words or more.
fn shouting_lines(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut flags = vec![false; tokens.len()];
    let mut line_start_tok = 0;
    let mut i = 0;
    while i <= tokens.len() {
        let line_ends = i == tokens.len() || (i > 0 && text[tokens[i - 1].end..tokens[i].start].contains('\n'));
        if line_ends && i > line_start_tok {
            let line = &tokens[line_start_tok..i];
            let words = line.iter().filter(|t| text[t.start..t.end].chars().any(char::is_alphabetic)).count();
            let lower = line.iter().any(|t| text[t.start..t.end].chars().any(char::is_lowercase));
            if words >= 3 && !lower {
                flags[line_start_tok..i].iter_mut().for_each(|f| *f = true);
            }
            line_start_tok = i;
        }
        i += 1;
    }
    flags
}

/// Acronyms in `texts` that none of the texts introduces (see the module documentation), in order.
///
/// ```
/// use pcplan::text::acronyms;
///
/// let texts = ["Enhanced Care Management (ECM) starts in May.", "Your ECM lead and your IHSS worker will meet. OK?"];
/// let found = acronyms::unexplained(&texts);
/// assert_eq!(found.len(), 1);
/// assert_eq!(&texts[1][found[0].start..found[0].end], "IHSS");
/// ```
pub fn unexplained(texts: &[&str]) -> Vec<Acronym> {
    let words: Vec<Words<'_>> = texts.iter().map(|t| Words::new(t)).collect();
    unexplained_in(&words.iter().collect::<Vec<_>>())
}

/// [`unexplained`] on texts already split into [`Words`].
///
/// ```
/// use pcplan::text::{Words, acronyms};
///
/// let texts = [Words::new("Apply for IHSS."), Words::new("In-Home Supportive Services (IHSS) pays.")];
/// assert!(acronyms::unexplained_in(&[&texts[0], &texts[1]]).is_empty());
/// ```
pub fn unexplained_in(texts: &[&Words<'_>]) -> Vec<Acronym> {
    // Most texts have no acronym at all: find the candidates first, and read introductions only if there are any.
    let mut candidates: Vec<(usize, usize, String, usize)> = Vec::new();
    for (text_index, words) in texts.iter().enumerate() {
        let text = words.text();
        for (i, tok) in words.tokens().iter().enumerate() {
            if !tok.upper_start {
                continue;
            }
            if let Some((key, len)) = acronym_of(&text[tok.start..tok.end])
                && !ALLOWED.contains(&key.as_str())
            {
                candidates.push((text_index, i, key, len));
            }
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let mut introduced = HashSet::new();
    for words in texts {
        introduced_in(words, &mut introduced);
    }
    let mut shouting: Option<(usize, Vec<bool>)> = None;
    let mut out = Vec::new();
    for (text_index, i, key, len) in candidates {
        if introduced.contains(&key) {
            continue;
        }
        let words = texts[text_index];
        if shouting.as_ref().is_none_or(|(t, _)| *t != text_index) {
            shouting = Some((text_index, shouting_lines(words.text(), words.tokens())));
        }
        if shouting.as_ref().is_some_and(|(_, flags)| flags[i]) {
            continue;
        }
        let start = words.tokens()[i].start;
        out.push(Acronym { text_index, start, end: start + len });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(texts: &[&str]) -> Vec<String> {
        unexplained(texts).iter().map(|a| texts[a.text_index][a.start..a.end].to_string()).collect()
    }

    #[test]
    fn acronym_shapes() {
        assert_eq!(acronym_of("IHSS").unwrap().0, "IHSS");
        assert_eq!(acronym_of("ECMs").unwrap().0, "ECM");
        assert_eq!(acronym_of("H2O").unwrap().0, "H2O");
        assert!(acronym_of("A").is_none());
        assert!(acronym_of("B12").is_none());
        assert!(acronym_of("Ecm").is_none());
        assert!(acronym_of("ABCDEFG").is_none());
        assert!(acronym_of("XIX").is_none());
        assert!(acronym_of("2AB").is_none());
    }

    #[test]
    fn forms_of_introduction() {
        assert!(keys(&["Home and Community-Based Services (HCBS) pay. HCBS helps."]).is_empty());
        assert!(keys(&["Long-Term Services & Supports (LTSS)"]).is_empty());
        assert!(keys(&["SUD (substance use disorder) care", "SUD"]).is_empty());
        assert!(keys(&["CIN stands for Client Index Number. CIN"]).is_empty());
        assert!(keys(&["IHSS (Servicios de Apoyo en el Hogar)"]).is_empty());
        assert_eq!(keys(&["IHSS (20 hours a week)"]), ["IHSS"]);
        assert_eq!(keys(&["my sister (ECM) and the SUD"]), ["ECM", "SUD"]);
        assert!(keys(&["GOALS FOR THIS YEAR\nI want a job."]).is_empty());
        assert!(keys(&["Title XIX, OK, ID card, 9 AM"]).is_empty());
    }
}
