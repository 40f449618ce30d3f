// Package matching matches jobs and agents of the AGI Jobs protocol: a
// [Policy] (weights and thresholds, loaded from config/policies.default.json)
// scores an agent [Profile] against a [Job] with explainable terms, [Policy.Rank]
// picks the best agents for a job, and a [Worker] follows new jobs on chain,
// applies to those that fit its agent, runs the agent's handler and submits
// the result.
//
// # Scores
//
// A score is the weighted sum of five terms, each between 0 and 1:
//
//   - skills: the share of the job's skills the agent names;
//   - category: 1 when the agent works in the job's category;
//   - reputation: the agent's ReputationEngine score over the policy's
//     reputationTarget, capped at 1;
//   - stake: the agent's stake over the larger of the policy's stakeTarget
//     and the job's stake, capped at 1;
//   - price: 1 - price x units / reward, the share of the reward left above
//     the agent's price.
//
// The weights are normalised to sum to 1, so the total is between 0 and 1.
// A pair qualifies when the job passes the policy's category and reward
// limits, the agent passes minReputation, holds the job's stake, asks at
// most maxPricePerUnit and no more than the reward, and the total reaches
// minScore. [Score] keeps every term and its contribution, and says why a
// pair does not qualify.
//
// # Ranking
//
// [Policy.Rank] ranks many profiles for one job: it prepares the job once
// (a case-insensitive hash set of its skills, amounts as floats), scores
// each profile without allocating, and keeps the k best in a heap
// (container/heap). Ties are broken by address, so the result does not
// depend on the order of the input.
//
// # Chain data
//
// [Reader] fills the Reputation and Stake of many profiles at one block,
// in JSON-RPC batches when the backend exposes its RPC client (client.Conn
// does) and with bounded concurrent calls otherwise.
//
// # Worker
//
// [Worker] follows JobCreated events, fetches and verifies each spec from
// storage, scores the job against the agent's own profile, applies through
// an [Applier], runs the [Handler] and submits its result. It keeps its
// progress (the last event processed and the jobs it applied to) in an
// fsync'd state file, so that after a restart it resumes where it stopped
// and never applies twice to the same job.
//
// A read that fails in transport (a reset connection, a cut response, a
// timeout, a 5xx) is retried under WorkerConfig.Retry and RetryBudget; a
// revert or a refused argument is not. Such a failure is never recorded
// as a job's outcome, and the resume point never passes a job the Worker
// has not decided on: when the node stays unreachable for a whole budget,
// Run returns and the next run starts at that job.
//
// A spec that cannot be fetched (the store does not have it yet, or does
// not answer) says nothing about the job, and waiting for it would let
// one unfetchable spec stall every later job. Such a job is recorded as
// deferred (StatusDeferred, with its JobCreated log) before the resume
// point moves past it; the Worker fetches the spec again under
// WorkerConfig.SpecRetry, across restarts, and decides on the job when it
// comes, until the job leaves the Created state or its deadline passes.
// A spec that is fetched but fails verification is declined at once.
//
// Applying is first come, first served, so the Worker keeps between jobs
// what does not change per job: the agent's reputation and stake, its
// identity, the protocol's limits and the fee data are read when Run
// starts and refreshed on every new block, never per job. New jobs arrive
// by log subscription when the node pushes logs (WebSocket). With a
// WorkerConfig.Sender (the agent's transaction manager), the Worker sends
// applyForJob itself as soon as a job is scored, with the gas limit it
// learned from its earlier applications and fees priced from the newest
// header: one request to the node, the broadcast, between seeing a job
// and applying for it (three for the first application, which estimates
// the gas and reads the nonce).
//
// Every call that can block takes a context first; logging goes to the
// *slog.Logger of the configs and is silent by default.
package matching
