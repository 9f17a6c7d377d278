//! The command-line grammar (`shared/spec/cli.md`), declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "tessera",
    version,
    about = "Tessera: projects, beneficiaries and finances of a civil-society organisation, offline."
)]
pub struct Cli {
    /// The database file (default: the desktop app's own database)
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Language of messages: en, sq, bg, bs, sr-Cyrl, sr-Latn, mk
    #[arg(long, global = true, value_name = "L")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new database for an organisation
    Init {
        #[arg(long, value_name = "NAME")]
        org_name: String,
        #[arg(long, value_name = "CC")]
        country: String,
        #[arg(long, value_name = "CUR")]
        currency: String,
        /// Interface language of this database
        #[arg(long = "lang", value_name = "L")]
        lang: Option<String>,
        /// Encrypt the database with a passphrase (TESSERA_PASSPHRASE, else a prompt)
        #[arg(long)]
        encrypt: bool,
    },
    /// Create a realistic demo organisation in a new database
    Demo {
        #[arg(long, value_enum, default_value = "small")]
        scale: Scale,
        /// Encrypt the database (also when TESSERA_PASSPHRASE is set)
        #[arg(long)]
        encrypt: bool,
    },
    /// Import data
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Export data
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Look data up
    Report {
        #[arg(long, value_name = "CODE")]
        project: String,
        #[arg(long, value_enum)]
        template: Template,
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        to: String,
        #[arg(long = "lang", value_name = "L")]
        lang: String,
        #[arg(long, value_enum, default_value = "pdf")]
        format: ReportFormat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Show the people reached by ethnicity too (special-category data; only when the
        /// organisation records ethnicity)
        #[arg(long)]
        ethnicity: bool,
    },
    /// Exchange changes with the organisation's other devices through a share (a folder, WebDAV, S3)
    Sync {
        #[command(subcommand)]
        what: Option<SyncWhat>,
        /// The share (default: the one set up or joined)
        #[command(flatten)]
        share: ShareArgs,
    },
    /// A consistent copy of the database and its attachment files in one file, encrypted with
    /// the database's passphrase (or TESSERA_BACKUP_PASSPHRASE)
    Backup {
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Restore a backup as the database, checked before it replaces anything (the database it
    /// replaces is kept beside it)
    Restore { file: PathBuf },
    /// Check the database file, the change log against the tables and the attachment files
    Check,
    /// Give the database a new passphrase, or one when it has none (TESSERA_NEW_PASSPHRASE,
    /// else asked twice); the whole file is written anew under it
    Passphrase {
        /// Store the database without a passphrase
        #[arg(long)]
        remove: bool,
    },
    List {
        #[arg(value_enum)]
        what: ListWhat,
        #[arg(long, value_name = "CODE")]
        project: Option<String>,
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Template {
    Eu,
    Itt,
    Generic,
}

impl Template {
    pub fn name(self) -> &'static str {
        match self {
            Template::Eu => "eu",
            Template::Itt => "itt",
            Template::Generic => "generic",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Scale {
    Small,
    Large,
}

#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Import a project package (JSON), all or nothing
    Package {
        file: PathBuf,
        /// Check the package and report, without writing anything
        #[arg(long)]
        dry_run: bool,
    },
    /// Import activities from a table (CSV or XLSX; a header row names the columns), all or nothing
    Activities(TableArgs),
    /// Import attendance from a table (an activity's ref and a person's code per row), all or nothing
    Attendance(TableArgs),
    /// Import exchange rates from a table (date or month, from, to, rate, source), all or nothing
    ExchangeRates(TableArgs),
    /// Import transactions from a table (dates, amount, currency, budget line, grant, …), all or nothing
    Transactions(TableArgs),
    /// Import people from a table (CSV or XLSX; a header row names the columns), all or nothing
    Beneficiaries(TableArgs),
}

/// A table to import (CSV or XLSX) and the project its rows are for.
#[derive(Debug, Args)]
pub struct TableArgs {
    pub file: PathBuf,
    /// The project the rows are for
    #[arg(long, value_name = "CODE")]
    pub project: String,
    /// The sheet of an XLSX file (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Check every row and report, without writing anything
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// Export a project as a package (JSON)
    Package {
        #[arg(long, value_name = "CODE")]
        project: String,
        /// Output file (`-` for standard output)
        #[arg(short = 'o', long = "output", value_name = "FILE.json")]
        output: PathBuf,
    },
    /// Export the people of a project as a spreadsheet (codes; names and sensitive fields only when asked)
    Beneficiaries {
        #[arg(long, value_name = "CODE")]
        project: String,
        #[arg(long, value_enum)]
        format: SheetFormat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
        /// Include first and last names
        #[arg(long)]
        names: bool,
        /// Include these sensitive fields, when the organisation records them (ethnicity, disability)
        #[arg(long, value_name = "FIELDS", value_delimiter = ',')]
        sensitive: Vec<String>,
        /// HXL hashtags on a second header row (CSV; the file still imports back)
        #[arg(long)]
        hxl: bool,
    },
    /// Export the activities of a project as a spreadsheet
    Activities(ListExport),
    /// Export the transactions of a project as a spreadsheet
    Transactions(ListExport),
    /// Export a project's budget vs actual (to date) as a spreadsheet
    Budget(ListExport),
    /// Export a project's indicator table as a spreadsheet
    Indicators(ListExport),
    /// Export the people a project reached to date, by municipality and gender (small cells suppressed)
    Reach(ListExport),
    /// Export a project as IATI 2.03 activity XML
    Iati {
        #[arg(long, value_name = "CODE")]
        project: String,
        #[arg(short = 'o', long = "output", value_name = "FILE.xml")]
        output: PathBuf,
    },
}

/// A list as a spreadsheet, its header row in the language of `--lang`.
#[derive(Debug, clap::Args)]
pub struct ListExport {
    #[arg(long, value_name = "CODE")]
    pub project: String,
    #[arg(long, value_enum)]
    pub format: SheetFormat,
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// HXL hashtags on a second header row (CSV)
    #[arg(long)]
    pub hxl: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    Csv,
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ListWhat {
    Projects,
    Beneficiaries,
    Households,
    Activities,
    Transactions,
    Indicators,
    Grants,
}

#[derive(Debug, Subcommand)]
pub enum SyncWhat {
    /// First device: create the organisation's sync key and the share layout; print an enrolment code
    Setup {
        #[command(flatten)]
        share: ShareArgs,
        /// Also write a passphrase-protected enrolment file (TESSERA_ENROL_PASSPHRASE, else a prompt)
        #[arg(long, value_name = "FILE")]
        enrol_file: Option<PathBuf>,
        /// This device's name for the others (default: the computer's name)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Another device: join with the enrolment code (TESSERA_ENROL_CODE, else a prompt) or an enrolment file
    Join {
        #[command(flatten)]
        share: ShareArgs,
        /// An enrolment file instead of the code (its passphrase: TESSERA_ENROL_PASSPHRASE, else a prompt)
        #[arg(long, value_name = "FILE")]
        enrol_file: Option<PathBuf>,
        /// Encrypt the new database with a passphrase (also when TESSERA_PASSPHRASE is set)
        #[arg(long)]
        encrypt: bool,
        /// This device's name for the others (default: the computer's name)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Devices, last sync, changes waiting, problems
    Status {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Refuse a lost device's bundles from now on (its id, the start of it, or its name)
    Revoke {
        device: String,
        /// Also give every other device a new organisation key (prints a new enrolment code)
        #[arg(long)]
        rotate_key: bool,
    },
}

/// Where the share is: one of a folder, a WebDAV address, an S3 bucket. A server's user and
/// password come from `TESSERA_SYNC_USER` and `TESSERA_SYNC_PASSWORD` (else a prompt), never
/// from the command line.
#[derive(Debug, Clone, clap::Args)]
#[group(skip)]
pub struct ShareArgs {
    /// A shared folder (Nextcloud, Syncthing, a network share, a USB stick)
    #[arg(long, value_name = "DIR", group = "share")]
    pub folder: Option<PathBuf>,
    /// A WebDAV share, e.g. https://cloud.example.org/remote.php/dav/files/ana/Tessera
    #[arg(long, value_name = "URL", group = "share")]
    pub webdav: Option<String>,
    /// An S3-compatible bucket in path style, https://host[:port]/bucket[/prefix]
    #[arg(long, value_name = "URL", group = "share")]
    pub s3: Option<String>,
    /// The S3 bucket's region (default: us-east-1)
    #[arg(long, value_name = "REGION", requires = "s3")]
    pub region: Option<String>,
}
