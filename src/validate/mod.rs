//! Validation rules, profiles, findings and reports.
