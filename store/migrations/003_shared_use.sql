-- rewrites data
-- foreign keys off
-- vision2030 schema, version 3: what several colleagues sharing one file
-- need, kept by the database itself so that every writer (this program, an
-- import, the sqlite3 shell) keeps it right.
--
-- * Every editable row has a version, moved on by every change (by a
--   trigger when the writer does not), so that an edit started from an older
--   version is never written blindly; and a uid that stays the same in
--   exports and imports.
-- * Partners say whether they are tracked: whether the vision measures their
--   labour–management relations.
-- * Kinds and regions are tables with English and Japanese names. The
--   Japanese texts are translations until JAW confirms them (ja_confirmed).
-- * An entry of kind 'news' is an event JAW records but took no part in: it
--   is not a contact.
-- * Derived data, kept current by triggers in the same transaction as every
--   write: the links carry their entry's date while it is a live contact
--   (contact_date), live entries are counted per day (entry_days) and
--   contacts per goal and day (goal_days), and the search index is an
--   external-content FTS5 table over the entries' own text, folded as
--   store.Fold folds queries (the FOLD VIEW line below is expanded by the
--   program into views of built-in SQL functions).
--
-- The program runs this with foreign keys off and checks them before it
-- commits, since tables are rebuilt.

-- Reference words. ----------------------------------------------------------

CREATE TABLE regions (
    code         TEXT PRIMARY KEY,
    name_en      TEXT NOT NULL CHECK (name_en <> ''),
    name_ja      TEXT NOT NULL DEFAULT '',
    ja_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1)),
    sort         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO regions (code, name_en, name_ja, sort) VALUES
    ('east_asia', 'East Asia', '東アジア', 1),
    ('south_east_asia', 'South-East Asia', '東南アジア', 2),
    ('south_asia', 'South Asia', '南アジア', 3),
    ('central_asia', 'Central Asia', '中央アジア', 4),
    ('middle_east', 'Middle East', '中東', 5),
    ('oceania', 'Oceania', 'オセアニア', 6),
    ('north_america', 'North America', '北米', 7),
    ('latin_america', 'Latin America', '中南米', 8),
    ('europe', 'Europe', '欧州', 9),
    ('africa', 'Africa', 'アフリカ', 10);

CREATE TABLE entry_kinds (
    code         TEXT PRIMARY KEY,
    name_en      TEXT NOT NULL CHECK (name_en <> ''),
    name_ja      TEXT NOT NULL DEFAULT '',
    ja_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1)),
    contact      INTEGER NOT NULL DEFAULT 1 CHECK (contact IN (0, 1)), -- 0: JAW took no part
    sort         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO entry_kinds (code, name_en, name_ja, contact, sort) VALUES
    ('consultation', 'consultation', '二国間協議', 1, 1),
    ('conference', 'conference', '会議', 1, 2),
    ('seminar', 'seminar', 'セミナー・研修', 1, 3),
    ('visit', 'visit', '訪問', 1, 4),
    ('online_meeting', 'online meeting', 'オンライン会議', 1, 5),
    ('correspondence', 'correspondence', '文書・連絡', 1, 6),
    ('request', 'request', '相談', 1, 7),
    ('news', 'news', '動向', 0, 8);

CREATE TABLE partner_kinds (
    code            TEXT PRIMARY KEY,
    name_en         TEXT NOT NULL CHECK (name_en <> ''),
    name_ja         TEXT NOT NULL DEFAULT '',
    ja_confirmed    INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1)),
    tracked_default INTEGER NOT NULL DEFAULT 0 CHECK (tracked_default IN (0, 1)),
    sort            INTEGER NOT NULL DEFAULT 0
);
INSERT INTO partner_kinds (code, name_en, name_ja, tracked_default, sort) VALUES
    ('union', 'union', '労働組合', 1, 1),
    ('federation', 'federation', '産別・全国組織', 1, 2),
    ('global_union', 'global union', 'グローバル・ユニオン', 0, 3),
    ('national_centre', 'national centre', 'ナショナルセンター', 0, 4),
    ('international_org', 'international organisation', '国際機関', 0, 5),
    ('government', 'government', '政府機関', 0, 6),
    ('employer', 'employer', '使用者団体・企業', 0, 7),
    ('ngo', 'NGO', 'NGO', 0, 8),
    ('other', 'other', 'その他', 0, 9);

-- Goals and their rubrics, in both languages. -------------------------------

CREATE TABLE goals_v3 (
    id                INTEGER PRIMARY KEY,
    title_en          TEXT    NOT NULL CHECK (title_en <> ''),
    title_ja          TEXT    NOT NULL DEFAULT '',
    short_title_en    TEXT    NOT NULL DEFAULT '',
    short_title_ja    TEXT    NOT NULL DEFAULT '',
    description_en    TEXT    NOT NULL DEFAULT '',
    description_ja    TEXT    NOT NULL DEFAULT '',
    -- 1 while the description is not in the source texts: a draft for JAW
    -- to confirm or replace.
    description_draft INTEGER NOT NULL DEFAULT 0 CHECK (description_draft IN (0, 1)),
    ja_confirmed      INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1)),
    target            REAL    NOT NULL DEFAULT 1.0 CHECK (target > 0 AND target <= 1),
    -- 1 while the target is the default setting, not one JAW has set.
    target_default    INTEGER NOT NULL DEFAULT 1 CHECK (target_default IN (0, 1)),
    version           INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT    NOT NULL DEFAULT ''
);
INSERT INTO goals_v3 (id, title_en, short_title_en, description_en, target)
    SELECT id, title, short_title, description, target FROM goals;

CREATE TABLE stages_v3 (
    goal_id      INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    stage        INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 4),
    name_en      TEXT    NOT NULL,
    name_ja      TEXT    NOT NULL DEFAULT '',
    rubric_en    TEXT    NOT NULL,
    rubric_ja    TEXT    NOT NULL DEFAULT '',
    -- 1 while the rubric line is not in the source texts.
    rubric_draft INTEGER NOT NULL DEFAULT 0 CHECK (rubric_draft IN (0, 1)),
    ja_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (goal_id, stage)
);
INSERT INTO stages_v3 (goal_id, stage, name_en, rubric_en)
    SELECT goal_id, stage, name, rubric FROM stages;

CREATE TABLE countries_v3 (
    code         TEXT PRIMARY KEY CHECK (length(code) = 2 AND code = upper(code)),
    name_en      TEXT NOT NULL,
    name_ja      TEXT NOT NULL,
    region       TEXT NOT NULL REFERENCES regions(code),
    ja_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (ja_confirmed IN (0, 1))
);
INSERT INTO countries_v3 (code, name_en, name_ja, region)
    SELECT code, name_en, name_ja,
        coalesce((SELECT r.code FROM regions r WHERE r.name_en = c.region), 'east_asia')
    FROM countries c;

-- Partners. -------------------------------------------------------------------

CREATE TABLE partners_v3 (
    id           INTEGER PRIMARY KEY,
    uid          TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    name         TEXT    NOT NULL CHECK (name <> ''),
    name_ja      TEXT    NOT NULL DEFAULT '',
    yomi         TEXT    NOT NULL DEFAULT '', -- reading in kana, for 五十音 order
    short_name   TEXT    NOT NULL DEFAULT '',
    kind         TEXT    NOT NULL REFERENCES partner_kinds(code),
    country_code TEXT    NOT NULL REFERENCES countries(code),
    companies    TEXT    NOT NULL DEFAULT '',
    since        INTEGER CHECK (since IS NULL OR since BETWEEN 1800 AND 2100),
    contact      TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    -- 1: the vision measures this partner's labour–management relations.
    -- Left NULL by a writer, it takes its kind's default (a trigger).
    tracked      INTEGER CHECK (tracked IN (0, 1)),
    archived     INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
INSERT INTO partners_v3 (id, name, short_name, kind, country_code, companies, since, contact, notes,
        tracked, archived, created_at, updated_at)
    SELECT p.id, p.name, p.short_name, p.kind, p.country_code, p.companies, p.since, p.contact, p.notes,
        (SELECT tracked_default FROM partner_kinds k WHERE k.code = p.kind), p.archived, p.created_at, p.updated_at
    FROM partners p;

-- Entries and their links. -----------------------------------------------------

CREATE TABLE entries_v3 (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date           TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind           TEXT    NOT NULL REFERENCES entry_kinds(code),
    title          TEXT    NOT NULL CHECK (title <> ''),
    summary        TEXT    NOT NULL DEFAULT '',
    author         TEXT    NOT NULL DEFAULT '',
    opened         TEXT,
    first_response TEXT,
    closed         TEXT,
    came_first     INTEGER NOT NULL DEFAULT 0 CHECK (came_first IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    deleted_at     TEXT
);
INSERT INTO entries_v3 (id, date, kind, title, summary, author, opened, first_response, closed, came_first,
        created_at, updated_at, deleted_at)
    SELECT id, date, kind, title, summary, author, opened, first_response, closed, came_first,
        created_at, updated_at, deleted_at
    FROM entries;

-- contact_date is the entry's date while the entry is live and a contact
-- (its kind's contact flag), else NULL: last contacts and activity counts
-- read it from the index without touching the wide entries rows.
CREATE TABLE entry_partners_v3 (
    entry_id     INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partners(id),
    contact_date TEXT,
    PRIMARY KEY (entry_id, partner_id)
) WITHOUT ROWID;
INSERT INTO entry_partners_v3 (entry_id, partner_id, contact_date)
    SELECT ep.entry_id, ep.partner_id, CASE WHEN e.deleted_at IS NULL AND e.kind <> 'news' THEN e.date END
    FROM entry_partners ep JOIN entries e ON e.id = ep.entry_id;

CREATE TABLE entry_goals_v3 (
    entry_id     INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    goal_id      INTEGER NOT NULL REFERENCES goals(id),
    contact_date TEXT,
    PRIMARY KEY (entry_id, goal_id)
) WITHOUT ROWID;
INSERT INTO entry_goals_v3 (entry_id, goal_id, contact_date)
    SELECT eg.entry_id, eg.goal_id, CASE WHEN e.deleted_at IS NULL AND e.kind <> 'news' THEN e.date END
    FROM entry_goals eg JOIN entries e ON e.id = eg.entry_id;

-- Assessments and actions. ------------------------------------------------------

CREATE TABLE assessments_v3 (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    goal_id    INTEGER NOT NULL REFERENCES goals(id),
    stage      INTEGER NOT NULL CHECK (stage BETWEEN 0 AND 4),
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note       TEXT    NOT NULL DEFAULT '',
    author     TEXT    NOT NULL DEFAULT '',
    entry_id   INTEGER REFERENCES entries(id),
    created_at TEXT    NOT NULL
);
INSERT INTO assessments_v3 (id, partner_id, goal_id, stage, date, note, author, entry_id, created_at)
    SELECT id, partner_id, goal_id, stage, date, note, author, entry_id, created_at FROM assessments;

CREATE TABLE actions_v3 (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    entry_id   INTEGER NOT NULL REFERENCES entries(id),
    what       TEXT    NOT NULL CHECK (what <> ''),
    owner      TEXT    NOT NULL DEFAULT '',
    due        TEXT,
    done       TEXT,
    author     TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    deleted_at TEXT
);
INSERT INTO actions_v3 (id, entry_id, what, owner, due, done, author, created_at, updated_at)
    SELECT id, entry_id, what, owner, due, done, author, created_at, updated_at FROM actions;

-- Swap the new tables in. -------------------------------------------------------

DROP TABLE entries_fts;
DROP TABLE actions;
DROP TABLE assessments;
DROP TABLE entry_goals;
DROP TABLE entry_partners;
DROP TABLE entries;
DROP TABLE partners;
DROP TABLE stages;
DROP TABLE countries;
DROP TABLE goals;
ALTER TABLE goals_v3 RENAME TO goals;
ALTER TABLE stages_v3 RENAME TO stages;
ALTER TABLE countries_v3 RENAME TO countries;
ALTER TABLE partners_v3 RENAME TO partners;
ALTER TABLE entries_v3 RENAME TO entries;
ALTER TABLE entry_partners_v3 RENAME TO entry_partners;
ALTER TABLE entry_goals_v3 RENAME TO entry_goals;
ALTER TABLE assessments_v3 RENAME TO assessments;
ALTER TABLE actions_v3 RENAME TO actions;

CREATE UNIQUE INDEX partners_short_name ON partners(short_name) WHERE short_name <> '';
CREATE INDEX partners_country ON partners(country_code, name);
CREATE INDEX entries_date ON entries(date DESC, id DESC);
CREATE INDEX entries_author ON entries(author);
CREATE INDEX entries_requests ON entries(coalesce(opened, date), first_response, came_first)
    WHERE kind = 'request' AND deleted_at IS NULL;
CREATE INDEX entry_partners_partner ON entry_partners(partner_id, contact_date);
CREATE INDEX entry_goals_goal ON entry_goals(goal_id, contact_date);
CREATE INDEX assessments_partner_goal ON assessments(partner_id, goal_id, date, id);
CREATE INDEX assessments_goal ON assessments(goal_id, date);
CREATE INDEX actions_entry ON actions(entry_id);
CREATE INDEX actions_due ON actions(due) WHERE done IS NULL AND deleted_at IS NULL;

-- Versions: a change that does not move the version itself moves it on. --------

CREATE TRIGGER goals_version AFTER UPDATE ON goals WHEN NEW.version = OLD.version BEGIN
    UPDATE goals SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER stages_version AFTER UPDATE ON stages WHEN NEW.version = OLD.version BEGIN
    UPDATE stages SET version = OLD.version + 1 WHERE goal_id = NEW.goal_id AND stage = NEW.stage;
END;
CREATE TRIGGER partners_version AFTER UPDATE ON partners WHEN NEW.version = OLD.version BEGIN
    UPDATE partners SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER entries_version AFTER UPDATE ON entries WHEN NEW.version = OLD.version BEGIN
    UPDATE entries SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER actions_version AFTER UPDATE ON actions WHEN NEW.version = OLD.version BEGIN
    UPDATE actions SET version = OLD.version + 1 WHERE id = NEW.id;
END;

-- A partner inserted without a tracked flag takes its kind's default.
CREATE TRIGGER partners_tracked AFTER INSERT ON partners WHEN NEW.tracked IS NULL BEGIN
    UPDATE partners SET tracked = (SELECT tracked_default FROM partner_kinds WHERE code = NEW.kind)
    WHERE id = NEW.id;
END;

-- Derived counts. ----------------------------------------------------------------

-- Live entries of every kind per day.
CREATE TABLE entry_days (
    day     TEXT PRIMARY KEY,
    entries INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO entry_days (day, entries)
    SELECT date, count(*) FROM entries WHERE deleted_at IS NULL GROUP BY date;

-- Live contacts per goal and day.
CREATE TABLE goal_days (
    goal_id INTEGER NOT NULL,
    day     TEXT    NOT NULL,
    entries INTEGER NOT NULL,
    PRIMARY KEY (goal_id, day)
) WITHOUT ROWID;
INSERT INTO goal_days (goal_id, day, entries)
    SELECT goal_id, contact_date, count(*) FROM entry_goals WHERE contact_date IS NOT NULL
    GROUP BY goal_id, contact_date;

-- An entry's live and kind facts reach its links' contact_date; the links'
-- changes reach goal_days. SQLite does not let a trigger fire itself, so each
-- trigger computes the value it stores rather than relying on another pass.
CREATE TRIGGER entries_live AFTER UPDATE OF date, kind, deleted_at ON entries BEGIN
    UPDATE entry_days SET entries = entries - 1 WHERE OLD.deleted_at IS NULL AND day = OLD.date;
    INSERT INTO entry_days (day, entries) SELECT NEW.date, 1 WHERE NEW.deleted_at IS NULL
        ON CONFLICT (day) DO UPDATE SET entries = entries + 1;
    UPDATE entry_partners SET contact_date =
        CASE WHEN NEW.deleted_at IS NULL AND (SELECT contact FROM entry_kinds WHERE code = NEW.kind) THEN NEW.date END
        WHERE entry_id = NEW.id;
    UPDATE entry_goals SET contact_date =
        CASE WHEN NEW.deleted_at IS NULL AND (SELECT contact FROM entry_kinds WHERE code = NEW.kind) THEN NEW.date END
        WHERE entry_id = NEW.id;
END;

CREATE TRIGGER entries_counted AFTER INSERT ON entries WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO entry_days (day, entries) VALUES (NEW.date, 1)
        ON CONFLICT (day) DO UPDATE SET entries = entries + 1;
END;

CREATE TRIGGER entries_uncounted BEFORE DELETE ON entries WHEN OLD.deleted_at IS NULL BEGIN
    UPDATE entry_days SET entries = entries - 1 WHERE day = OLD.date;
END;

CREATE TRIGGER entry_partners_insert AFTER INSERT ON entry_partners BEGIN
    UPDATE entry_partners SET contact_date = (
            SELECT CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END
            FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND partner_id = NEW.partner_id;
    UPDATE entries SET version = version + 1 WHERE id = NEW.entry_id;
END;
CREATE TRIGGER entry_partners_update AFTER UPDATE ON entry_partners BEGIN
    UPDATE entry_partners SET contact_date = (
            SELECT CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END
            FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND partner_id = NEW.partner_id;
END;
CREATE TRIGGER entry_partners_delete AFTER DELETE ON entry_partners BEGIN
    UPDATE entries SET version = version + 1 WHERE id = OLD.entry_id;
END;

CREATE TRIGGER entry_goals_insert AFTER INSERT ON entry_goals BEGIN
    INSERT INTO goal_days (goal_id, day, entries) SELECT NEW.goal_id, NEW.contact_date, 1
        WHERE NEW.contact_date IS NOT NULL
        ON CONFLICT (goal_id, day) DO UPDATE SET entries = entries + 1;
    -- A wrong contact_date is put right by entry_goals_update.
    UPDATE entry_goals SET contact_date = (
            SELECT CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END
            FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND goal_id = NEW.goal_id AND contact_date IS NOT (
            SELECT CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END
            FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = NEW.entry_id);
    UPDATE entries SET version = version + 1 WHERE id = NEW.entry_id;
END;
CREATE TRIGGER entry_goals_update AFTER UPDATE ON entry_goals BEGIN
    UPDATE goal_days SET entries = entries - 1 WHERE goal_id = OLD.goal_id AND day = OLD.contact_date;
    UPDATE entry_goals SET contact_date = (
            SELECT CASE WHEN e.deleted_at IS NULL AND k.contact THEN e.date END
            FROM entries e JOIN entry_kinds k ON k.code = e.kind WHERE e.id = NEW.entry_id)
        WHERE entry_id = NEW.entry_id AND goal_id = NEW.goal_id;
    INSERT INTO goal_days (goal_id, day, entries)
        SELECT NEW.goal_id, contact_date, 1 FROM entry_goals
        WHERE entry_id = NEW.entry_id AND goal_id = NEW.goal_id AND contact_date IS NOT NULL
        ON CONFLICT (goal_id, day) DO UPDATE SET entries = entries + 1;
END;
CREATE TRIGGER entry_goals_delete AFTER DELETE ON entry_goals BEGIN
    UPDATE goal_days SET entries = entries - 1 WHERE goal_id = OLD.goal_id AND day = OLD.contact_date;
    UPDATE entries SET version = version + 1 WHERE id = OLD.entry_id;
END;

-- >>> Derived data for a dashboard that costs the same at a million entries
-- (issue 13). Kept, like the counts above, by triggers in plain SQL.

-- The partners' yardstick: live requests by the month they were opened
-- (YYYY-MM, of their date if no opened date is set: months make any fiscal
-- year), and the days to the first response
-- (answered 0: none yet, days 0), with how many came to JAW first. Requests
-- whose opened date is not a real date are not counted, as the program
-- skips them. The program corrects these for a report as of a past day from
-- the few requests opened or answered after it (index entries_responses).
CREATE TABLE request_days (
    month      TEXT    NOT NULL,
    answered   INTEGER NOT NULL,
    days       INTEGER NOT NULL,
    requests   INTEGER NOT NULL,
    came_first INTEGER NOT NULL,
    PRIMARY KEY (month, answered, days)
) WITHOUT ROWID;
INSERT INTO request_days (month, answered, days, requests, came_first)
    SELECT substr(coalesce(opened, date), 1, 7),
        coalesce(date(first_response) = first_response, 0),
        CASE WHEN date(first_response) = first_response
            THEN CAST(round(julianday(first_response) - julianday(coalesce(opened, date))) AS INTEGER) ELSE 0 END,
        count(*), sum(came_first)
    FROM entries
    WHERE kind = 'request' AND deleted_at IS NULL AND date(coalesce(opened, date)) IS coalesce(opened, date)
    GROUP BY 1, 2, 3;
CREATE INDEX entries_responses ON entries(first_response)
    WHERE kind = 'request' AND deleted_at IS NULL AND first_response IS NOT NULL;

CREATE TRIGGER entries_requests_insert AFTER INSERT ON entries
WHEN NEW.kind = 'request' AND NEW.deleted_at IS NULL AND date(coalesce(NEW.opened, NEW.date)) IS coalesce(NEW.opened, NEW.date)
BEGIN
    INSERT INTO request_days (month, answered, days, requests, came_first) VALUES (
        substr(coalesce(NEW.opened, NEW.date), 1, 7),
        coalesce(date(NEW.first_response) = NEW.first_response, 0),
        CASE WHEN date(NEW.first_response) = NEW.first_response
            THEN CAST(round(julianday(NEW.first_response) - julianday(coalesce(NEW.opened, NEW.date))) AS INTEGER) ELSE 0 END,
        1, NEW.came_first)
    ON CONFLICT (month, answered, days) DO UPDATE SET requests = requests + 1, came_first = came_first + excluded.came_first;
END;
CREATE TRIGGER entries_requests_delete BEFORE DELETE ON entries
WHEN OLD.kind = 'request' AND OLD.deleted_at IS NULL AND date(coalesce(OLD.opened, OLD.date)) IS coalesce(OLD.opened, OLD.date)
BEGIN
    UPDATE request_days SET requests = requests - 1, came_first = came_first - OLD.came_first
    WHERE month = substr(coalesce(OLD.opened, OLD.date), 1, 7)
        AND answered = coalesce(date(OLD.first_response) = OLD.first_response, 0)
        AND days = CASE WHEN date(OLD.first_response) = OLD.first_response
            THEN CAST(round(julianday(OLD.first_response) - julianday(coalesce(OLD.opened, OLD.date))) AS INTEGER) ELSE 0 END;
END;
CREATE TRIGGER entries_requests_update AFTER UPDATE OF kind, date, opened, first_response, came_first, deleted_at ON entries
BEGIN
    UPDATE request_days SET requests = requests - 1, came_first = came_first - OLD.came_first
    WHERE OLD.kind = 'request' AND OLD.deleted_at IS NULL AND date(coalesce(OLD.opened, OLD.date)) IS coalesce(OLD.opened, OLD.date)
        AND month = substr(coalesce(OLD.opened, OLD.date), 1, 7)
        AND answered = coalesce(date(OLD.first_response) = OLD.first_response, 0)
        AND days = CASE WHEN date(OLD.first_response) = OLD.first_response
            THEN CAST(round(julianday(OLD.first_response) - julianday(coalesce(OLD.opened, OLD.date))) AS INTEGER) ELSE 0 END;
    INSERT INTO request_days (month, answered, days, requests, came_first)
        SELECT substr(coalesce(NEW.opened, NEW.date), 1, 7),
            coalesce(date(NEW.first_response) = NEW.first_response, 0),
            CASE WHEN date(NEW.first_response) = NEW.first_response
                THEN CAST(round(julianday(NEW.first_response) - julianday(coalesce(NEW.opened, NEW.date))) AS INTEGER) ELSE 0 END,
            1, NEW.came_first
        WHERE NEW.kind = 'request' AND NEW.deleted_at IS NULL AND date(coalesce(NEW.opened, NEW.date)) IS coalesce(NEW.opened, NEW.date)
    ON CONFLICT (month, answered, days) DO UPDATE SET requests = requests + 1, came_first = came_first + excluded.came_first;
END;

-- Open and done actions of live entries by due day ('' for none): what the
-- dashboard counts as due and overdue, without reading the actions.
CREATE TABLE action_days (
    due     TEXT    NOT NULL,
    open    INTEGER NOT NULL,
    actions INTEGER NOT NULL,
    PRIMARY KEY (due, open)
) WITHOUT ROWID;
INSERT INTO action_days (due, open, actions)
    SELECT coalesce(a.due, ''), a.done IS NULL, count(*)
    FROM actions a JOIN entries e ON e.id = a.entry_id
    WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL
    GROUP BY 1, 2;
-- Lists of actions in the order the program shows them: open first, then
-- by due day, undated last.
CREATE INDEX actions_order ON actions(done IS NOT NULL, due IS NULL, due) WHERE deleted_at IS NULL;

CREATE TRIGGER actions_days_insert AFTER INSERT ON actions
WHEN NEW.deleted_at IS NULL AND (SELECT deleted_at IS NULL FROM entries WHERE id = NEW.entry_id)
BEGIN
    INSERT INTO action_days (due, open, actions) VALUES (coalesce(NEW.due, ''), NEW.done IS NULL, 1)
    ON CONFLICT (due, open) DO UPDATE SET actions = actions + 1;
END;
CREATE TRIGGER actions_days_delete AFTER DELETE ON actions
WHEN OLD.deleted_at IS NULL AND (SELECT deleted_at IS NULL FROM entries WHERE id = OLD.entry_id)
BEGIN
    UPDATE action_days SET actions = actions - 1 WHERE due = coalesce(OLD.due, '') AND open = (OLD.done IS NULL);
END;
CREATE TRIGGER actions_days_update AFTER UPDATE OF due, done, deleted_at, entry_id ON actions
BEGIN
    UPDATE action_days SET actions = actions - 1
    WHERE OLD.deleted_at IS NULL AND (SELECT deleted_at IS NULL FROM entries WHERE id = OLD.entry_id)
        AND due = coalesce(OLD.due, '') AND open = (OLD.done IS NULL);
    INSERT INTO action_days (due, open, actions)
        SELECT coalesce(NEW.due, ''), NEW.done IS NULL, 1
        WHERE NEW.deleted_at IS NULL AND (SELECT deleted_at IS NULL FROM entries WHERE id = NEW.entry_id)
    ON CONFLICT (due, open) DO UPDATE SET actions = actions + 1;
END;
-- An entry deleted or restored takes its actions out of the counts or puts
-- them back; one purged while live takes out those left.
CREATE TRIGGER entries_actions AFTER UPDATE OF deleted_at ON entries
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
    UPDATE action_days SET actions = actions - (SELECT count(*) FROM actions a
            WHERE a.entry_id = NEW.id AND a.deleted_at IS NULL AND coalesce(a.due, '') = action_days.due
                AND (a.done IS NULL) = action_days.open)
    WHERE NEW.deleted_at IS NOT NULL AND (due, open) IN (SELECT coalesce(due, ''), done IS NULL FROM actions
            WHERE entry_id = NEW.id AND deleted_at IS NULL);
    INSERT INTO action_days (due, open, actions)
        SELECT coalesce(due, ''), done IS NULL, count(*) FROM actions
        WHERE NEW.deleted_at IS NULL AND entry_id = NEW.id AND deleted_at IS NULL
        GROUP BY 1, 2
    ON CONFLICT (due, open) DO UPDATE SET actions = actions + excluded.actions;
END;
CREATE TRIGGER entries_actions_purge BEFORE DELETE ON entries WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE action_days SET actions = actions - (SELECT count(*) FROM actions a
            WHERE a.entry_id = OLD.id AND a.deleted_at IS NULL AND coalesce(a.due, '') = action_days.due
                AND (a.done IS NULL) = action_days.open)
    WHERE (due, open) IN (SELECT coalesce(due, ''), done IS NULL FROM actions WHERE entry_id = OLD.id AND deleted_at IS NULL);
END;

-- What changed, for screens that refresh: a row per row written (kind
-- 'entry', 'partner', 'assessment', 'action', 'goal', 'stage', 'country';
-- 'all' when everything may have), by any writer. rev is the revision a
-- screen compares; the log keeps the last 1,000 changes, and a screen
-- older than that reloads everything.
CREATE TABLE changes (
    rev  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT    NOT NULL,
    id   INTEGER NOT NULL
);
INSERT INTO changes (kind, id) VALUES ('all', 0);
-- A setting every colleague shares (the fiscal year's start) changes what
-- every screen shows.
CREATE TRIGGER changes_settings_insert AFTER INSERT ON settings WHEN NEW.key <> 'revision' BEGIN
    INSERT INTO changes (kind, id) VALUES ('all', 0);
END;
CREATE TRIGGER changes_settings_update AFTER UPDATE ON settings WHEN NEW.key <> 'revision' BEGIN
    INSERT INTO changes (kind, id) VALUES ('all', 0);
END;
CREATE TRIGGER changes_prune AFTER INSERT ON changes BEGIN
    DELETE FROM changes WHERE rev <= NEW.rev - 1000;
END;
CREATE TRIGGER changes_entry_insert AFTER INSERT ON entries BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER changes_entry_update AFTER UPDATE ON entries BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER changes_entry_delete AFTER DELETE ON entries BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', OLD.id);
END;
CREATE TRIGGER changes_entry_partners_insert AFTER INSERT ON entry_partners BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', NEW.entry_id), ('partner', NEW.partner_id);
END;
CREATE TRIGGER changes_entry_partners_delete AFTER DELETE ON entry_partners BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', OLD.entry_id), ('partner', OLD.partner_id);
END;
CREATE TRIGGER changes_entry_goals_insert AFTER INSERT ON entry_goals BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', NEW.entry_id);
END;
CREATE TRIGGER changes_entry_goals_delete AFTER DELETE ON entry_goals BEGIN
    INSERT INTO changes (kind, id) VALUES ('entry', OLD.entry_id);
END;
CREATE TRIGGER changes_partner_insert AFTER INSERT ON partners BEGIN
    INSERT INTO changes (kind, id) VALUES ('partner', NEW.id);
END;
CREATE TRIGGER changes_partner_update AFTER UPDATE ON partners BEGIN
    INSERT INTO changes (kind, id) VALUES ('partner', NEW.id);
END;
CREATE TRIGGER changes_partner_delete AFTER DELETE ON partners BEGIN
    INSERT INTO changes (kind, id) VALUES ('partner', OLD.id);
END;
CREATE TRIGGER changes_assessment_insert AFTER INSERT ON assessments BEGIN
    INSERT INTO changes (kind, id) VALUES ('assessment', NEW.id), ('partner', NEW.partner_id);
END;
CREATE TRIGGER changes_assessment_update AFTER UPDATE ON assessments BEGIN
    INSERT INTO changes (kind, id) VALUES ('assessment', NEW.id), ('partner', NEW.partner_id);
END;
CREATE TRIGGER changes_assessment_delete AFTER DELETE ON assessments BEGIN
    INSERT INTO changes (kind, id) VALUES ('assessment', OLD.id), ('partner', OLD.partner_id);
END;
CREATE TRIGGER changes_action_insert AFTER INSERT ON actions BEGIN
    INSERT INTO changes (kind, id) VALUES ('action', NEW.id);
END;
CREATE TRIGGER changes_action_update AFTER UPDATE ON actions BEGIN
    INSERT INTO changes (kind, id) VALUES ('action', NEW.id);
END;
CREATE TRIGGER changes_action_delete AFTER DELETE ON actions BEGIN
    INSERT INTO changes (kind, id) VALUES ('action', OLD.id);
END;
CREATE TRIGGER changes_goal_update AFTER UPDATE ON goals BEGIN
    INSERT INTO changes (kind, id) VALUES ('goal', NEW.id);
END;
CREATE TRIGGER changes_stage_update AFTER UPDATE ON stages BEGIN
    INSERT INTO changes (kind, id) VALUES ('stage', NEW.goal_id);
END;
CREATE TRIGGER changes_country_insert AFTER INSERT ON countries BEGIN
    INSERT INTO changes (kind, id) VALUES ('country', 0);
END;
CREATE TRIGGER changes_country_update AFTER UPDATE ON countries BEGIN
    INSERT INTO changes (kind, id) VALUES ('country', 0);
END;

-- Entries whose title or summary holds width forms (the forms Fold folds),
-- and which kinds: 1 full-width digits, 2 full-width capitals, 4 full-width
-- small letters, 8 half-width kana and signs, 16 other full-width signs, 32
-- the ideographic space. A search folds an entry's text only when it holds
-- forms that fold into a character of the term; every other entry is
-- compared as it is.
CREATE TABLE entry_widths (
    id    INTEGER PRIMARY KEY,
    forms INTEGER NOT NULL
);
INSERT INTO entry_widths (id, forms)
    SELECT id, forms FROM (SELECT id, CASE WHEN (title || char(10) || summary) GLOB '*[　！-ﾟ￠-￦]*' THEN
            ((title || char(10) || summary) GLOB '*[０-９]*') + 2 * ((title || char(10) || summary) GLOB '*[Ａ-Ｚ]*') + 4 * ((title || char(10) || summary) GLOB '*[ａ-ｚ]*') +
            8 * ((title || char(10) || summary) GLOB '*[｡-ﾟ]*') + 16 * ((title || char(10) || summary) GLOB '*[！-／：-＠［-｀｛-～￠-￦]*') + 32 * ((title || char(10) || summary) GLOB '*　*')
        ELSE 0 END AS forms FROM entries)
    WHERE forms <> 0;
CREATE TRIGGER entries_widths_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_widths (id, forms)
        SELECT NEW.id, forms FROM (SELECT CASE WHEN (NEW.title || char(10) || NEW.summary) GLOB '*[　！-ﾟ￠-￦]*' THEN
            ((NEW.title || char(10) || NEW.summary) GLOB '*[０-９]*') + 2 * ((NEW.title || char(10) || NEW.summary) GLOB '*[Ａ-Ｚ]*') + 4 * ((NEW.title || char(10) || NEW.summary) GLOB '*[ａ-ｚ]*') +
            8 * ((NEW.title || char(10) || NEW.summary) GLOB '*[｡-ﾟ]*') + 16 * ((NEW.title || char(10) || NEW.summary) GLOB '*[！-／：-＠［-｀｛-～￠-￦]*') + 32 * ((NEW.title || char(10) || NEW.summary) GLOB '*　*')
        ELSE 0 END AS forms)
        WHERE forms <> 0;
END;
CREATE TRIGGER entries_widths_update AFTER UPDATE OF title, summary ON entries BEGIN
    DELETE FROM entry_widths WHERE id = OLD.id;
    INSERT INTO entry_widths (id, forms)
        SELECT NEW.id, forms FROM (SELECT CASE WHEN (NEW.title || char(10) || NEW.summary) GLOB '*[　！-ﾟ￠-￦]*' THEN
            ((NEW.title || char(10) || NEW.summary) GLOB '*[０-９]*') + 2 * ((NEW.title || char(10) || NEW.summary) GLOB '*[Ａ-Ｚ]*') + 4 * ((NEW.title || char(10) || NEW.summary) GLOB '*[ａ-ｚ]*') +
            8 * ((NEW.title || char(10) || NEW.summary) GLOB '*[｡-ﾟ]*') + 16 * ((NEW.title || char(10) || NEW.summary) GLOB '*[！-／：-＠［-｀｛-～￠-￦]*') + 32 * ((NEW.title || char(10) || NEW.summary) GLOB '*　*')
        ELSE 0 END AS forms)
        WHERE forms <> 0;
END;
CREATE TRIGGER entries_widths_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entry_widths WHERE id = OLD.id;
END;

-- The search index's terms with the entries holding each: one- and
-- two-character terms are looked up among the trigrams they begin.
CREATE VIRTUAL TABLE entries_fts_terms USING fts5vocab(entries_fts, 'row');

-- <<< Derived data for a dashboard that costs the same at a million entries.

-- The search index. ---------------------------------------------------------------

-- What is searched: an entry's title and summary, folded, in the view
-- entries_search (id, body). The line below becomes a stack of views
-- entries_search_fold0…N, each making a share of the replacements, since the
-- stock sqlite3 shell cannot parse one expression nested ~200 deep. Partner
-- names are matched by the program, not copied into the index. The text
-- ends in two newlines so that every character of it begins a trigram:
-- one- and two-character terms are found among the trigrams they begin.
-- FOLD VIEW entries_search(id, body) FROM entries: title || char(10) || summary || char(10) || char(10)

-- Trigrams of the folded text, with no copy of it (the view is the content)
-- and no positions (detail=none): GLOB '*term*' uses the index for terms of
-- three characters or more.
CREATE VIRTUAL TABLE entries_fts USING fts5(body, content = 'entries_search', content_rowid = 'id',
    tokenize = 'trigram case_sensitive 1', detail = 'none');
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts (rowid, body) SELECT id, body FROM entries_search WHERE id = NEW.id;
END;
CREATE TRIGGER entries_fts_unindex BEFORE UPDATE OF title, summary ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, body) SELECT 'delete', id, body FROM entries_search WHERE id = OLD.id;
END;
CREATE TRIGGER entries_fts_reindex AFTER UPDATE OF title, summary ON entries BEGIN
    INSERT INTO entries_fts (rowid, body) SELECT id, body FROM entries_search WHERE id = NEW.id;
END;
CREATE TRIGGER entries_fts_delete BEFORE DELETE ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, body) SELECT 'delete', id, body FROM entries_search WHERE id = OLD.id;
END;

-- ===== Reference data in two languages (issue 11: seed and i18n) ==========
-- Owned by the seed: a new database gets the same data from seed/seed.go
-- (a test migrates a database seeded by vision2030 at schema 2 and compares
-- it with a new one). Here, a database seeded by an earlier vision2030 has
-- its reference data corrected: regions, countries, and the goal and stage
-- texts that still read exactly as the earlier seed wrote them. A text that
-- differs was edited by its users and is theirs, as are every partner and
-- every entry: they are left as they are.

-- Countries carry the reading of a name written in kanji, for 五十音 order.
ALTER TABLE countries ADD COLUMN yomi TEXT NOT NULL DEFAULT '';

-- Regions in the register of Japan's Ministry of Foreign Affairs (大洋州).
UPDATE regions SET name_ja = '大洋州' WHERE code = 'oceania';

-- Countries: one register of Japanese names (米国, 英国, as the ministry
-- writes them in running text); Türkiye in Europe; and the automobile
-- producers the earlier seed left out, where a seeded database has the
-- others.
UPDATE countries SET name_ja = '米国' WHERE code = 'US' AND name_ja = 'アメリカ合衆国';
UPDATE countries SET name_ja = '英国' WHERE code = 'GB' AND name_ja = 'イギリス';
UPDATE countries SET region = 'europe' WHERE code = 'TR' AND region = 'middle_east';
INSERT OR IGNORE INTO countries (code, name_en, name_ja, region)
    SELECT column1, column2, column3, column4 FROM (VALUES
        ('IR', 'Iran', 'イラン', 'middle_east'),
        ('UZ', 'Uzbekistan', 'ウズベキスタン', 'central_asia'),
        ('RU', 'Russia', 'ロシア', 'europe'),
        ('ZA', 'South Africa', '南アフリカ', 'africa'),
        ('MA', 'Morocco', 'モロッコ', 'africa'))
    WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'seeded_at');
UPDATE countries SET yomi = CASE name_ja
        WHEN '日本' THEN 'にほん' WHEN '米国' THEN 'べいこく' WHEN '英国' THEN 'えいこく'
        WHEN '中国' THEN 'ちゅうごく' WHEN '韓国' THEN 'かんこく' WHEN '台湾' THEN 'たいわん'
        WHEN '南アフリカ' THEN 'みなみあふりか' END
    WHERE name_ja IN ('日本', '米国', '英国', '中国', '韓国', '台湾', '南アフリカ');

-- Goals and stages: Japanese translations (ja_confirmed stays 0 for JAW to
-- confirm), and the texts that are not in the sources marked as drafts.
-- Descriptions and rubric lines the earlier seed wrote are replaced by the
-- seed's present ones, which quote the sources.
CREATE TEMP TABLE seed_goals (id, old_title, title_ja, old_short_title, short_title_ja,
    old_description, description_en, description_ja, description_draft);
INSERT INTO seed_goals VALUES
    (1,
        'Securing fundamental labour rights throughout the global automobile industry',
        '世界の自動車産業全体における基本的労働権の確保',
        'Fundamental labour rights', '基本的労働権',
        'Labour rights are human rights: freedom of association and collective bargaining, secured at overseas businesses of Japanese automobile companies and along their supply chains, including through human rights due diligence.',
        'At JAW''s 2025 Asia conference the ILO Office in Japan emphasized that "labour rights are human rights", and JAW stressed the need for "strong global union collaboration to ensure the effectiveness of human rights due diligence in global supply chains".',
        '2025年のJAWアジア会議で、ILO駐日事務所は「労働者の権利は人権である」と強調し、JAWは「グローバル・サプライチェーンにおける人権デュー・ディリジェンスの実効性を確保するための、グローバルな労働組合の強固な連携」の必要性を訴えた。',
        0),
    (2,
        'Establishing constructive labour–management relations',
        '建設的な労使関係の確立',
        'Constructive labour–management relations', '建設的な労使関係',
        'The value: understanding and sharing the importance and necessity of constructive labour–management relations. The framework: labour–management dialogue is institutionalized and practiced.',
        'The value: "understanding and sharing the importance and necessity of constructive labour–management relations". The framework: "labour–management dialogue is institutionalized and practiced".',
        '価値観：「建設的な労使関係の重要性と必要性を理解し、共有すること」。枠組み：「労使対話が制度化され、実践されていること」。',
        0),
    (3,
        'Promoting the sound and sustainable development of companies',
        '企業の健全で持続可能な発展の促進',
        'Sound, sustainable companies', '企業の健全で持続可能な発展',
        'Supporting the healthy, sustainable development of enterprises through the structural transformation toward a sustainable, carbon-neutral society.',
        'In JAW''s words, "supporting the healthy, sustainable development of enterprises", as the automotive industry "is likely to undergo structural transformation in pursuit of a sustainable, carbon-neutral society".',
        'JAWの言葉では「企業の健全で持続可能な発展を支えること」。自動車産業は「持続可能なカーボンニュートラル社会を目指して構造転換を遂げる可能性が高い」。',
        0);
CREATE TEMP TABLE seed_stages (goal_id, stage, old_name, name_ja, old_rubric, rubric_en, rubric_ja, rubric_draft);
INSERT INTO seed_stages VALUES
    (1, 0, 'No contact', '接触なし',
        'No contact yet on labour rights.',
        'No contact yet on labour rights.',
        '労働者の権利について、まだ接触がない。', 1),
    (1, 1, 'Contact and dialogue', '接触・対話',
        'Contact and dialogue on labour rights have begun.',
        'Contact and dialogue on labour rights have begun.',
        '労働者の権利について、接触と対話が始まっている。', 1),
    (1, 2, 'Value shared', '価値観の共有',
        'The partner shares the value: "labour rights are human rights" — freedom of association and collective bargaining are understood and upheld as necessary.',
        'The value is shared: "labour rights are human rights".',
        '価値観が共有されている：「労働者の権利は人権である」。', 1),
    (1, 3, 'Framework in place', '枠組みの確立',
        'The framework exists: fundamental labour rights are secured in practice, and the union takes part in human rights due diligence as a legitimate stakeholder.',
        'The framework exists: trade unions are "recognized as legitimate stakeholders in global supply chain dialogues".',
        '枠組みがある：労働組合が「グローバル・サプライチェーンをめぐる対話の正当なステークホルダーとして認められている」。', 1),
    (1, 4, 'First place to consult', '最初の相談先',
        'On labour rights, JAW is "the first place to consult" when the partner faces a challenge.',
        'On labour rights, JAW is "the first place to consult with when labour unions at overseas businesses face challenges".',
        '労働者の権利について、JAWが「海外事業体の労働組合が課題に直面したときに最初に相談する先」となっている。', 0),
    (2, 0, 'No contact', '接触なし',
        'No contact yet on labour–management relations.',
        'No contact yet on labour–management relations.',
        '労使関係について、まだ接触がない。', 1),
    (2, 1, 'Contact and dialogue', '接触・対話',
        'Contact and dialogue on labour–management relations have begun.',
        'Contact and dialogue on labour–management relations have begun.',
        '労使関係について、接触と対話が始まっている。', 1),
    (2, 2, 'Value shared', '価値観の共有',
        'The value is shared: "understanding and sharing the importance and necessity of constructive labour–management relations".',
        'The value is shared: "understanding and sharing the importance and necessity of constructive labour–management relations".',
        '価値観が共有されている：「建設的な労使関係の重要性と必要性を理解し、共有すること」。', 0),
    (2, 3, 'Framework in place', '枠組みの確立',
        'The framework exists: "labour–management dialogue is institutionalized and practiced".',
        'The framework exists: "labour–management dialogue is institutionalized and practiced".',
        '枠組みがある：「労使対話が制度化され、実践されている」。', 0),
    (2, 4, 'First place to consult', '最初の相談先',
        'On labour–management relations, JAW is "the first place to consult" when the partner faces a challenge.',
        'On labour–management relations, JAW is "the first place to consult with when labour unions at overseas businesses face challenges".',
        '労使関係について、JAWが「海外事業体の労働組合が課題に直面したときに最初に相談する先」となっている。', 0),
    (3, 0, 'No contact', '接触なし',
        'No contact yet on the development of companies.',
        'No contact yet on the development of companies.',
        '企業の発展について、まだ接触がない。', 1),
    (3, 1, 'Contact and dialogue', '接触・対話',
        'Contact and dialogue on the company''s development have begun.',
        'Contact and dialogue on the company''s development have begun.',
        '企業の発展について、接触と対話が始まっている。', 1),
    (3, 2, 'Value shared', '価値観の共有',
        'The value is shared: the union sees the sound and sustainable development of the company as its own concern.',
        'The value is shared: the union sees the sound and sustainable development of the company as its own concern.',
        '価値観が共有されている：労働組合が、企業の健全で持続可能な発展を自らの課題と捉えている。', 1),
    (3, 3, 'Framework in place', '枠組みの確立',
        'The framework exists: union and management regularly discuss the company''s sustainable development, including the transformation toward a carbon-neutral society.',
        'The framework exists: union and management regularly discuss the company''s sustainable development, including the transformation toward a carbon-neutral society.',
        '枠組みがある：労使が、カーボンニュートラル社会への転換を含め、企業の持続可能な発展について定期的に話し合っている。', 1),
    (3, 4, 'First place to consult', '最初の相談先',
        'On the development of companies, JAW is "the first place to consult" when the partner faces a challenge.',
        'On the development of companies, JAW is "the first place to consult with when labour unions at overseas businesses face challenges".',
        '企業の発展について、JAWが「海外事業体の労働組合が課題に直面したときに最初に相談する先」となっている。', 0);
UPDATE goals SET title_ja = s.title_ja FROM temp.seed_goals s
    WHERE goals.id = s.id AND goals.title_en = s.old_title AND goals.title_ja = '';
UPDATE goals SET short_title_ja = s.short_title_ja FROM temp.seed_goals s
    WHERE goals.id = s.id AND goals.short_title_en = s.old_short_title AND goals.short_title_ja = '';
UPDATE goals SET description_en = s.description_en, description_ja = s.description_ja,
        description_draft = s.description_draft
    FROM temp.seed_goals s WHERE goals.id = s.id AND goals.description_en = s.old_description;
UPDATE stages SET name_ja = s.name_ja FROM temp.seed_stages s
    WHERE stages.goal_id = s.goal_id AND stages.stage = s.stage AND stages.name_en = s.old_name AND stages.name_ja = '';
UPDATE stages SET rubric_en = s.rubric_en, rubric_ja = s.rubric_ja, rubric_draft = s.rubric_draft
    FROM temp.seed_stages s
    WHERE stages.goal_id = s.goal_id AND stages.stage = s.stage AND stages.rubric_en = s.old_rubric;
DROP TABLE temp.seed_goals;
DROP TABLE temp.seed_stages;

-- A target other than the default was set by JAW.
UPDATE goals SET target_default = 0 WHERE target <> 1.0;
-- ===== End of reference data ===============================================
