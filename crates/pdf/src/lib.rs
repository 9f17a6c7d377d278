//! Tessera's PDF layout engine, of our own over printpdf (no HTML): `fonts` shapes and
//! measures text with the shipped faces, `layout` places a document's blocks on pages as
//! boxes (what tests snapshot), `render` draws them. It knows no report and no language
//! beyond the shaping one: callers give it words already translated and numbers formatted.

pub mod fonts;
pub mod layout;
pub mod render;

pub use fonts::{Fonts, Weight};
pub use layout::{
    lay_out, Align, BarChart, BarGroup, Block, Column, Document, Frame, Layout, Orientation, Picture, Row, Table,
};
pub use render::{render, Meta};

/// `doc` laid out and drawn: the PDF's bytes and its layout.
pub fn pdf(doc: &Document, meta: &Meta) -> (Vec<u8>, Layout) {
    let fonts = Fonts::new(&meta.lang);
    let layout = lay_out(doc, &fonts);
    (render(&layout, meta, &fonts), layout)
}
