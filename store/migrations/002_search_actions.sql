-- vision2030 schema, version 2: full-text search over entries, and indexes
-- for actions and partners.

-- One row per entry (rowid = entries.id): its title, summary and the names
-- of its partners, kept current by the store in the same transaction as
-- every write. The trigram tokenizer matches any substring of three or more
-- characters, so Japanese and Thai text, which has no spaces between words,
-- is found as well as English.
CREATE VIRTUAL TABLE entries_fts USING fts5(title, summary, partners, tokenize = 'trigram');

INSERT INTO entries_fts (rowid, title, summary, partners)
SELECT e.id, e.title, e.summary,
       coalesce((SELECT group_concat(p.name || ' ' || p.short_name, ' ')
                 FROM entry_partners ep JOIN partners p ON p.id = ep.partner_id
                 WHERE ep.entry_id = e.id), '')
FROM entries e;

CREATE INDEX actions_entry ON actions(entry_id);
CREATE INDEX entries_author ON entries(author);
