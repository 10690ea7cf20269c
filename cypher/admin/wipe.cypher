// Empties the database: tests run it on a throwaway instance between suites.
// Batched so a large graph does not need one huge transaction.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
