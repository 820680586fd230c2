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
	ABI: "[{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"name\":\"encode\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedFailure\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"passed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"}],\"name\":\"setForcedFailure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"}],\"name\":\"verifyQuote\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610bc78061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806338b2988a1161004d57806338b2988a146100c857806377e1702d146100e85780637c9d9d47146100f1575f5ffd5b8063067fa76c146100735780632c79a2ab1461009c578063305f72b7146100b1575b5f5ffd5b610086610081366004610712565b610123565b6040516100939190610827565b60405180910390f35b6100af6100aa366004610839565b600255565b005b6100ba60015481565b604051908152602001610093565b6100db6100d6366004610850565b61014c565b6040516100939190610a48565b6100ba60025481565b6101136100ff366004610839565b5f6020819052908152604090205460ff1681565b6040519015158152602001610093565b6060816040516020016101369190610a48565b6040516020818303038152906040529050919050565b6101546101d7565b61016082840184610712565b600180549192505f61017183610b5c565b90915550506002541561018a575f815260025460208201525b8051156101d15760015f5f85856040516101a5929190610bb8565b604051809103902081526020019081526020015f205f6101000a81548160ff0219169083151502179055505b92915050565b6040805160a0810182525f8082526020820181905290918201908152602001606081526020016102a76040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b905290565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610180810167ffffffffffffffff811182821017156102fd576102fd6102ac565b60405290565b60405160a0810167ffffffffffffffff811182821017156102fd576102fd6102ac565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016810167ffffffffffffffff8111828210171561036d5761036d6102ac565b604052919050565b803560078110610383575f5ffd5b919050565b5f5f67ffffffffffffffff8411156103a2576103a26102ac565b50601f83017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020016103d581610326565b9150508281528383830111156103e9575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261040e575f5ffd5b813567ffffffffffffffff811115610428576104286102ac565b8060051b61043860208201610326565b91825260208185018101929081019086841115610453575f5ffd5b6020860192505b838310156104ac57823567ffffffffffffffff811115610478575f5ffd5b8601603f81018813610488575f5ffd5b61049a88602083013560408401610388565b8352506020928301929091019061045a565b9695505050505050565b80357fffffffffffffffffffffffffffffffff0000000000000000000000000000000081168114610383575f5ffd5b5f82601f8301126104f4575f5ffd5b61050383833560208501610388565b9392505050565b80357fffffffffffffffff00000000000000000000000000000000000000000000000081168114610383575f5ffd5b5f610180828403121561054a575f5ffd5b6105526102d9565b905061055d826104b6565b8152602082013567ffffffffffffffff811115610578575f5ffd5b610584848285016104e5565b602083015250604082013567ffffffffffffffff8111156105a3575f5ffd5b6105af848285016104e5565b604083015250606082013567ffffffffffffffff8111156105ce575f5ffd5b6105da848285016104e5565b606083015250608082013567ffffffffffffffff8111156105f9575f5ffd5b610605848285016104e5565b60808301525060a082013567ffffffffffffffff811115610624575f5ffd5b610630848285016104e5565b60a08301525060c082013567ffffffffffffffff81111561064f575f5ffd5b61065b848285016104e5565b60c08301525060e082013567ffffffffffffffff81111561067a575f5ffd5b610686848285016104e5565b60e08301525061010082013567ffffffffffffffff8111156106a6575f5ffd5b6106b2848285016104e5565b610100830152506106c6610120830161050a565b6101208201526106d9610140830161050a565b61014082015261016082013567ffffffffffffffff8111156106f9575f5ffd5b610705848285016104e5565b6101608301525092915050565b5f60208284031215610722575f5ffd5b813567ffffffffffffffff811115610738575f5ffd5b820160a08185031215610749575f5ffd5b610751610303565b81358015158114610760575f5ffd5b81526020828101359082015261077860408301610375565b6040820152606082013567ffffffffffffffff811115610796575f5ffd5b6107a2868285016103ff565b606083015250608082013567ffffffffffffffff8111156107c1575f5ffd5b6107cd86828501610539565b608083015250949350505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f61050360208301846107db565b5f60208284031215610849575f5ffd5b5035919050565b5f5f60208385031215610861575f5ffd5b823567ffffffffffffffff811115610877575f5ffd5b8301601f81018513610887575f5ffd5b803567ffffffffffffffff81111561089d575f5ffd5b8560208284010111156108ae575f5ffd5b6020919091019590945092505050565b80517fffffffffffffffffffffffffffffffff000000000000000000000000000000001682525f602082015161018060208501526109006101808501826107db565b90506040830151848203604086015261091982826107db565b9150506060830151848203606086015261093382826107db565b9150506080830151848203608086015261094d82826107db565b91505060a083015184820360a086015261096782826107db565b91505060c083015184820360c086015261098182826107db565b91505060e083015184820360e086015261099b82826107db565b9150506101008301518482036101008601526109b782826107db565b9150506101208301516109ef6101208601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b50610140830151610a256101408601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b50610160830151848203610160860152610a3f82826107db565b95945050505050565b602081525f60c0820183511515602084015260208401516040840152604084015160078110610a9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80606085015250606084015160a0608085015281815180845260e08601915060e08160051b87010193506020830192505f5b81811015610b1f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff20878603018352610b0a8585516107db565b94506020938401939290920191600101610ad0565b5050505060808401517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08483030160a0850152610a3f82826108be565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203610bb1577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b818382375f910190815291905056",
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

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierCaller) ForcedFailure(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _MockQuoteVerifier.contract.Call(opts, &out, "forcedFailure")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierSession) ForcedFailure() ([32]byte, error) {
	return _MockQuoteVerifier.Contract.ForcedFailure(&_MockQuoteVerifier.CallOpts)
}

// ForcedFailure is a free data retrieval call binding the contract method 0x77e1702d.
//
// Solidity: function forcedFailure() view returns(bytes32)
func (_MockQuoteVerifier *MockQuoteVerifierCallerSession) ForcedFailure() ([32]byte, error) {
	return _MockQuoteVerifier.Contract.ForcedFailure(&_MockQuoteVerifier.CallOpts)
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

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierTransactor) SetForcedFailure(opts *bind.TransactOpts, failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.contract.Transact(opts, "setForcedFailure", failure)
}

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierSession) SetForcedFailure(failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.SetForcedFailure(&_MockQuoteVerifier.TransactOpts, failure)
}

// SetForcedFailure is a paid mutator transaction binding the contract method 0x2c79a2ab.
//
// Solidity: function setForcedFailure(bytes32 failure) returns()
func (_MockQuoteVerifier *MockQuoteVerifierTransactorSession) SetForcedFailure(failure [32]byte) (*types.Transaction, error) {
	return _MockQuoteVerifier.Contract.SetForcedFailure(&_MockQuoteVerifier.TransactOpts, failure)
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
