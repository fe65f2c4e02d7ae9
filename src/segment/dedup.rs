//! Finding an abridged lead: paragraphs at the top that repeat body sentences, with a
//! word changed, cut short, stitched from several paragraphs, or split differently.
//! Sentences are compared as sets of normalised words (hashed, see `text::norm_token_hashes`).

/// A sentence's distinct words: sorted, deduplicated hashes.
pub type Words = Vec<u64>;

pub fn words(hashes: impl Iterator<Item = u64>) -> Words {
    let mut v: Vec<u64> = hashes.collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn common(a: &Words, b: &Words) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Share of words two sentences have in common, over the larger of the two.
fn overlap(a: &Words, b: &Words) -> f64 {
    common(a, b) as f64 / a.len().max(b.len()).max(1) as f64
}

fn contained(a: &Words, b: &Words) -> f64 {
    common(a, b) as f64 / a.len().max(1) as f64
}

/// Index into `body` of the sentence that `s` repeats: the same sentence with small
/// changes, a shortened copy, or one sentence that the body splits in two (then the
/// first of the two).
pub fn find_original(s: &Words, body: &[&Words]) -> Option<usize> {
    if s.len() < 5 {
        return None; // too short to tell a repeat from a stock phrase ("Thank you.")
    }
    let mut best: Option<(f64, usize)> = None;
    for (i, b) in body.iter().enumerate() {
        let mut score = overlap(s, b);
        if score < 0.8 && s.len() >= 5 && s.len() * 2 >= b.len() && contained(s, b) >= 0.9 {
            score = 0.8; // cut short
        }
        if score < 0.8 && contained(b, s) >= 0.8 {
            if let Some(next) = body.get(i + 1) {
                let joined = words(b.iter().chain(next.iter()).copied());
                if overlap(s, &joined) >= 0.8 {
                    score = 0.8; // split in two: point to the first
                }
            }
        }
        if score >= 0.8 && best.is_none_or(|(bs, _)| score > bs) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Number of leading paragraphs (among the first `limit`) that form a lead: each repeats
/// most of its sentences further down. `paras[i]` lists paragraph i's sentences' words.
/// A lone paragraph counts only when it has three or more sentences, all repeated (a pull
/// quote of the opening is not a lead).
pub fn lead_len(paras: &[Vec<Words>], limit: usize) -> usize {
    let k = lead_prefix(paras, limit);
    if k == 1 {
        let later: Vec<&Words> = paras[1..].iter().flatten().collect();
        let all = paras[0].iter().all(|s| find_original(s, &later).is_some());
        if paras[0].len() < 3 || !all {
            return 0;
        }
    }
    k
}

fn lead_prefix(paras: &[Vec<Words>], limit: usize) -> usize {
    let mut k = 0;
    while k < limit.min(paras.len().saturating_sub(1)) {
        let later: Vec<&Words> = paras[k + 1..].iter().flatten().collect();
        let sents = &paras[k];
        let repeated = sents
            .iter()
            .filter(|s| find_original(s, &later).is_some())
            .count();
        if sents.is_empty() || repeated * 2 < sents.len() || repeated == 0 {
            break;
        }
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::norm_token_hashes;
    fn w(s: &str) -> Words {
        words(norm_token_hashes(s))
    }
    #[test]
    fn variants_match() {
        let body = [
            w("International order building is the heart of the core concepts of cooperation."),
            w("The G7 met in Paris and agreed on the plan."),
            w("It rained."),
        ];
        let refs: Vec<&Words> = body.iter().collect();
        assert_eq!(
            find_original(
                &w("International order building is the core of the core concepts of cooperation."),
                &refs
            ),
            Some(0)
        );
        assert_eq!(
            find_original(&w("The G-7 met in Paris and agreed on the plan."), &refs),
            Some(1)
        );
        assert_eq!(
            find_original(&w("Something else entirely is said here."), &refs),
            None
        );
        let split = [
            w("The first half of a long sentence goes here"),
            w("and the second half follows it at last."),
        ];
        let refs: Vec<&Words> = split.iter().collect();
        assert_eq!(find_original(&w("The first half of a long sentence goes here, and the second half follows it at last."), &refs), Some(0));
    }
}
