// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package agialphatoken

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

// AGIALPHATokenMetaData contains all meta data concerning the AGIALPHAToken contract.
var AGIALPHATokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burnFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AGIALPHAToken",
	Bin: "0x6080604052346103a957610d456020813803918261001c816103ad565b9384928339810103126103a957516001600160a01b038116908190036103a95761004660406103ad565b90600982526841474920414c50484160b81b602083015261006760406103ad565b6008815267414749414c50484160c01b602082015282519091906001600160401b0381116102af57600354600181811c9116801561039f575b602082101461029157601f8111610331575b506020601f82116001146102ce57819293945f926102c3575b50508160011b915f199060031b1c1916176003555b81516001600160401b0381116102af57600454600181811c911680156102a5575b602082101461029157601f8111610223575b50602092601f82116001146101c257928192935f926101b7575b50508160011b915f199060031b1c1916176004555b80156101a457600680546001600160a01b0319908116909155600580549182168317905560405191906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a361097290816103d38239f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061012d565b601f1982169360045f52805f20915f5b86811061020b57508360019596106101f3575b505050811b01600455610142565b01515f1960f88460031b161c191690555f80806101e5565b919260206001819286850151815501940192016101d2565b818111156101135760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610289575b81601f9101920160051c03905f5b82811061027c575050610113565b5f8282015560010161026e565b5f9150610260565b634e487b7160e01b5f52602260045260245ffd5b90607f1690610101565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100cb565b601f1982169060035f52805f20915f5b81811061031957509583600195969710610301575b505050811b016003556100e0565b01515f1960f88460031b161c191690555f80806102f3565b9192602060018192868b0151815501940192016102de565b818111156100b25760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b60208410610397575b81601f9101920160051c03905f5b82811061038a5750506100b2565b5f8282015560010161037c565b5f915061036e565b90607f16906100a0565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102af5760405256fe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461066857508063095ea7b3146105c057806318160ddd146105a357806323b872dd1461056b578063313ce5671461055057806340c10f19146104a457806342966c681461048757806370a0823114610450578063715018a6146103eb57806379ba50971461036557806379cc6790146103335780638da5cb5b1461030b57806395d89b41146101f0578063a9059cbb146101bf578063dd62ed3e1461016f578063e30c3978146101475763f2fde38b146100d7575f80fd5b34610143576020366003190112610143576100f0610761565b6100f86108da565b600680546001600160a01b0319166001600160a01b039283169081179091556005549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b5f80fd5b34610143575f366003190112610143576006546040516001600160a01b039091168152602090f35b3461014357604036600319011261014357610188610761565b610190610777565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b34610143576040366003190112610143576101e56101db610761565b6024359033610830565b602060405160018152f35b34610143575f366003190112610143576040515f6004548060011c90600181168015610301575b6020831081146102ed578285529081156102d1575060011461027c575b50819003601f01601f191681019067ffffffffffffffff8211818310176102685761026482918260405282610737565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b8282106102bb57506020915082010182610234565b60018160209254838588010152019101906102a6565b90506020925060ff191682840152151560051b82010182610234565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610217565b34610143575f366003190112610143576005546040516001600160a01b039091168152602090f35b346101435760403660031901126101435761036361034f610761565b6024359061035e82338361078d565b6108ee565b005b34610143575f36600319011261014357600654336001600160a01b03909116036103d857600680546001600160a01b0319908116909155600580543392811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b63118cdaa760e01b5f523360045260245ffd5b34610143575f366003190112610143576104036108da565b600680546001600160a01b03199081169091556005805491821690555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b34610143576020366003190112610143576001600160a01b03610471610761565b165f525f602052602060405f2054604051908152f35b3461014357602036600319011261014357610363600435336108ee565b34610143576040366003190112610143576104bd610761565b602435906104c96108da565b6001600160a01b031690811561053d57600254908082018092116105295760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b34610143575f36600319011261014357602060405160128152f35b34610143576060366003190112610143576101e5610587610761565b61058f610777565b6044359161059e83338361078d565b610830565b34610143575f366003190112610143576020600254604051908152f35b34610143576040366003190112610143576105d9610761565b602435903315610655576001600160a01b031690811561064257335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b34610143575f366003190112610143575f6003548060011c9060018116801561072d575b6020831081146102ed578285529081156102d157506001146106d85750819003601f01601f191681019067ffffffffffffffff8211818310176102685761026482918260405282610737565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061071757506020915082010182610234565b6001816020925483858801015201910190610702565b91607f169161068c565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361014357565b602435906001600160a01b038216820361014357565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f1984106107c7575b50505050565b82841061080d578015610655576001600160a01b03821615610642575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f8080806107c1565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b03169081156108c7576001600160a01b031691821561053d57815f525f60205260405f20548181106108ae57817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b6005546001600160a01b031633036103d857565b9091906001600160a01b031680156108c757805f525f60205260405f2054838110610958576020845f94957fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef938587528684520360408620558060025403600255604051908152a3565b915063391434e360e21b5f5260045260245260445260645ffd",
}

// AGIALPHAToken is an auto generated Go binding around an Ethereum contract.
type AGIALPHAToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AGIALPHAToken) GetABI() abi.ABI {
	return c.abi
}

// NewAGIALPHAToken creates a new instance of AGIALPHAToken.
func NewAGIALPHAToken() *AGIALPHAToken {
	parsed, err := AGIALPHATokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AGIALPHAToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AGIALPHAToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (aGIALPHAToken *AGIALPHAToken) PackConstructor(owner_ common.Address) []byte {
	enc, err := aGIALPHAToken.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (aGIALPHAToken *AGIALPHAToken) PackAcceptOwnership() []byte {
	enc, err := aGIALPHAToken.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackAcceptOwnership() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("acceptOwnership")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := aGIALPHAToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := aGIALPHAToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) UnpackApprove(data []byte) (bool, error) {
	out, err := aGIALPHAToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) PackBalanceOf(account common.Address) []byte {
	enc, err := aGIALPHAToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := aGIALPHAToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (aGIALPHAToken *AGIALPHAToken) PackBurn(value *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("burn", value)
}

// PackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (aGIALPHAToken *AGIALPHAToken) PackBurnFrom(account common.Address, value *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("burnFrom", account, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79cc6790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnFrom(address account, uint256 value) returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackBurnFrom(account common.Address, value *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("burnFrom", account, value)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aGIALPHAToken *AGIALPHAToken) PackDecimals() []byte {
	enc, err := aGIALPHAToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (aGIALPHAToken *AGIALPHAToken) TryPackDecimals() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aGIALPHAToken *AGIALPHAToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aGIALPHAToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (aGIALPHAToken *AGIALPHAToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) PackName() []byte {
	enc, err := aGIALPHAToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) TryPackName() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) UnpackName(data []byte) (string, error) {
	out, err := aGIALPHAToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) PackOwner() []byte {
	enc, err := aGIALPHAToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) TryPackOwner() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aGIALPHAToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) PackPendingOwner() []byte {
	enc, err := aGIALPHAToken.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) TryPackPendingOwner() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (aGIALPHAToken *AGIALPHAToken) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := aGIALPHAToken.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (aGIALPHAToken *AGIALPHAToken) PackRenounceOwnership() []byte {
	enc, err := aGIALPHAToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackRenounceOwnership() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) PackSymbol() []byte {
	enc, err := aGIALPHAToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) TryPackSymbol() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (aGIALPHAToken *AGIALPHAToken) UnpackSymbol(data []byte) (string, error) {
	out, err := aGIALPHAToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) PackTotalSupply() []byte {
	enc, err := aGIALPHAToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) TryPackTotalSupply() ([]byte, error) {
	return aGIALPHAToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (aGIALPHAToken *AGIALPHAToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := aGIALPHAToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := aGIALPHAToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := aGIALPHAToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aGIALPHAToken *AGIALPHAToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := aGIALPHAToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aGIALPHAToken *AGIALPHAToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := aGIALPHAToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aGIALPHAToken *AGIALPHAToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return aGIALPHAToken.abi.Pack("transferOwnership", newOwner)
}

// AGIALPHATokenApproval represents a Approval event raised by the AGIALPHAToken contract.
type AGIALPHATokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AGIALPHATokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AGIALPHATokenApproval) ContractEventName() string {
	return AGIALPHATokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (aGIALPHAToken *AGIALPHAToken) UnpackApprovalEvent(log *types.Log) (*AGIALPHATokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aGIALPHAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AGIALPHATokenApproval)
	if len(log.Data) > 0 {
		if err := aGIALPHAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aGIALPHAToken.abi.Events[event].Inputs {
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

// AGIALPHATokenOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the AGIALPHAToken contract.
type AGIALPHATokenOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AGIALPHATokenOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (AGIALPHATokenOwnershipTransferStarted) ContractEventName() string {
	return AGIALPHATokenOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (aGIALPHAToken *AGIALPHAToken) UnpackOwnershipTransferStartedEvent(log *types.Log) (*AGIALPHATokenOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aGIALPHAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AGIALPHATokenOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := aGIALPHAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aGIALPHAToken.abi.Events[event].Inputs {
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

// AGIALPHATokenOwnershipTransferred represents a OwnershipTransferred event raised by the AGIALPHAToken contract.
type AGIALPHATokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AGIALPHATokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AGIALPHATokenOwnershipTransferred) ContractEventName() string {
	return AGIALPHATokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (aGIALPHAToken *AGIALPHAToken) UnpackOwnershipTransferredEvent(log *types.Log) (*AGIALPHATokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aGIALPHAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AGIALPHATokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aGIALPHAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aGIALPHAToken.abi.Events[event].Inputs {
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

// AGIALPHATokenTransfer represents a Transfer event raised by the AGIALPHAToken contract.
type AGIALPHATokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AGIALPHATokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AGIALPHATokenTransfer) ContractEventName() string {
	return AGIALPHATokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (aGIALPHAToken *AGIALPHAToken) UnpackTransferEvent(log *types.Log) (*AGIALPHATokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aGIALPHAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AGIALPHATokenTransfer)
	if len(log.Data) > 0 {
		if err := aGIALPHAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aGIALPHAToken.abi.Events[event].Inputs {
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
func (aGIALPHAToken *AGIALPHAToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aGIALPHAToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return aGIALPHAToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AGIALPHATokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AGIALPHATokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*AGIALPHATokenERC20InsufficientAllowance, error) {
	out := new(AGIALPHATokenERC20InsufficientAllowance)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AGIALPHATokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InsufficientBalanceError(raw []byte) (*AGIALPHATokenERC20InsufficientBalance, error) {
	out := new(AGIALPHATokenERC20InsufficientBalance)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AGIALPHATokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InvalidApproverError(raw []byte) (*AGIALPHATokenERC20InvalidApprover, error) {
	out := new(AGIALPHATokenERC20InvalidApprover)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AGIALPHATokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InvalidReceiverError(raw []byte) (*AGIALPHATokenERC20InvalidReceiver, error) {
	out := new(AGIALPHATokenERC20InvalidReceiver)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenERC20InvalidSender represents a ERC20InvalidSender error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AGIALPHATokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InvalidSenderError(raw []byte) (*AGIALPHATokenERC20InvalidSender, error) {
	out := new(AGIALPHATokenERC20InvalidSender)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AGIALPHAToken contract.
type AGIALPHATokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AGIALPHATokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (aGIALPHAToken *AGIALPHAToken) UnpackERC20InvalidSpenderError(raw []byte) (*AGIALPHATokenERC20InvalidSpender, error) {
	out := new(AGIALPHATokenERC20InvalidSpender)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the AGIALPHAToken contract.
type AGIALPHATokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func AGIALPHATokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (aGIALPHAToken *AGIALPHAToken) UnpackOwnableInvalidOwnerError(raw []byte) (*AGIALPHATokenOwnableInvalidOwner, error) {
	out := new(AGIALPHATokenOwnableInvalidOwner)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AGIALPHATokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the AGIALPHAToken contract.
type AGIALPHATokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func AGIALPHATokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (aGIALPHAToken *AGIALPHAToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*AGIALPHATokenOwnableUnauthorizedAccount, error) {
	out := new(AGIALPHATokenOwnableUnauthorizedAccount)
	if err := aGIALPHAToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
