//! Localization: Fluent bundles from `locales/`, locale negotiation, CLDR date and number formatting.
