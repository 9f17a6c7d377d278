//! The engine end to end: documents laid out, drawn, and read back with poppler's
//! `pdftotext` and `pdfinfo` — words in their script, tables across pages with their header,
//! page X of Y, landscape pages, pictures (read back by `pdfimages` and seen in `pdftoppm`'s
//! pixels), the same bytes twice, and a layout snapshot.

use std::process::Command;

use tessera_pdf::layout::Item;
use tessera_pdf::{
    lay_out, pdf, BarChart, BarGroup, Block, Column, Document, Fonts, Frame, Meta, Orientation, Picture, Row, Table,
};

fn meta(lang: &str) -> Meta {
    Meta {
        title: "Извештај".into(),
        author: "Удружење Рома Ниш".into(),
        subject: "EU".into(),
        lang: lang.into(),
        created: 1_764_633_600,
    }
}

fn frame() -> Frame {
    Frame {
        header_left: "NIS-ROMA".into(),
        header_right: "01.01.2026. – 30.06.2026.".into(),
        footer: "Страна {page} од {pages}".into(),
    }
}

fn long_table(rows: usize) -> Table {
    Table {
        columns: vec![Column::left(1.0), Column::left(4.0), Column::right(2.0)],
        header: vec!["Бр.".into(), "Опис трошка".into(), "Износ".into()],
        rows: (1..=rows)
            .map(|n| {
                Row::new(vec![
                    format!("T{n:04}"),
                    format!("Превоз учесника Ниш – Лесковац, ђачка карта {n}"),
                    format!("{n},50 €"),
                ])
            })
            .chain(std::iter::once(Row::total(vec![String::new(), "Укупно".into(), "9.999,00 €".into()])))
            .collect(),
    }
}

fn pdftotext(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdfinfo(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdfinfo").arg(&path).output().expect("pdfinfo (poppler-utils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Page 1 of `bytes` at 72 dpi (one pixel a point): its width and RGB pixels.
fn first_page_pixels(bytes: &[u8]) -> (usize, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftoppm").args(["-r", "72", "-f", "1", "-l", "1"]).arg(&path).output().unwrap();
    assert!(out.status.success());
    // binary PPM: "P6\n<w> <h>\n255\n" then the pixels
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let end = at + out.stdout[at..].iter().position(|b| b.is_ascii_whitespace()).unwrap();
        fields.push(String::from_utf8(out.stdout[at..end].to_vec()).unwrap());
        at = end + 1;
    }
    assert_eq!(fields[0], "P6");
    (fields[1].parse().unwrap(), out.stdout[at..].to_vec())
}

#[test]
fn pictures_keep_their_proportions_and_are_drawn_where_laid_out() {
    let png = include_bytes!("fixtures/logo.png"); // 240 × 80, with an alpha channel
    let jpeg = include_bytes!("fixtures/logo.jpg"); // 90 × 120
    let logo = Picture::decode(png, 180.0, 64.0).expect("a PNG");
    let tall = Picture::decode(jpeg, 180.0, 64.0).expect("a JPEG");
    assert!(Picture::decode(b"GIF89a not a picture", 180.0, 64.0).is_none());
    assert!(Picture::decode(&png[..100], 180.0, 64.0).is_none(), "a cut PNG");
    let doc = Document {
        frame: frame(),
        blocks: vec![Block::Picture(logo), Block::Title("Извештај".into()), Block::Picture(tall.clone())],
    };
    let (bytes, layout) = pdf(&doc, &meta("sr-Cyrl"));
    let boxes: Vec<(f32, f32, f32, f32)> = layout.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Picture { x, y, w, h, .. } => Some((*x, *y, *w, *h)),
            _ => None,
        })
        .collect();
    // the wide one as wide as its box allows (180 × 60), the tall one as high (48 × 64)
    assert_eq!(boxes.len(), 2);
    let (x, y, w, h) = boxes[0];
    assert!((w - 180.0).abs() < 0.01 && (h - 60.0).abs() < 0.01, "{boxes:?}");
    assert!(((boxes[1].2 - 48.0).abs() < 0.01) && ((boxes[1].3 - 64.0).abs() < 0.01), "{boxes:?}");
    // the title below the first picture
    let title = layout.pages[0]
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text(t) if t.text == "Извештај" => Some(t.y),
            _ => None,
        })
        .unwrap();
    assert!(title - 20.0 > y + h, "title at {title}, picture ends at {}", y + h);
    assert_eq!(layout.problems(&Fonts::new("sr-Cyrl")), Vec::<String>::new());
    // both in the file once each, at their pixel sizes
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let list = Command::new("pdfimages").arg("-list").arg(&path).output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    let mut sizes: Vec<(String, String)> = list
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|f| f.get(2) == Some(&"image"))
        .map(|f| (f[3].to_string(), f[4].to_string()))
        .collect();
    sizes.sort();
    assert_eq!(sizes, [("240".into(), "80".into()), ("90".into(), "120".into())], "{list}");
    // drawn in their boxes: the logo's teal at its middle-right, white paper just beside it
    let (width, pixels) = first_page_pixels(&bytes);
    let at = |px: f32, py: f32| {
        let i = (py as usize * width + px as usize) * 3;
        (pixels[i], pixels[i + 1], pixels[i + 2])
    };
    let (r, g, b) = at(x + w * 0.95, y + h * 0.5);
    assert!(r < 80 && g > 70 && g < 130 && b > 60 && b < 120, "teal expected, got {:?}", (r, g, b));
    assert_eq!(at(x + w + 6.0, y + h * 0.5), (255, 255, 255));
    // the same bytes again
    assert!(pdf(&doc, &meta("sr-Cyrl")).0 == bytes);
    // another picture, another file
    let other =
        Document { frame: frame(), blocks: vec![Block::Picture(tall), Block::Title("Извештај".into())] };
    assert!(pdf(&other, &meta("sr-Cyrl")).0 != bytes);
}

#[test]
fn a_table_breaks_across_pages_with_its_header_and_pages_are_numbered() {
    let doc = Document {
        frame: frame(),
        blocks: vec![
            Block::Title("Финансијски извештај".into()),
            Block::Paragraph("Трошкови у периоду.".into()),
            Block::Table(long_table(150)),
        ],
    };
    let (bytes, layout) = pdf(&doc, &meta("sr-Cyrl"));
    let fonts = Fonts::new("sr-Cyrl");
    assert_eq!(layout.problems(&fonts), Vec::<String>::new());
    let pages = layout.pages.len();
    assert!(pages >= 4, "150 rows fit on {pages} pages");
    // every page carries the table's header and its number, of all
    for (n, texts) in layout.texts().iter().enumerate() {
        assert!(texts.contains(&"Опис трошка"), "page {} without the header", n + 1);
        assert!(texts.contains(&format!("Страна {} од {pages}", n + 1).as_str()));
        assert!(texts.contains(&"NIS-ROMA"));
    }
    let text = pdftotext(&bytes);
    assert!(text.contains("Финансијски извештај"), "{text}");
    assert!(text.contains("ђачка карта 150"));
    assert!(text.contains(&format!("Страна {pages} од {pages}")));
    assert_eq!(text.matches("Опис трошка").count(), pages);
    // no row lost or doubled at a break
    for n in 1..=150 {
        assert_eq!(text.matches(&format!("T{n:04}")).count(), 1, "T{n:04}");
    }
    let info = pdfinfo(&bytes);
    assert!(info.contains(&format!("Pages:           {pages}")), "{info}");
    assert!(info.contains("Author:          Удружење Рома Ниш"), "{info}");
    assert!(info.contains("Title:           Извештај"), "{info}");
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
}

#[test]
fn the_same_document_gives_the_same_bytes_and_its_fonts_are_subset() {
    let doc = Document {
        frame: frame(),
        blocks: vec![Block::Title("Izvještaj o napretku".into()), Block::Table(long_table(30))],
    };
    let (a, _) = pdf(&doc, &meta("bs"));
    let (b, _) = pdf(&doc, &meta("bs"));
    assert!(a == b, "two renderings differ");
    let later = Meta { created: 1_764_633_601, ..meta("bs") };
    assert!(pdf(&doc, &later).0 != a, "the generation time is in the file");
    // two faces of ~510 kB each, subset to the letters used
    assert!(a.len() < 120_000, "{} bytes: the fonts are not subset", a.len());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, &a).unwrap();
    let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    assert!(fonts.lines().filter(|l| l.contains("+NotoSans")).count() == 2, "{fonts}");
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes yes ")), "embedded and subset: {fonts}");
}

#[test]
fn landscape_pages_long_words_and_charts_stay_inside_the_page() {
    let word = "Najnezaboravnijeprijestolonasljednikovičinidbenicama";
    let doc = Document {
        frame: frame(),
        blocks: vec![
            Block::Paragraph(format!("Ovo je {word} riječ koja ne staje u ćeliju tabele.")),
            Block::Table(Table {
                columns: vec![Column::left(1.0), Column::right(1.0)],
                header: vec!["Opis".into(), "Iznos".into()],
                rows: vec![Row::new(vec![word.into(), "1.234,00 KM".into()])],
            }),
            Block::NewPage(Orientation::Landscape),
            Block::Heading("Tabela pokazatelja".into()),
            Block::Table(Table {
                columns: (0..12).map(|_| Column::right(1.0)).collect(),
                header: (1..=12).map(|n| format!("Kvartal {n}")).collect(),
                rows: (0..5).map(|r| Row::new((0..12).map(|c| format!("{}", r * 12 + c)).collect())).collect(),
            }),
            Block::Chart(BarChart {
                series: vec!["Budžet".into(), "Potrošeno".into()],
                groups: vec![
                    BarGroup {
                        label: "1. Ljudski resursi".into(),
                        values: vec![1000.0, 800.0],
                        labels: vec!["1.000,00".into(), "800,00".into()],
                    },
                    BarGroup {
                        label: "2. Putovanja".into(),
                        values: vec![500.0, 650.0],
                        labels: vec!["500,00".into(), "650,00".into()],
                    },
                ],
            }),
            Block::NewPage(Orientation::Portrait),
            Block::Paragraph("Kraj.".into()),
        ],
    };
    let fonts = Fonts::new("bs");
    let layout = lay_out(&doc, &fonts);
    assert_eq!(layout.problems(&fonts), Vec::<String>::new());
    let sizes: Vec<(f32, f32)> = layout.pages.iter().map(|p| (p.width.round(), p.height.round())).collect();
    assert_eq!(sizes, vec![(595.0, 842.0), (842.0, 595.0), (595.0, 842.0)]);
    // the long word is all there, in pieces, with no hyphen added
    let first = layout.texts()[0].concat();
    assert!(first.contains(word), "{first}");
    assert!(!layout.texts()[0].iter().any(|t| t.ends_with('-')));
    // the chart: a bar per value, the spent one of heading 2 longer than its budget
    let bars: Vec<f32> = layout.pages[1]
        .items
        .iter()
        .filter_map(|i| match i {
            tessera_pdf::layout::Item::Rect { w, h, .. } if (*h - 7.0).abs() < 0.01 => Some(*w),
            _ => None,
        })
        .collect();
    assert_eq!(bars.len(), 6, "two swatches and four bars: {bars:?}");
    assert!(bars[5] > bars[4] && bars[2] > bars[3]);
    let text = pdftotext(&tessera_pdf::render(&layout, &meta("bs"), &fonts));
    assert!(text.contains("Kvartal 12") && text.contains("Potrošeno") && text.contains("Kraj."), "{text}");
}

#[test]
fn the_layout_model_snapshot() {
    let doc = Document {
        frame: Frame { header_left: "P1".into(), header_right: "2026".into(), footer: "{page}/{pages}".into() },
        blocks: vec![
            Block::Title("Raport".into()),
            Block::Pairs(vec![("Organizata".into(), "Qendra për të Drejtat e Grave".into())]),
            Block::Table(Table {
                columns: vec![Column::left(2.0), Column::right(1.0)],
                header: vec!["Zëri".into(), "Shuma".into()],
                rows: vec![
                    Row::new(vec!["Udhëtime".into(), "120,00 €".into()]),
                    Row::total(vec!["Gjithsej".into(), "120,00 €".into()]),
                ],
            }),
        ],
    };
    let snapshot = lay_out(&doc, &Fonts::new("sq")).snapshot();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/layout.snapshot");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &snapshot).unwrap();
    }
    let expected = std::fs::read_to_string(path).expect("run with UPDATE_SNAPSHOTS=1 once");
    assert_eq!(snapshot, expected);
}
