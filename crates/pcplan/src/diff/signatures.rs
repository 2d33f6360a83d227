//! Whether signatures still hold: a signature consents to the version whose content digest it recorded.

use serde::Serialize;

use crate::model::{ContentDigest, Id, Plan, SignerRole, content_digest};

/// Where one signature stands against the plan's current content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignatureStatus {
    /// The signature's id.
    pub id: Id,
    /// Who signed.
    pub role: SignerRole,
    /// The signature consents to the plan as it is now: signed, with a recorded digest equal to the plan's.
    pub holds: bool,
    /// Why it holds or not.
    pub reason: SignatureState,
}

/// Why a signature holds or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureState {
    /// The recorded digest matches the plan's content.
    Matches,
    /// The plan's signed content changed since this signature recorded its digest.
    ContentChanged,
    /// Signed (dated, or "unable to sign" recorded) but no digest was recorded, so it cannot be checked.
    NoDigest,
    /// Not signed yet: no date and no "unable to sign".
    NotSigned,
}

/// Checks each signature of `plan`, in order, against the plan's content digest in the signature's digest format
/// ([`crate::model::signed_digest`]).
///
/// A signature holds only when it is signed and its `contentDigest` equals the plan's digest. Recording
/// progress (goal status, steps done), distribution records, monitoring notes or feedback keeps signatures
/// holding; any change to signed content does not.
pub fn signatures_hold(plan: &Plan) -> Vec<SignatureStatus> {
    let current = content_digest(plan);
    plan.signatures
        .iter()
        .map(|s| {
            let signed = s.date.is_some() || s.unable_to_sign.is_some();
            let reason = match &s.content_digest {
                _ if !signed => SignatureState::NotSigned,
                None => SignatureState::NoDigest,
                Some(d) if s.digest_format.is_none() && *d == current => SignatureState::Matches,
                Some(d) if s.digest_format.is_some() && *d == crate::model::signed_digest(plan, s) => {
                    SignatureState::Matches
                }
                Some(_) => SignatureState::ContentChanged,
            };
            SignatureStatus { id: s.id.clone(), role: s.role, holds: reason == SignatureState::Matches, reason }
        })
        .collect()
}

/// Why a digest could not be recorded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// The plan has no signature with this id.
    #[error("the plan has no signature with id {0}")]
    UnknownSignature(Id),
}

/// Signing records the digest: stores the plan's current content digest in the signature `signature_id` and
/// returns it. Call it when the signature is given (with its date and method set by the caller).
pub fn record_digest(plan: &mut Plan, signature_id: &Id) -> Result<ContentDigest, SignError> {
    let digest = content_digest(plan);
    let signature = plan
        .signatures
        .iter_mut()
        .find(|s| &s.id == signature_id)
        .ok_or_else(|| SignError::UnknownSignature(signature_id.clone()))?;
    signature.content_digest = Some(digest.clone());
    signature.digest_format = None;
    Ok(digest)
}
