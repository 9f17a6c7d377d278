//! A sample document in Serbian Cyrillic with a table across pages, a landscape table and a
//! chart, written to the path given (to look at: `pdftoppm -png -r 60 FILE out`).

use tessera_pdf::{pdf, BarChart, BarGroup, Block, Column, Document, Frame, Meta, Orientation, Row, Table};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "sample.pdf".into());
    let rows = (1..=60)
        .map(|n| {
            Row::new(vec![
                format!("T{n:04}"),
                format!("Превоз учесника Ниш – Лесковац, ђачка карта и џепарац број {n}"),
                format!("{n},50 €"),
            ])
        })
        .chain(std::iter::once(Row::total(vec![String::new(), "Укупно".into(), "1.860,00 €".into()])))
        .collect();
    let doc = Document {
        frame: Frame {
            header_left: "NIS-ROMA".into(),
            header_right: "01.01.2026. – 30.06.2026.".into(),
            footer: "Страна {page} од {pages}".into(),
        },
        blocks: vec![
            Block::Title("Финансијски извештај о напретку пројекта".into()),
            Block::Pairs(vec![
                ("Организација".into(), "Удружење Рома Ниш".into()),
                ("Уговор".into(), "2025/123-456".into()),
            ]),
            Block::Heading("1. Трошкови".into()),
            Block::Paragraph(
                "Трошкови у периоду, по ставкама буџета. Износи су у валути гранта, по курсу из уговора.".into(),
            ),
            Block::Table(Table {
                columns: vec![Column::left(1.0), Column::left(4.0), Column::right(1.5)],
                header: vec!["Бр.".into(), "Опис трошка".into(), "Износ".into()],
                rows,
            }),
            Block::NewPage(Orientation::Landscape),
            Block::Heading("2. Буџет и трошкови".into()),
            Block::Chart(BarChart {
                series: vec!["Буџет".into(), "Потрошено".into()],
                groups: vec![
                    BarGroup {
                        label: "1. Људски ресурси".into(),
                        values: vec![12000.0, 8000.0],
                        labels: vec!["12.000,00 €".into(), "8.000,00 €".into()],
                    },
                    BarGroup {
                        label: "2. Путовања".into(),
                        values: vec![5000.0, 6500.0],
                        labels: vec!["5.000,00 €".into(), "6.500,00 €".into()],
                    },
                    BarGroup {
                        label: "3. Опрема и материјал за радионице у Нишу".into(),
                        values: vec![3000.0, 1200.0],
                        labels: vec!["3.000,00 €".into(), "1.200,00 €".into()],
                    },
                ],
            }),
        ],
    };
    let meta = Meta {
        title: "Извештај".into(),
        author: "Удружење Рома Ниш".into(),
        subject: "EU".into(),
        lang: "sr-Cyrl".into(),
        created: 1_764_633_600,
    };
    let (bytes, layout) = pdf(&doc, &meta);
    std::fs::write(&path, bytes).expect("write the PDF");
    println!("{} pages -> {path}", layout.pages.len());
}
