// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PausableModule} from "./PausableModule.sol";
import {IValidationModule} from "./interfaces/IValidationModule.sol";
import {IJobRegistry} from "./interfaces/IJobRegistry.sol";
import {IStakeManager} from "./interfaces/IStakeManager.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {IReputationEngine} from "./interfaces/IReputationEngine.sol";

/// @title ValidationModule
/// @notice Committee selection and commit/reveal voting on submitted results,
/// with the v2 commit hash format.
/// @dev Per job one packed round slot, one slot per committee seat and one
/// per commitment (cleared at reveal). Selection is stake-weighted without
/// replacement from the owner-set pool, skipping the job's own parties,
/// addresses below the minimum validator stake and blacklisted addresses.
/// Identity is checked once: members on the validator allowlist are verified
/// at selection (one batched call for the whole committee); the others prove
/// their identity (Merkle proof or attestation) at commit.
///
/// The draw (see SECURITY.md for what each actor can still do):
/// - Submission at block S fixes a target block R = S + TARGET_DELAY (4). The
///   weights are the validators' stakes at the end of block S - 1, read from the
///   StakeManager's checkpoints, and the candidates are the owner-set pool; both
///   are fixed before any input of the seed exists, so stake moved after the
///   submission never weighs in the draw.
/// - The seed is keccak256(mixHash(R), blockhash(S), jobId, nonce).
///   mixHash(R) is block R's PREVRANDAO (the beacon chain's RANDAO mix): the
///   producer of R cannot choose it, and the producers of S + 1 .. R - 1 can
///   only withhold their blocks (one bit of bias per withheld block). Since
///   PREVRANDAO cannot be read from a later block, the caller of
///   selectValidatorsWithHeader passes block R's RLP header, which is checked
///   against blockhash(R). blockhash(S) keeps the seed unknown before the
///   submission on chains whose mixHash is constant; there its producer can
///   grind it. Knowing mixHash(R) while building S takes proposing all of the
///   TARGET_DELAY slots S .. R - 1, hence a delay of 4 (see SECURITY.md).
/// - Nobody chooses the block a seed comes from: a target older than 256
///   blocks cannot be read any more, and the next call re-arms a new target
///   TARGET_DELAY blocks ahead (with weights at the block before the re-arming one)
///   instead of falling back to a recent, caller-known block hash. Since a
///   party that dislikes the committee it can compute could withhold the
///   draw until the target expires, a round re-arms at most MAX_REARMS
///   times; then it is stalled (SelectionExpired) and the job goes to the
///   moderators by dispute. Withholding thus buys at most one more draw, and
///   only if nobody else (employer, other validators, keepers) draws within
///   256 blocks.
/// - The caller's `entropy` (v2 ABI) is ignored: a caller-chosen value would
///   let the caller grind the committee.
/// Pause: pausing stops selection, commits, reveals and the tally; JobRegistry's
/// calls (start, abort) are not stopped, so a submission never reverts because
/// of this module's pause alone (SystemPause pauses JobRegistry too).
contract ValidationModule is PausableModule, ReentrancyGuardTransient, IValidationModule {
    using SafeCast for uint256;

    uint256 public constant MAX_COMMITTEE = 16;
    uint256 public constant MAX_POOL = 128;
    /// @notice Blocks between the block that fixes a draw and its target block.
    uint256 public constant TARGET_DELAY = 4;
    /// @notice How many times a round's expired target is re-armed. After that
    /// the round is stalled: nobody can draw, and the job can be disputed.
    uint256 public constant MAX_REARMS = 1;

    uint8 private constant STATUS_NONE = 0;
    uint8 private constant STATUS_PENDING = 1; // waiting for selectValidators
    uint8 private constant STATUS_VOTING = 2; // committee chosen
    uint8 private constant STATUS_TALLIED = 3;

    struct Seat {
        address validator;
        bool verified; // on the allowlist at selection: no proof needed at commit
    }

    struct Round {
        uint48 selectionBlock;
        uint40 commitDeadline;
        uint40 revealDeadline;
        uint8 size;
        uint16 commitMask;
        uint16 revealMask;
        uint16 approveMask;
        uint8 nonce;
        uint8 status;
        bool success;
        bool quorum;
        uint32 banEpoch; // IdentityRegistry blacklist epoch when the committee was screened
        uint8 rearms; // targets re-armed in this round (appended; fits the same slot)
    }

    /// @custom:storage-location erc7201:agijobs.storage.ValidationModule
    struct Layout {
        address jobRegistry;
        uint40 commitWindow;
        uint40 revealWindow;
        address stakeManager;
        uint8 validatorsPerJob;
        uint8 approvalThreshold;
        uint8 slashingPct;
        uint8 revealQuorumPct;
        uint8 revealQuorumMin;
        bool paused;
        address identityRegistry;
        address reputationEngine;
        uint256 minValidatorStake;
        address[] pool;
        mapping(uint256 jobId => Round) rounds;
        mapping(uint256 jobId => Seat[MAX_COMMITTEE]) committees;
        mapping(uint256 jobId => mapping(address validator => bytes32)) commits;
        // Appended in the security release; the layout only grows. Supersedes
        // `committees`: the committee packed into consecutive words, the
        // verified mask in the low 16 bits of word 0 and seat i at bit
        // 16 + 160 * i, so that a committee of 3 takes 2 slots instead of 3.
        mapping(uint256 jobId => mapping(uint256 word => uint256)) seatWords;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.ValidationModule")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0xe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0900;

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("ValidationModule(string version,address verifyingContract,uint256 chainId)");

    /// @notice The job has no validation round in the state this call needs.
    error InvalidRound(uint256 jobId, uint8 status);
    /// @notice selectValidators can be called once block `selectionBlock` is mined.
    error SelectionTooEarly(uint256 selectionBlock);
    /// @notice Only `found` eligible validators for `needed` seats; add validators to the pool or lower validatorsPerJob.
    error NotEnoughValidators(uint256 found, uint256 needed);
    /// @notice The caller is not on this job's committee.
    error NotCommitteeMember(uint256 jobId, address caller);
    /// @notice The commit phase ended at `deadline`.
    error CommitPhaseClosed(uint256 deadline);
    /// @notice The reveal phase opens after `commitDeadline`.
    error RevealPhaseNotOpen(uint256 commitDeadline);
    /// @notice The reveal phase ended at `deadline`.
    error RevealPhaseClosed(uint256 deadline);
    /// @notice The reveal phase is still running until `deadline` and not every member revealed.
    error RevealPhaseNotOver(uint256 deadline);
    /// @notice The validator already committed.
    error AlreadyCommitted();
    /// @notice The validator did not commit in time, so it cannot reveal.
    error NotCommitted();
    /// @notice The validator already revealed.
    error AlreadyRevealed();
    /// @notice The revealed vote, burn hash and salt do not match the commitment.
    error InvalidReveal();
    /// @notice The commit hash is zero.
    error EmptyCommit();
    /// @notice The identity check failed for `claimant`; get on the validator allowlist, Merkle tree or an attestation.
    error NotAuthorizedValidator(address claimant);
    /// @notice A parameter is outside its allowed range [min, max].
    error OutOfRange(uint256 value, uint256 min, uint256 max);
    /// @notice The pool contains `validator` twice.
    error DuplicateValidator(address validator);
    /// @notice The draw needs block `selectionBlock`'s PREVRANDAO: call
    /// selectValidatorsWithHeader with that block's RLP-encoded header.
    error HeaderRequired(uint256 selectionBlock);
    /// @notice The header does not hash to blockhash(`selectionBlock`) or is not a block header; pass
    /// that block's RLP-encoded header exactly as the chain hashes it (escrow.Client.HeaderRLP).
    error InvalidHeader(uint256 selectionBlock);
    /// @notice The draw's target expired again after MAX_REARMS re-arms; the
    /// validation is stalled and the job can be disputed.
    error SelectionExpired(uint256 jobId);

    /// @notice v2: the committee of `jobId`.
    event ValidatorsSelected(uint256 indexed jobId, address[] validators);
    /// @notice v2: `validator` committed.
    event ValidationCommitted(uint256 indexed jobId, address indexed validator, bytes32 commitHash, string subdomain);
    /// @notice v2: `validator` revealed its vote.
    event ValidationRevealed(
        uint256 indexed jobId, address indexed validator, bool approve, bytes32 burnTxHash, string subdomain
    );
    /// @notice v2: the votes were counted.
    event ValidationTallied(uint256 indexed jobId, bool success, uint256 approvals, uint256 rejections);
    /// @notice v2: the outcome reported to JobRegistry (false also when quorum was missed).
    event ValidationResult(uint256 indexed jobId, bool success);
    /// @notice The target block of `jobId`'s draw could no longer be read
    /// (older than 256 blocks); the draw now waits for block `selectionBlock`.
    event SelectionRearmed(uint256 indexed jobId, uint256 selectionBlock);
    /// @notice A stalled round of `jobId` was ended because the job went to dispute.
    event ValidationAborted(uint256 indexed jobId);
    /// @notice `validator` was penalised for not revealing or voting against the tally.
    event ValidatorPenalized(uint256 indexed jobId, address indexed validator, uint256 slashed, bool revealed);

    event CommitRevealWindowsUpdated(uint256 commitWindow, uint256 revealWindow);
    event ValidatorsPerJobUpdated(uint256 count);
    event ApprovalThresholdUpdated(uint256 pct);
    event ValidatorSlashingPctUpdated(uint256 pct);
    event RevealQuorumUpdated(uint256 pct, uint256 min);
    event ValidatorPoolUpdated(address[] pool);
    event MinValidatorStakeUpdated(uint256 stake);
    event JobRegistryUpdated(address module);
    event StakeManagerUpdated(address module);
    event IdentityRegistryUpdated(address module);
    event ReputationEngineUpdated(address module);

    /// @notice The module kind, bytes32("ValidationModule"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "ValidationModule";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @notice Initialises the proxy. Defaults: 1 h commit and 1 h reveal
    /// windows, 3 validators per job, 51% approval threshold, 10% slashing,
    /// quorum of 50% of the committee and at least 1 reveal.
    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
        Layout storage $ = _layout();
        $.commitWindow = 1 hours;
        $.revealWindow = 1 hours;
        $.validatorsPerJob = 3;
        $.approvalThreshold = 51;
        $.slashingPct = 10;
        $.revealQuorumPct = 50;
        $.revealQuorumMin = 1;
    }

    // ---------------------------------------------------------------- voting

    /// @inheritdoc IValidationModule
    function start(uint256 jobId) external {
        Layout storage $ = _layout();
        if (msg.sender != $.jobRegistry) revert UnauthorizedCaller(msg.sender);
        Round storage r = $.rounds[jobId];
        if (r.status != STATUS_NONE && r.status != STATUS_TALLIED) revert InvalidRound(jobId, r.status);
        r.selectionBlock = uint48(block.number + TARGET_DELAY);
        r.rearms = 0;
        r.nonce += 1;
        r.status = STATUS_PENDING;
    }

    /// @notice v2 entry point. Re-arms an expired target (see the contract
    /// documentation) and returns an empty committee; otherwise reverts with
    /// HeaderRequired, because the draw needs the target block's header:
    /// call selectValidatorsWithHeader. `entropy` is ignored.
    function selectValidators(uint256 jobId, uint256 /* entropy */ )
        external
        whenNotPaused
        nonReentrant
        returns (address[] memory committee)
    {
        Layout storage $ = _layout();
        Round memory r = $.rounds[jobId];
        if (r.status != STATUS_PENDING) revert InvalidRound(jobId, r.status);
        if (block.number <= r.selectionBlock) revert SelectionTooEarly(r.selectionBlock);
        if (!_rearm($, jobId, r)) revert HeaderRequired(r.selectionBlock);
        return committee;
    }

    /// @notice Draws the committee of `jobId` once its selection block R is
    /// mined. `header` is block R's RLP-encoded header (what
    /// eth_getBlockByNumber returns, encoded as the chain hashes it); its hash
    /// must equal blockhash(R). Anyone may call: every caller gets the same
    /// committee. When R is older than 256 blocks the target is re-armed
    /// instead (SelectionRearmed) and the committee returned is empty.
    function selectValidatorsWithHeader(uint256 jobId, bytes calldata header)
        external
        whenNotPaused
        nonReentrant
        returns (address[] memory committee)
    {
        Layout storage $ = _layout();
        Round memory r = $.rounds[jobId];
        if (r.status != STATUS_PENDING) revert InvalidRound(jobId, r.status);
        uint256 target = r.selectionBlock;
        if (block.number <= target) revert SelectionTooEarly(target);
        if (_rearm($, jobId, r)) return committee;
        if (keccak256(header) != blockhash(target)) revert InvalidHeader(target);
        uint256 seed =
            uint256(keccak256(abi.encode(_mixHash(header, target), blockhash(target - TARGET_DELAY), jobId, r.nonce)));

        uint256 verified;
        {
            (address[] memory pool, uint256[] memory weights, uint256 total) =
                _weights($, jobId, target - TARGET_DELAY - 1);
            (committee, verified) = _draw($, seed, pool, weights, total);
        }
        uint256 size = committee.length;
        _storeSeats($, jobId, committee, verified);
        uint40 commitDeadline = uint40(block.timestamp) + $.commitWindow;
        uint40 revealDeadline = commitDeadline + $.revealWindow;
        Round storage rs = $.rounds[jobId];
        rs.size = uint8(size);
        rs.commitDeadline = commitDeadline;
        rs.revealDeadline = revealDeadline;
        rs.commitMask = 0;
        rs.revealMask = 0;
        rs.approveMask = 0;
        // Read after the screening (same transaction, warm): a blacklisting
        // after this point makes the tally screen the committee again.
        rs.banEpoch = IIdentityRegistry($.identityRegistry).blacklistEpoch();
        rs.status = STATUS_VOTING;
        // Committee stake stays locked for one more reveal window after the
        // reveal deadline, the time given to anyone to call finalize.
        IStakeManager($.stakeManager).lockValidators(committee, uint64(revealDeadline) + $.revealWindow);
        emit ValidatorsSelected(jobId, committee);
    }

    /// @notice v2: a committee member commits to its vote before the commit deadline.
    function commitValidation(uint256 jobId, bytes32 commitHash, string calldata subdomain, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
    {
        Layout storage $ = _layout();
        Round storage rs = $.rounds[jobId];
        Round memory r = rs;
        if (r.status != STATUS_VOTING) revert InvalidRound(jobId, r.status);
        if (block.timestamp > r.commitDeadline) revert CommitPhaseClosed(r.commitDeadline);
        if (commitHash == bytes32(0)) revert EmptyCommit();
        (uint16 bit, bool verified) = _seat($, jobId, r.size);
        if (r.commitMask & bit != 0) revert AlreadyCommitted();
        if (!verified && !IIdentityRegistry($.identityRegistry).isAuthorizedValidator(msg.sender, subdomain, proof)) {
            revert NotAuthorizedValidator(msg.sender);
        }
        $.commits[jobId][msg.sender] = commitHash;
        rs.commitMask = r.commitMask | bit;
        emit ValidationCommitted(jobId, msg.sender, commitHash, subdomain);
    }

    /// @notice v2: a committee member reveals its vote after the commit
    /// deadline and before the reveal deadline. Identity was checked at commit.
    function revealValidation(
        uint256 jobId,
        bool approve,
        bytes32 burnTxHash,
        bytes32 salt,
        string calldata subdomain,
        bytes32[] calldata /* proof */
    ) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        Round storage rs = $.rounds[jobId];
        Round memory r = rs;
        if (r.status != STATUS_VOTING) revert InvalidRound(jobId, r.status);
        if (block.timestamp <= r.commitDeadline) revert RevealPhaseNotOpen(r.commitDeadline);
        if (block.timestamp > r.revealDeadline) revert RevealPhaseClosed(r.revealDeadline);
        (uint16 bit,) = _seat($, jobId, r.size);
        if (r.commitMask & bit == 0) revert NotCommitted();
        if (r.revealMask & bit != 0) revert AlreadyRevealed();
        bytes32 specHash = IJobRegistry($.jobRegistry).jobSpecHash(jobId);
        bytes32 outcomeHash = keccak256(abi.encode(uint256(r.nonce), specHash, approve, burnTxHash));
        bytes32 expected =
            keccak256(abi.encode(jobId, outcomeHash, salt, msg.sender, block.chainid, _domainSeparator()));
        if (expected != $.commits[jobId][msg.sender]) revert InvalidReveal();
        delete $.commits[jobId][msg.sender];
        rs.revealMask = r.revealMask | bit;
        if (approve) rs.approveMask = r.approveMask | bit;
        emit ValidationRevealed(jobId, msg.sender, approve, burnTxHash, subdomain);
    }

    /// @notice v2: counts the votes after the reveal deadline (or as soon as
    /// every member revealed), penalises members who did not reveal, voted
    /// against the outcome or were blacklisted meanwhile, and reports the
    /// outcome to JobRegistry. A missed
    /// quorum reports a rejection, which sends the job to dispute.
    function finalize(uint256 jobId) external whenNotPaused nonReentrant returns (bool success) {
        Layout storage $ = _layout();
        Round memory r = $.rounds[jobId];
        if (r.status != STATUS_VOTING) revert InvalidRound(jobId, r.status);
        uint16 full = uint16((1 << r.size) - 1);
        if (block.timestamp <= r.revealDeadline && r.revealMask != full) revert RevealPhaseNotOver(r.revealDeadline);
        success = _tally($, jobId, r);
        IJobRegistry($.jobRegistry).onValidationResult(jobId, success);
    }

    /// @inheritdoc IValidationModule
    /// @dev A round still waiting for its draw is stalled from `stalledAt` on
    /// (JobRegistry passes the job's deadline plus its grace period), or at
    /// once when its target expired with no re-arm left; a vote is
    /// stalled once its reveal deadline plus `grace` has passed without a
    /// tally, and is then tallied here (penalties included) without reporting
    /// to JobRegistry. A running vote is never cut short.
    function abort(uint256 jobId, uint256 stalledAt, uint256 grace)
        external
        returns (bool stalled, uint256 disputableAt)
    {
        Layout storage $ = _layout();
        if (msg.sender != $.jobRegistry) revert UnauthorizedCaller(msg.sender);
        Round memory r = $.rounds[jobId];
        if (r.status == STATUS_PENDING) {
            disputableAt = _expiredForGood(r) ? block.timestamp : stalledAt + 1;
            if (block.timestamp < disputableAt) return (false, disputableAt);
            Round storage rs = $.rounds[jobId];
            rs.status = STATUS_TALLIED;
            rs.success = false;
            rs.quorum = false;
        } else if (r.status == STATUS_VOTING) {
            disputableAt = uint256(r.revealDeadline) + grace + 1;
            if (block.timestamp < disputableAt) return (false, disputableAt);
            _tally($, jobId, r);
        } else {
            revert InvalidRound(jobId, r.status);
        }
        emit ValidationAborted(jobId);
        return (true, disputableAt);
    }

    /// @dev Counts the votes of a round in VOTING, records the outcome and
    /// penalises the members who did not vote with it.
    function _tally(Layout storage $, uint256 jobId, Round memory r) private returns (bool success) {
        Round storage rs = $.rounds[jobId];
        uint16 full = uint16((1 << r.size) - 1);
        // Blacklisted addresses never pass: a member blacklisted since the
        // draw (its identity was cached at selection) does not count, and is
        // penalised like a member that did not reveal. The blacklist epoch
        // tells in one read whether anybody was blacklisted since.
        IIdentityRegistry ir = IIdentityRegistry($.identityRegistry);
        uint16 banned = ir.blacklistEpoch() == r.banEpoch ? 0 : _bannedSeats($, ir, jobId, r.size);
        if (banned != 0) {
            r.revealMask &= ~banned;
            r.approveMask &= ~banned;
            rs.revealMask = r.revealMask;
            rs.approveMask = r.approveMask;
        }

        uint256 reveals = _popcount(r.revealMask);
        uint256 approvals = _popcount(r.approveMask);
        uint256 rejections = reveals - approvals;
        uint256 needed = (uint256(r.size) * $.revealQuorumPct + 99) / 100;
        if (needed < $.revealQuorumMin) needed = $.revealQuorumMin;
        bool quorum = reveals >= needed && reveals != 0;
        success = quorum && approvals * 100 >= uint256($.approvalThreshold) * reveals;

        rs.status = STATUS_TALLIED;
        rs.success = success;
        rs.quorum = quorum;

        // Penalties: only in the unhappy paths, so the happy path stays cheap.
        uint16 majority = success ? r.approveMask : uint16(r.revealMask & ~r.approveMask);
        uint16 honest = quorum ? majority : r.revealMask;
        if (honest != full) _penalize($, jobId, r, honest);

        emit ValidationTallied(jobId, success, approvals, rejections);
        emit ValidationResult(jobId, success);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IValidationModule
    /// @dev The members who revealed the vote that won the tally; empty when
    /// there was no tally or the quorum was missed.
    function rewardees(uint256 jobId) external view returns (address[] memory out) {
        Layout storage $ = _layout();
        Round memory r = $.rounds[jobId];
        if (r.status != STATUS_TALLIED || !r.quorum) return out;
        uint16 mask = r.success ? r.approveMask : uint16(r.revealMask & ~r.approveMask);
        (address[] memory members,) = _members($, jobId, r.size);
        out = new address[](_popcount(mask));
        uint256 k;
        for (uint256 i; i < r.size; ++i) {
            if (mask & (1 << i) != 0) out[k++] = members[i];
        }
    }

    /// @notice v2: the nonce that goes into the outcome hash of `jobId`'s
    /// current round (1 for the first round).
    function jobNonce(uint256 jobId) external view returns (uint256) {
        return _layout().rounds[jobId].nonce;
    }

    /// @notice The committee of `jobId` (empty before selection).
    function validators(uint256 jobId) external view returns (address[] memory out) {
        Layout storage $ = _layout();
        uint256 size = $.rounds[jobId].status >= STATUS_VOTING ? $.rounds[jobId].size : 0;
        (out,) = _members($, jobId, size);
    }

    /// @notice The round of `jobId`: status (0 none, 1 awaiting selection,
    /// 2 voting, 3 tallied), selection block, deadlines, commit/reveal counts and outcome.
    function round(uint256 jobId)
        external
        view
        returns (
            uint8 status,
            uint256 selectionBlock,
            uint256 commitDeadline,
            uint256 revealDeadline,
            uint256 commits,
            uint256 reveals,
            uint256 approvals,
            bool success,
            bool quorum
        )
    {
        Round memory r = _layout().rounds[jobId];
        return (
            r.status,
            r.selectionBlock,
            r.commitDeadline,
            r.revealDeadline,
            _popcount(r.commitMask),
            _popcount(r.revealMask),
            _popcount(r.approveMask),
            r.success,
            r.quorum
        );
    }

    /// @notice The stored commitment of `validator` for `jobId` (zero after reveal).
    function commitments(uint256 jobId, address validator) external view returns (bytes32) {
        return _layout().commits[jobId][validator];
    }

    /// @notice v2 commit-hash domain separator for this deployment.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    function validatorPool() external view returns (address[] memory) {
        return _layout().pool;
    }

    function commitWindow() external view returns (uint256) {
        return _layout().commitWindow;
    }

    function revealWindow() external view returns (uint256) {
        return _layout().revealWindow;
    }

    function validatorsPerJob() external view returns (uint256) {
        return _layout().validatorsPerJob;
    }

    function approvalThreshold() external view returns (uint256) {
        return _layout().approvalThreshold;
    }

    function validatorSlashingPct() external view returns (uint256) {
        return _layout().slashingPct;
    }

    function revealQuorum() external view returns (uint256 pct, uint256 min) {
        return (_layout().revealQuorumPct, _layout().revealQuorumMin);
    }

    function minValidatorStake() external view returns (uint256) {
        return _layout().minValidatorStake;
    }

    function jobRegistry() external view returns (address) {
        return _layout().jobRegistry;
    }

    function stakeManager() external view returns (address) {
        return _layout().stakeManager;
    }

    function identityRegistry() external view returns (address) {
        return _layout().identityRegistry;
    }

    function reputationEngine() external view returns (address) {
        return _layout().reputationEngine;
    }

    // ---------------------------------------------------------------- owner

    /// @notice Sets the commit and reveal windows in seconds (each 1 minute .. 30 days).
    function setCommitRevealWindows(uint256 commitWindow_, uint256 revealWindow_) external onlyOwner {
        _range(commitWindow_, 1 minutes, 30 days);
        _range(revealWindow_, 1 minutes, 30 days);
        Layout storage $ = _layout();
        $.commitWindow = uint40(commitWindow_);
        $.revealWindow = uint40(revealWindow_);
        emit CommitRevealWindowsUpdated(commitWindow_, revealWindow_);
    }

    /// @notice Sets the committee size (1..16; production configs use at least 3).
    function setValidatorsPerJob(uint256 count) external onlyOwner {
        _range(count, 1, MAX_COMMITTEE);
        _layout().validatorsPerJob = uint8(count);
        emit ValidatorsPerJobUpdated(count);
    }

    /// @notice Sets the share of reveals (1..100 %) that must approve for success.
    function setApprovalThreshold(uint256 pct) external onlyOwner {
        _range(pct, 1, 100);
        _layout().approvalThreshold = uint8(pct);
        emit ApprovalThresholdUpdated(pct);
    }

    /// @notice Sets the share of stake (0..100 %) slashed from a validator that
    /// does not reveal or votes against the tally.
    function setValidatorSlashingPct(uint256 pct) external onlyOwner {
        _requirePct(pct);
        _layout().slashingPct = uint8(pct);
        emit ValidatorSlashingPctUpdated(pct);
    }

    /// @notice Sets the reveal quorum: at least `pct` % of the committee and at
    /// least `min` reveals.
    function setRevealQuorum(uint256 pct, uint256 min) external onlyOwner {
        _requirePct(pct);
        _range(min, 0, MAX_COMMITTEE);
        Layout storage $ = _layout();
        $.revealQuorumPct = uint8(pct);
        $.revealQuorumMin = uint8(min);
        emit RevealQuorumUpdated(pct, min);
    }

    /// @notice Replaces the validator pool (at most 128 distinct, non-zero addresses).
    function setValidatorPool(address[] calldata pool) external onlyOwner {
        _range(pool.length, 0, MAX_POOL);
        for (uint256 i; i < pool.length; ++i) {
            if (pool[i] == address(0)) revert ZeroAddress();
            for (uint256 j; j < i; ++j) {
                if (pool[j] == pool[i]) revert DuplicateValidator(pool[i]);
            }
        }
        _layout().pool = pool;
        emit ValidatorPoolUpdated(pool);
    }

    /// @notice Sets the validator stake needed to be drawn into a committee.
    function setMinValidatorStake(uint256 stake) external onlyOwner {
        _layout().minValidatorStake = stake;
        emit MinValidatorStakeUpdated(stake);
    }

    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    function setStakeManager(address module) external onlyOwner {
        _requireModule(module, "StakeManager");
        _layout().stakeManager = module;
        emit StakeManagerUpdated(module);
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

    // ---------------------------------------------------------------- internal

    /// @dev Stake-weighted draw without replacement. Candidates are drawn a
    /// committee at a time and screened in one IdentityRegistry call; seats
    /// lost to blacklisted candidates are drawn again. Bit i of `verified` is
    /// set when member i is on the validator allowlist.
    /// @dev The pool and its draw weights: stake at the end of `weightsBlock`
    /// (zero below the minimum), and zero for the job's own parties.
    function _weights(Layout storage $, uint256 jobId, uint256 weightsBlock)
        private
        view
        returns (address[] memory pool, uint256[] memory weights, uint256 total)
    {
        pool = $.pool;
        weights = IStakeManager($.stakeManager).validatorWeightsAt(pool, $.minValidatorStake, weightsBlock);
        (address employer, address agent) = IJobRegistry($.jobRegistry).jobParties(jobId);
        for (uint256 i; i < pool.length; ++i) {
            if (pool[i] == employer || pool[i] == agent) weights[i] = 0;
            total += weights[i];
        }
    }

    function _draw(Layout storage $, uint256 seed, address[] memory pool, uint256[] memory weights, uint256 total)
        private
        view
        returns (address[] memory committee, uint256 verified)
    {
        uint256 needed = $.validatorsPerJob;
        IIdentityRegistry ir = IIdentityRegistry($.identityRegistry);
        committee = new address[](needed);
        uint256 found;
        while (found < needed) {
            address[] memory batch;
            (batch, seed, total) = _pick(seed, pool, weights, total, needed - found);
            if (batch.length == 0) revert NotEnoughValidators(found, needed);
            (uint256 banned, uint256 allowed,) = ir.screenValidators(batch);
            for (uint256 k; k < batch.length; ++k) {
                if (banned & (1 << k) != 0) continue;
                if (allowed & (1 << k) != 0) verified |= 1 << found;
                committee[found++] = batch[k];
            }
        }
    }

    /// @dev Draws up to `want` candidates stake-weighted without replacement
    /// (their weights are zeroed); fewer when the pool runs out. Each pick
    /// hashes the seed forward.
    function _pick(uint256 seed, address[] memory pool, uint256[] memory weights, uint256 total, uint256 want)
        private
        pure
        returns (address[] memory batch, uint256, uint256)
    {
        batch = new address[](want);
        for (uint256 k; k < want; ++k) {
            if (total == 0) {
                // The pool ran out: return the candidates drawn so far; they
                // are screened and counted, and the next pass reverts.
                assembly ("memory-safe") {
                    mstore(batch, k)
                }
                break;
            }
            seed = uint256(keccak256(abi.encode(seed)));
            uint256 pick = seed % total;
            uint256 i;
            while (pick >= weights[i]) {
                pick -= weights[i];
                ++i;
            }
            total -= weights[i];
            weights[i] = 0;
            batch[k] = pool[i];
        }
        return (batch, seed, total);
    }

    /// @dev Re-arms the draw when its target block or the block two before it
    /// is older than 256 blocks (their hashes read as zero): the new target is
    /// TARGET_DELAY blocks ahead, so no caller picks a known block.
    function _rearm(Layout storage $, uint256 jobId, Round memory r) private returns (bool) {
        if (!_expired(r)) return false;
        if (r.rearms >= MAX_REARMS) revert SelectionExpired(jobId);
        uint256 next = block.number + TARGET_DELAY;
        Round storage rs = $.rounds[jobId];
        rs.selectionBlock = uint48(next);
        rs.rearms = r.rearms + 1;
        emit SelectionRearmed(jobId, next);
        return true;
    }

    /// @dev Whether the target's hashes can no longer be read.
    function _expired(Round memory r) private view returns (bool) {
        return block.number > uint256(r.selectionBlock) - TARGET_DELAY + 256;
    }

    /// @dev Whether the draw can never happen: expired with no re-arm left.
    function _expiredForGood(Round memory r) private view returns (bool) {
        return r.rearms >= MAX_REARMS && _expired(r);
    }

    /// @dev Returns the mixHash (PREVRANDAO) field of an RLP block header whose
    /// hash was checked against blockhash(target): field 13 of the header list.
    function _mixHash(bytes calldata h, uint256 target) private pure returns (bytes32) {
        if (h.length < 3 || uint8(h[0]) < 0xf8) revert InvalidHeader(target);
        uint256 p = 1 + uint8(h[0]) - 0xf7;
        for (uint256 i; i < 13; ++i) {
            uint256 b = uint8(h[p]);
            if (b < 0x80) {
                p += 1;
            } else if (b < 0xb8) {
                p += 1 + b - 0x80;
            } else if (b < 0xc0) {
                uint256 ll = b - 0xb7;
                uint256 len = uint256(bytes32(h[p + 1:p + 1 + ll])) >> (256 - 8 * ll);
                p += 1 + ll + len;
            } else {
                revert InvalidHeader(target);
            }
        }
        if (uint8(h[p]) != 0xa0) revert InvalidHeader(target);
        return bytes32(h[p + 1:p + 33]);
    }

    function _penalize(Layout storage $, uint256 jobId, Round memory r, uint16 honest) private {
        IStakeManager sm = IStakeManager($.stakeManager);
        IReputationEngine re = IReputationEngine($.reputationEngine);
        uint256 pct = $.slashingPct;
        (address[] memory members,) = _members($, jobId, r.size);
        for (uint256 i; i < r.size; ++i) {
            uint16 bit = uint16(1 << i);
            if (honest & bit != 0) continue;
            address v = members[i];
            uint256 slashed = pct == 0 ? 0 : sm.slashPct(v, uint8(IStakeManager.Role.Validator), pct);
            if (address(re) != address(0)) re.subtract(v, 1);
            emit ValidatorPenalized(jobId, v, slashed, r.revealMask & bit != 0);
        }
    }

    /// @dev Bit i is set when the member in seat i is blacklisted now.
    function _bannedSeats(Layout storage $, IIdentityRegistry ir, uint256 jobId, uint256 size)
        private
        view
        returns (uint16)
    {
        (address[] memory members,) = _members($, jobId, size);
        (uint256 banned,,) = ir.screenValidators(members);
        return uint16(banned);
    }

    /// @dev Finds the caller's seat; reverts when it has none.
    /// Reads only the words up to the caller's seat.
    function _seat(Layout storage $, uint256 jobId, uint256 size) private view returns (uint16 bit, bool verified) {
        mapping(uint256 => uint256) storage slots = $.seatWords[jobId];
        uint256 first = slots[0];
        for (uint256 i; i < size; ++i) {
            uint256 off = 16 + 160 * i;
            uint256 w = off >> 8;
            uint256 b = off & 255;
            uint256 v = (w == 0 ? first : slots[w]) >> b;
            if (b > 96) v |= slots[w + 1] << (256 - b);
            if (address(uint160(v)) == msg.sender) return (uint16(1 << i), first & (1 << i) != 0);
        }
        revert NotCommitteeMember(jobId, msg.sender);
    }

    /// @dev Packs the committee and its verified mask into seatWords.
    function _storeSeats(Layout storage $, uint256 jobId, address[] memory committee, uint256 verified) private {
        uint256 n = committee.length;
        uint256[] memory words = new uint256[]((16 + 160 * n + 255) / 256);
        words[0] = verified & 0xffff;
        for (uint256 i; i < n; ++i) {
            uint256 a = uint160(committee[i]);
            uint256 off = 16 + 160 * i;
            uint256 w = off >> 8;
            uint256 b = off & 255;
            words[w] |= a << b;
            if (b > 96) words[w + 1] |= a >> (256 - b);
        }
        mapping(uint256 => uint256) storage slots = $.seatWords[jobId];
        for (uint256 w; w < words.length; ++w) {
            slots[w] = words[w];
        }
    }

    /// @dev The first `size` seats of `jobId` and the verified mask.
    function _members(Layout storage $, uint256 jobId, uint256 size)
        private
        view
        returns (address[] memory members, uint16 verified)
    {
        members = new address[](size);
        if (size == 0) return (members, 0);
        mapping(uint256 => uint256) storage slots = $.seatWords[jobId];
        uint256 nw = (16 + 160 * size + 255) / 256;
        uint256[] memory words = new uint256[](nw);
        for (uint256 w; w < nw; ++w) {
            words[w] = slots[w];
        }
        verified = uint16(words[0]);
        for (uint256 i; i < size; ++i) {
            uint256 off = 16 + 160 * i;
            uint256 w = off >> 8;
            uint256 b = off & 255;
            uint256 v = words[w] >> b;
            if (b > 96) v |= words[w + 1] << (256 - b);
            members[i] = address(uint160(v));
        }
    }

    function _domainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("1"), address(this), block.chainid));
    }

    function _popcount(uint16 x) private pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            ++n;
        }
    }

    function _range(uint256 v, uint256 min, uint256 max) private pure {
        if (v < min || v > max) revert OutOfRange(v, min, max);
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
