// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontract

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// EmitterMetaData contains all meta data concerning the Emitter contract.
var EmitterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"Ping\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"count\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"failAfter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"code\",\"type\":\"uint256\"}],\"name\":\"failCustom\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"}],\"name\":\"failPanic\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"failString\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"ping\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Emitter",
	Bin: "0x6080604052348015600e575f5ffd5b506103458061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806306661abd14610064578063110023401461007e57806374df253a14610093578063a7b8133a146100a6578063cba2a316146100b9578063f8f50b81146100cc575b5f5ffd5b61006c5f5481565b60405190815260200160405180910390f35b61009161008c3660046101f4565b6100d4565b005b61006c6100a13660046101f4565b61011c565b6100916100b43660046101f4565b61012e565b6100916100c736600461020b565b610150565b6100916101c3565b805f5410610106575f54604051638626cc0360e01b815233600482015260248101919091526044015b60405180910390fd5b5f8054908061011483610282565b919050555050565b5f6101288260016102a6565b92915050565b604051638626cc0360e01b8152336004820152602481018290526044016100fd565b5f8054905b848110156101bb578161016781610282565b6040519093505f9150339084907f7948e606da68bc35a2cee153a0e23017a0cb37564074f808e27df662bdc07aaf906101ab9086908690819086908d908d906102c5565b60405180910390a4600101610155565b505f55505050565b60405162461bcd60e51b81526004016100fd906020808252600490820152636e6f706560e01b604082015260600190565b5f60208284031215610204575f5ffd5b5035919050565b5f5f5f6040848603121561021d575f5ffd5b83359250602084013567ffffffffffffffff81111561023a575f5ffd5b8401601f8101861361024a575f5ffd5b803567ffffffffffffffff811115610260575f5ffd5b866020828401011115610271575f5ffd5b939660209190910195509293505050565b5f6001820161029f57634e487b7160e01b5f52601160045260245ffd5b5060010190565b5f826102c057634e487b7160e01b5f52601260045260245ffd5b500490565b86815285602082015284604082015283606082015260a060808201528160a0820152818360c08301375f81830160c090810191909152601f909201601f191601019594505050505056fea26469706673582212208daf6552cdee22523e21f29ba9d72cbd32d96ee581bd1701fa5780487b9980e064736f6c63430008250033",
}

// Emitter is an auto generated Go binding around an Ethereum contract.
type Emitter struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Emitter) GetABI() abi.ABI {
	return c.abi
}

// NewEmitter creates a new instance of Emitter.
func NewEmitter() *Emitter {
	parsed, err := EmitterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Emitter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Emitter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function count() view returns(uint256)
func (emitter *Emitter) PackCount() []byte {
	enc, err := emitter.abi.Pack("count")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06661abd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function count() view returns(uint256)
func (emitter *Emitter) TryPackCount() ([]byte, error) {
	return emitter.abi.Pack("count")
}

// UnpackCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06661abd.
//
// Solidity: function count() view returns(uint256)
func (emitter *Emitter) UnpackCount(data []byte) (*big.Int, error) {
	out, err := emitter.abi.Unpack("count", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFailAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11002340.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failAfter(uint256 limit) returns()
func (emitter *Emitter) PackFailAfter(limit *big.Int) []byte {
	enc, err := emitter.abi.Pack("failAfter", limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailAfter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11002340.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failAfter(uint256 limit) returns()
func (emitter *Emitter) TryPackFailAfter(limit *big.Int) ([]byte, error) {
	return emitter.abi.Pack("failAfter", limit)
}

// PackFailCustom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7b8133a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failCustom(uint256 code) view returns()
func (emitter *Emitter) PackFailCustom(code *big.Int) []byte {
	enc, err := emitter.abi.Pack("failCustom", code)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailCustom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7b8133a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failCustom(uint256 code) view returns()
func (emitter *Emitter) TryPackFailCustom(code *big.Int) ([]byte, error) {
	return emitter.abi.Pack("failCustom", code)
}

// PackFailPanic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74df253a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failPanic(uint256 a) pure returns(uint256)
func (emitter *Emitter) PackFailPanic(a *big.Int) []byte {
	enc, err := emitter.abi.Pack("failPanic", a)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailPanic is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74df253a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failPanic(uint256 a) pure returns(uint256)
func (emitter *Emitter) TryPackFailPanic(a *big.Int) ([]byte, error) {
	return emitter.abi.Pack("failPanic", a)
}

// UnpackFailPanic is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74df253a.
//
// Solidity: function failPanic(uint256 a) pure returns(uint256)
func (emitter *Emitter) UnpackFailPanic(data []byte) (*big.Int, error) {
	out, err := emitter.abi.Unpack("failPanic", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFailString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8f50b81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failString() pure returns()
func (emitter *Emitter) PackFailString() []byte {
	enc, err := emitter.abi.Pack("failString")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailString is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8f50b81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failString() pure returns()
func (emitter *Emitter) TryPackFailString() ([]byte, error) {
	return emitter.abi.Pack("failString")
}

// PackPing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcba2a316.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ping(uint256 n, string uri) returns()
func (emitter *Emitter) PackPing(n *big.Int, uri string) []byte {
	enc, err := emitter.abi.Pack("ping", n, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcba2a316.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ping(uint256 n, string uri) returns()
func (emitter *Emitter) TryPackPing(n *big.Int, uri string) ([]byte, error) {
	return emitter.abi.Pack("ping", n, uri)
}

// EmitterPing represents a Ping event raised by the Emitter contract.
type EmitterPing struct {
	Id       *big.Int
	Employer common.Address
	Agent    common.Address
	Reward   *big.Int
	Stake    *big.Int
	Fee      *big.Int
	SpecHash [32]byte
	Uri      string
	Raw      *types.Log // Blockchain specific contextual infos
}

const EmitterPingEventName = "Ping"

// ContractEventName returns the user-defined event name.
func (EmitterPing) ContractEventName() string {
	return EmitterPingEventName
}

// UnpackPingEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Ping(uint256 indexed id, address indexed employer, address indexed agent, uint256 reward, uint256 stake, uint256 fee, bytes32 specHash, string uri)
func (emitter *Emitter) UnpackPingEvent(log *types.Log) (*EmitterPing, error) {
	event := "Ping"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != emitter.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EmitterPing)
	if len(log.Data) > 0 {
		if err := emitter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range emitter.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (emitter *Emitter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], emitter.abi.Errors["NotAllowed"].ID.Bytes()[:4]) {
		return emitter.UnpackNotAllowedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EmitterNotAllowed represents a NotAllowed error raised by the Emitter contract.
type EmitterNotAllowed struct {
	Caller common.Address
	Code   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowed(address caller, uint256 code)
func EmitterNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x8626cc03991f4dbbb34a0077f5b4d9d6fbeb0aecdd7045d78597298e05f17e1c")
}

// UnpackNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowed(address caller, uint256 code)
func (emitter *Emitter) UnpackNotAllowedError(raw []byte) (*EmitterNotAllowed, error) {
	out := new(EmitterNotAllowed)
	if err := emitter.abi.UnpackIntoInterface(out, "NotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}
