-- vision2030 schema, version 1. Plain tables and types so the stock sqlite3
-- shell reads the file; dates are 'YYYY-MM-DD' text, timestamps are UTC
-- RFC 3339 text.

CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (title <> ''),
    short_title TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    target      REAL    NOT NULL DEFAULT 1.0 CHECK (target > 0 AND target <= 1)
);

CREATE TABLE stages (
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    stage   INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 4),
    name    TEXT    NOT NULL,
    rubric  TEXT    NOT NULL,
    PRIMARY KEY (goal_id, stage)
);

CREATE TABLE countries (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name_en TEXT NOT NULL,
    name_ja TEXT NOT NULL,
    region  TEXT NOT NULL
);

CREATE TABLE partners (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (name <> ''),
    short_name   TEXT    NOT NULL DEFAULT '',
    kind         TEXT    NOT NULL CHECK (kind IN ('union', 'federation', 'global_union',
                     'national_centre', 'international_org', 'government', 'employer', 'ngo', 'other')),
    country_code TEXT    NOT NULL REFERENCES countries(code),
    companies    TEXT    NOT NULL DEFAULT '',
    since        INTEGER CHECK (since IS NULL OR since BETWEEN 1800 AND 2100),
    contact      TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX partners_short_name ON partners(short_name) WHERE short_name <> '';
CREATE INDEX partners_country ON partners(country_code, name);

CREATE TABLE entries (
    id             INTEGER PRIMARY KEY,
    date           TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind           TEXT    NOT NULL CHECK (kind IN ('consultation', 'conference', 'seminar', 'visit',
                       'online_meeting', 'correspondence', 'request')),
    title          TEXT    NOT NULL CHECK (title <> ''),
    summary        TEXT    NOT NULL DEFAULT '',
    author         TEXT    NOT NULL DEFAULT '',
    opened         TEXT,
    first_response TEXT,
    closed         TEXT,
    came_first     INTEGER NOT NULL DEFAULT 0 CHECK (came_first IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    deleted_at     TEXT
);
CREATE INDEX entries_date ON entries(date DESC, id DESC);

CREATE TABLE entry_partners (
    entry_id   INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    PRIMARY KEY (entry_id, partner_id)
);
CREATE INDEX entry_partners_partner ON entry_partners(partner_id, entry_id);

CREATE TABLE entry_goals (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    goal_id  INTEGER NOT NULL REFERENCES goals(id),
    PRIMARY KEY (entry_id, goal_id)
);
CREATE INDEX entry_goals_goal ON entry_goals(goal_id, entry_id);

CREATE TABLE assessments (
    id         INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    goal_id    INTEGER NOT NULL REFERENCES goals(id),
    stage      INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 4),
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note       TEXT    NOT NULL DEFAULT '',
    author     TEXT    NOT NULL DEFAULT '',
    entry_id   INTEGER REFERENCES entries(id),
    created_at TEXT    NOT NULL
);
CREATE INDEX assessments_partner_goal ON assessments(partner_id, goal_id, date, id);
CREATE INDEX assessments_goal ON assessments(goal_id, date);

CREATE TABLE actions (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES entries(id),
    what       TEXT    NOT NULL CHECK (what <> ''),
    owner      TEXT    NOT NULL DEFAULT '',
    due        TEXT,
    done       TEXT,
    author     TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX actions_due ON actions(due) WHERE done IS NULL;

-- Facts about the database itself, such as when it was seeded.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
