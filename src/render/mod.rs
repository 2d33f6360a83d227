//! Rendering a plan to Markdown, HTML and PDF.

#[allow(dead_code)] // the HTML and PDF writers that use it land next
pub(crate) mod markers;
#[cfg(feature = "pdf")]
pub mod pdf;
