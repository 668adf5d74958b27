-- vision2030 schema, version 5: drafts of the dashboard's forms.
--
-- What a person has typed into a form and not yet saved is kept here every
-- few seconds, one row per author and form ("entry:new", "entry:42",
-- "partner:7"), so that a crash, a closed terminal or a lost connection loses
-- at most the last few seconds. The body is the form's fields as JSON, in the
-- form's own words; nothing else reads it. A draft is deleted when its form
-- is saved or the person discards it.
CREATE TABLE drafts (
    author   TEXT NOT NULL,
    form     TEXT NOT NULL,
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (author, form)
) WITHOUT ROWID;
