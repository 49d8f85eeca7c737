-- Full-text search (SQLite FTS5) over messages and their overflow chunks, handoff prompts and knowledge entries.
-- Hand-written: Prisma does not model virtual tables (scripts/migration-diff.ts leaves these tables out of the diff).
--
-- Each index is an external-content table: it holds only the inverted index, keyed by the source row's rowid, and
-- reads the text back from the source row (for snippet()), so no text is stored twice. Triggers keep every index in
-- step with its table; updates re-index only when an indexed column changes (not on useCount bumps and the like).
-- Ranking (bm25), owner scoping and query escaping live in apps/api/src/services/search.ts.
--
-- Rowids must stay put: if a migration ever rebuilds one of these tables (Prisma's "RedefineTables" copies the rows
-- into a new table, which renumbers rowids and drops the triggers), recreate its triggers below and then run
--   INSERT INTO "<Table>Search"("<Table>Search") VALUES ('rebuild');
-- New columns on these tables should therefore be nullable or have constant defaults (ALTER TABLE ADD COLUMN).
--
-- Tokenizer: unicode61 without diacritics, with porter stemming: "deploying" finds "deploy", "deploys" and "deployed"
-- (all stem to "deploi"), but not "deployment" (stem "deploy"). A prefix is stemmed too: "deploy*" is "deploi*" and
-- still misses "deployment"; "deplo*" finds them all.

CREATE VIRTUAL TABLE "MessageSearch" USING fts5(
    "content",
    content='Message', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message" BEGIN
    INSERT INTO "MessageSearch"(rowid, "content") VALUES (new.rowid, new."content");
END;

CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
    INSERT INTO "MessageSearch"("MessageSearch", rowid, "content") VALUES ('delete', old.rowid, old."content");
END;

CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "content" ON "Message" BEGIN
    INSERT INTO "MessageSearch"("MessageSearch", rowid, "content") VALUES ('delete', old.rowid, old."content");
    INSERT INTO "MessageSearch"(rowid, "content") VALUES (new.rowid, new."content");
END;

-- The text of a message beyond its first 100,000 characters (services/messages.ts), searched as that message.
CREATE VIRTUAL TABLE "MessageChunkSearch" USING fts5(
    "content",
    content='MessageChunk', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "MessageChunk_search_insert" AFTER INSERT ON "MessageChunk" BEGIN
    INSERT INTO "MessageChunkSearch"(rowid, "content") VALUES (new.rowid, new."content");
END;

CREATE TRIGGER "MessageChunk_search_delete" AFTER DELETE ON "MessageChunk" BEGIN
    INSERT INTO "MessageChunkSearch"("MessageChunkSearch", rowid, "content") VALUES ('delete', old.rowid, old."content");
END;

CREATE TRIGGER "MessageChunk_search_update" AFTER UPDATE OF "content" ON "MessageChunk" BEGIN
    INSERT INTO "MessageChunkSearch"("MessageChunkSearch", rowid, "content") VALUES ('delete', old.rowid, old."content");
    INSERT INTO "MessageChunkSearch"(rowid, "content") VALUES (new.rowid, new."content");
END;

CREATE VIRTUAL TABLE "HandoffSearch" USING fts5(
    "masterPrompt",
    content='Handoff', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Handoff_search_insert" AFTER INSERT ON "Handoff" BEGIN
    INSERT INTO "HandoffSearch"(rowid, "masterPrompt") VALUES (new.rowid, new."masterPrompt");
END;

CREATE TRIGGER "Handoff_search_delete" AFTER DELETE ON "Handoff" BEGIN
    INSERT INTO "HandoffSearch"("HandoffSearch", rowid, "masterPrompt") VALUES ('delete', old.rowid, old."masterPrompt");
END;

CREATE TRIGGER "Handoff_search_update" AFTER UPDATE OF "masterPrompt" ON "Handoff" BEGIN
    INSERT INTO "HandoffSearch"("HandoffSearch", rowid, "masterPrompt") VALUES ('delete', old.rowid, old."masterPrompt");
    INSERT INTO "HandoffSearch"(rowid, "masterPrompt") VALUES (new.rowid, new."masterPrompt");
END;

CREATE VIRTUAL TABLE "KnowledgeEntrySearch" USING fts5(
    "title", "content", "tags",
    content='KnowledgeEntry', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "KnowledgeEntry_search_insert" AFTER INSERT ON "KnowledgeEntry" BEGIN
    INSERT INTO "KnowledgeEntrySearch"(rowid, "title", "content", "tags")
    VALUES (new.rowid, new."title", new."content", new."tags");
END;

CREATE TRIGGER "KnowledgeEntry_search_delete" AFTER DELETE ON "KnowledgeEntry" BEGIN
    INSERT INTO "KnowledgeEntrySearch"("KnowledgeEntrySearch", rowid, "title", "content", "tags")
    VALUES ('delete', old.rowid, old."title", old."content", old."tags");
END;

CREATE TRIGGER "KnowledgeEntry_search_update" AFTER UPDATE OF "title", "content", "tags" ON "KnowledgeEntry" BEGIN
    INSERT INTO "KnowledgeEntrySearch"("KnowledgeEntrySearch", rowid, "title", "content", "tags")
    VALUES ('delete', old.rowid, old."title", old."content", old."tags");
    INSERT INTO "KnowledgeEntrySearch"(rowid, "title", "content", "tags")
    VALUES (new.rowid, new."title", new."content", new."tags");
END;

-- Rows written before this migration.
INSERT INTO "MessageSearch"("MessageSearch") VALUES ('rebuild');
INSERT INTO "MessageChunkSearch"("MessageChunkSearch") VALUES ('rebuild');
INSERT INTO "HandoffSearch"("HandoffSearch") VALUES ('rebuild');
INSERT INTO "KnowledgeEntrySearch"("KnowledgeEntrySearch") VALUES ('rebuild');
