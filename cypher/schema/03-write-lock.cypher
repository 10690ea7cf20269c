// The single node writers lock so document writes never interleave.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS
FOR (l:WriteLock) REQUIRE l.id IS UNIQUE
