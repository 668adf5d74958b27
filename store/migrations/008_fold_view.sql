-- vision2030 schema, version 8: search folding in one view.
--
-- The search index holds entries' text folded (store/fold.go): width forms
-- mapped as NFKC maps them, ASCII lower-cased. The view entries_search folds
-- it, for the triggers that keep the index current and as the index's
-- content. Schema 3 made that view a stack of eleven views of twenty nested
-- replacements each, since the stock sqlite3 shell cannot parse all 191
-- nested in one expression. SQLite flattened the stack each time it prepared
-- a statement that writes an entry: about 3 ms, in every process that logs
-- one. The view now reads the replacements from the table fold_pairs, and
-- makes only those whose form occurs in the text, in their order. It folds
-- every text exactly as the stack did, so the index is not rebuilt, and the
-- triggers, which name the view, are unchanged.
-- FOLD PAIRS fold_pairs
DROP VIEW entries_search;
DROP VIEW entries_search_fold10;
DROP VIEW entries_search_fold9;
DROP VIEW entries_search_fold8;
DROP VIEW entries_search_fold7;
DROP VIEW entries_search_fold6;
DROP VIEW entries_search_fold5;
DROP VIEW entries_search_fold4;
DROP VIEW entries_search_fold3;
DROP VIEW entries_search_fold2;
DROP VIEW entries_search_fold1;
DROP VIEW entries_search_fold0;
-- FOLD VIEW entries_search(id, body) FROM entries USING fold_pairs: title || char(10) || summary || char(10) || char(10)
