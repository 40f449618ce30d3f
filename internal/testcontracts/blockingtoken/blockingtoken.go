// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package blockingtoken

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

// BlockingTokenMetaData contains all meta data concerning the BlockingToken contract.
var BlockingTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressBlocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"blocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isBlocked\",\"type\":\"bool\"}],\"name\":\"setBlocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BlockingToken",
	Bin: "0x60a06040523461034157610b3b6020813803918261001c81610345565b938492833981010312610341575160ff811681036103415761003e6040610345565b906008825267426c6f636b696e6760c01b602083015261005e6040610345565b6003815262424c4b60e81b602082015282519091906001600160401b03811161024757600354600181811c91168015610337575b602082101461022957601f81116102c9575b506020601f821160011461026657819293945f9261025b575b50508160011b915f199060031b1c1916176003555b81516001600160401b03811161024757600454600181811c9116801561023d575b602082101461022957601f81116101bb575b50602092601f821160011461015a57928192935f9261014f575b50508160011b915f199060031b1c1916176004555b6080526040516107d0908161036b8239608051816103d60152f35b015190505f8061011f565b601f1982169360045f52805f20915f5b8681106101a3575083600195961061018b575b505050811b01600455610134565b01515f1960f88460031b161c191690555f808061017d565b9192602060018192868501518155019401920161016a565b818111156101055760045f52601f820160051c7f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b60208410610221575b81601f9101920160051c03905f5b828110610214575050610105565b5f82820155600101610206565b5f91506101f8565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100f3565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100bd565b601f1982169060035f52805f20915f5b8181106102b157509583600195969710610299575b505050811b016003556100d2565b01515f1960f88460031b161c191690555f808061028b565b9192602060018192868b015181550194019201610276565b818111156100a45760035f52601f820160051c7fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b6020841061032f575b81601f9101920160051c03905f5b8281106103225750506100a4565b5f82820155600101610314565b5f9150610306565b90607f1690610092565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102475760405256fe60806040526004361015610011575f80fd5b5f3560e01c80620af2a11461064a57806306fdde0314610578578063095ea7b3146104f657806318160ddd146104d957806323b872dd146103fa578063313ce567146103bd57806340c10f19146102b057806370a082311461027957806395d89b411461015e578063a9059cbb1461012d578063dd62ed3e146100dd5763e59621951461009c575f80fd5b346100d95760203660031901126100d9576001600160a01b036100bd610695565b165f526005602052602060ff60405f2054166040519015158152f35b5f80fd5b346100d95760403660031901126100d9576100f6610695565b6100fe6106ab565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b346100d95760403660031901126100d957610153610149610695565b60243590336106eb565b602060405160018152f35b346100d9575f3660031901126100d9576040515f6004548060011c9060018116801561026f575b60208310811461025b5782855290811561023f57506001146101ea575b50819003601f01601f191681019067ffffffffffffffff8211818310176101d6576101d2829182604052826106c1565b0390f35b634e487b7160e01b5f52604160045260245ffd5b905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b5f905b828210610229575060209150820101826101a2565b6001816020925483858801015201910190610214565b90506020925060ff191682840152151560051b820101826101a2565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610185565b346100d95760203660031901126100d9576001600160a01b0361029a610695565b165f525f602052602060405f2054604051908152f35b346100d95760403660031901126100d9576102c9610695565b6001600160a01b031660243581156103aa575f805260056020527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc5460ff1661039757815f52600560205260ff60405f20541661038457600254908082018092116103705760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b506371fa9c9960e01b5f5260045260245ffd5b6371fa9c9960e01b5f525f60045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b346100d9575f3660031901126100d957602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100d95760603660031901126100d957610413610695565b61041b6106ab565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610459575b5061015393506106eb565b8381106104be5784156104ab57331561049857610153945f52600160205260405f2060018060a01b0333165f526020528360405f20910390558461044e565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b346100d9575f3660031901126100d9576020600254604051908152f35b346100d95760403660031901126100d95761050f610695565b6024359033156104ab576001600160a01b031690811561049857335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b346100d9575f3660031901126100d9576040515f6003548060011c90600181168015610640575b60208310811461025b5782855290811561023f57506001146105eb5750819003601f01601f191681019067ffffffffffffffff8211818310176101d6576101d2829182604052826106c1565b905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b5f905b82821061062a575060209150820101826101a2565b6001816020925483858801015201910190610615565b91607f169161059f565b346100d95760403660031901126100d957610663610695565b602435908115158092036100d95760018060a01b03165f52600560205260405f209060ff801983541691161790555f80f35b600435906001600160a01b03821682036100d957565b602435906001600160a01b03821682036100d957565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b6001600160a01b03169081156107bd576001600160a01b03169182156103aa57815f52600560205260ff60405f20541661038457825f52600560205260ff60405f2054166107aa57815f525f60205260405f205481811061079157817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b826371fa9c9960e01b5f5260045260245ffd5b634b637e8f60e11b5f525f60045260245ffd",
}

// BlockingToken is an auto generated Go binding around an Ethereum contract.
type BlockingToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlockingToken) GetABI() abi.ABI {
	return c.abi
}

// NewBlockingToken creates a new instance of BlockingToken.
func NewBlockingToken() *BlockingToken {
	parsed, err := BlockingTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlockingToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlockingToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_) returns()
func (blockingToken *BlockingToken) PackConstructor(decimals_ uint8) []byte {
	enc, err := blockingToken.abi.Pack("", decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blockingToken *BlockingToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := blockingToken.abi.Pack("allowance", owner, spender)
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
func (blockingToken *BlockingToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return blockingToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (blockingToken *BlockingToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := blockingToken.abi.Unpack("allowance", data)
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
func (blockingToken *BlockingToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := blockingToken.abi.Pack("approve", spender, value)
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
func (blockingToken *BlockingToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return blockingToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (blockingToken *BlockingToken) UnpackApprove(data []byte) (bool, error) {
	out, err := blockingToken.abi.Unpack("approve", data)
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
func (blockingToken *BlockingToken) PackBalanceOf(account common.Address) []byte {
	enc, err := blockingToken.abi.Pack("balanceOf", account)
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
func (blockingToken *BlockingToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return blockingToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (blockingToken *BlockingToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := blockingToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blocked(address account) view returns(bool)
func (blockingToken *BlockingToken) PackBlocked(account common.Address) []byte {
	enc, err := blockingToken.abi.Pack("blocked", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5962195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blocked(address account) view returns(bool)
func (blockingToken *BlockingToken) TryPackBlocked(account common.Address) ([]byte, error) {
	return blockingToken.abi.Pack("blocked", account)
}

// UnpackBlocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5962195.
//
// Solidity: function blocked(address account) view returns(bool)
func (blockingToken *BlockingToken) UnpackBlocked(data []byte) (bool, error) {
	out, err := blockingToken.abi.Unpack("blocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (blockingToken *BlockingToken) PackDecimals() []byte {
	enc, err := blockingToken.abi.Pack("decimals")
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
func (blockingToken *BlockingToken) TryPackDecimals() ([]byte, error) {
	return blockingToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (blockingToken *BlockingToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := blockingToken.abi.Unpack("decimals", data)
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
func (blockingToken *BlockingToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := blockingToken.abi.Pack("mint", to, amount)
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
func (blockingToken *BlockingToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return blockingToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (blockingToken *BlockingToken) PackName() []byte {
	enc, err := blockingToken.abi.Pack("name")
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
func (blockingToken *BlockingToken) TryPackName() ([]byte, error) {
	return blockingToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (blockingToken *BlockingToken) UnpackName(data []byte) (string, error) {
	out, err := blockingToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (blockingToken *BlockingToken) PackSetBlocked(account common.Address, isBlocked bool) []byte {
	enc, err := blockingToken.abi.Pack("setBlocked", account, isBlocked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBlocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000af2a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBlocked(address account, bool isBlocked) returns()
func (blockingToken *BlockingToken) TryPackSetBlocked(account common.Address, isBlocked bool) ([]byte, error) {
	return blockingToken.abi.Pack("setBlocked", account, isBlocked)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (blockingToken *BlockingToken) PackSymbol() []byte {
	enc, err := blockingToken.abi.Pack("symbol")
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
func (blockingToken *BlockingToken) TryPackSymbol() ([]byte, error) {
	return blockingToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (blockingToken *BlockingToken) UnpackSymbol(data []byte) (string, error) {
	out, err := blockingToken.abi.Unpack("symbol", data)
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
func (blockingToken *BlockingToken) PackTotalSupply() []byte {
	enc, err := blockingToken.abi.Pack("totalSupply")
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
func (blockingToken *BlockingToken) TryPackTotalSupply() ([]byte, error) {
	return blockingToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (blockingToken *BlockingToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := blockingToken.abi.Unpack("totalSupply", data)
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
func (blockingToken *BlockingToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := blockingToken.abi.Pack("transfer", to, value)
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
func (blockingToken *BlockingToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return blockingToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (blockingToken *BlockingToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := blockingToken.abi.Unpack("transfer", data)
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
func (blockingToken *BlockingToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := blockingToken.abi.Pack("transferFrom", from, to, value)
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
func (blockingToken *BlockingToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return blockingToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (blockingToken *BlockingToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := blockingToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// BlockingTokenApproval represents a Approval event raised by the BlockingToken contract.
type BlockingTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const BlockingTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (BlockingTokenApproval) ContractEventName() string {
	return BlockingTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (blockingToken *BlockingToken) UnpackApprovalEvent(log *types.Log) (*BlockingTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blockingToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlockingTokenApproval)
	if len(log.Data) > 0 {
		if err := blockingToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blockingToken.abi.Events[event].Inputs {
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

// BlockingTokenTransfer represents a Transfer event raised by the BlockingToken contract.
type BlockingTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const BlockingTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (BlockingTokenTransfer) ContractEventName() string {
	return BlockingTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (blockingToken *BlockingToken) UnpackTransferEvent(log *types.Log) (*BlockingTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blockingToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlockingTokenTransfer)
	if len(log.Data) > 0 {
		if err := blockingToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blockingToken.abi.Events[event].Inputs {
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
func (blockingToken *BlockingToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["AddressBlocked"].ID.Bytes()[:4]) {
		return blockingToken.UnpackAddressBlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], blockingToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return blockingToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlockingTokenAddressBlocked represents a AddressBlocked error raised by the BlockingToken contract.
type BlockingTokenAddressBlocked struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressBlocked(address account)
func BlockingTokenAddressBlockedErrorID() common.Hash {
	return common.HexToHash("0x71fa9c99da9552de60a9ccf693f5a91456cbb8c205c8e532b1f55339903543cf")
}

// UnpackAddressBlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressBlocked(address account)
func (blockingToken *BlockingToken) UnpackAddressBlockedError(raw []byte) (*BlockingTokenAddressBlocked, error) {
	out := new(BlockingTokenAddressBlocked)
	if err := blockingToken.abi.UnpackIntoInterface(out, "AddressBlocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the BlockingToken contract.
type BlockingTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func BlockingTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (blockingToken *BlockingToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*BlockingTokenERC20InsufficientAllowance, error) {
	out := new(BlockingTokenERC20InsufficientAllowance)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the BlockingToken contract.
type BlockingTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func BlockingTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (blockingToken *BlockingToken) UnpackERC20InsufficientBalanceError(raw []byte) (*BlockingTokenERC20InsufficientBalance, error) {
	out := new(BlockingTokenERC20InsufficientBalance)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the BlockingToken contract.
type BlockingTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func BlockingTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (blockingToken *BlockingToken) UnpackERC20InvalidApproverError(raw []byte) (*BlockingTokenERC20InvalidApprover, error) {
	out := new(BlockingTokenERC20InvalidApprover)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the BlockingToken contract.
type BlockingTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func BlockingTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (blockingToken *BlockingToken) UnpackERC20InvalidReceiverError(raw []byte) (*BlockingTokenERC20InvalidReceiver, error) {
	out := new(BlockingTokenERC20InvalidReceiver)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the BlockingToken contract.
type BlockingTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func BlockingTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (blockingToken *BlockingToken) UnpackERC20InvalidSenderError(raw []byte) (*BlockingTokenERC20InvalidSender, error) {
	out := new(BlockingTokenERC20InvalidSender)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockingTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the BlockingToken contract.
type BlockingTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func BlockingTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (blockingToken *BlockingToken) UnpackERC20InvalidSpenderError(raw []byte) (*BlockingTokenERC20InvalidSpender, error) {
	out := new(BlockingTokenERC20InvalidSpender)
	if err := blockingToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
