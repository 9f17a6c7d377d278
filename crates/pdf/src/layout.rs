//! The layout model: a document's blocks (titles, paragraphs, label–value pairs, tables, bar
//! charts, pictures, page breaks with their orientation) laid out on A4 pages as placed boxes — text runs
//! at their baselines, rectangles, rules and pictures — before anything is drawn. Text wraps at the
//! line-break opportunities of UAX #14 and a word too long for its width breaks between two
//! letters without a hyphen; tables break between rows (a row taller than a page between its
//! lines) and repeat their header; a heading never ends a page; every page gets the header
//! and the footer with page X of Y once the number of pages is known. Tests read the model
//! (`Layout::snapshot`, `Layout::problems`), the renderer draws it.

use std::rc::Rc;
use std::sync::Arc;

use printpdf::RawImage;
use sha2::{Digest, Sha256};
use unicode_segmentation::UnicodeSegmentation;

use crate::fonts::{Fonts, Shaped, Weight};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

pub const INK: Color = Color(0x1f, 0x23, 0x28);
pub const MUTED: Color = Color(0x5f, 0x66, 0x6d);
pub const RULE: Color = Color(0xc8, 0xcd, 0xd2);
pub const SHADE: Color = Color(0xee, 0xf0, 0xf2);
/// The two colours of a chart's series (budget, spent), calm and told apart in greyscale.
pub const SERIES: [Color; 3] = [Color(0xa9, 0xc4, 0xdd), Color(0x2b, 0x5d, 0x8c), Color(0xc0, 0x6c, 0x2b)];

/// How a column's text sits in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A page's orientation; A4 either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// A column of a table: its share of the width and its alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub share: f32,
    pub align: Align,
}

impl Column {
    pub fn left(share: f32) -> Column {
        Column { share, align: Align::Left }
    }
    pub fn right(share: f32) -> Column {
        Column { share, align: Align::Right }
    }
}

/// A row of a table; a total row is bold with a rule above.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub total: bool,
}

impl Row {
    pub fn new(cells: Vec<String>) -> Row {
        Row { cells, total: false }
    }
    pub fn total(cells: Vec<String>) -> Row {
        Row { cells, total: true }
    }
}

/// A table whose header is repeated on every page it runs onto.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// One group of bars (a budget heading: budget and spent), each value with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<f64>,
    pub labels: Vec<String>,
}

/// A horizontal bar chart drawn as vector rectangles: a legend of its series, one group per
/// row, bars scaled to the largest value.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub series: Vec<String>,
    pub groups: Vec<BarGroup>,
}

/// A picture (an organisation's logo): a PNG or JPEG decoded once, shown as large as fits
/// `max_w` × `max_h` points (never wider than the text), keeping its proportions.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub image: Arc<RawImage>,
    /// The file's SHA-256: the picture's name in the PDF and its part of the file identifier.
    pub sha256: [u8; 32],
    pub max_w: f32,
    pub max_h: f32,
}

impl Picture {
    /// The picture in `bytes`, or `None` when they are not a PNG or JPEG that decodes.
    pub fn decode(bytes: &[u8], max_w: f32, max_h: f32) -> Option<Picture> {
        let image = RawImage::decode_from_bytes(bytes, &mut Vec::new()).ok()?;
        if image.width == 0 || image.height == 0 {
            return None;
        }
        Some(Picture { image: Arc::new(image), sha256: Sha256::digest(bytes).into(), max_w, max_h })
    }

    /// Its size in points within `width`.
    fn size(&self, width: f32) -> (f32, f32) {
        let aspect = self.image.width as f32 / self.image.height as f32;
        let w = self.max_w.min(width).min(self.max_h * aspect);
        (w, w / aspect)
    }
}

/// What a document is made of, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// Small muted text (a source, an explanation).
    Note(String),
    /// Label–value lines (a cover, an identification section).
    Pairs(Vec<(String, String)>),
    Table(Table),
    /// A wide table (many columns, landscape) in smaller type.
    DenseTable(Table),
    Chart(BarChart),
    Picture(Picture),
    Space(f32),
    /// Go on on a new page, from now on in this orientation.
    NewPage(Orientation),
}

/// What every page carries: the header's two ends and the footer, whose `{page}` and
/// `{pages}` become the page's number and the number of pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    pub header_left: String,
    pub header_right: String,
    pub footer: String,
}

/// A document to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub frame: Frame,
    pub blocks: Vec<Block>,
}

/// A run of text on one line, at its baseline (points from the page's top-left corner).
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub weight: Weight,
    pub color: Color,
    pub text: String,
    pub width: f32,
    pub shaped: Rc<Shaped>,
}

/// A placed box.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextRun),
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    /// `picture` drawn in the box whose top-left corner is (x, y).
    Picture {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        picture: Picture,
    },
}

/// A laid-out page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// The laid-out document.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
}

const A4: (f32, f32) = (595.276, 841.89);
const MARGIN_X: f32 = 48.0;
const MARGIN_TOP: f32 = 66.0;
const MARGIN_BOTTOM: f32 = 60.0;
const BODY: f32 = 10.0;
const TABLE: f32 = 8.5;
const DENSE: f32 = 7.0;
const PAD_X: f32 = 3.5;
const PAD_Y: f32 = 3.0;

fn line_height(size: f32) -> f32 {
    size * 1.3
}

/// `text` broken into lines no wider than `width` at `size`: at UAX #14's opportunities, a
/// word too long for a line between two letters (no hyphen), each `\n` a new line.
pub fn wrap(fonts: &Fonts, text: &str, weight: Weight, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(fonts, paragraph, weight, size, width, &mut lines);
    }
    lines
}

fn wrap_paragraph(fonts: &Fonts, text: &str, weight: Weight, size: f32, width: f32, lines: &mut Vec<String>) {
    let text = text.trim_end();
    if fonts.width(text, weight, size) <= width {
        lines.push(text.to_string());
        return;
    }
    let mut current = String::new();
    let mut current_width = 0.0;
    let mut start = 0;
    for (end, _) in unicode_linebreak::linebreaks(text) {
        let segment = &text[start..end];
        start = end;
        let trimmed = segment.trim_end();
        let seg_width = fonts.width(trimmed, weight, size);
        if current_width + seg_width <= width {
            current.push_str(segment);
            current_width += fonts.width(segment, weight, size);
            continue;
        }
        if !current.trim_end().is_empty() {
            lines.push(current.trim_end().to_string());
        }
        current.clear();
        current_width = 0.0;
        if seg_width <= width {
            current.push_str(segment);
            current_width = fonts.width(segment, weight, size);
            continue;
        }
        // a word longer than the line: between letters, no hyphen
        for g in trimmed.graphemes(true) {
            let w = fonts.width(g, weight, size);
            if current_width + w > width && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                current_width = 0.0;
            }
            current.push_str(g);
            current_width += w;
        }
        current.push_str(&segment[trimmed.len()..]);
    }
    if !current.trim_end().is_empty() || lines.is_empty() {
        lines.push(current.trim_end().to_string());
    }
}

struct Layouter<'a> {
    fonts: &'a Fonts,
    pages: Vec<Page>,
    orientation: Orientation,
    y: f32,
}

impl<'a> Layouter<'a> {
    fn size(&self) -> (f32, f32) {
        match self.orientation {
            Orientation::Portrait => A4,
            Orientation::Landscape => (A4.1, A4.0),
        }
    }
    fn left(&self) -> f32 {
        MARGIN_X
    }
    fn width(&self) -> f32 {
        self.size().0 - 2.0 * MARGIN_X
    }
    fn bottom(&self) -> f32 {
        self.size().1 - MARGIN_BOTTOM
    }
    fn room(&self) -> f32 {
        self.bottom() - self.y
    }
    fn new_page(&mut self) {
        let (width, height) = self.size();
        self.pages.push(Page { width, height, items: Vec::new() });
        self.y = MARGIN_TOP;
    }
    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a page is open")
    }
    /// Make room for `height`, on a new page when this one has less (unless the page is still
    /// empty: a block taller than a page starts it and is broken by its own rule).
    fn need(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN_TOP {
            self.new_page();
        }
    }

    fn text(&mut self, x: f32, baseline: f32, text: &str, weight: Weight, size: f32, color: Color) -> f32 {
        let shaped = self.fonts.shape(text, weight);
        let width = self.fonts.points(shaped.width, size);
        self.page().items.push(Item::Text(TextRun {
            x,
            y: baseline,
            size,
            weight,
            color,
            text: text.to_string(),
            width,
            shaped,
        }));
        width
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Color) {
        self.page().items.push(Item::Line { x1, y1, x2, y2, width, color });
    }

    /// Lines of text, breaking onto new pages between lines.
    fn lines(&mut self, text: &str, weight: Weight, size: f32, color: Color, before: f32, after: f32) {
        let lh = line_height(size);
        let lines = wrap(self.fonts, text, weight, size, self.width());
        self.need(before + lh.min(lines.len() as f32 * lh));
        self.y += before;
        for line in lines {
            self.need(lh);
            let baseline = self.y + self.fonts.ascent(size);
            let x = self.left();
            self.text(x, baseline, &line, weight, size, color);
            self.y += lh;
        }
        self.y += after;
    }

    fn heading(&mut self, text: &str, size: f32, before: f32) {
        // a heading keeps with at least three lines of what follows
        let lines = wrap(self.fonts, text, Weight::Bold, size, self.width()).len() as f32;
        self.need(before + lines * line_height(size) + 3.0 * line_height(BODY));
        let before = if self.y <= MARGIN_TOP { 0.0 } else { before };
        self.lines(text, Weight::Bold, size, INK, before, size * 0.45);
    }

    fn pairs(&mut self, pairs: &[(String, String)]) {
        let table = Table {
            columns: vec![Column::left(0.34), Column::left(0.66)],
            header: Vec::new(),
            rows: pairs.iter().map(|(k, v)| Row::new(vec![k.clone(), v.clone()])).collect(),
        };
        self.table_with(&table, BODY, false);
        self.y += BODY * 0.6;
    }

    fn table(&mut self, table: &Table, size: f32) {
        self.table_with(table, size, true);
        self.y += BODY * 0.8;
    }

    fn table_with(&mut self, table: &Table, size: f32, ruled: bool) {
        let lh = line_height(size);
        let widths = self.column_widths(table, size);
        let wrap_row = |cells: &[String], weight: Weight| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let cell = cells.get(i).map(String::as_str).unwrap_or("");
                    wrap(self.fonts, cell, weight, size, w - 2.0 * PAD_X)
                })
                .collect()
        };
        let header = (!table.header.is_empty()).then(|| wrap_row(&table.header, Weight::Bold));
        let header_height = header.as_ref().map_or(0.0, |h| row_height(h, lh));
        let first_height = table.rows.first().map_or(0.0, |r| row_height(&wrap_row(&r.cells, weight_of(r)), lh));
        self.need(header_height + first_height.min(self.bottom() - MARGIN_TOP - header_height));
        if let Some(h) = &header {
            self.table_header(h, &widths, &table.columns, size);
        }
        for row in &table.rows {
            let weight = weight_of(row);
            let mut cells = wrap_row(&row.cells, weight);
            loop {
                let height = row_height(&cells, lh);
                if self.y + height > self.bottom() {
                    let fit = ((self.room() - 2.0 * PAD_Y) / lh).floor().max(0.0) as usize;
                    let splittable = height > self.bottom() - MARGIN_TOP - header_height;
                    if splittable && fit > 0 {
                        // a row taller than a page: its first lines here, the rest on the next
                        let rest: Vec<Vec<String>> = cells.iter_mut().map(|c| c.split_off(fit.min(c.len()))).collect();
                        self.table_row(&cells, &widths, &table.columns, row.total, weight, size, ruled);
                        cells = rest;
                    }
                    self.new_page();
                    if let Some(h) = &header {
                        self.table_header(h, &widths, &table.columns, size);
                    }
                    continue;
                }
                self.table_row(&cells, &widths, &table.columns, row.total, weight, size, ruled);
                break;
            }
        }
    }

    /// Each column's share of the width, but never narrower than its header's longest word
    /// nor, for a right-aligned (figures) column, than its longest word (a figure is one: its
    /// group and currency separators are no-break spaces): a number or a header word is not
    /// broken while the other columns can give room.
    fn column_widths(&self, table: &Table, size: f32) -> Vec<f32> {
        let width = self.width();
        let total: f32 = table.columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let mut widths: Vec<f32> = table.columns.iter().map(|c| c.share / total * width).collect();
        let words = |text: &str, weight: Weight| {
            text.split([' ', '\n']).map(|w| self.fonts.width(w, weight, size)).fold(0.0_f32, f32::max)
        };
        let least: Vec<f32> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut least = table.header.get(i).map_or(0.0, |h| words(h, Weight::Bold));
                if c.align == Align::Right {
                    for row in &table.rows {
                        let cell = row.cells.get(i).map(String::as_str).unwrap_or("");
                        least = least.max(words(cell, weight_of(row)));
                    }
                }
                least + 2.0 * PAD_X + 0.5
            })
            .collect();
        if least.iter().sum::<f32>() > width {
            return widths; // nothing to give: the shares stand, long words break
        }
        // widen the narrow columns, taking the room from the others by their share
        for _ in 0..widths.len() {
            let short: f32 = widths.iter().zip(&least).map(|(w, l)| (l - w).max(0.0)).sum();
            if short <= 0.01 {
                break;
            }
            let spare: f32 = widths.iter().zip(&least).map(|(w, l)| (w - l).max(0.0)).sum();
            let take = (short / spare).min(1.0);
            for (w, l) in widths.iter_mut().zip(&least) {
                if *w < *l {
                    *w = *l;
                } else {
                    *w -= (*w - l) * take;
                }
            }
        }
        widths
    }

    fn table_header(&mut self, cells: &[Vec<String>], widths: &[f32], columns: &[Column], size: f32) {
        let height = row_height(cells, line_height(size));
        let (x, y, w) = (self.left(), self.y, self.width());
        self.page().items.push(Item::Rect { x, y, w, h: height, color: SHADE });
        self.table_row(cells, widths, columns, false, Weight::Bold, size, true);
    }

    #[allow(clippy::too_many_arguments)]
    fn table_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        columns: &[Column],
        total: bool,
        weight: Weight,
        size: f32,
        ruled: bool,
    ) {
        let lh = line_height(size);
        let height = row_height(cells, lh);
        let top = self.y;
        if total {
            let (x, w) = (self.left(), self.width());
            self.line(x, top, x + w, top, 0.8, MUTED);
        }
        let mut x = self.left();
        for (i, lines) in cells.iter().enumerate() {
            let align = columns.get(i).map_or(Align::Left, |c| c.align);
            for (n, line) in lines.iter().enumerate() {
                let baseline = top + PAD_Y + n as f32 * lh + self.fonts.ascent(size);
                let width = self.fonts.width(line, weight, size);
                let at = match align {
                    Align::Left => x + PAD_X,
                    Align::Right => x + widths[i] - PAD_X - width,
                };
                self.text(at, baseline, line, weight, size, INK);
            }
            x += widths[i];
        }
        self.y = top + height;
        if ruled {
            let (x, w, y) = (self.left(), self.width(), self.y);
            self.line(x, y, x + w, y, 0.4, RULE);
        }
    }

    fn chart(&mut self, chart: &BarChart) {
        let size = TABLE;
        let lh = line_height(size);
        let bar = 7.0;
        let label_width = self.width() * 0.30;
        let value_room = 70.0;
        let bars_width = self.width() - label_width - value_room;
        let group_height = |g: &BarGroup, fonts: &Fonts| {
            let label_lines = wrap(fonts, &g.label, Weight::Regular, size, label_width - PAD_X).len() as f32;
            (g.values.len() as f32 * (bar + 2.0)).max(label_lines * lh) + 6.0
        };
        let legend = lh + 6.0;
        let height: f32 = legend + chart.groups.iter().map(|g| group_height(g, self.fonts)).sum::<f32>();
        self.need(height.min(self.bottom() - MARGIN_TOP));
        // the legend: a swatch and the series' name
        let mut x = self.left() + label_width;
        let top = self.y;
        for (i, name) in chart.series.iter().enumerate() {
            let color = SERIES[i % SERIES.len()];
            self.page().items.push(Item::Rect { x, y: top + 1.5, w: 9.0, h: 7.0, color });
            let w = self.text(x + 12.0, top + self.fonts.ascent(size), name, Weight::Regular, size, MUTED);
            x += 12.0 + w + 14.0;
        }
        self.y += legend;
        let max = chart.groups.iter().flat_map(|g| g.values.iter().copied()).fold(0.0_f64, f64::max);
        let x0 = self.left() + label_width;
        for group in &chart.groups {
            let h = group_height(group, self.fonts);
            self.need(h);
            let top = self.y;
            let lines = wrap(self.fonts, &group.label, Weight::Regular, size, label_width - PAD_X);
            for (n, line) in lines.iter().enumerate() {
                let left = self.left();
                self.text(left, top + n as f32 * lh + self.fonts.ascent(size), line, Weight::Regular, size, INK);
            }
            for (i, value) in group.values.iter().enumerate() {
                let y = top + i as f32 * (bar + 2.0);
                let w = if max > 0.0 { (value.max(0.0) / max) as f32 * bars_width } else { 0.0 };
                let color = SERIES[i % SERIES.len()];
                self.page().items.push(Item::Rect { x: x0, y, w, h: bar, color });
                if let Some(label) = group.labels.get(i) {
                    self.text(x0 + w + 3.0, y + bar - 1.0, label, Weight::Regular, size - 1.0, MUTED);
                }
            }
            self.line(x0, top - 1.0, x0, top + h - 4.0, 0.6, MUTED);
            self.y = top + h;
        }
        self.y += BODY * 0.8;
    }

    fn frame(&mut self, frame: &Frame) {
        let pages = self.pages.len();
        for n in 0..pages {
            let (width, height) = (self.pages[n].width, self.pages[n].height);
            let mut items = Vec::new();
            let size = 8.0;
            let mut put = |x: f32, y: f32, text: &str, right: bool| {
                let shaped = self.fonts.shape(text, Weight::Regular);
                let w = self.fonts.points(shaped.width, size);
                let x = if right { x - w } else { x };
                items.push(Item::Text(TextRun {
                    x,
                    y,
                    size,
                    weight: Weight::Regular,
                    color: MUTED,
                    text: text.to_string(),
                    width: w,
                    shaped,
                }));
            };
            let header_y = 40.0;
            put(MARGIN_X, header_y, &frame.header_left, false);
            put(width - MARGIN_X, header_y, &frame.header_right, true);
            let footer = frame.footer.replace("{page}", &(n + 1).to_string()).replace("{pages}", &pages.to_string());
            put(width - MARGIN_X, height - 30.0, &footer, true);
            items.push(Item::Line {
                x1: MARGIN_X,
                y1: header_y + 6.0,
                x2: width - MARGIN_X,
                y2: header_y + 6.0,
                width: 0.5,
                color: RULE,
            });
            self.pages[n].items.extend(items);
        }
    }
}

fn weight_of(row: &Row) -> Weight {
    if row.total {
        Weight::Bold
    } else {
        Weight::Regular
    }
}

fn row_height(cells: &[Vec<String>], lh: f32) -> f32 {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * lh + 2.0 * PAD_Y
}

/// `doc` laid out on pages.
pub fn lay_out(doc: &Document, fonts: &Fonts) -> Layout {
    let mut l = Layouter { fonts, pages: Vec::new(), orientation: Orientation::Portrait, y: MARGIN_TOP };
    l.new_page();
    for block in &doc.blocks {
        match block {
            Block::Title(t) => l.heading(t, 20.0, 0.0),
            Block::Heading(t) => l.heading(t, 14.0, 14.0),
            Block::Subheading(t) => l.heading(t, 11.0, 8.0),
            Block::Paragraph(t) => l.lines(t, Weight::Regular, BODY, INK, 0.0, BODY * 0.6),
            Block::Note(t) => l.lines(t, Weight::Regular, 8.0, MUTED, 0.0, 6.0),
            Block::Pairs(p) => l.pairs(p),
            Block::Table(t) => l.table(t, TABLE),
            Block::DenseTable(t) => l.table(t, DENSE),
            Block::Chart(c) => l.chart(c),
            Block::Picture(p) => {
                let (w, h) = p.size(l.width());
                l.need(h);
                let (x, y) = (l.left(), l.y);
                l.page().items.push(Item::Picture { x, y, w, h, picture: p.clone() });
                l.y += h + BODY;
            }
            Block::Space(h) => {
                if l.y > MARGIN_TOP {
                    l.y = (l.y + h).min(l.bottom());
                }
            }
            Block::NewPage(o) => {
                l.orientation = *o;
                l.new_page();
            }
        }
    }
    l.frame(&doc.frame);
    Layout { pages: l.pages }
}

impl Layout {
    /// The model as text, one box per line, to the tenth of a point: what the tests compare.
    pub fn snapshot(&self) -> String {
        let mut out = String::new();
        for (n, page) in self.pages.iter().enumerate() {
            out.push_str(&format!("page {} {:.0}x{:.0}\n", n + 1, page.width, page.height));
            for item in &page.items {
                let line = match item {
                    Item::Text(t) => format!(
                        "  text {:.1} {:.1} {:.1}{} {:?}\n",
                        t.x,
                        t.y,
                        t.size,
                        if t.weight == Weight::Bold { "b" } else { "" },
                        t.text
                    ),
                    Item::Rect { x, y, w, h, .. } => format!("  rect {x:.1} {y:.1} {w:.1} {h:.1}\n"),
                    Item::Line { x1, y1, x2, y2, .. } => format!("  line {x1:.1} {y1:.1} {x2:.1} {y2:.1}\n"),
                    Item::Picture { x, y, w, h, .. } => format!("  picture {x:.1} {y:.1} {w:.1} {h:.1}\n"),
                };
                out.push_str(&line);
            }
        }
        out
    }

    /// What is wrong with the layout: text beyond the page's margins, or two runs of text
    /// that overlap. Empty when every box is where it may be.
    pub fn problems(&self, fonts: &Fonts) -> Vec<String> {
        let mut out = Vec::new();
        for (n, page) in self.pages.iter().enumerate() {
            let texts: Vec<&TextRun> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text(t) if !t.text.is_empty() => Some(t),
                    _ => None,
                })
                .collect();
            let bbox = |t: &TextRun| (t.x, t.y - fonts.ascent(t.size), t.x + t.width, t.y + fonts.descent(t.size));
            for t in &texts {
                let (x1, y1, x2, y2) = bbox(t);
                if x1 < MARGIN_X - 0.5 || x2 > page.width - MARGIN_X + 0.5 || y1 < 20.0 || y2 > page.height - 20.0 {
                    out.push(format!("page {}: {:?} outside the margins ({x1:.1}..{x2:.1})", n + 1, t.text));
                }
            }
            for (i, a) in texts.iter().enumerate() {
                let (ax1, ay1, ax2, ay2) = bbox(a);
                for b in &texts[i + 1..] {
                    let (bx1, by1, bx2, by2) = bbox(b);
                    // the ascender and descender of two lines in a row touch by design
                    let overlap_x = ax1.max(bx1) < ax2.min(bx2) - 0.5;
                    let overlap_y = ay1.max(by1) < ay2.min(by2) - (a.size.min(b.size) * 0.35);
                    if overlap_x && overlap_y {
                        out.push(format!("page {}: {:?} overlaps {:?}", n + 1, a.text, b.text));
                    }
                }
            }
        }
        out
    }

    /// Every text run's text, page by page, in the order laid out.
    pub fn texts(&self) -> Vec<Vec<&str>> {
        self.pages
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(t) => Some(t.text.as_str()),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_word_breaks_between_letters_without_a_hyphen() {
        let fonts = Fonts::new("bs");
        let word = "Prijestolonasljednikovičinidbenica";
        let lines = wrap(&fonts, &format!("Riječ {word} je duga"), Weight::Regular, 10.0, 60.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| fonts.width(l, Weight::Regular, 10.0) <= 60.0), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("Riječ{word}jeduga"));
        assert!(lines.iter().all(|l| !l.ends_with('-')));
    }

    #[test]
    fn text_wraps_at_spaces_and_keeps_every_word() {
        let fonts = Fonts::new("bg");
        let text = "Обучения за младежи от ромската общност в Русе и Ценово";
        let lines = wrap(&fonts, text, Weight::Regular, 10.0, 120.0);
        assert!(lines.len() >= 2);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(fonts.width(l, Weight::Regular, 10.0) <= 120.0);
        }
        assert_eq!(wrap(&fonts, "a\nb", Weight::Regular, 10.0, 120.0), vec!["a", "b"]);
    }
}
