-- vision2030 schema, version 6: the file says whose it is.
--
-- PRAGMA application_id is four bytes of the file's header that tell which
-- program's file it is; vision2030's is 0x56323330 ("V230"). Open refuses a
-- file that carries another program's id. Files from before this version
-- carry none and are recognised by their tables instead (identify, open.go).
PRAGMA application_id = 1446130480;
