//! The EU report for one project with 5 000 transactions, 300 activities and 60 indicators
//! (the large demo's first project, grown to that size), generated as PDF in-process (target
//! 0.5 s), and side by side in the same run the same content as HTML printed to PDF by
//! headless Chromium, as web apps do (target: Tessera at least 15× faster). Prints figures;
//! asserts nothing about time.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use tessera_core::demo::{self, Scale};
use tessera_core::package::import_str;
use tessera_core::report::Request;
use tessera_core::{Db, OpenOptions};
use tessera_pdf::{Align, Block, Document};

// as the `tessera` binary runs
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn grown_package() -> (String, String, String, String) {
    let mut pkg = demo::package(Scale::Large);
    pkg.projects.truncate(1);
    let p = &mut pkg.projects[0];
    let base = p.transactions.clone();
    for k in 0.. {
        if p.transactions.len() >= 5_000 {
            break;
        }
        let mut t = base[k % base.len()].clone();
        t.ref_ = format!("BX{k:05}");
        t.document_no = t.document_no.map(|d| format!("{d}-{k}"));
        if t.amount.starts_with('-') {
            continue; // reversing entries name the one they reverse: not copied
        }
        p.transactions.push(t);
    }
    let acts = p.activities.clone();
    for k in 0.. {
        if p.activities.len() >= 300 {
            break;
        }
        let mut a = acts[k % acts.len()].clone();
        a.ref_ = format!("AX{k:04}");
        p.activities.push(a);
    }
    if let Some(lf) = p.logframe.as_mut() {
        let count = |lf: &tessera_core::package::Logframe| {
            lf.objectives
                .iter()
                .map(|o| o.indicators.len() + o.results.iter().map(|r| r.indicators.len()).sum::<usize>())
                .sum::<usize>()
                + lf.goal.as_ref().map_or(0, |g| g.indicators.len())
        };
        let template = lf.objectives[0].results[0].indicators[0].clone();
        let mut k = 0;
        while count(lf) < 60 {
            let n = lf.objectives.len();
            let o = &mut lf.objectives[k % n];
            let m = o.results.len().max(1);
            let mut i = template.clone();
            i.ref_ = format!("IX{k:03}");
            i.text = format!("{} ({})", i.text, k + 2);
            match o.results.get_mut(k % m) {
                Some(r) => r.indicators.push(i),
                None => o.indicators.push(i),
            }
            k += 1;
        }
    }
    // the first eighteen months: every expense in them has its month's rate in the demo
    let (code, from) = (p.code.clone(), p.start.clone());
    let to = format!("{}-06-30", from[..4].parse::<i32>().unwrap() + 1);
    (serde_json::to_string(&pkg).unwrap(), code, from, to)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The same blocks as HTML with print CSS (A4, repeated table headers, landscape pages).
fn html(doc: &Document) -> String {
    let mut out = String::from(
        "<!doctype html><html><head><meta charset=utf-8><style>
@page { size: A4; margin: 18mm 17mm; } @page wide { size: A4 landscape; }
body { font-family: 'Noto Sans', sans-serif; font-size: 10pt; color: #1f2328; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 8pt; }
thead { display: table-header-group; } th { background: #eef0f2; text-align: left; }
td, th { padding: 3pt 3.5pt; border-bottom: 0.4pt solid #c8cdd2; } .r { text-align: right; }
.landscape { page: wide; break-before: page; } .bar { height: 7pt; display: block; }
</style></head><body>",
    );
    let mut open = false;
    for b in &doc.blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("<h1>{}</h1>", escape(t))),
            Block::Heading(t) => out.push_str(&format!("<h2>{}</h2>", escape(t))),
            Block::Subheading(t) => out.push_str(&format!("<h3>{}</h3>", escape(t))),
            Block::Paragraph(t) | Block::Note(t) => out.push_str(&format!("<p>{}</p>", escape(t))),
            Block::Pairs(p) => {
                out.push_str("<table>");
                for (k, v) in p {
                    out.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>", escape(k), escape(v)));
                }
                out.push_str("</table>");
            }
            Block::Table(t) | Block::DenseTable(t) => {
                out.push_str("<table><thead><tr>");
                for h in &t.header {
                    out.push_str(&format!("<th>{}</th>", escape(h)));
                }
                out.push_str("</tr></thead><tbody>");
                for r in &t.rows {
                    out.push_str("<tr>");
                    for (i, c) in r.cells.iter().enumerate() {
                        let right = t.columns.get(i).is_some_and(|c| c.align == Align::Right);
                        out.push_str(&format!("<td{}>{}</td>", if right { " class=r" } else { "" }, escape(c)));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
            Block::Chart(c) => {
                for g in &c.groups {
                    out.push_str(&format!("<p>{}</p>", escape(&g.label)));
                    for v in &g.values {
                        out.push_str(&format!(
                            "<span class=bar style='width:{}px;background:#2b5d8c'></span>",
                            v / 1000.0
                        ));
                    }
                }
            }
            // (the benchmark's organisation has no logo: a box of a logo's size)
            Block::Picture(p) => out.push_str(&format!("<div style='width:{}pt;height:60pt'></div>", p.max_w)),
            Block::Space(_) => {}
            Block::NewPage(o) => {
                if open {
                    out.push_str("</div>");
                }
                let class = if *o == tessera_pdf::Orientation::Landscape { "landscape" } else { "" };
                out.push_str(&format!("<div class='{class}' style='break-before: page'>"));
                open = true;
            }
        }
    }
    if open {
        out.push_str("</div>");
    }
    out.push_str("</body></html>");
    out
}

fn chromium(html_path: &Path, pdf_path: &Path, profile: &Path) -> Option<f64> {
    let start = Instant::now();
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf_path.display()))
        .arg(format!("file://{}", html_path.display()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    (status.success() && pdf_path.exists()).then(|| start.elapsed().as_secs_f64())
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let (text, code, from, to) = grown_package();
    let mut db = Db::open(&dir.path().join("bench.db"), &OpenOptions { create: true, ..Default::default() }).unwrap();
    import_str(&mut db, &text, false, &mut |_, _| {}).unwrap();
    let req = Request { project: code.clone(), template: "eu".into(), lang: "sq".into(), from, to, ethnicity: false };
    let data = tessera_reports::document(&db, &req, 1_764_633_600).unwrap().data;
    println!(
        "report bench: project {code}: {} expenses converted, {} indicators, {} activities done",
        data.conversions.as_ref().map_or(0, Vec::len),
        data.indicators.as_ref().map_or(0, Vec::len),
        data.activities.as_ref().map_or(0, |a| a.done_in_period)
    );
    let mut times = Vec::new();
    let mut pages = 0;
    let mut size = 0;
    for _ in 0..7 {
        let start = Instant::now();
        let g = tessera_reports::generate(&db, &req, 1_764_633_600).unwrap();
        times.push(start.elapsed().as_secs_f64());
        pages = g.layout.pages.len();
        size = g.pdf.len();
    }
    times.sort_by(|a, b| a.total_cmp(b));
    let p50 = times[times.len() / 2];
    println!(
        "EU report as PDF, in-process: p50 {:.0} ms, best {:.0} ms, worst {:.0} ms ({pages} pages, {} kB; target 500 ms)",
        p50 * 1e3,
        times[0] * 1e3,
        times[times.len() - 1] * 1e3,
        size / 1024
    );
    // the phases: figures and words, then layout and drawing
    let start = Instant::now();
    let tessera_reports::Prepared { doc, meta, .. } = tessera_reports::document(&db, &req, 1_764_633_600).unwrap();
    let figures = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let _ = tessera_pdf::pdf(&doc, &meta);
    println!(
        "  of which the figures and words {:.0} ms, layout and PDF {:.0} ms",
        figures * 1e3,
        start.elapsed().as_secs_f64() * 1e3
    );

    let html_path = dir.path().join("report.html");
    std::fs::write(&html_path, html(&doc)).unwrap();
    let mut web = Vec::new();
    for run in 0..3 {
        let profile = dir.path().join(format!("chromium-{run}"));
        if let Some(t) = chromium(&html_path, &dir.path().join(format!("web-{run}.pdf")), &profile) {
            web.push(t);
        }
    }
    match web.iter().copied().reduce(f64::min) {
        Some(best) => println!(
            "the same content as HTML printed by headless Chromium: best of 3 {:.0} ms (the HTML already written) -> Tessera {:.0}x faster (target 15x)",
            best * 1e3,
            best / p50
        ),
        None => println!("headless Chromium: not available here (apt-get install chromium)"),
    }
}
