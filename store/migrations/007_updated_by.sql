-- vision2030 schema, version 7: who last changed a row.
--
-- updated_by names the author (the `author` setting) whose write last set a
-- row's updated_at, so that an edit meeting a change made elsewhere can say
-- by whom. Rows last written before this version, or by something other than
-- vision2030 (the sqlite3 shell), carry ''. Adding a column with a constant
-- default rewrites no rows, so no backup is taken.
ALTER TABLE entries  ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE actions  ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE goals    ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
