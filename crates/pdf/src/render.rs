//! Drawing a layout as PDF with printpdf: each text run as its shaped glyphs (kerning as TJ
//! offsets, each glyph's text for copying and `pdftotext`), the two faces embedded and
//! subset, each picture once as an image XObject, the metadata (title, author, subject, language, creation time) — and the same
//! bytes for the same layout and metadata: printpdf's own identifiers are random, so the
//! fonts and pictures get fixed ones and the file identifier is a hash of the content.

use printpdf::{
    Codepoint, Color as PdfColor, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, WindingOrder, XObject, XObjectId,
    XObjectTransform,
};
use sha2::{Digest, Sha256};

use crate::fonts::{Fonts, Weight};
use crate::layout::{Color, Item, Layout, Picture};

/// What the file says about itself.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 (`sr-Cyrl`), the catalog's `/Lang`.
    pub lang: String,
    /// The generation time, seconds since 1970 (UTC): the creation and modification dates.
    pub created: i64,
}

fn font_id(weight: Weight) -> FontId {
    // six capitals: printpdf takes a subset's tag (`TSSANR+NotoSans`) from the id
    FontId(match weight {
        Weight::Regular => "TSSANR".into(),
        Weight::Bold => "TSSANB".into(),
    })
}

/// A picture's name in the file: from its bytes' hash, so the same picture is one object.
fn picture_id(p: &Picture) -> XObjectId {
    XObjectId(format!("Im{}", p.sha256[..6].iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn color(c: Color) -> PdfColor {
    PdfColor::Rgb(Rgb::new(c.0 as f32 / 255.0, c.1 as f32 / 255.0, c.2 as f32 / 255.0, None))
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false }
}

fn ops(page: &crate::layout::Page, fonts: &Fonts) -> Vec<Op> {
    let h = page.height;
    let mut ops = Vec::with_capacity(page.items.len() * 6);
    for item in &page.items {
        match item {
            Item::Rect { x, y, w, h: height, color: c } => {
                ops.push(Op::SetFillColor { col: color(*c) });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(h - y - height),
                        width: Pt(*w),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                });
            }
            Item::Line { x1, y1, x2, y2, width, color: c } => {
                ops.push(Op::SetOutlineColor { col: color(*c) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line { points: vec![point(*x1, h - y1), point(*x2, h - y2)], is_closed: false },
                });
            }
            Item::Picture { x, y, w, h: height, picture } => {
                // the unit square scaled to the box, its lower-left corner moved to the box's
                ops.push(Op::UseXobject {
                    id: picture_id(picture),
                    transform: XObjectTransform {
                        translate_x: Some(Pt(*x)),
                        translate_y: Some(Pt(h - y - height)),
                        scale_x: Some(*w),
                        scale_y: Some(*height),
                        no_auto_scale: true,
                        ..Default::default()
                    },
                });
            }
            Item::Text(run) if run.shaped.glyphs.is_empty() => {}
            Item::Text(run) => {
                let per_mille = 1000.0 / fonts.units_per_em();
                let glyphs = run
                    .shaped
                    .glyphs
                    .iter()
                    .map(|g| Codepoint {
                        gid: g.id,
                        offset: (g.natural - g.advance) as f32 * per_mille,
                        cid: (!g.text.is_empty()).then(|| g.text.clone()),
                    })
                    .collect();
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(run.weight)), size: Pt(run.size) });
                ops.push(Op::SetFillColor { col: color(run.color) });
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(run.x), y: Pt(h - run.y) } });
                ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(glyphs)] });
                ops.push(Op::EndTextSection);
            }
        }
    }
    ops
}

/// What the file identifier is made of: every box of the layout and the metadata, hashed.
fn fingerprint(layout: &Layout, meta: &Meta) -> [u8; 16] {
    let mut hash = Sha256::new();
    for page in &layout.pages {
        hash.update(page.width.to_bits().to_le_bytes());
        hash.update(page.height.to_bits().to_le_bytes());
        for item in &page.items {
            let numbers: &[f32] = match item {
                Item::Text(t) => {
                    hash.update(t.text.as_bytes());
                    &[t.x, t.y, t.size, t.weight as u8 as f32]
                }
                Item::Rect { x, y, w, h, .. } => &[*x, *y, *w, *h],
                Item::Line { x1, y1, x2, y2, width, .. } => &[*x1, *y1, *x2, *y2, *width],
                Item::Picture { x, y, w, h, picture } => {
                    hash.update(picture.sha256);
                    &[*x, *y, *w, *h]
                }
            };
            for n in numbers {
                hash.update(n.to_bits().to_le_bytes());
            }
        }
    }
    hash.update(format!("{meta:?}").as_bytes());
    let mut id = [0; 16];
    id.copy_from_slice(&hash.finalize()[..16]);
    id
}

/// Every stream not compressed yet, deflated at zlib's default level (lopdf's own `compress`
/// takes the slowest, level 9: a fifth of a 200-page report's time for 2 % fewer bytes).
fn compress(pdf: &mut lopdf::Document) {
    use std::io::Write;
    for object in pdf.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else { continue };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        if z.write_all(&stream.content).is_err() {
            continue;
        }
        if let Ok(packed) = z.finish() {
            if packed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(packed);
            }
        }
    }
}

/// The PDF of `layout`.
pub fn render(layout: &Layout, meta: &Meta, fonts: &Fonts) -> Vec<u8> {
    let mut doc = PdfDocument::new(&meta.title);
    for weight in [Weight::Regular, Weight::Bold] {
        let parsed = ParsedFont::from_bytes(weight.bytes(), 0, &mut Vec::new()).expect("the shipped font parses");
        doc.resources.fonts.map.insert(font_id(weight), PdfFont::new(parsed));
    }
    for item in layout.pages.iter().flat_map(|p| &p.items) {
        if let Item::Picture { picture, .. } = item {
            doc.resources.xobjects.map.insert(picture_id(picture), XObject::Image((*picture.image).clone()));
        }
    }
    let created = printpdf::OffsetDateTime::from_unix_timestamp(meta.created)
        .unwrap_or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0).expect("the epoch"));
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "Tessera".into();
    info.producer = "Tessera".into();
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    let pages: Vec<PdfPage> = layout
        .pages
        .iter()
        .map(|p| {
            let media = Rect::from_wh(Pt(p.width), Pt(p.height));
            PdfPage { media_box: media.clone(), trim_box: media.clone(), crop_box: media, ops: ops(p, fonts) }
        })
        .collect();
    doc.with_pages(pages);
    let opts = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut pdf = printpdf::to_lopdf_doc(&doc, &opts, &mut Vec::new());
    if let Ok(root) = pdf.trailer.get(b"Root").and_then(lopdf::Object::as_reference) {
        if let Ok(catalog) = pdf.get_object_mut(root).and_then(lopdf::Object::as_dict_mut) {
            catalog.set("Lang", lopdf::Object::string_literal(meta.lang.as_bytes().to_vec()));
        }
    }
    // the file's identifier: the same content, the same identifier (ISO 32000-1, 14.4)
    let id = fingerprint(layout, meta).to_vec();
    let id = lopdf::Object::String(id, lopdf::StringFormat::Hexadecimal);
    pdf.trailer.set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    compress(&mut pdf);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).expect("writing to memory");
    bytes
}
