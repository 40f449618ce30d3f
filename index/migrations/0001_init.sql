-- The index of one deployment: every event of its modules, the jobs folded
-- from them, and where indexing stands. {{BLOB}} and {{KEY}} are replaced
-- per database: BLOB and TEXT on SQLite, BYTEA and TEXT COLLATE "C" on
-- PostgreSQL (byte order, so that the zero-padded amounts sort as numbers).
-- {{CLUSTERED}} is WITHOUT ROWID on SQLite, where a table of small rows is
-- then one b-tree instead of two, and nothing on PostgreSQL.

-- meta holds the deployment the index belongs to (chain id, genesis hash,
-- JobRegistry) and the cursor: the last block indexed and its hash.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

-- blocks holds the hash of each batch's last block, and of every block with
-- events near the head when it was indexed: a reorg is found by comparing
-- them with the chain.
CREATE TABLE blocks (
	number BIGINT PRIMARY KEY,
	hash   {{BLOB}} NOT NULL
) {{CLUSTERED}};

-- events holds every log of the deployment, raw (topics and data) and with
-- the columns queries filter on. Amounts are 78-digit zero-padded decimals.
CREATE TABLE events (
	block     BIGINT NOT NULL,
	log_index INTEGER NOT NULL,
	tx_hash   {{BLOB}} NOT NULL,
	tx_index  INTEGER NOT NULL,
	time      BIGINT NOT NULL,
	address   {{KEY}} NOT NULL,
	contract  TEXT NOT NULL,
	name      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	job_id    BIGINT,
	account   {{KEY}},
	token     {{KEY}},
	amount    {{KEY}},
	topics    {{BLOB}} NOT NULL,
	data      {{BLOB}} NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX events_job ON events (job_id, block, log_index);
CREATE INDEX events_kind ON events (kind, block, log_index);
CREATE INDEX events_account ON events (account, kind);

-- event_accounts lists every address an event names (committee members
-- included) other than the deployment's own contracts, for an account's
-- history.
CREATE TABLE event_accounts (
	account   {{KEY}} NOT NULL,
	block     BIGINT NOT NULL,
	log_index INTEGER NOT NULL,
	PRIMARY KEY (account, block, log_index)
) {{CLUSTERED}};

-- jobs is the fold of each job's events: its current state.
CREATE TABLE jobs (
	id            BIGINT PRIMARY KEY,
	state         INTEGER NOT NULL,
	success       INTEGER,
	employer      {{KEY}} NOT NULL,
	agent         {{KEY}},
	token         {{KEY}} NOT NULL,
	reward        {{KEY}} NOT NULL,
	fee           {{KEY}} NOT NULL,
	stake         {{KEY}} NOT NULL,
	spec_hash     {{BLOB}} NOT NULL,
	uri           TEXT NOT NULL,
	result_hash   {{BLOB}},
	result_uri    TEXT,
	category      {{KEY}},
	title         TEXT,
	created_block BIGINT NOT NULL,
	created_at    BIGINT NOT NULL,
	updated_block BIGINT NOT NULL,
	updated_at    BIGINT NOT NULL
);
CREATE INDEX jobs_state ON jobs (state, id);
CREATE INDEX jobs_state_reward ON jobs (state, reward, id);
CREATE INDEX jobs_reward ON jobs (reward, id);
CREATE INDEX jobs_category ON jobs (category, state, reward, id);
CREATE INDEX jobs_employer ON jobs (employer, id);
CREATE INDEX jobs_agent ON jobs (agent, id);
CREATE INDEX jobs_token ON jobs (token, id);
CREATE INDEX jobs_created ON jobs (created_at, id);
CREATE INDEX jobs_spec ON jobs (spec_hash);

-- specs caches what the index read of each job spec document (its
-- category and title), keyed by the spec's hash.
CREATE TABLE specs (
	spec_hash {{BLOB}} PRIMARY KEY,
	uri       TEXT NOT NULL,
	status    TEXT NOT NULL,
	category  {{KEY}},
	title     TEXT,
	attempts  INTEGER NOT NULL,
	error     TEXT,
	next_try  BIGINT NOT NULL
);
CREATE INDEX specs_pending ON specs (status, next_try);
