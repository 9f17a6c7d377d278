//! The engine end to end: documents laid out, drawn, and read back with poppler's
//! `pdftotext` and `pdfinfo` — words in their script, tables across pages with their header,
//! page X of Y, landscape pages, the same bytes twice, and a layout snapshot.

use std::process::Command;

use tessera_pdf::{
    lay_out, pdf, BarChart, BarGroup, Block, Column, Document, Fonts, Frame, Meta, Orientation, Row, Table,
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
