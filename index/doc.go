// Package index keeps one deployment's events in SQL, for backends and
// dashboards that must answer "which open jobs in my category pay most",
// "what did this validator vote" or "what did fees earn this month" in
// milliseconds, for many API replicas at once.
//
// An Indexer follows every module of the deployment (and the token
// transfers out of the StakeManager, which are the payouts) into a
// database through database/sql: SQLite by default (modernc.org/sqlite,
// pure Go, one file) or PostgreSQL when one machine is not enough (pgx).
// Both run the same schema, applied on Open from migrations embedded in
// the binary, and the same queries.
//
//	db, err := index.Open(ctx, "jobs.db") // or "postgres://..."
//	ix, err := index.NewIndexer(db, index.Config{Backend: conn, Addresses: addrs, FromBlock: manifest.Block})
//	go ix.Run(ctx)
//	page, err := db.Jobs(ctx, index.JobQuery{States: []escrow.State{escrow.StateCreated}, Category: "translation", Order: index.HighestReward})
//
// What the index guarantees:
//
//   - Exactly the chain's events. Each block range is written in one
//     transaction together with the cursor (the last block indexed and its
//     hash), so a crash leaves the index at a range boundary and a restart
//     resumes there. Events are keyed by (block, log index): indexing a
//     range twice changes nothing.
//   - Reorgs are rolled back. The hash of every block with events, and of
//     each range's last block, is stored; when the cursor's block is no
//     longer the chain's, the index finds the newest stored block that
//     still is, deletes every row above it, rebuilds the jobs those rows
//     touched from their remaining events, and indexes the new blocks.
//     Config.Confirmations makes the index lag the head to avoid most of it.
//   - One writer. An Indexer takes a lock before writing (a PostgreSQL
//     advisory lock, or an flock on "<file>-writer.lock" beside the SQLite
//     file); a second Indexer waits and takes over when the first one's
//     process ends. Any number of DBs read meanwhile (SQLite runs in WAL
//     mode).
//   - Bounded memory. The backfill reads block ranges that adapt to the
//     node's limits and to the number of logs, one range ahead of the
//     writer.
//
// The queries: Jobs (filtered by state, employer, agent, category, token,
// reward range and creation time, in keyset pages), Job, Timeline (every
// event of a job, with its transaction), ValidatorHistory, AgentStats,
// FeeTotals (per token and day or month), Params (the governed parameters
// as of a block) and Status. A job's category and title come from its
// spec document when Config.Specs is set.
//
// Amounts are stored as 78-digit zero-padded decimal text, which sorts as
// numbers on both databases and holds any uint256 exactly.
package index
