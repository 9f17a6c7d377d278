//! The fonts a document is set in — Noto Sans regular and bold, shipped under `assets/fonts`
//! (full Latin Extended and Cyrillic) — text shaped by rustybuzz in the document's language
//! (so Serbian and Macedonian get their own Cyrillic forms through `locl`, and kerning
//! applies), and measured by the shaped glyphs' advances. Shaped words are kept, so a report
//! that repeats a budget line or a date shapes it once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::str::FromStr;

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");

/// Which of the two faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
}

impl Weight {
    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// One glyph of a shaped text, in font units.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    /// The shaped advance (kerning applied).
    pub advance: i32,
    /// The font's own advance for the glyph, which the PDF's width table holds.
    pub natural: i32,
    /// The text this glyph stands for (for copying and `pdftotext`); empty for the second
    /// glyph of a cluster.
    pub text: String,
}

/// A text shaped in one face: its glyphs and its width in font units.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub glyphs: Vec<Glyph>,
    pub width: i32,
}

/// The two faces, ready to shape in one language.
pub struct Fonts {
    faces: [rustybuzz::Face<'static>; 2],
    language: Option<rustybuzz::Language>,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    kept: RefCell<HashMap<(Weight, String), Rc<Shaped>>>,
    /// A shaping plan per face and script (making one is most of the cost of shaping a word).
    plans: RefCell<HashMap<(Weight, rustybuzz::Script), Rc<rustybuzz::ShapePlan>>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").field("language", &self.language).finish()
    }
}

impl Fonts {
    /// The shipped faces, shaping as `lang` (a BCP 47 tag: `sr-Cyrl`, `mk`, `sq`) writes.
    pub fn new(lang: &str) -> Fonts {
        let face = |w: Weight| rustybuzz::Face::from_slice(w.bytes(), 0).expect("the shipped font parses");
        let regular = face(Weight::Regular);
        let units_per_em = regular.units_per_em() as f32;
        let (ascender, descender) = (regular.ascender() as f32, regular.descender() as f32);
        let primary = lang.split('-').next().unwrap_or(lang);
        Fonts {
            faces: [regular, face(Weight::Bold)],
            language: rustybuzz::Language::from_str(primary).ok(),
            units_per_em,
            ascender,
            descender,
            kept: RefCell::new(HashMap::new()),
            plans: RefCell::new(HashMap::new()),
        }
    }

    fn face(&self, weight: Weight) -> &rustybuzz::Face<'static> {
        &self.faces[weight as usize]
    }

    /// `text` shaped in `weight` (kept for the next time it is asked).
    pub fn shape(&self, text: &str, weight: Weight) -> Rc<Shaped> {
        let key = (weight, text.to_string());
        if let Some(s) = self.kept.borrow().get(&key) {
            return s.clone();
        }
        let shaped = Rc::new(self.shape_now(text, weight));
        self.kept.borrow_mut().insert(key, shaped.clone());
        shaped
    }

    fn shape_now(&self, text: &str, weight: Weight) -> Shaped {
        let face = self.face(weight);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        if let Some(lang) = &self.language {
            buffer.set_language(lang.clone());
        }
        buffer.guess_segment_properties();
        let script = buffer.script();
        let plan = self.plans.borrow().get(&(weight, script)).cloned();
        let plan = plan.unwrap_or_else(|| {
            let dir = rustybuzz::Direction::LeftToRight;
            let plan = Rc::new(rustybuzz::ShapePlan::new(face, dir, Some(script), self.language.as_ref(), &[]));
            self.plans.borrow_mut().insert((weight, script), plan.clone());
            plan
        });
        let out = rustybuzz::shape_with_plan(face, &plan, buffer);
        let (infos, positions) = (out.glyph_infos(), out.glyph_positions());
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            let first_of_cluster = i == 0 || infos[i - 1].cluster != info.cluster;
            let end = infos[i..].iter().map(|g| g.cluster as usize).find(|&c| c != start).unwrap_or(text.len());
            let end = if end < start { text.len() } else { end };
            let id = info.glyph_id as u16;
            let natural = face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(id)).unwrap_or(0) as i32;
            glyphs.push(Glyph {
                id,
                advance: pos.x_advance,
                natural,
                text: if first_of_cluster { text.get(start..end).unwrap_or("").to_string() } else { String::new() },
            });
            width += pos.x_advance;
        }
        Shaped { glyphs, width }
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.shape(text, weight).width as f32 * size / self.units_per_em
    }

    /// Font units to points at `size`.
    pub fn points(&self, units: i32, size: f32) -> f32 {
        units as f32 * size / self.units_per_em
    }

    /// Whether every character of `text` has a glyph (no `.notdef` box would be drawn).
    pub fn covers(&self, text: &str) -> bool {
        let face = self.face(Weight::Regular);
        text.chars().filter(|c| !c.is_whitespace()).all(|c| face.glyph_index(c).is_some())
    }

    /// How far the letters rise above the baseline at `size` (the face's ascender).
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascender * size / self.units_per_em
    }

    /// How far they drop below it (positive).
    pub fn descent(&self, size: f32) -> f32 {
        -self.descender * size / self.units_per_em
    }

    pub(crate) fn units_per_em(&self) -> f32 {
        self.units_per_em
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_latin_extended_are_covered_and_measured() {
        let fonts = Fonts::new("sr-Cyrl");
        for text in ["Ђорђе Петровић", "Љубљана њива џеп", "Ѓорче Ќерка Ѕвезда", "Shkodër çështje", "Đakovica šđčćž"]
        {
            assert!(fonts.covers(text), "{text}");
            let shaped = fonts.shape(text, Weight::Regular);
            assert!(shaped.glyphs.iter().all(|g| g.id != 0), "{text}: a .notdef glyph");
            let copied: String = shaped.glyphs.iter().map(|g| g.text.as_str()).collect();
            assert_eq!(copied, text);
        }
        // bold is wider than regular, and a longer text wider than its part
        assert!(fonts.width("Буџет", Weight::Bold, 10.0) > fonts.width("Буџет", Weight::Regular, 10.0));
        assert!(fonts.width("Буџет пројекта", Weight::Regular, 10.0) > fonts.width("Буџет", Weight::Regular, 10.0));
        // the width scales with the size
        let (a, b) = (fonts.width("Total", Weight::Regular, 10.0), fonts.width("Total", Weight::Regular, 20.0));
        assert!((b - 2.0 * a).abs() < 0.01);
    }

    #[test]
    fn serbian_cyrillic_gets_its_own_letter_forms() {
        // Serbian and Macedonian write б differently from Russian and Bulgarian (`locl`)
        let ru = Fonts::new("ru").shape("б", Weight::Regular).glyphs[0].id;
        let sr = Fonts::new("sr-Cyrl").shape("б", Weight::Regular).glyphs[0].id;
        let mk = Fonts::new("mk").shape("б", Weight::Regular).glyphs[0].id;
        assert_ne!(ru, sr, "the font has no Serbian form of б");
        assert_eq!(sr, mk);
    }
}
