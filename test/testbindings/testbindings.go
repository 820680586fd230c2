// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// IQuoteVerifierTdReport is an auto generated low-level Go binding around an user-defined struct.
type IQuoteVerifierTdReport struct {
	TeeTcbSvn     [16]byte
	MrTd          []byte
	RtMr0         []byte
	RtMr1         []byte
	RtMr2         []byte
	RtMr3         []byte
	MrConfigId    []byte
	MrOwner       []byte
	MrOwnerConfig []byte
	Xfam          [8]byte
	TdAttributes  [8]byte
	ReportData    []byte
}

// IQuoteVerifierVerdict is an auto generated low-level Go binding around an user-defined struct.
type IQuoteVerifierVerdict struct {
	Valid       bool
	Failure     [32]byte
	TcbStatus   uint8
	AdvisoryIds []string
	Report      IQuoteVerifierTdReport
}

// MockQuoteVerifierMetaData contains all meta data concerning the MockQuoteVerifier contract.
var MockQuoteVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"name\":\"encode\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"passed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"}],\"name\":\"verifyQuote\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610b708061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063067fa76c1461004e578063305f72b71461007757806338b2988a1461008e5780637c9d9d47146100ae575b5f5ffd5b61006161005c3660046106bb565b6100e0565b60405161006e91906107d0565b60405180910390f35b61008060015481565b60405190815260200161006e565b6100a161009c3660046107e2565b610109565b60405161006e91906109da565b6100d06100bc366004610aee565b5f6020819052908152604090205460ff1681565b604051901515815260200161006e565b6060816040516020016100f391906109da565b6040516020818303038152906040529050919050565b610111610180565b61011d828401846106bb565b600180549192505f61012e83610b05565b909155505080511561017a5760015f5f858560405161014e929190610b61565b604051809103902081526020019081526020015f205f6101000a81548160ff0219169083151502179055505b92915050565b6040805160a0810182525f8082526020820181905290918201908152602001606081526020016102506040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b905290565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610180810167ffffffffffffffff811182821017156102a6576102a6610255565b60405290565b60405160a0810167ffffffffffffffff811182821017156102a6576102a6610255565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561031657610316610255565b604052919050565b80356007811061032c575f5ffd5b919050565b5f5f67ffffffffffffffff84111561034b5761034b610255565b50601f83017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200161037e816102cf565b915050828152838383011115610392575f5ffd5b828260208301375f602084830101529392505050565b5f82601f8301126103b7575f5ffd5b813567ffffffffffffffff8111156103d1576103d1610255565b8060051b6103e1602082016102cf565b918252602081850181019290810190868411156103fc575f5ffd5b6020860192505b8383101561045557823567ffffffffffffffff811115610421575f5ffd5b8601603f81018813610431575f5ffd5b61044388602083013560408401610331565b83525060209283019290910190610403565b9695505050505050565b80357fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461032c575f5ffd5b5f82601f83011261049d575f5ffd5b6104ac83833560208501610331565b9392505050565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116811461032c575f5ffd5b5f61018082840312156104f3575f5ffd5b6104fb610282565b90506105068261045f565b8152602082013567ffffffffffffffff811115610521575f5ffd5b61052d8482850161048e565b602083015250604082013567ffffffffffffffff81111561054c575f5ffd5b6105588482850161048e565b604083015250606082013567ffffffffffffffff811115610577575f5ffd5b6105838482850161048e565b606083015250608082013567ffffffffffffffff8111156105a2575f5ffd5b6105ae8482850161048e565b60808301525060a082013567ffffffffffffffff8111156105cd575f5ffd5b6105d98482850161048e565b60a08301525060c082013567ffffffffffffffff8111156105f8575f5ffd5b6106048482850161048e565b60c08301525060e082013567ffffffffffffffff811115610623575f5ffd5b61062f8482850161048e565b60e08301525061010082013567ffffffffffffffff81111561064f575f5ffd5b61065b8482850161048e565b6101008301525061066f61012083016104b3565b61012082015261068261014083016104b3565b61014082015261016082013567ffffffffffffffff8111156106a2575f5ffd5b6106ae8482850161048e565b6101608301525092915050565b5f602082840312156106cb575f5ffd5b813567ffffffffffffffff8111156106e1575f5ffd5b820160a081850312156106f2575f5ffd5b6106fa6102ac565b81358015158114610709575f5ffd5b8152602082810135908201526107216040830161031e565b6040820152606082013567ffffffffffffffff81111561073f575f5ffd5b61074b868285016103a8565b606083015250608082013567ffffffffffffffff81111561076a575f5ffd5b610776868285016104e2565b608083015250949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6104ac6020830184610784565b5f5f602083850312156107f3575f5ffd5b823567ffffffffffffffff811115610809575f5ffd5b8301601f81018513610819575f5ffd5b803567ffffffffffffffff81111561082f575f5ffd5b856020828401011115610840575f5ffd5b6020919091019590945092505050565b80517fffffffffffffffffffffffffffffffff000000000000000000000000000000001682525f60208201516101806020850152610892610180850182610784565b9050604083015184820360408601526108ab8282610784565b915050606083015184820360608601526108c58282610784565b915050608083015184820360808601526108df8282610784565b91505060a083015184820360a08601526108f98282610784565b91505060c083015184820360c08601526109138282610784565b91505060e083015184820360e086015261092d8282610784565b9150506101008301518482036101008601526109498282610784565b9150506101208301516109816101208601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b506101408301516109b76101408601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b506101608301518482036101608601526109d18282610784565b95945050505050565b602081525f60c0820183511515602084015260208401516040840152604084015160078110610a30577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80606085015250606084015160a0608085015281815180845260e08601915060e08160051b87010193506020830192505f5b81811015610ab1577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff20878603018352610a9c858551610784565b94506020938401939290920191600101610a62565b5050505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160a08501526109d18282610850565b5f60208284031215610afe575f5ffd5b5035919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610b5a577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b818382375f910190815291905056",
}

// MockQuoteVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use MockQuoteVerifierMetaData.ABI instead.
var MockQuoteVerifierABI = MockQuoteVerifierMetaData.ABI

// MockQuoteVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MockQuoteVerifierMetaData.Bin instead.
var MockQuoteVerifierBin = MockQuoteVerifierMetaData.Bin

// DeployMockQuoteVerifier deploys a new Ethereum contract, binding an instance of MockQuoteVerifier to it.
func DeployMockQuoteVerifier(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *MockQuoteVerifier, error) {
	parsed, err := MockQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MockQuoteVerifierBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MockQuoteVerifier{MockQuoteVerifierCaller: MockQuoteVerifierCaller{contract: contract}, MockQuoteVerifierTransactor: MockQuoteVerifierTransactor{contract: contract}, MockQuoteVerifierFilterer: MockQuoteVerifierFilterer{contract: contract}}, nil
}

// MockQuoteVerifier is an auto generated Go binding around an Ethereum contract.
type MockQuoteVerifier struct {
	MockQuoteVerifierCaller     // Read-only binding to the contract
	MockQuoteVerifierTransactor // Write-only binding to the contract
	MockQuoteVerifierFilterer   // Log filterer for contract events
}

// MockQuoteVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type MockQuoteVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type MockQuoteVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MockQuoteVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockQuoteVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MockQuoteVerifierSession struct {
	Contract     *MockQuoteVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// MockQuoteVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MockQuoteVerifierCallerSession struct {
	Contract *MockQuoteVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// MockQuoteVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MockQuoteVerifierTransactorSession struct {
	Contract     *MockQuoteVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// MockQuoteVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type MockQuoteVerifierRaw struct {
	Contract *MockQuoteVerifier // Generic contract binding to access the raw methods on
}

// MockQuoteVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MockQuoteVerifierCallerRaw struct {
	Contract *MockQuoteVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// MockQuoteVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MockQuoteVerifierTransactorRaw struct {
	Contract *MockQuoteVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewMockQuoteVerifier creates a new instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifier(address common.Address, backend bind.ContractBackend) (*MockQuoteVerifier, error) {
	contract, err := bindMockQuoteVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifier{MockQuoteVerifierCaller: MockQuoteVerifierCaller{contract: contract}, MockQuoteVerifierTransactor: MockQuoteVerifierTransactor{contract: contract}, MockQuoteVerifierFilterer: MockQuoteVerifierFilterer{contract: contract}}, nil
}

// NewMockQuoteVerifierCaller creates a new read-only instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierCaller(address common.Address, caller bind.ContractCaller) (*MockQuoteVerifierCaller, error) {
	contract, err := bindMockQuoteVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierCaller{contract: contract}, nil
}

// NewMockQuoteVerifierTransactor creates a new write-only instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*MockQuoteVerifierTransactor, error) {
	contract, err := bindMockQuoteVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierTransactor{contract: contract}, nil
}

// NewMockQuoteVerifierFilterer creates a new log filterer instance of MockQuoteVerifier, bound to a specific deployed contract.
func NewMockQuoteVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*MockQuoteVerifierFilterer, error) {
	contract, err := bindMockQuoteVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MockQuoteVerifierFilterer{contract: contract}, nil
}

// bindMockQuoteVerifier binds a generic wrapper to an already deployed contract.
func bindMockQuoteVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MockQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockQuoteVerifier *MockQuoteVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.MockQuoteVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockQuoteVerifier *MockQuoteVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockQuoteVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockQuoteVerifier *MockQuoteVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockQuoteVerifier *MockQuoteVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.contract.Transact(opts, method, params...)
}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Calls(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "calls")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Calls() (*big.Int, error) {
	return _MockQuoteVerifier.Contract.Calls(&_MockQuoteVerifier.CallOpts)
}

// Calls is a free data retrieval call binding the contract method 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Calls() (*big.Int, error) {
	return _MockQuoteVerifier.Contract.Calls(&_MockQuoteVerifier.CallOpts)
}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Encode(opts *bind.CallOpts, verdict IQuoteVerifierVerdict) ([]byte, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "encode", verdict)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Encode(verdict IQuoteVerifierVerdict) ([]byte, error) {
	return _MockQuoteVerifier.Contract.Encode(&_MockQuoteVerifier.CallOpts, verdict)
}

// Encode is a free data retrieval call binding the contract method 0x067fa76c.
//
// Solidity: function encode((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict) pure returns(bytes)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Encode(verdict IQuoteVerifierVerdict) ([]byte, error) {
	return _MockQuoteVerifier.Contract.Encode(&_MockQuoteVerifier.CallOpts, verdict)
}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) Passed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "passed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierSession) Passed(arg0 [32]byte) (bool, error) {
	return _MockQuoteVerifier.Contract.Passed(&_MockQuoteVerifier.CallOpts, arg0)
}

// Passed is a free data retrieval call binding the contract method 0x7c9d9d47.
//
// Solidity: function passed(bytes32 ) view returns(bool)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) Passed(arg0 [32]byte) (bool, error) {
	return _MockQuoteVerifier.Contract.Passed(&_MockQuoteVerifier.CallOpts, arg0)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierTransactor) VerifyQuote(opts *bind.TransactOpts, quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.contract.Transact(opts, "verifyQuote", quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.VerifyQuote(&_MockQuoteVerifier.TransactOpts, quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_MockQuoteVerifier *MockQuoteVerifierTransactorSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.VerifyQuote(&_MockQuoteVerifier.TransactOpts, quote)
}
