//! Stable `urn:uuid` URLs for the resources of an exported plan.
//!
//! Each UUID is derived from the plan id and the entity's kind and id, so the same plan gives the same URLs on
//! every export (and two plans never share one). It is an RFC 9562 version-8 UUID whose 122 free bits are the
//! start of a SHA-256 hash (the name-based SHA-256 construction of RFC 9562, appendix B.2); sha2 is already a
//! dependency, and the derivation needs nothing else.

use sha2::{Digest, Sha256};

/// The UUID (lower-case, hyphenated) for entity `kind`/`id` of plan `plan_id`.
pub(crate) fn uuid(plan_id: &str, kind: &str, id: &str) -> String {
    let mut h = Sha256::new();
    // Lengths before each part: ("a", "bc") and ("ab", "c") never collide.
    for part in ["pcplan-fhir", plan_id, kind, id] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 9562 variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

#[cfg(test)]
mod tests {
    use super::uuid;

    #[test]
    fn uuids_are_stable_distinct_and_well_formed() {
        let a = uuid("plan-1", "Goal", "goal-1");
        assert_eq!(a, uuid("plan-1", "Goal", "goal-1"));
        assert_ne!(a, uuid("plan-1", "Goal", "goal-2"));
        assert_ne!(uuid("a", "bc", "x"), uuid("ab", "c", "x"));
        let re = |s: &str| {
            s.len() == 36
                && s.chars().enumerate().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit() && !c.is_ascii_uppercase()
                    }
                })
        };
        assert!(re(&a), "{a}");
        assert_eq!(&a[14..15], "8");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
    }
}
