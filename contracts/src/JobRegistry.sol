// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PausableModule} from "./PausableModule.sol";
import {IJobRegistry} from "./interfaces/IJobRegistry.sol";
import {IStakeManager} from "./interfaces/IStakeManager.sol";
import {IValidationModule} from "./interfaces/IValidationModule.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {IReputationEngine} from "./interfaces/IReputationEngine.sol";
import {IDisputeModule} from "./interfaces/IDisputeModule.sol";
import {ICertificateNFT} from "./interfaces/ICertificateNFT.sol";
import {IFeePool} from "./interfaces/IFeePool.sol";

/// @title JobRegistry
/// @notice The job lifecycle and its escrow accounting. Function and event
/// signatures of the lifecycle are those of AGI Jobs v2.
/// @dev A job is five storage slots written at creation (four plus the job
/// stake) plus one each at application and submission; everything else
/// lives in events. Escrowed tokens sit in the StakeManager. Payout rules:
/// - success: the agent receives reward minus the validator reward; the fee
///   stays in the StakeManager for the FeePool (which accounts for it at
///   once); the agent's job stake is released.
/// - failure: the employer receives reward + fee back minus the validator
///   reward, plus the agent's slashed job stake.
/// - the validator reward (reward * validatorRewardPct / 100) is shared
///   equally by the validators who voted with the tally, whatever the outcome,
///   so that rejecting is as well paid as approving.
/// - a blacklisted agent cannot submit; one blacklisted after submitting is
///   not paid: its part of the reward goes back to the employer, the
///   validators and the FeePool are paid as on success, its job stake is
///   released, and it gets no certificate or reputation.
///
/// Security properties (see SECURITY.md):
/// - Every escrow token has a configuration recorded when governance
///   allowlists it: its decimals (read from the token), a minimum and a
///   maximum reward in its own units, and the agent job stake per reward as
///   basis points of the reward scaled to 18 decimals. The minimum reward is
///   the floor that keeps every committee seat paid (governance sets it to at
///   least validatorsPerJob * seat floor * 100 / validatorRewardPct).
/// - The agent's job stake is max(jobStake, scaled reward * stakeBps / 10000),
///   fixed at creation and announced in JobCreated.
/// - Settlement pays everyone in one pass; a recipient whose transfer fails is
///   credited in the StakeManager instead (pull payment).
/// - A Submitted job can be disputed only when its validation is stalled: no
///   committee drawn by deadline + grace, or no tally by the reveal deadline +
///   grace; a running vote always finishes.
/// - Pause: pausing this module stops every lifecycle call; the calls of the
///   ValidationModule and DisputeModule (onValidationResult, resolveDispute)
///   are not stopped by it, but those modules' own callers are, when
///   SystemPause pauses everything.
contract JobRegistry is PausableModule, ReentrancyGuardTransient, IJobRegistry {
    using SafeCast for uint256;

    uint256 private constant FLAG_SUCCESS = 1;
    uint256 private constant FLAG_RESOLVED = 2; // a dispute on this job was resolved
    uint256 private constant FLAG_RAISED = 4; // a party raised a dispute

    /// @notice The job stake per reward (basis points) a newly allowlisted token gets.
    uint256 public constant DEFAULT_STAKE_BPS = 500;

    /// @dev Packed job record. Slot 0 changes at every transition, slot 1 at
    /// application, slot 2 at completion.
    struct JobData {
        address employer;
        uint40 deadline;
        uint40 assignedAt;
        uint8 state;
        uint8 flags;
        address agent;
        uint96 stake;
        uint104 reward;
        uint104 fee;
        uint40 completedAt;
        address token; // zero means the default token
        bytes32 specHash;
        bytes32 resultHash;
        bytes32 uriHash;
    }

    /// @custom:storage-location erc7201:agijobs.storage.JobRegistry
    /// @dev Packed so that createJob reads two configuration slots and
    /// applyForJob three.
    struct Layout {
        // read by every lifecycle call
        address stakeManager;
        uint8 feePct;
        uint8 validatorRewardPct;
        bool escrowEnabled;
        bool paused;
        uint64 jobDurationLimit;
        // createJob
        address defaultToken;
        uint96 maxJobReward;
        // applyForJob
        address identityRegistry;
        uint96 jobStake;
        uint128 minAgentStake;
        uint32 maxActiveJobsPerAgent;
        uint64 expirationGracePeriod;
        // submit / finalize
        address validationModule;
        address reputationEngine;
        address disputeModule;
        address certificateNFT;
        address feePool;
        uint256 nextJobId; // the id the next job gets; starts at 1
        mapping(uint256 jobId => JobData) jobs;
        mapping(address token => bool) allowedTokens;
        // Appended in the security release; the layout only grows. The
        // maxJobReward field above is superseded by the default token's
        // maxReward here.
        mapping(address token => TokenConfig) tokenConfigs;
    }

    /// @dev One slot per escrow token, read once by createJob.
    struct TokenConfig {
        bool configured;
        uint8 decimals;
        uint16 stakeBps;
        uint104 minReward;
        uint104 maxReward;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.JobRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0xef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72500;

    /// @notice The job does not exist.
    error JobNotFound(uint256 jobId);
    /// @notice The job is in `state`, which does not allow this call.
    error InvalidState(uint256 jobId, State state);
    /// @notice Only `expected` may make this call on this job.
    error NotAllowed(address caller, address expected);
    /// @notice The reward is zero; give a positive reward.
    error ZeroReward();
    /// @notice The reward exceeds the maximum `max` set by governance.
    error RewardTooHigh(uint256 reward, uint256 max);
    /// @notice The deadline is in the past or beyond now + the duration limit.
    error InvalidDeadline(uint64 deadline, uint256 latest);
    /// @notice The spec hash is zero; pass keccak256 of the canonical spec.
    error EmptyHash();
    /// @notice The token is not on the allowlist; use the default token or ask governance to allow it.
    error TokenNotAllowed(address token);
    /// @notice Escrow is frozen by governance; no funds enter or leave until it is re-enabled.
    error EscrowFrozen();
    /// @notice The identity check failed for `claimant`; get on the allowlist, the Merkle tree or an attestation.
    error NotAuthorizedAgent(address claimant);
    /// @notice The job's deadline `deadline` has passed.
    error DeadlinePassed(uint64 deadline);
    /// @notice The timeout can be claimed from `at` on.
    error TimeoutNotReached(uint256 claimableAt);
    /// @notice Validation is still under way; a stalled validation can be disputed from `disputableAt` on.
    error ValidationPending(uint256 disputableAt);
    /// @notice A dispute was already raised or resolved on this job.
    error AlreadyDisputed(uint256 jobId);
    /// @notice The default token cannot be removed from the allowlist.
    error DefaultTokenRequired();
    /// @notice A module that this call needs is not wired; governance must set it.
    error ModuleNotSet();
    /// @notice The reward is below `min`, the floor governance set for this token (in its units).
    error RewardTooLow(uint256 reward, uint256 min);
    /// @notice `account` is blacklisted.
    error Blacklisted(address account);
    /// @notice The token does not answer decimals() (or answers more than 30); it cannot be allowlisted.
    error TokenDecimalsUnavailable(address token);
    /// @notice Invalid token configuration: minReward must be positive and at
    /// most maxReward, maxReward fit in 104 bits, stakeBps at most 10000.
    error InvalidTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps);

    /// @notice v2: a job was created; `agent` is zero at creation.
    event JobCreated(
        uint256 indexed jobId,
        address indexed employer,
        address indexed agent,
        uint256 reward,
        uint256 stake,
        uint256 fee,
        bytes32 specHash,
        string uri
    );
    /// @notice v2: `applicant` applied for the job.
    event ApplicationSubmitted(uint256 indexed jobId, address indexed applicant, string subdomain);
    /// @notice v2: `agent` was assigned to the job.
    event AgentAssigned(uint256 indexed jobId, address indexed agent, string subdomain);
    /// @notice v2: the agent submitted a result.
    event ResultSubmitted(
        uint256 indexed jobId, address indexed worker, bytes32 resultHash, string resultURI, string subdomain
    );
    /// @notice v2: the job reached Completed with `success`.
    event JobCompleted(uint256 indexed jobId, bool success);
    /// @notice v2: the job was finalized and paid out.
    event JobFinalized(uint256 indexed jobId, address indexed worker);
    /// @notice v2: the employer cancelled the job.
    event JobCancelled(uint256 indexed jobId);
    /// @notice v2: the job entered Disputed (caller is the validation module when validators rejected).
    event JobDisputed(uint256 indexed jobId, address indexed caller);
    /// @notice v2: a dispute was resolved.
    event DisputeResolved(uint256 indexed jobId, bool employerWins);
    /// @notice v2: the employer claimed a timeout.
    event JobTimedOut(uint256 indexed jobId, address indexed caller);
    /// @notice A job's escrow uses a token other than the default one.
    event JobToken(uint256 indexed jobId, address indexed token);

    event FeePctUpdated(uint256 feePct);
    event ValidatorRewardPctUpdated(uint256 pct);
    event JobStakeUpdated(uint256 stake);
    event MinAgentStakeUpdated(uint256 stake);
    event MaxJobRewardUpdated(uint256 maxReward);
    event JobDurationLimitUpdated(uint256 limit);
    event ExpirationGracePeriodUpdated(uint256 period);
    event MaxActiveJobsPerAgentUpdated(uint256 max);
    event TokenAllowed(address indexed token, bool allowed);
    event EscrowStatusUpdated(bool enabled);
    event StakeManagerUpdated(address module);
    event ValidationModuleUpdated(address module);
    event IdentityRegistryUpdated(address module);
    event ReputationEngineUpdated(address module);
    event DisputeModuleUpdated(address module);
    event CertificateNFTUpdated(address module);
    event FeePoolUpdated(address module);
    /// @notice The configuration of escrow token `token` changed (amounts in its units).
    event TokenConfigUpdated(
        address indexed token, uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps
    );

    /// @notice The module kind, bytes32("JobRegistry"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "JobRegistry";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @notice Initialises the proxy with `owner_` as governance and
    /// `defaultToken_` (AGIALPHA) as the always-allowed escrow token. Defaults:
    /// fee 5%, validator reward 10%, no flat job stake, 30-day duration limit,
    /// 1-day grace, escrow enabled; for every allowlisted token a minimum
    /// reward of one whole token, no maximum below 2^104 and a job stake of
    /// DEFAULT_STAKE_BPS of the reward.
    function initialize(address owner_, address defaultToken_) external initializer {
        __ModuleBase_init(owner_);
        if (defaultToken_ == address(0)) revert ZeroAddress();
        Layout storage $ = _layout();
        $.defaultToken = defaultToken_;
        $.allowedTokens[defaultToken_] = true;
        $.feePct = 5;
        $.validatorRewardPct = 10;
        $.jobDurationLimit = 30 days;
        $.expirationGracePeriod = 1 days;
        $.escrowEnabled = true;
        _configureToken($, defaultToken_);
        // Starting at 1 both numbers jobs from 1 and spares the first job the
        // cost of a fresh storage slot.
        $.nextJobId = 1;
    }

    // ---------------------------------------------------------------- employer

    /// @notice v2: creates a job paid in the default token. Pulls reward + fee
    /// from the caller into escrow (approve the StakeManager first). The job id
    /// is in the JobCreated event; ids start at 1.
    function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string calldata uri)
        external
        returns (uint256)
    {
        return _create(address(0), reward, deadline, specHash, uri);
    }

    /// @notice Like createJob, with the escrow in an allowlisted `token`.
    function createJobWithToken(
        address token,
        uint256 reward,
        uint64 deadline,
        bytes32 specHash,
        string calldata uri
    ) external returns (uint256) {
        Layout storage $ = _layout();
        if (!$.allowedTokens[token]) revert TokenNotAllowed(token);
        return _create(token == $.defaultToken ? address(0) : token, reward, deadline, specHash, uri);
    }

    /// @notice v2: the employer cancels a job nobody applied for and gets the escrow back.
    function cancelJob(uint256 jobId) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        if (!$.escrowEnabled) revert EscrowFrozen();
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Created);
        if (msg.sender != job.employer) revert NotAllowed(msg.sender, job.employer);
        job.state = uint8(State.Cancelled);
        _pay(job.token, job.employer, uint256(job.reward) + job.fee);
        emit JobCancelled(jobId);
    }

    /// @notice v2: the employer takes back a job whose agent missed the
    /// deadline plus the grace period. The agent's job stake goes to the employer.
    function claimTimeout(uint256 jobId) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        if (!$.escrowEnabled) revert EscrowFrozen();
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Applied);
        address employer = job.employer;
        if (msg.sender != employer) revert NotAllowed(msg.sender, employer);
        uint256 due = uint256(job.deadline) + $.expirationGracePeriod;
        if (block.timestamp <= due) revert TimeoutNotReached(due + 1);
        job.state = uint8(State.Finalized);
        address agent = job.agent;
        IStakeManager($.stakeManager).releaseJobStake(agent, job.stake, employer);
        _pay(job.token, employer, uint256(job.reward) + job.fee);
        _reputation($, agent, false);
        emit JobTimedOut(jobId, msg.sender);
        emit JobFinalized(jobId, agent);
    }

    /// @notice v2: pays out a Completed job. The employer or governance may
    /// call at any time; anyone may once the expiration grace period has passed
    /// since completion (so an agent is never held hostage).
    function finalize(uint256 jobId) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        if (!$.escrowEnabled) revert EscrowFrozen();
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Completed);
        address employer = job.employer;
        if (msg.sender != employer && msg.sender != owner()) {
            if (block.timestamp <= uint256(job.completedAt) + $.expirationGracePeriod) {
                revert NotAllowed(msg.sender, employer);
            }
        }
        job.state = uint8(State.Finalized);
        _settle($, jobId, job, employer);
    }

    /// @notice v2: the employer or the agent disputes a Completed job (or adds
    /// their claim to a job the validators rejected). Moderators resolve it in
    /// the DisputeModule. A job can be disputed once. A Submitted job whose
    /// validation stalled can be disputed too, so that its escrow is never
    /// stuck: when no committee was drawn by deadline + expiration grace period
    /// (for example because the pool cannot fill one), or when the vote was not
    /// tallied by its reveal deadline + the grace period (it is tallied then,
    /// penalties included). A running vote is never cut short.
    function dispute(uint256 jobId, bytes32 evidenceHash, string calldata reason) external whenNotPaused {
        Layout storage $ = _layout();
        JobData storage job = _job(jobId);
        uint8 state = job.state;
        uint8 flags = job.flags;
        if (state != uint8(State.Submitted) && state != uint8(State.Completed) && state != uint8(State.Disputed)) {
            revert InvalidState(jobId, State(state));
        }
        if (flags & (FLAG_RESOLVED | FLAG_RAISED) != 0) revert AlreadyDisputed(jobId);
        if (msg.sender != job.employer && msg.sender != job.agent) revert NotAllowed(msg.sender, job.employer);
        if (state == uint8(State.Submitted)) {
            uint256 grace = $.expirationGracePeriod;
            (bool stalled, uint256 disputableAt) =
                IValidationModule($.validationModule).abort(jobId, uint256(job.deadline) + grace, grace);
            if (!stalled) revert ValidationPending(disputableAt);
        }
        job.state = uint8(State.Disputed);
        job.flags = uint8(flags | FLAG_RAISED);
        address dm = $.disputeModule;
        if (dm == address(0)) revert ModuleNotSet();
        IDisputeModule(dm).raise(jobId, msg.sender, evidenceHash, reason);
        emit JobDisputed(jobId, msg.sender);
    }

    // ---------------------------------------------------------------- agent

    /// @notice v2: applies for (and is assigned) a Created job after the
    /// identity check; locks the job stake from the caller's agent stake.
    function applyForJob(uint256 jobId, string calldata subdomain, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
    {
        _apply(jobId, subdomain, proof);
    }

    /// @notice v2: deposits `amount` of agent stake (approve the StakeManager)
    /// and applies in one transaction.
    function stakeAndApply(uint256 jobId, uint256 amount, string calldata subdomain, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
    {
        IStakeManager(_layout().stakeManager).depositStakeFor(msg.sender, uint8(IStakeManager.Role.Agent), amount);
        _apply(jobId, subdomain, proof);
    }

    /// @notice v2: the assigned agent submits the result before the deadline;
    /// validation starts.
    function submit(
        uint256 jobId,
        bytes32 resultHash,
        string calldata resultURI,
        string calldata subdomain,
        bytes32[] calldata /* proof: identity was verified at application */
    ) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Applied);
        if (msg.sender != job.agent) revert NotAllowed(msg.sender, job.agent);
        if (block.timestamp > job.deadline) revert DeadlinePassed(job.deadline);
        if (resultHash == bytes32(0)) revert EmptyHash();
        if (IIdentityRegistry($.identityRegistry).isBlacklisted(msg.sender)) revert Blacklisted(msg.sender);
        job.state = uint8(State.Submitted);
        job.resultHash = resultHash;
        IValidationModule($.validationModule).start(jobId);
        emit ResultSubmitted(jobId, msg.sender, resultHash, resultURI, subdomain);
    }

    // ---------------------------------------------------------------- modules

    /// @inheritdoc IJobRegistry
    function onValidationResult(uint256 jobId, bool success) external {
        Layout storage $ = _layout();
        if (msg.sender != $.validationModule) revert UnauthorizedCaller(msg.sender);
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Submitted);
        if (success) {
            job.state = uint8(State.Completed);
            job.flags = uint8(FLAG_SUCCESS);
            job.completedAt = uint40(block.timestamp);
            emit JobCompleted(jobId, true);
        } else {
            job.state = uint8(State.Disputed);
            emit JobDisputed(jobId, msg.sender);
        }
    }

    /// @inheritdoc IJobRegistry
    function resolveDispute(uint256 jobId, bool employerWins) external {
        Layout storage $ = _layout();
        if (msg.sender != $.disputeModule) revert UnauthorizedCaller(msg.sender);
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Disputed);
        job.state = uint8(State.Completed);
        job.flags = uint8((job.flags & FLAG_RAISED) | FLAG_RESOLVED | (employerWins ? 0 : FLAG_SUCCESS));
        job.completedAt = uint40(block.timestamp);
        emit DisputeResolved(jobId, employerWins);
        emit JobCompleted(jobId, !employerWins);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IJobRegistry
    function getJob(uint256 jobId) external view returns (Job memory j) {
        JobData storage d = _layout().jobs[jobId];
        j.employer = d.employer;
        j.agent = d.agent;
        j.token = d.token == address(0) && d.employer != address(0) ? _layout().defaultToken : d.token;
        j.reward = d.reward;
        j.fee = d.fee;
        j.stake = d.stake;
        j.deadline = d.deadline;
        j.assignedAt = d.assignedAt;
        j.completedAt = d.completedAt;
        j.state = State(d.state);
        j.success = d.flags & FLAG_SUCCESS != 0;
        j.specHash = d.specHash;
        j.resultHash = d.resultHash;
        j.uriHash = d.uriHash;
    }

    /// @inheritdoc IJobRegistry
    function jobParties(uint256 jobId) external view returns (address employer, address agent) {
        JobData storage d = _layout().jobs[jobId];
        return (d.employer, d.agent);
    }

    /// @inheritdoc IJobRegistry
    function jobSpecHash(uint256 jobId) external view returns (bytes32) {
        return _layout().jobs[jobId].specHash;
    }

    /// @notice The id the next created job will get. Never derive a created
    /// job's id from it: read the JobCreated event of the creating transaction.
    function nextJobId() external view returns (uint256) {
        return _layout().nextJobId;
    }

    /// @inheritdoc IJobRegistry
    function isTokenAllowed(address token) external view returns (bool) {
        return _layout().allowedTokens[token];
    }

    function feePct() external view returns (uint256) {
        return _layout().feePct;
    }

    function validatorRewardPct() external view returns (uint256) {
        return _layout().validatorRewardPct;
    }

    function jobStake() external view returns (uint256) {
        return _layout().jobStake;
    }

    function minAgentStake() external view returns (uint256) {
        return _layout().minAgentStake;
    }

    /// @notice The largest reward a job in the default token may escrow (see tokenConfig for other tokens).
    function maxJobReward() external view returns (uint256) {
        Layout storage $ = _layout();
        return $.tokenConfigs[$.defaultToken].maxReward;
    }

    /// @notice The configuration of escrow token `token`: its decimals, the
    /// smallest and largest reward (in its units) and the agent job stake per
    /// reward in basis points. All zero for a token never allowlisted.
    function tokenConfig(address token)
        external
        view
        returns (uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
    {
        TokenConfig memory c = _layout().tokenConfigs[token];
        return (c.decimals, c.minReward, c.maxReward, c.stakeBps);
    }

    /// @notice The agent job stake a job escrowing `reward` of `token` requires now.
    function jobStakeFor(address token, uint256 reward) external view returns (uint256) {
        Layout storage $ = _layout();
        return _stakeFor($, $.tokenConfigs[token], reward);
    }

    function jobDurationLimit() external view returns (uint256) {
        return _layout().jobDurationLimit;
    }

    function expirationGracePeriod() external view returns (uint256) {
        return _layout().expirationGracePeriod;
    }

    function maxActiveJobsPerAgent() external view returns (uint256) {
        return _layout().maxActiveJobsPerAgent;
    }

    /// @notice Whether escrow is enabled (false while governance froze it).
    function escrowEnabled() external view returns (bool) {
        return _layout().escrowEnabled;
    }

    function defaultToken() external view returns (address) {
        return _layout().defaultToken;
    }

    function stakeManager() external view returns (address) {
        return _layout().stakeManager;
    }

    function validationModule() external view returns (address) {
        return _layout().validationModule;
    }

    function identityRegistry() external view returns (address) {
        return _layout().identityRegistry;
    }

    function reputationEngine() external view returns (address) {
        return _layout().reputationEngine;
    }

    function disputeModule() external view returns (address) {
        return _layout().disputeModule;
    }

    function certificateNFT() external view returns (address) {
        return _layout().certificateNFT;
    }

    function feePool() external view returns (address) {
        return _layout().feePool;
    }

    // ---------------------------------------------------------------- owner

    /// @notice Sets the protocol fee, a percentage of the reward paid on top of it (0..100).
    function setFeePct(uint256 pct) external onlyOwner {
        _requirePct(pct);
        _layout().feePct = uint8(pct);
        emit FeePctUpdated(pct);
    }

    /// @notice Sets the share of the reward paid to the validators who voted with the tally (0..100).
    function setValidatorRewardPct(uint256 pct) external onlyOwner {
        _requirePct(pct);
        _layout().validatorRewardPct = uint8(pct);
        emit ValidatorRewardPctUpdated(pct);
    }

    /// @notice Sets the agent stake locked per job (v2 signature).
    function setJobStake(uint96 stake) external onlyOwner {
        _layout().jobStake = stake;
        emit JobStakeUpdated(stake);
    }

    /// @notice Sets the agent stake an applicant must hold.
    function setMinAgentStake(uint256 stake) external onlyOwner {
        _layout().minAgentStake = stake.toUint128();
        emit MinAgentStakeUpdated(stake);
    }

    /// @notice Sets the largest reward a job in the default token may escrow
    /// (v2 signature; other tokens: setTokenConfig).
    function setMaxJobReward(uint256 maxReward) external onlyOwner {
        Layout storage $ = _layout();
        if (!$.tokenConfigs[$.defaultToken].configured) _configureToken($, $.defaultToken);
        TokenConfig storage c = $.tokenConfigs[$.defaultToken];
        _checkTokenConfig(c.minReward, maxReward, c.stakeBps);
        c.maxReward = uint104(maxReward);
        emit MaxJobRewardUpdated(maxReward);
        emit TokenConfigUpdated($.defaultToken, c.decimals, c.minReward, maxReward, c.stakeBps);
    }

    /// @notice Sets the reward range of escrow token `token`, in its own units
    /// (minReward is the dust floor: set it so that minReward *
    /// validatorRewardPct / 100 / validatorsPerJob pays a committee seat), and
    /// the agent job stake per reward in basis points (of the reward scaled to
    /// 18 decimals, in stake-token units; jobStake stays the floor). The token
    /// must be allowlisted.
    function setTokenConfig(address token, uint256 minReward, uint256 maxReward, uint256 stakeBps)
        external
        onlyOwner
    {
        Layout storage $ = _layout();
        if (!$.allowedTokens[token]) revert TokenNotAllowed(token);
        _checkTokenConfig(minReward, maxReward, stakeBps);
        // A token allowlisted before token configurations existed gets its
        // decimals recorded first, so stakes are never scaled by a zero.
        if (!$.tokenConfigs[token].configured) _configureToken($, token);
        TokenConfig storage c = $.tokenConfigs[token];
        c.minReward = uint104(minReward);
        c.maxReward = uint104(maxReward);
        c.stakeBps = uint16(stakeBps);
        emit TokenConfigUpdated(token, c.decimals, minReward, maxReward, stakeBps);
    }

    /// @notice Sets the longest time (seconds) between creation and deadline.
    function setJobDurationLimit(uint256 limit) external onlyOwner {
        _layout().jobDurationLimit = limit.toUint64();
        emit JobDurationLimitUpdated(limit);
    }

    /// @notice Sets the grace period (seconds) after a deadline before a timeout
    /// can be claimed, and after completion before anyone may finalize.
    function setExpirationGracePeriod(uint256 period) external onlyOwner {
        _layout().expirationGracePeriod = period.toUint64();
        emit ExpirationGracePeriodUpdated(period);
    }

    /// @notice Sets how many jobs an agent may hold at once (0 = unlimited).
    function setMaxActiveJobsPerAgent(uint256 max) external onlyOwner {
        _layout().maxActiveJobsPerAgent = max.toUint32();
        emit MaxActiveJobsPerAgentUpdated(max);
    }

    /// @notice Adds `token` to or removes it from the escrow token allowlist.
    /// Allowing a token the first time records its decimals (read from the
    /// token), gives it the default limits (see initialize) and reserves one
    /// of the FeePool's fee-token slots for it.
    function setTokenAllowed(address token, bool allowed) external onlyOwner {
        Layout storage $ = _layout();
        if (token == address(0)) revert ZeroAddress();
        if (token == $.defaultToken && !allowed) revert DefaultTokenRequired();
        $.allowedTokens[token] = allowed;
        emit TokenAllowed(token, allowed);
        if (allowed) {
            if (!$.tokenConfigs[token].configured) _configureToken($, token);
            if ($.feePool != address(0)) IFeePool($.feePool).registerToken(token);
        }
    }

    /// @notice Freezes (false) or re-enables (true) escrow: while frozen no job
    /// can be created, cancelled, timed out or finalized; state is kept.
    function setEscrowStatus(bool enabled) external onlyOwner {
        _layout().escrowEnabled = enabled;
        emit EscrowStatusUpdated(enabled);
    }

    function setStakeManager(address module) external onlyOwner {
        _requireModule(module, "StakeManager");
        _layout().stakeManager = module;
        emit StakeManagerUpdated(module);
    }

    function setValidationModule(address module) external onlyOwner {
        _requireModule(module, "ValidationModule");
        _layout().validationModule = module;
        emit ValidationModuleUpdated(module);
    }

    function setIdentityRegistry(address module) external onlyOwner {
        _requireModule(module, "IdentityRegistry");
        _layout().identityRegistry = module;
        emit IdentityRegistryUpdated(module);
    }

    function setReputationEngine(address module) external onlyOwner {
        _requireModule(module, "ReputationEngine");
        _layout().reputationEngine = module;
        emit ReputationEngineUpdated(module);
    }

    function setDisputeModule(address module) external onlyOwner {
        _requireModule(module, "DisputeModule");
        _layout().disputeModule = module;
        emit DisputeModuleUpdated(module);
    }

    function setCertificateNFT(address module) external onlyOwner {
        _requireModule(module, "CertificateNFT");
        _layout().certificateNFT = module;
        emit CertificateNFTUpdated(module);
    }

    function setFeePool(address module) external onlyOwner {
        _requireModule(module, "FeePool");
        _layout().feePool = module;
        emit FeePoolUpdated(module);
    }

    // ---------------------------------------------------------------- internal

    function _create(address token, uint256 reward, uint64 deadline, bytes32 specHash, string calldata uri)
        private
        whenNotPaused
        nonReentrant
        returns (uint256 jobId)
    {
        Layout storage $ = _layout();
        if (!$.escrowEnabled) revert EscrowFrozen();
        if (reward == 0) revert ZeroReward();
        address escrowToken = token == address(0) ? $.defaultToken : token;
        TokenConfig memory c = $.tokenConfigs[escrowToken];
        if (reward < c.minReward) revert RewardTooLow(reward, c.minReward);
        if (reward > c.maxReward) revert RewardTooHigh(reward, c.maxReward);
        uint256 latest = block.timestamp + $.jobDurationLimit;
        // The deadline is stored in 40 bits: a later one is refused, never truncated.
        if (latest > type(uint40).max) latest = type(uint40).max;
        if (deadline <= block.timestamp || deadline > latest) revert InvalidDeadline(deadline, latest);
        if (specHash == bytes32(0)) revert EmptyHash();
        uint256 fee = reward * $.feePct / 100;
        uint256 stake = _stakeFor($, c, reward);
        jobId = $.nextJobId++;
        JobData storage job = $.jobs[jobId];
        job.employer = msg.sender;
        job.deadline = uint40(deadline);
        job.state = uint8(State.Created);
        if (stake != 0) job.stake = stake.toUint96();
        job.reward = uint104(reward);
        job.fee = uint104(fee);
        if (token != address(0)) job.token = token;
        job.specHash = specHash;
        job.uriHash = keccak256(bytes(uri));
        IStakeManager($.stakeManager).lockEscrow(escrowToken, msg.sender, reward + fee);
        emit JobCreated(jobId, msg.sender, address(0), reward, stake, fee, specHash, uri);
        if (token != address(0)) emit JobToken(jobId, token);
    }

    function _apply(uint256 jobId, string calldata subdomain, bytes32[] calldata proof) private {
        Layout storage $ = _layout();
        JobData storage job = _job(jobId);
        _requireState(jobId, job.state, State.Created);
        if (block.timestamp > job.deadline) revert DeadlinePassed(job.deadline);
        if (msg.sender == job.employer) revert NotAllowed(msg.sender, address(0));
        if (!IIdentityRegistry($.identityRegistry).isAuthorizedAgent(msg.sender, subdomain, proof)) {
            revert NotAuthorizedAgent(msg.sender);
        }
        IStakeManager($.stakeManager).lockJobStake(msg.sender, job.stake, $.minAgentStake, $.maxActiveJobsPerAgent);
        job.state = uint8(State.Applied);
        job.assignedAt = uint40(block.timestamp);
        job.agent = msg.sender;
        emit ApplicationSubmitted(jobId, msg.sender, subdomain);
        emit AgentAssigned(jobId, msg.sender, subdomain);
    }

    /// @dev Pays out a job that just moved to Finalized.
    function _settle(Layout storage $, uint256 jobId, JobData storage job, address employer) private {
        bool success = job.flags & FLAG_SUCCESS != 0;
        address agent = job.agent;
        uint256 reward = job.reward;
        uint256 fee = job.fee;
        address[] memory voters = IValidationModule($.validationModule).rewardees(jobId);
        uint256 n = voters.length;
        uint256 share = n == 0 ? 0 : reward * $.validatorRewardPct / 100 / n;
        address[] memory to = new address[](n + 1);
        uint256[] memory amounts = new uint256[](n + 1);
        for (uint256 i; i < n; ++i) {
            to[i] = voters[i];
            amounts[i] = share;
        }
        uint256 rest = reward - share * n;
        address token = job.token == address(0) ? $.defaultToken : job.token;
        address fp;
        // A blacklisted agent is not paid: its part goes back to the employer.
        // The reputation call answers whether it is (and skips its update).
        bool banned = _recordOutcome($, agent, success) && success;
        if (success) {
            to[n] = banned ? employer : agent;
            amounts[n] = rest;
            fp = _feeRecipient($);
        } else {
            to[n] = employer;
            amounts[n] = rest + fee;
        }
        IStakeManager sm = IStakeManager($.stakeManager);
        sm.release(token, to, amounts);
        if (fp != address(0) && fee != 0) IFeePool(fp).onFee(token, fee);
        sm.releaseJobStake(agent, job.stake, success ? address(0) : employer);
        if (success && !banned) {
            address cert = $.certificateNFT;
            if (cert != address(0)) ICertificateNFT(cert).mint(agent, jobId);
        }
        emit JobFinalized(jobId, agent);
    }

    /// @dev max(jobStake, reward scaled to 18 decimals * stakeBps / 10000).
    function _stakeFor(Layout storage $, TokenConfig memory c, uint256 reward) private view returns (uint256 stake) {
        uint256 scaled = c.decimals <= 18 ? reward * 10 ** (18 - c.decimals) : reward / 10 ** (c.decimals - 18);
        stake = scaled * c.stakeBps / 10_000;
        uint256 floor = $.jobStake;
        if (stake < floor) stake = floor;
    }

    /// @dev Records a newly allowlisted token's decimals and default limits.
    function _configureToken(Layout storage $, address token) private {
        // A call to an address without code returns nothing, which no catch
        // clause sees: refuse it here.
        if (token.code.length == 0) revert TokenDecimalsUnavailable(token);
        uint8 decimals;
        try IERC20Metadata(token).decimals() returns (uint8 d) {
            decimals = d;
        } catch {
            revert TokenDecimalsUnavailable(token);
        }
        // 10**decimals must fit the 104-bit reward fields.
        if (decimals > 30) revert TokenDecimalsUnavailable(token);
        uint256 minReward = 10 ** decimals;
        uint256 maxReward = type(uint104).max;
        $.tokenConfigs[token] = TokenConfig(true, decimals, uint16(DEFAULT_STAKE_BPS), uint104(minReward), uint104(maxReward));
        emit TokenConfigUpdated(token, decimals, minReward, maxReward, DEFAULT_STAKE_BPS);
    }

    function _checkTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps) private pure {
        if (minReward == 0 || minReward > maxReward || maxReward > type(uint104).max || stakeBps > 10_000) {
            revert InvalidTokenConfig(minReward, maxReward, stakeBps);
        }
    }

    function _feeRecipient(Layout storage $) private view returns (address fp) {
        fp = $.feePool;
        if (fp == address(0)) revert ModuleNotSet();
    }

    function _pay(address token, address to, uint256 amount) private {
        Layout storage $ = _layout();
        address[] memory recipients = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        recipients[0] = to;
        amounts[0] = amount;
        IStakeManager($.stakeManager).release(token == address(0) ? $.defaultToken : token, recipients, amounts);
    }

    /// @dev Reputation update of a finalized job; true when the agent is
    /// blacklisted (then nothing is recorded). Without a ReputationEngine the
    /// IdentityRegistry answers.
    function _recordOutcome(Layout storage $, address agent, bool success) private returns (bool) {
        address re = $.reputationEngine;
        if (re == address(0)) return IIdentityRegistry($.identityRegistry).isBlacklisted(agent);
        return IReputationEngine(re).recordOutcome(agent, success);
    }

    function _reputation(Layout storage $, address agent, bool success) private {
        address re = $.reputationEngine;
        if (re == address(0)) return;
        if (success) IReputationEngine(re).add(agent, 1);
        else IReputationEngine(re).subtract(agent, 1);
    }

    function _job(uint256 jobId) private view returns (JobData storage job) {
        job = _layout().jobs[jobId];
        if (job.employer == address(0)) revert JobNotFound(jobId);
    }

    function _requireState(uint256 jobId, uint8 actual, State expected) private pure {
        if (actual != uint8(expected)) revert InvalidState(jobId, State(actual));
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
