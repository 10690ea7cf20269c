// Indexes are built in the background: wait so the first query sees them.
CALL db.awaitIndexes(300)
