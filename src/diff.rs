//! Differences between two versions of a plan.
