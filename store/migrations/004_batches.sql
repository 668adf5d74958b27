-- vision2030 schema, version 4: imports as batches.
--
-- Every import is one batch: a row of import_batches saying which file was
-- read, by whom, when, and how many rows it added. The rows an import added
-- carry its id (batch_id), so that `import --undo BATCH` finds them again;
-- rows added any other way have none. undone_at is set when the batch is
-- undone: its entries and actions are then deleted (soft), its partners
-- archived, its assessments removed.
--
-- Plain ALTER TABLE ADD COLUMN: no table is rebuilt, so this runs in an
-- instant on any size of file.

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    file        TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    author      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    partners    INTEGER NOT NULL DEFAULT 0,
    entries     INTEGER NOT NULL DEFAULT 0,
    actions     INTEGER NOT NULL DEFAULT 0,
    assessments INTEGER NOT NULL DEFAULT 0,
    undone_at   TEXT
);

ALTER TABLE partners ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE entries ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE actions ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
ALTER TABLE assessments ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);

CREATE INDEX partners_batch ON partners(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX entries_batch ON entries(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX actions_batch ON actions(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX assessments_batch ON assessments(batch_id) WHERE batch_id IS NOT NULL;

-- An entry imported without a uid is found again by its date and title
-- (and partners): the second import of the same file adds nothing.
CREATE INDEX entries_date_title ON entries(date, title);
