// Health: answers only when the database is online and accepts queries.
RETURN 1 AS ok
