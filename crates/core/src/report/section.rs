//! What a report says, before it is drawn: sections of facts, tables, lists and
//! sentences, plain text only. `sections` fills them from a report; Markdown, HTML
//! and the helpdesk window draw the same ones, each escaping the text its own way.

/// Shown where a value is missing.
pub const MISSING: &str = "—";

/// Which section, for a renderer that places some apart (the window's tabs, the
/// page's footer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    Readiness,
    /// This computer (reports that hold it).
    Device,
    Evidence,
    Methods,
    Jobs,
    Portals,
    Incidents,
    Events,
    About,
}

/// One section: a heading and what is under it, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// What draws sections (Markdown, HTML, the helpdesk window): a method for each kind
/// of block; [`Section::draw`] calls them in order.
pub trait Draw {
    /// Before the section's first block.
    fn heading(&mut self, section: &Section);
    fn text(&mut self, text: &str);
    fn facts(&mut self, facts: &[Fact]);
    fn list(&mut self, list: &List);
    fn table(&mut self, table: &Table);
    /// After the section's last block.
    fn end(&mut self, _section: &Section) {}
}

impl Section {
    /// Draws the heading, then each block in order.
    pub fn draw(&self, d: &mut impl Draw) {
        d.heading(self);
        for block in &self.blocks {
            match block {
                Block::Text(t) => d.text(t),
                Block::Facts(f) => d.facts(f),
                Block::List(l) => d.list(l),
                Block::Table(t) => d.table(t),
            }
        }
        d.end(self);
    }
}

/// A part of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph: one or more whole sentences.
    Text(String),
    /// Named values ("Policy: system-wide").
    Facts(Vec<Fact>),
    /// Lines under a title ("Gaps", "Job 7 history").
    List(List),
    Table(Table),
}

/// A named value.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: Cell,
}

/// Lines under a title; `note` says what was left out ("… 6 older lines").
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub title: String,
    pub note: Option<String>,
    pub items: Vec<String>,
}

/// Rows under column headings; `note` says what was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub note: Option<String>,
}

/// One value and how it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub style: Style,
}

/// How a value is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    /// An identifier (a request id, a hash, a URL): code or monospace.
    Id,
    /// A number: aligned right where a table can.
    Number,
    /// A state with its colour (the verdict, a portal's outcome).
    Tone(Tone),
}

/// Good (green), warning (amber) or bad (red).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Warn,
    Bad,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            style: Style::Plain,
        }
    }

    /// An id, or [`MISSING`] when there is none.
    pub fn id(id: Option<&str>) -> Self {
        match id {
            Some(id) => Self {
                text: id.to_owned(),
                style: Style::Id,
            },
            None => Self::missing(),
        }
    }

    /// A number, or [`MISSING`] when there is none.
    pub fn number(n: Option<impl std::fmt::Display>) -> Self {
        match n {
            Some(n) => Self {
                text: n.to_string(),
                style: Style::Number,
            },
            None => Self::missing(),
        }
    }

    pub fn tone(text: impl Into<String>, tone: Tone) -> Self {
        Self {
            text: text.into(),
            style: Style::Tone(tone),
        }
    }

    pub fn missing() -> Self {
        Self::text(MISSING)
    }
}

impl Fact {
    pub fn new(label: impl Into<String>, value: Cell) -> Self {
        Self {
            label: label.into(),
            value,
        }
    }
}
