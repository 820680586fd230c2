// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// DcapCollateralParserParsed is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralParserParsed struct {
	Fmspc                   [6]byte
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Packed                  []byte
}

// DcapCollateralStoreIntermediate is an auto generated low-level Go binding around an user-defined struct.
type DcapCollateralStoreIntermediate struct {
	PubKeyX      [32]byte
	PubKeyY      [32]byte
	SubjectHash  [32]byte
	SerialNumber *big.Int
	NotBefore    uint64
	NotAfter     uint64
	IsCa         bool
	CanSignData  bool
}

// DcapPckChainVerifierPck is an auto generated low-level Go binding around an user-defined struct.
type DcapPckChainVerifierPck struct {
	KeyX [32]byte
	KeyY [32]byte
	Tcb  TcbEvaluationPckTcb
}

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

// IRegistryEndpoints is an auto generated low-level Go binding around an user-defined struct.
type IRegistryEndpoints struct {
	Ipv4 [][4]byte
	Ipv6 [][16]byte
	Port uint16
}

// IRegistryInstance is an auto generated low-level Go binding around an user-defined struct.
type IRegistryInstance struct {
	WorkloadId   [32]byte
	QuoteHash    [32]byte
	Operator     common.Address
	ExpiresAt    uint64
	Status       uint8
	TcbStatus    uint8
	RegisteredAt uint64
	Label        string
	Pubkey       []byte
	Endpoints    IRegistryEndpoints
}

// IRegistryPki is an auto generated low-level Go binding around an user-defined struct.
type IRegistryPki struct {
	Version          uint64
	UpdatedAt        uint64
	CaCertificate    []byte
	SecretsPublicKey []byte
	KmsAttestation   []byte
}

// TcbEvaluationPckTcb is an auto generated low-level Go binding around an user-defined struct.
type TcbEvaluationPckTcb struct {
	Fmspc         [6]byte
	PceId         [2]byte
	SgxComponents [16]byte
	Pcesvn        uint16
}

// ArtifactStoreMetaData contains all meta data concerning the ArtifactStore contract.
var ArtifactStoreMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_ARTIFACT_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"exists\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"get\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"remove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"store\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"writer\",\"type\":\"address\"}],\"name\":\"ArtifactRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"writer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ArtifactStored\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"ArtifactExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"name\":\"ArtifactNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ArtifactTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyArtifact\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotArtifactWriter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StorePaused\",\"type\":\"error\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610dba380380610dba83398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b608051610cff6100bb5f395f818160c4015281816101e2015281816102a5015281816102e201528181610438015281816105ba0152818161067d015281816106ba01526108100152610cff5ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806395bc26731161004d57806395bc26731461012b578063ac05dfd014610140578063b374012b14610157575f5ffd5b806338a699a4146100735780637b103999146100bf5780638eaa6ac01461010b575b5f5ffd5b6100aa610081366004610b63565b5f9081526020819052604090205473ffffffffffffffffffffffffffffffffffffffff16151590565b60405190151581526020015b60405180910390f35b6100e67f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100b6565b61011e610119366004610b63565b61016a565b6040516100b69190610b7a565b61013e610139366004610b63565b6101e0565b005b61014961400081565b6040519081526020016100b6565b610149610165366004610bcd565b6105b7565b5f8181526020819052604090205460609073ffffffffffffffffffffffffffffffffffffffff16806101d0576040517fdfa61993000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b6101d981610ad7565b9392505050565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610249573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026d9190610c3b565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff16141580156103ff57507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663514e62fc337f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663ebef922d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610349573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061036d9190610c6e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815273ffffffffffffffffffffffffffffffffffffffff90921660048301526024820152604401602060405180830381865afa1580156103d9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103fd9190610c85565b155b15610436576040517ff2109dbc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561049f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104c39190610c85565b156104fa576040517fc186bff600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8181526020819052604090205473ffffffffffffffffffffffffffffffffffffffff16610557576040517fdfa61993000000000000000000000000000000000000000000000000000000008152600481018290526024016101c7565b5f8181526020819052604080822080547fffffffffffffffffffffffff000000000000000000000000000000000000000016905551339183917f799852c66f684a9317f8d62b6d8f427b79b2664452b02353661615144e97900b9190a350565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610621573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106459190610c3b565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff16141580156107d757507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663514e62fc337f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663ebef922d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610721573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107459190610c6e565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b16815273ffffffffffffffffffffffffffffffffffffffff90921660048301526024820152604401602060405180830381865afa1580156107b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107d59190610c85565b155b1561080e576040517ff2109dbc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610877573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061089b9190610c85565b156108d2576040517fc186bff600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82900361090c576040517f68379b0b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b614000821115610953576040517fcc0119c00000000000000000000000000000000000000000000000000000000081526004810183905261400060248201526044016101c7565b60028383604051610965929190610ca4565b602060405180830381855afa158015610980573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906109a39190610c6e565b5f8181526020819052604090205490915073ffffffffffffffffffffffffffffffffffffffff1615610a04576040517f0eb8d78f000000000000000000000000000000000000000000000000000000008152600481018290526024016101c7565b610a4283838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610b2292505050565b5f828152602081905260409081902080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff939093169290921790915551339082907f5b2e8e434efa7bc2a705009a6ad9e26f6faf9117617d450ce48d3193b3b1621590610ac99087908790610cb3565b60405180910390a392915050565b60405164ffffffffff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff833b0116602181015f601f8401853c80825260408201810160405250919050565b5f81518060401b6bfe61000180600a3d393df3000161fffe8211840152600b8101601584015ff0915081610b5d5763301164255f526004601cfd5b90915290565b5f60208284031215610b73575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f60208385031215610bde575f5ffd5b823567ffffffffffffffff811115610bf4575f5ffd5b8301601f81018513610c04575f5ffd5b803567ffffffffffffffff811115610c1a575f5ffd5b856020828401011115610c2b575f5ffd5b6020919091019590945092505050565b5f60208284031215610c4b575f5ffd5b815173ffffffffffffffffffffffffffffffffffffffff811681146101d9575f5ffd5b5f60208284031215610c7e575f5ffd5b5051919050565b5f60208284031215610c95575f5ffd5b815180151581146101d9575f5ffd5b818382375f9101908152919050565b60208152816020820152818360408301375f818301604090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe016010191905056",
}

// ArtifactStoreABI is the input ABI used to generate the binding from.
// Deprecated: Use ArtifactStoreMetaData.ABI instead.
var ArtifactStoreABI = ArtifactStoreMetaData.ABI

// ArtifactStoreBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ArtifactStoreMetaData.Bin instead.
var ArtifactStoreBin = ArtifactStoreMetaData.Bin

// DeployArtifactStore deploys a new Ethereum contract, binding an instance of ArtifactStore to it.
func DeployArtifactStore(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address) (common.Address, *types.Transaction, *ArtifactStore, error) {
	parsed, err := ArtifactStoreMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ArtifactStoreBin), backend, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ArtifactStore{ArtifactStoreCaller: ArtifactStoreCaller{contract: contract}, ArtifactStoreTransactor: ArtifactStoreTransactor{contract: contract}, ArtifactStoreFilterer: ArtifactStoreFilterer{contract: contract}}, nil
}

// ArtifactStore is an auto generated Go binding around an Ethereum contract.
type ArtifactStore struct {
	ArtifactStoreCaller     // Read-only binding to the contract
	ArtifactStoreTransactor // Write-only binding to the contract
	ArtifactStoreFilterer   // Log filterer for contract events
}

// ArtifactStoreCaller is an auto generated read-only Go binding around an Ethereum contract.
type ArtifactStoreCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ArtifactStoreTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ArtifactStoreTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ArtifactStoreFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ArtifactStoreFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ArtifactStoreSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ArtifactStoreSession struct {
	Contract     *ArtifactStore    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ArtifactStoreCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ArtifactStoreCallerSession struct {
	Contract *ArtifactStoreCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// ArtifactStoreTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ArtifactStoreTransactorSession struct {
	Contract     *ArtifactStoreTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ArtifactStoreRaw is an auto generated low-level Go binding around an Ethereum contract.
type ArtifactStoreRaw struct {
	Contract *ArtifactStore // Generic contract binding to access the raw methods on
}

// ArtifactStoreCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ArtifactStoreCallerRaw struct {
	Contract *ArtifactStoreCaller // Generic read-only contract binding to access the raw methods on
}

// ArtifactStoreTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ArtifactStoreTransactorRaw struct {
	Contract *ArtifactStoreTransactor // Generic write-only contract binding to access the raw methods on
}

// NewArtifactStore creates a new instance of ArtifactStore, bound to a specific deployed contract.
func NewArtifactStore(address common.Address, backend bind.ContractBackend) (*ArtifactStore, error) {
	contract, err := bindArtifactStore(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ArtifactStore{ArtifactStoreCaller: ArtifactStoreCaller{contract: contract}, ArtifactStoreTransactor: ArtifactStoreTransactor{contract: contract}, ArtifactStoreFilterer: ArtifactStoreFilterer{contract: contract}}, nil
}

// NewArtifactStoreCaller creates a new read-only instance of ArtifactStore, bound to a specific deployed contract.
func NewArtifactStoreCaller(address common.Address, caller bind.ContractCaller) (*ArtifactStoreCaller, error) {
	contract, err := bindArtifactStore(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ArtifactStoreCaller{contract: contract}, nil
}

// NewArtifactStoreTransactor creates a new write-only instance of ArtifactStore, bound to a specific deployed contract.
func NewArtifactStoreTransactor(address common.Address, transactor bind.ContractTransactor) (*ArtifactStoreTransactor, error) {
	contract, err := bindArtifactStore(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ArtifactStoreTransactor{contract: contract}, nil
}

// NewArtifactStoreFilterer creates a new log filterer instance of ArtifactStore, bound to a specific deployed contract.
func NewArtifactStoreFilterer(address common.Address, filterer bind.ContractFilterer) (*ArtifactStoreFilterer, error) {
	contract, err := bindArtifactStore(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ArtifactStoreFilterer{contract: contract}, nil
}

// bindArtifactStore binds a generic wrapper to an already deployed contract.
func bindArtifactStore(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ArtifactStoreMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ArtifactStore *ArtifactStoreRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ArtifactStore.Contract.ArtifactStoreCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ArtifactStore *ArtifactStoreRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ArtifactStore.Contract.ArtifactStoreTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ArtifactStore *ArtifactStoreRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ArtifactStore.Contract.ArtifactStoreTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ArtifactStore *ArtifactStoreCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ArtifactStore.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ArtifactStore *ArtifactStoreTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ArtifactStore.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ArtifactStore *ArtifactStoreTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ArtifactStore.Contract.contract.Transact(opts, method, params...)
}

// MAXARTIFACTSIZE is a free data retrieval call binding the contract method 0xac05dfd0.
//
// Solidity: function MAX_ARTIFACT_SIZE() view returns(uint256)
func (_ArtifactStore *ArtifactStoreCaller) MAXARTIFACTSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ArtifactStore.contract.Call(opts, &out, "MAX_ARTIFACT_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXARTIFACTSIZE is a free data retrieval call binding the contract method 0xac05dfd0.
//
// Solidity: function MAX_ARTIFACT_SIZE() view returns(uint256)
func (_ArtifactStore *ArtifactStoreSession) MAXARTIFACTSIZE() (*big.Int, error) {
	return _ArtifactStore.Contract.MAXARTIFACTSIZE(&_ArtifactStore.CallOpts)
}

// MAXARTIFACTSIZE is a free data retrieval call binding the contract method 0xac05dfd0.
//
// Solidity: function MAX_ARTIFACT_SIZE() view returns(uint256)
func (_ArtifactStore *ArtifactStoreCallerSession) MAXARTIFACTSIZE() (*big.Int, error) {
	return _ArtifactStore.Contract.MAXARTIFACTSIZE(&_ArtifactStore.CallOpts)
}

// Exists is a free data retrieval call binding the contract method 0x38a699a4.
//
// Solidity: function exists(bytes32 hash) view returns(bool)
func (_ArtifactStore *ArtifactStoreCaller) Exists(opts *bind.CallOpts, hash [32]byte) (bool, error) {
	var out []interface{}
	err := _ArtifactStore.contract.Call(opts, &out, "exists", hash)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Exists is a free data retrieval call binding the contract method 0x38a699a4.
//
// Solidity: function exists(bytes32 hash) view returns(bool)
func (_ArtifactStore *ArtifactStoreSession) Exists(hash [32]byte) (bool, error) {
	return _ArtifactStore.Contract.Exists(&_ArtifactStore.CallOpts, hash)
}

// Exists is a free data retrieval call binding the contract method 0x38a699a4.
//
// Solidity: function exists(bytes32 hash) view returns(bool)
func (_ArtifactStore *ArtifactStoreCallerSession) Exists(hash [32]byte) (bool, error) {
	return _ArtifactStore.Contract.Exists(&_ArtifactStore.CallOpts, hash)
}

// Get is a free data retrieval call binding the contract method 0x8eaa6ac0.
//
// Solidity: function get(bytes32 hash) view returns(bytes data)
func (_ArtifactStore *ArtifactStoreCaller) Get(opts *bind.CallOpts, hash [32]byte) ([]byte, error) {
	var out []interface{}
	err := _ArtifactStore.contract.Call(opts, &out, "get", hash)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Get is a free data retrieval call binding the contract method 0x8eaa6ac0.
//
// Solidity: function get(bytes32 hash) view returns(bytes data)
func (_ArtifactStore *ArtifactStoreSession) Get(hash [32]byte) ([]byte, error) {
	return _ArtifactStore.Contract.Get(&_ArtifactStore.CallOpts, hash)
}

// Get is a free data retrieval call binding the contract method 0x8eaa6ac0.
//
// Solidity: function get(bytes32 hash) view returns(bytes data)
func (_ArtifactStore *ArtifactStoreCallerSession) Get(hash [32]byte) ([]byte, error) {
	return _ArtifactStore.Contract.Get(&_ArtifactStore.CallOpts, hash)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ArtifactStore *ArtifactStoreCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ArtifactStore.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ArtifactStore *ArtifactStoreSession) Registry() (common.Address, error) {
	return _ArtifactStore.Contract.Registry(&_ArtifactStore.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ArtifactStore *ArtifactStoreCallerSession) Registry() (common.Address, error) {
	return _ArtifactStore.Contract.Registry(&_ArtifactStore.CallOpts)
}

// Remove is a paid mutator transaction binding the contract method 0x95bc2673.
//
// Solidity: function remove(bytes32 hash) returns()
func (_ArtifactStore *ArtifactStoreTransactor) Remove(opts *bind.TransactOpts, hash [32]byte) (*types.Transaction, error) {
	return _ArtifactStore.contract.Transact(opts, "remove", hash)
}

// Remove is a paid mutator transaction binding the contract method 0x95bc2673.
//
// Solidity: function remove(bytes32 hash) returns()
func (_ArtifactStore *ArtifactStoreSession) Remove(hash [32]byte) (*types.Transaction, error) {
	return _ArtifactStore.Contract.Remove(&_ArtifactStore.TransactOpts, hash)
}

// Remove is a paid mutator transaction binding the contract method 0x95bc2673.
//
// Solidity: function remove(bytes32 hash) returns()
func (_ArtifactStore *ArtifactStoreTransactorSession) Remove(hash [32]byte) (*types.Transaction, error) {
	return _ArtifactStore.Contract.Remove(&_ArtifactStore.TransactOpts, hash)
}

// Store is a paid mutator transaction binding the contract method 0xb374012b.
//
// Solidity: function store(bytes data) returns(bytes32 hash)
func (_ArtifactStore *ArtifactStoreTransactor) Store(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _ArtifactStore.contract.Transact(opts, "store", data)
}

// Store is a paid mutator transaction binding the contract method 0xb374012b.
//
// Solidity: function store(bytes data) returns(bytes32 hash)
func (_ArtifactStore *ArtifactStoreSession) Store(data []byte) (*types.Transaction, error) {
	return _ArtifactStore.Contract.Store(&_ArtifactStore.TransactOpts, data)
}

// Store is a paid mutator transaction binding the contract method 0xb374012b.
//
// Solidity: function store(bytes data) returns(bytes32 hash)
func (_ArtifactStore *ArtifactStoreTransactorSession) Store(data []byte) (*types.Transaction, error) {
	return _ArtifactStore.Contract.Store(&_ArtifactStore.TransactOpts, data)
}

// ArtifactStoreArtifactRemovedIterator is returned from FilterArtifactRemoved and is used to iterate over the raw logs and unpacked data for ArtifactRemoved events raised by the ArtifactStore contract.
type ArtifactStoreArtifactRemovedIterator struct {
	Event *ArtifactStoreArtifactRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ArtifactStoreArtifactRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ArtifactStoreArtifactRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ArtifactStoreArtifactRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ArtifactStoreArtifactRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ArtifactStoreArtifactRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ArtifactStoreArtifactRemoved represents a ArtifactRemoved event raised by the ArtifactStore contract.
type ArtifactStoreArtifactRemoved struct {
	Hash   [32]byte
	Writer common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterArtifactRemoved is a free log retrieval operation binding the contract event 0x799852c66f684a9317f8d62b6d8f427b79b2664452b02353661615144e97900b.
//
// Solidity: event ArtifactRemoved(bytes32 indexed hash, address indexed writer)
func (_ArtifactStore *ArtifactStoreFilterer) FilterArtifactRemoved(opts *bind.FilterOpts, hash [][32]byte, writer []common.Address) (*ArtifactStoreArtifactRemovedIterator, error) {

	var hashRule []interface{}
	for _, hashItem := range hash {
		hashRule = append(hashRule, hashItem)
	}
	var writerRule []interface{}
	for _, writerItem := range writer {
		writerRule = append(writerRule, writerItem)
	}

	logs, sub, err := _ArtifactStore.contract.FilterLogs(opts, "ArtifactRemoved", hashRule, writerRule)
	if err != nil {
		return nil, err
	}
	return &ArtifactStoreArtifactRemovedIterator{contract: _ArtifactStore.contract, event: "ArtifactRemoved", logs: logs, sub: sub}, nil
}

// WatchArtifactRemoved is a free log subscription operation binding the contract event 0x799852c66f684a9317f8d62b6d8f427b79b2664452b02353661615144e97900b.
//
// Solidity: event ArtifactRemoved(bytes32 indexed hash, address indexed writer)
func (_ArtifactStore *ArtifactStoreFilterer) WatchArtifactRemoved(opts *bind.WatchOpts, sink chan<- *ArtifactStoreArtifactRemoved, hash [][32]byte, writer []common.Address) (event.Subscription, error) {

	var hashRule []interface{}
	for _, hashItem := range hash {
		hashRule = append(hashRule, hashItem)
	}
	var writerRule []interface{}
	for _, writerItem := range writer {
		writerRule = append(writerRule, writerItem)
	}

	logs, sub, err := _ArtifactStore.contract.WatchLogs(opts, "ArtifactRemoved", hashRule, writerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ArtifactStoreArtifactRemoved)
				if err := _ArtifactStore.contract.UnpackLog(event, "ArtifactRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseArtifactRemoved is a log parse operation binding the contract event 0x799852c66f684a9317f8d62b6d8f427b79b2664452b02353661615144e97900b.
//
// Solidity: event ArtifactRemoved(bytes32 indexed hash, address indexed writer)
func (_ArtifactStore *ArtifactStoreFilterer) ParseArtifactRemoved(log types.Log) (*ArtifactStoreArtifactRemoved, error) {
	event := new(ArtifactStoreArtifactRemoved)
	if err := _ArtifactStore.contract.UnpackLog(event, "ArtifactRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ArtifactStoreArtifactStoredIterator is returned from FilterArtifactStored and is used to iterate over the raw logs and unpacked data for ArtifactStored events raised by the ArtifactStore contract.
type ArtifactStoreArtifactStoredIterator struct {
	Event *ArtifactStoreArtifactStored // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ArtifactStoreArtifactStoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ArtifactStoreArtifactStored)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ArtifactStoreArtifactStored)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ArtifactStoreArtifactStoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ArtifactStoreArtifactStoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ArtifactStoreArtifactStored represents a ArtifactStored event raised by the ArtifactStore contract.
type ArtifactStoreArtifactStored struct {
	Hash   [32]byte
	Writer common.Address
	Data   []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterArtifactStored is a free log retrieval operation binding the contract event 0x5b2e8e434efa7bc2a705009a6ad9e26f6faf9117617d450ce48d3193b3b16215.
//
// Solidity: event ArtifactStored(bytes32 indexed hash, address indexed writer, bytes data)
func (_ArtifactStore *ArtifactStoreFilterer) FilterArtifactStored(opts *bind.FilterOpts, hash [][32]byte, writer []common.Address) (*ArtifactStoreArtifactStoredIterator, error) {

	var hashRule []interface{}
	for _, hashItem := range hash {
		hashRule = append(hashRule, hashItem)
	}
	var writerRule []interface{}
	for _, writerItem := range writer {
		writerRule = append(writerRule, writerItem)
	}

	logs, sub, err := _ArtifactStore.contract.FilterLogs(opts, "ArtifactStored", hashRule, writerRule)
	if err != nil {
		return nil, err
	}
	return &ArtifactStoreArtifactStoredIterator{contract: _ArtifactStore.contract, event: "ArtifactStored", logs: logs, sub: sub}, nil
}

// WatchArtifactStored is a free log subscription operation binding the contract event 0x5b2e8e434efa7bc2a705009a6ad9e26f6faf9117617d450ce48d3193b3b16215.
//
// Solidity: event ArtifactStored(bytes32 indexed hash, address indexed writer, bytes data)
func (_ArtifactStore *ArtifactStoreFilterer) WatchArtifactStored(opts *bind.WatchOpts, sink chan<- *ArtifactStoreArtifactStored, hash [][32]byte, writer []common.Address) (event.Subscription, error) {

	var hashRule []interface{}
	for _, hashItem := range hash {
		hashRule = append(hashRule, hashItem)
	}
	var writerRule []interface{}
	for _, writerItem := range writer {
		writerRule = append(writerRule, writerItem)
	}

	logs, sub, err := _ArtifactStore.contract.WatchLogs(opts, "ArtifactStored", hashRule, writerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ArtifactStoreArtifactStored)
				if err := _ArtifactStore.contract.UnpackLog(event, "ArtifactStored", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseArtifactStored is a log parse operation binding the contract event 0x5b2e8e434efa7bc2a705009a6ad9e26f6faf9117617d450ce48d3193b3b16215.
//
// Solidity: event ArtifactStored(bytes32 indexed hash, address indexed writer, bytes data)
func (_ArtifactStore *ArtifactStoreFilterer) ParseArtifactStored(log types.Log) (*ArtifactStoreArtifactStored, error) {
	event := new(ArtifactStoreArtifactStored)
	if err := _ArtifactStore.contract.UnpackLog(event, "ArtifactStored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DcapCollateralParserMetaData contains all meta data concerning the DcapCollateralParser contract.
var DcapCollateralParserMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"json\",\"type\":\"bytes\"}],\"name\":\"parseQeIdentity\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes6\",\"name\":\"fmspc\",\"type\":\"bytes6\"},{\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"packed\",\"type\":\"bytes\"}],\"internalType\":\"structDcapCollateralParser.Parsed\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"json\",\"type\":\"bytes\"}],\"name\":\"parseTcbInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes6\",\"name\":\"fmspc\",\"type\":\"bytes6\"},{\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"packed\",\"type\":\"bytes\"}],\"internalType\":\"structDcapCollateralParser.Parsed\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"isvsvn\",\"type\":\"uint256\"}],\"name\":\"DuplicateModuleTcbLevel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DuplicateTcbLevel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"EmptyArray\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyTcbLevels\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"InvalidAdvisoryId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"InvalidDate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEncoding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"InvalidHex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidHexLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidModuleIdentityId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"JsonDuplicateKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonInvalidNumber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonInvalidString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"JsonMissingField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonNotUnsignedInteger\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonNumberOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonTooDeep\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonTrailingData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"JsonUnexpectedChar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"JsonUnexpectedEnd\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"TooManyEntries\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyTcbLevels\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"UnknownTcbStatus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsupportedQeIdentityId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"UnsupportedQeIdentityVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsupportedTcbInfoId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"UnsupportedTcbInfoVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tcbType\",\"type\":\"uint256\"}],\"name\":\"UnsupportedTcbType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"field\",\"type\":\"bytes32\"}],\"name\":\"WrongComponentCount\",\"type\":\"error\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506155aa8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806333fe150214610038578063d61d7ce314610061575b5f5ffd5b61004b610046366004615197565b610074565b6040516100589190615205565b60405180910390f35b61004b61006f366004615197565b61015c565b6040805160a0810182525f8082526020820181905291810182905260608082019290925260808101919091525f6100df84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061023b92505050565b90506040518060a001604052805f60d01b79ffffffffffffffffffffffffffffffffffffffffffffffffffff19168152602001825f015163ffffffff168152602001826020015167ffffffffffffffff168152602001826040015167ffffffffffffffff16815260200161015283610505565b9052949350505050565b6040805160a0810182525f8082526020820181905291810182905260608082019290925260808101919091525f6101c784848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506106f292505050565b90506040518060a00160405280825f015179ffffffffffffffffffffffffffffffffffffffffffffffffffff19168152602001826040015163ffffffff168152602001826060015167ffffffffffffffff168152602001826080015167ffffffffffffffff1681526020016101528361096a565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082018390526101208201529061029383610c91565b90506102a081607b610cd7565b5f5f5b5f806102af8584610d4c565b91509150816102bf5750506102e0565b6102cb85878387610f02565b93505050806102d9906152f2565b90506102a3565b506102ea826113e5565b6103168160017f696400000000000000000000000000000000000000000000000000000000000061143e565b6103428160027f76657273696f6e0000000000000000000000000000000000000000000000000061143e565b61036e8160047f697373756544617465000000000000000000000000000000000000000000000061143e565b61039a8160087f6e6578745570646174650000000000000000000000000000000000000000000061143e565b6103c68160107f7463624576616c756174696f6e446174614e756d62657200000000000000000061143e565b6103f28160207f6d69736373656c6563740000000000000000000000000000000000000000000061143e565b61041e8160407f6d69736373656c6563744d61736b00000000000000000000000000000000000061143e565b61044a8160807f617474726962757465730000000000000000000000000000000000000000000061143e565b610477816101007f617474726962757465734d61736b00000000000000000000000000000000000061143e565b6104a4816102007f6d727369676e657200000000000000000000000000000000000000000000000061143e565b6104d1816104007f69737670726f646964000000000000000000000000000000000000000000000061143e565b6104fe816108007f7463624c6576656c73000000000000000000000000000000000000000000000061143e565b5050919050565b6101208101515160609060ff81111561054a576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82516020808501516040808701516060880151608089015160a08a015160c08b015160e08c01516101008d0151965161058c9a60019a909998918d910161530a565b60405160208183030381529060405291505f5b818110156104fe575f84610120015182815181106105bf576105bf6154d3565b6020026020010151905083815f01518260200151836040015160068111156105e9576105e9615500565b60405160200161067d9392919060f09390931b7fffff00000000000000000000000000000000000000000000000000000000000016835260c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016600283015260f81b7fff0000000000000000000000000000000000000000000000000000000000000016600a820152600b0190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152908290526106b99291602001615544565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905293505060010161059f565b61074f60408051610100810182525f808252602080830182905282840182905260608084018390526080840183905284518082018652908152908101829052928301529060a0820190815260200160608152602001606081525090565b5f61075983610c91565b905061076681607b610cd7565b5f5f5b5f806107758584610d4c565b91509150816107855750506107a6565b61079185878387611481565b935050508061079f906152f2565b9050610769565b506107b0826113e5565b6107dc8160017f696400000000000000000000000000000000000000000000000000000000000061143e565b6108088160027f76657273696f6e0000000000000000000000000000000000000000000000000061143e565b6108348160047f697373756544617465000000000000000000000000000000000000000000000061143e565b6108608160087f6e6578745570646174650000000000000000000000000000000000000000000061143e565b61088c8160107f666d73706300000000000000000000000000000000000000000000000000000061143e565b6108b88160207f706365496400000000000000000000000000000000000000000000000000000061143e565b6108e48160407f746362547970650000000000000000000000000000000000000000000000000061143e565b6109108160807f7463624576616c756174696f6e446174614e756d62657200000000000000000061143e565b61093d816101007f7464784d6f64756c65000000000000000000000000000000000000000000000061143e565b6104fe816104007f7463624c6576656c73000000000000000000000000000000000000000000000061143e565b60606109af610978836118d3565b60408051828152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682018101905290565b9050602081016109c181600180611a5a565b83519091506109d690829060d01c6006611a5a565b90506109ef81846020015160f01c61ffff166002611a5a565b9050610a0781846040015163ffffffff166004611a5a565b9050610a2381846060015167ffffffffffffffff166008611a5a565b9050610a3f81846080015167ffffffffffffffff166008611a5a565b60a084015180516020820151604090920151929350610a6092849290611a7b565b9050610a73818460c00151516001611a5a565b9050610a86818460e00151516001611a5a565b90505f5b8360c0015151811015610ba3575f8460c001518281518110610aae57610aae6154d3565b60200260200101519050610aca83825f015160ff166001611a5a565b9250610ae483826020015183604001518460600151611a7b565b9250610af7838260800151516001611a5a565b92505f5b816080015151811015610b99575f82608001518281518110610b1f57610b1f6154d3565b60200260200101519050610b3c85825f015161ffff166002611a5a565b9450610b5885826020015167ffffffffffffffff166008611a5a565b9450610b7e8582604001516006811115610b7457610b74615500565b60ff166001611a5a565b9450610b8e858260600151611af4565b945050600101610afb565b5050600101610a8a565b505f5b8360e0015151811015610c88575f8460e001518281518110610bca57610bca6154d3565b60200260200101519050610bf883825f015160801c6fffffffffffffffffffffffffffffffff166010611a5a565b9250610c0e83826020015161ffff166002611a5a565b9250610c3583826040015160801c6fffffffffffffffffffffffffffffffff166010611a5a565b9250610c5183826060015167ffffffffffffffff166008611a5a565b9250610c6d8382608001516006811115610b7457610b74615500565b9250610c7d838260a00151611af4565b925050600101610ba6565b505f9052919050565b610cb260405180606001604052805f81526020015f81526020015f81525090565b60208201808252604082018190528251610ccc9082615558565b602083015250919050565b602082015182515f915b600164010000260083515f1a1c168183101615610d0357600182019150610ce1565b8082108015610d2e5782515f1a85148015610d2357600184018752610d28565b600294505b50610d33565b600193505b50508115610d4657610d46848383611b17565b50505050565b5f5f5f5f5f86602001519050610d84565b805b600164010000260082515f1a1c168382101615610d7e57600101610d5f565b92915050565b610d8f818851610d5d565b9150808210610da15760019250610e0f565b81515f1a607d8103610db95760018301885250610e0f565b8615610df757602c8114610dd1576002935050610e0f565b610dde8260018501610d5d565b9250818310610df1576001935050610e0f565b5081515f1a5b60228114610e09576002935050610e0f565b50600194505b8215610e2057610e20878484611b17565b84610e3457505f9350839250610efb915050565b5f610e40836001615558565b9050610e4c8183611cca565b9250818310610e5e5760019350610ee5565b602283515f1a14610e725760039350610ee5565b5f1994508083036021811015610e90575f198160031b1c1982511695505b506001830192505b600164010000260084515f1a1c168284101615610eba57600183019250610e98565b818310610eca5760019350610ee5565b603a83515f1a14610ede5760029350610ee5565b6001830188525b8315610ef657610ef6888585611b17565b505050505b9250929050565b5f827f696400000000000000000000000000000000000000000000000000000000000003610fb057610f3682600185611e72565b91505f5f610f4387611eb6565b91509150610f518282611f8d565b7f54445f514500000000000000000000000000000000000000000000000000000014610fa9576040517fce316d9200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50506113dd565b827f76657273696f6e000000000000000000000000000000000000000000000000000361104057610fe382600285611e72565b91505f610ff68663ffffffff611fb28116565b90508060021461103a576040517ffbd688d1000000000000000000000000000000000000000000000000000000008152600481018290526024015b60405180910390fd5b506113dd565b827f6973737565446174650000000000000000000000000000000000000000000000036110935761107382600485611e72565b915061107f85846120b0565b67ffffffffffffffff1660208501526113dd565b827f6e65787455706461746500000000000000000000000000000000000000000000036110e6576110c682600885611e72565b91506110d285846120b0565b67ffffffffffffffff1660408501526113dd565b827f7463624576616c756174696f6e446174614e756d626572000000000000000000036111385761111982601085611e72565b915061112b8563ffffffff611fb28116565b63ffffffff1684526113dd565b827f6d69736373656c65637400000000000000000000000000000000000000000000036111a55761116b82602085611e72565b915061117985846004612403565b7fffffffff000000000000000000000000000000000000000000000000000000001660608501526113dd565b827f6d69736373656c6563744d61736b00000000000000000000000000000000000003611212576111d882604085611e72565b91506111e685846004612403565b7fffffffff000000000000000000000000000000000000000000000000000000001660808501526113dd565b827f61747472696275746573000000000000000000000000000000000000000000000361127f5761124582608085611e72565b915061125385846010612403565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001660a08501526113dd565b827f617474726962757465734d61736b000000000000000000000000000000000000036112ed576112b38261010085611e72565b91506112c185846010612403565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001660c08501526113dd565b827f6d727369676e657200000000000000000000000000000000000000000000000003611339576113218261020085611e72565b915061132f85846020612403565b60e08501526113dd565b827f69737670726f64696400000000000000000000000000000000000000000000000361138a5761136d8261040085611e72565b915061137b8561ffff611fb2565b61ffff166101008501526113dd565b827f7463624c6576656c730000000000000000000000000000000000000000000000036113d4576113be8261080085611e72565b91506113c98561246f565b6101208501526113dd565b6113dd8561254e565b509392505050565b6101006113f182612558565b1461143b5760408101518151611407919061556b565b6040517e422db000000000000000000000000000000000000000000000000000000000815260040161103191815260200190565b50565b8183165f0361147c576040517f825e9e6400000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b505050565b5f827f696400000000000000000000000000000000000000000000000000000000000003611528576114b582600185611e72565b91505f5f6114c287611eb6565b915091506114d08282611f8d565b7f544458000000000000000000000000000000000000000000000000000000000014610fa9576040517f2fefaa3c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b827f76657273696f6e00000000000000000000000000000000000000000000000000036115ad5761155b82600285611e72565b91505f61156e8663ffffffff611fb28116565b90508060031461103a576040517f5bcbb93600000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b827f697373756544617465000000000000000000000000000000000000000000000003611600576115e082600485611e72565b91506115ec85846120b0565b67ffffffffffffffff1660608501526113dd565b827f6e65787455706461746500000000000000000000000000000000000000000000036116535761163382600885611e72565b915061163f85846120b0565b67ffffffffffffffff1660808501526113dd565b827f666d737063000000000000000000000000000000000000000000000000000000036116bd5761168682601085611e72565b915061169485846006612403565b7fffffffffffff00000000000000000000000000000000000000000000000000001684526113dd565b827f70636549640000000000000000000000000000000000000000000000000000000361172a576116f082602085611e72565b91506116fe85846002612403565b7fffff0000000000000000000000000000000000000000000000000000000000001660208501526113dd565b827f7463625479706500000000000000000000000000000000000000000000000000036117ad5761175d82604085611e72565b91505f6117708663ffffffff611fb28116565b9050801561103a576040517f655fec4000000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b827f7463624576616c756174696f6e446174614e756d62657200000000000000000003611802576117e082608085611e72565b91506117f28563ffffffff611fb28116565b63ffffffff1660408501526113dd565b827f7464784d6f64756c6500000000000000000000000000000000000000000000000361184b576118368261010085611e72565b91506118418561259a565b60a08501526113dd565b827f7464784d6f64756c654964656e74697469657300000000000000000000000000036118945761187f8261020085611e72565b915061188a856127a7565b60c08501526113dd565b827f7463624c6576656c730000000000000000000000000000000000000000000000036113d4576118c88261040085611e72565b915061132f856128c4565b60c08101515160e0820151515f919060ff8211806118f1575060ff81115b15611928576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b605f92505f5b828110156119fe575f8560c00151828151811061194d5761194d6154d3565b602002602001015160800151905060ff81511115611997576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6119a2604286615558565b94505f5b81518110156119f4576119d58282815181106119c4576119c46154d3565b602002602001015160600151612abd565b6119e090600d615558565b6119ea9087615558565b95506001016119a6565b505060010161192e565b505f5b81811015611a5257611a338560e001518281518110611a2257611a226154d3565b602002602001015160a00151612abd565b611a3e90602d615558565b611a489085615558565b9350600101611a01565b505050919050565b5f828260031b610100031b84528184611a739190615558565b949350505050565b5f8351603014611ab7576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b603060208501865e611ad9611acd866030615558565b60c085901c6008611a5a565b9450611aeb8560c084901c6008611a5a565b95945050505050565b80515f90611b0484826002611a5a565b93508060208401855e611a738185615558565b5f836040015182611b28919061556b565b905082600103611b64576040517f09a24d9c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82600203611ba1576040517f102f52b000000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b82600303611bde576040517f6782f28500000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b82600403611c1b576040517f671e55b300000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b82600503611c58576040517f95af73cb00000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b82600603611c95576040517fc3e2e4fb00000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b6040517f1d8d097100000000000000000000000000000000000000000000000000000000815260048101829052602401611031565b815b80517f606060606060606060606060606060606060606060606060606060606060606081167f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f9081017fe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e083161717197f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c831881811682011717197f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f222222222222222222222222222222222222222222222222222222222222222284188181168201171719171790507f808080808080808080808080808080808080808080808080808080808080808082840360031b1c811790508015611e69575f8160801c611e19575060801b60105b8160c01c611e2c5760409190911b906008015b8160e01c611e3f5760209190911b906004015b8160f01c611e525760109190911b906002015b8160f81c611e5e576001015b919091019050610d7e565b50602001611ccc565b5f83831615611eb0576040517fe81c002f00000000000000000000000000000000000000000000000000000000815260048101839052602401611031565b50501790565b602081015181515f91829182915b600164010000260083515f1a1c168183101615611ee657600182019150611ec4565b8082108015611f0457602283515f1a14611eff57600293505b611f09565b600193505b508215611f1b57611f1b868484611b17565b611f26826001615558565b9450611f328582611cca565b91508082108015611f5257602283515f1a14611f4d57600393505b611f57565b600193505b508215611f6957611f69868484611b17565b611f73858361556b565b9350611f80826001615558565b9095525091939092509050565b5f6020821115611f9f57505f19610d7e565b5081515f19600383901b1c191692915050565b5f5f5f6020850151855191505b600164010000260083515f1a1c168183101615611fe157600182019150611fbf565b815b8183101561201557603083515f1a0360098111156120015750612015565b80600a870201955050600183019250611fe3565b80830361010083851015612029575083515f1a5b8180156120735760656020831714602e8314171561204657600496505b603084515f1a1460018411161561205c57600596505b88881160148411171561206e57600696505b61207f565b84861060030260010196505b505050831561208c578092505b505081612097578085525b81156120a8576120a8858383611b17565b505092915050565b5f5f5f6120bc85611eb6565b815191935091507fffffffffffffffffffffffffffffffffffffffff000000000000000000000000167f303030302d30302d30305430303a30303a30305a0000000000000000000000001860148214158061213457507bff0000ff0000ff0000ff0000ff0000ff000000000000000000000000811615155b8061216057507f8080808080808080808080808080808080808080000000000000000000000000811615155b806121b55750612190817f7676767600767600767600767600767600767600000000000000000000000000615558565b7f80808080008080008080008080008080008080000000000000000000000000001615155b156121ef576040517f53456d6c00000000000000000000000000000000000000000000000000000000815260048101869052602401611031565b5f6121fa8260031a90565b6122048360021a90565b61220f90600a61557e565b6122198460011a90565b61222490606461557e565b61222d855f1a90565b612239906103e861557e565b6122439190615558565b61224d9190615558565b6122579190615558565b90505f6122648360061a90565b61226e8460051a90565b61227990600a61557e565b6122839190615558565b90505f6122908460091a90565b61229a8560081a90565b6122a590600a61557e565b6122af9190615558565b90505f6122bc85600c1a90565b6122c686600b1a90565b6122d190600a61557e565b6122db9190615558565b90505f6122e886600f1a90565b6122f287600e1a90565b6122fd90600a61557e565b6123079190615558565b90505f6123148760121a90565b61231e8860111a90565b61232990600a61557e565b6123339190615558565b9050612343868686868686612b00565b61237c576040517f53456d6c000000000000000000000000000000000000000000000000000000008152600481018c9052602401611031565b603c8202610e1084027ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff50593610190600389108a0381810462023ab10260649290910691820461016d830260029390931c9290920161f4ff600c60098d01060261030101600b1c8a01019190910301016201518002010181019c9b505050505050505050505050565b5f5f5f61240f86611eb6565b91509150600184901b811461245a576040517f93b643390000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401611031565b612465828287612b94565b9695505050505050565b606061247c82605b610cd7565b506040805181815261082081019091525f5b6124988382612e34565b1561250e57604081036124d7576040517f33bd585000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6124e083612ec5565b8282815181106124f2576124f26154d3565b602002602001018190525080612507906152f2565b905061248e565b805f03612547576040517f7e69309300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8152919050565b61143b815f613170565b8051602082015161010091905b808210156125935781515f1a6001640100002600821c16612587579250612593565b50600182019150612565565b5090915290565b604080516060808201835281525f60208201819052918101919091526125c182607b610cd7565b5f5f5b5f806125d08684610d4c565b91509150816125e057505061271c565b807f6d727369676e6572000000000000000000000000000000000000000000000000036126265761261384600183611e72565b935061261f86826133e0565b8552612709565b807f6174747269627574657300000000000000000000000000000000000000000000036126935761265984600283611e72565b935061266786826008612403565b7fffffffffffffffff000000000000000000000000000000000000000000000000166020860152612709565b807f617474726962757465734d61736b00000000000000000000000000000000000003612700576126c684600483611e72565b93506126d486826008612403565b7fffffffffffffffff000000000000000000000000000000000000000000000000166040860152612709565b6127098661254e565b505080612715906152f2565b90506125c4565b506127498160017f6d727369676e657200000000000000000000000000000000000000000000000061143e565b6127758160027f617474726962757465730000000000000000000000000000000000000000000061143e565b6127a18160047f617474726962757465734d61736b00000000000000000000000000000000000061143e565b50919050565b60606127b482605b610cd7565b50604080516010815261022081019091525f5b6127d18382612e34565b156128695760108103612832576040517fa798174f0000000000000000000000000000000000000000000000000000000081527f7464784d6f64756c654964656e746974696573000000000000000000000000006004820152602401611031565b61283b83613490565b82828151811061284d5761284d6154d3565b602002602001018190525080612862906152f2565b90506127c7565b805f03612547576040517f5dcc6a270000000000000000000000000000000000000000000000000000000081527f7464784d6f64756c654964656e746974696573000000000000000000000000006004820152602401611031565b60606128d182605b610cd7565b506040805181815261082081019091525f5b6128ed8382612e34565b15612a62576040810361294e576040517fa798174f0000000000000000000000000000000000000000000000000000000081527f7463624c6576656c7300000000000000000000000000000000000000000000006004820152602401611031565b5f6129588461378f565b9050815f5b81156129ec576129908561297260018561556b565b81518110612982576129826154d3565b60200260200101518461392c565b90505f8112156129ec57846129a660018461556b565b815181106129b6576129b66154d3565b60200260200101518583815181106129d0576129d06154d3565b6020026020010181905250816129e590615595565b915061295d565b81158015906129f9575080155b15612a30576040517f8f5387ca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82858381518110612a4357612a436154d3565b602002602001018190525050505080612a5b906152f2565b90506128e3565b805f03612547576040517f5dcc6a270000000000000000000000000000000000000000000000000000000081527f7463624c6576656c7300000000000000000000000000000000000000000000006004820152602401611031565b805161ffff811115612afb576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b919050565b5f63fffff84e7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84e880110600c5f1980890182117e1f1c1f1e1f1e1f1f1e1f1e1f000000000000000000000000000000000000008a1a60028b1460198d06159094026003018c161593909316929092019088011016161561246557603c8210603c841016601885101690509695505050505050565b5f60015f5b84811015612df757808601518186036020811015612be5575f198160031b1c1980197f303030303030303030303030303030303030303030303030303030303030303016818416179250505b507e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f60097f0101010101010101010101010101010101010101010101010101010101010101600684901c16027f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8316019081167ef000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f060049290921c9190911617600881901c17601081901c7bffff000000000000ffff000000000000ffff000000000000ffff00001679ffff000000000000ffff000000000000ffff000000000000ffff9190911617602081901c17604081901c6fffffffffffffffff00000000000000001667ffffffffffffffff91909116177f46464646464646464646464646464646464646464646464646464646464646468201197f50505050505050505050505050505050505050505050505050505050505050508301167f19191919191919191919191919191919191919191919191919191919191919197f20202020202020202020202020202020202020202020202020202020202020208417908101197f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f9190910116177f808080808080808080808080808080808080808080808080808080808080808090811681149083161516600284901b6080039190911b9490941793929092169150602001612b99565b50805f036113dd576040517fc016808300000000000000000000000000000000000000000000000000000000815260048101849052602401611031565b5f5f5f6020850151855191505b600164010000260083515f1a1c168183101615612e6357600182019150612e41565b808210612e735760019250612eb0565b81515f1a605d8103612e8b5760018301925050612eb0565b600194508515612eae57602c8114612ea7576002935050612eb0565b6001830192505b505b5080855281156120a8576120a8858383611b17565b612ee5604080516060810182525f80825260208201819052909182015290565b612ef082607b610cd7565b5f5f5b5f80612eff8684610d4c565b9150915081612f0f5750506130eb565b807f746362000000000000000000000000000000000000000000000000000000000003612f5857612f4284600183611e72565b9350612f4d86613a0d565b61ffff1685526130d8565b807f746362446174650000000000000000000000000000000000000000000000000003612fab57612f8b84600283611e72565b9350612f9786826120b0565b67ffffffffffffffff1660208601526130d8565b807f74636253746174757300000000000000000000000000000000000000000000000361308b57612fde84600483611e72565b93505f612feb8783613ac9565b9050600181600681111561300157613001615500565b148061301e5750600381600681111561301c5761301c615500565b145b15613058576040517fd5c6efa200000000000000000000000000000000000000000000000000000000815260048101839052602401611031565b6040860181600681111561306e5761306e615500565b9081600681111561308157613081615500565b81525050506130d8565b807f61647669736f7279494473000000000000000000000000000000000000000000036130cf576130be84600883611e72565b93506130c986613c76565b506130d8565b6130d88661254e565b5050806130e4906152f2565b9050612ef3565b506131188160017f746362000000000000000000000000000000000000000000000000000000000061143e565b6131448160027f746362446174650000000000000000000000000000000000000000000000000061143e565b6127a18160047f746362537461747573000000000000000000000000000000000000000000000061143e565b5f61317a83613ff7565b90508060220361318d5761147c8361403e565b80607b148061319c575080605b145b156132de57601082036131ef57604083015183516131ba919061556b565b6040517f6d33a17600000000000000000000000000000000000000000000000000000000815260040161103191815260200190565b82516001018352605b819003613234575f5b61320b8482612e34565b15610d46576132248461321f856001615558565b613170565b61322d816152f2565b9050613201565b5f5b5f61324085613ff7565b905080607d0361325857505082516001019092525050565b81156132aa5780602c146132a257604080860151865191517f102f52b000000000000000000000000000000000000000000000000000000000815291036004820152602401611031565b845160010185525b6132b38561403e565b6132be85603a610cd7565b6132cd8561321f866001615558565b506132d7816152f2565b9050613236565b806074036133125761147c837f7472756500000000000000000000000000000000000000000000000000000000600461421c565b806066036133465761147c837f66616c7365000000000000000000000000000000000000000000000000000000600561421c565b80606e0361337a5761147c837f6e756c6c00000000000000000000000000000000000000000000000000000000600461421c565b80602d148061338c5750600a60308203105b1561339a5761147c83614296565b604083015183516133ab919061556b565b6040517f102f52b000000000000000000000000000000000000000000000000000000000815260040161103191815260200190565b60605f5f6133ed85611eb6565b9150915080606014613435576040517f93b643390000000000000000000000000000000000000000000000000000000081526004810185905260248101829052604401611031565b5f61344283604087612b94565b90505f61345b613453856040615558565b602088612b94565b604080516030808252606082019092529192506020820181803683375050506020810192909252604082015295945050505050565b6040805160a0810182525f8082526060602083018190529282018190528282015260808101919091526134c482607b610cd7565b5f5f5b5f806134d38684610d4c565b91509150816134e35750506136b2565b807f69640000000000000000000000000000000000000000000000000000000000000361352b5761351684600183611e72565b9350613521866143f8565b60ff16855261369f565b807f6d727369676e6572000000000000000000000000000000000000000000000000036135745761355e84600283611e72565b935061356a86826133e0565b602086015261369f565b807f6174747269627574657300000000000000000000000000000000000000000000036135e1576135a784600483611e72565b93506135b586826008612403565b7fffffffffffffffff00000000000000000000000000000000000000000000000016604086015261369f565b807f617474726962757465734d61736b0000000000000000000000000000000000000361364e5761361484600883611e72565b935061362286826008612403565b7fffffffffffffffff00000000000000000000000000000000000000000000000016606086015261369f565b807f7463624c6576656c730000000000000000000000000000000000000000000000036136965761368184601083611e72565b935061368c8661454c565b608086015261369f565b61369f8661254e565b5050806136ab906152f2565b90506134c7565b506136df8160017f696400000000000000000000000000000000000000000000000000000000000061143e565b61370b8160027f6d727369676e657200000000000000000000000000000000000000000000000061143e565b6137378160047f617474726962757465730000000000000000000000000000000000000000000061143e565b6137638160087f617474726962757465734d61736b00000000000000000000000000000000000061143e565b6127a18160107f7463624c6576656c73000000000000000000000000000000000000000000000061143e565b613797615142565b6137a282607b610cd7565b5f5f5b5f806137b18684610d4c565b91509150816137c15750506130eb565b807f746362000000000000000000000000000000000000000000000000000000000003613805576137f484600183611e72565b93506138008686614727565b613919565b807f7463624461746500000000000000000000000000000000000000000000000000036138585761383884600283611e72565b935061384486826120b0565b67ffffffffffffffff166060860152613919565b807f7463625374617475730000000000000000000000000000000000000000000000036138c85761388b84600483611e72565b93506138978682613ac9565b856080019060068111156138ad576138ad615500565b908160068111156138c0576138c0615500565b905250613919565b807f61647669736f727949447300000000000000000000000000000000000000000003613910576138fb84600883611e72565b935061390686613c76565b60a0860152613919565b6139198661254e565b505080613925906152f2565b90506137a5565b805182515f917fffffffffffffffffffffffffffffffff0000000000000000000000000000000091821691161461397e5781518351608091821c911c11613974575f19613977565b60015b9050610d7e565b816020015161ffff16836020015161ffff16146139b357816020015161ffff16836020015161ffff1611613974575f19613977565b81604001516fffffffffffffffffffffffffffffffff191683604001516fffffffffffffffffffffffffffffffff191614613a055760408083015190840151608091821c911c11613974575f19613977565b505f92915050565b5f613a1982607b610cd7565b5f5f5b5f80613a288684610d4c565b9150915081613a38575050613a9c565b807f69737673766e000000000000000000000000000000000000000000000000000003613a8057613a6b84600183611e72565b9350613a798661ffff611fb2565b9450613a89565b613a898661254e565b505080613a95906152f2565b9050613a1c565b506127a18160017f69737673766e000000000000000000000000000000000000000000000000000061143e565b5f5f5f613ad585611eb6565b80822091935091507f722ee0331a7c6f78eeeacfedae887fca969aab7751b84e067f10f4e58ee40f848101613b0f575f9350505050610d7e565b7fe1dbc1592712cb224ab58df345a7bffafe7d5092dc9eff532076ee2c5e6870998103613b425760049350505050610d7e565b7f7ad9f5b3c5180451fdebfb145dcb7bcd2dc9f95342d3659e0dcc8d07b31182a18103613b755760019350505050610d7e565b7f820e8e2a851961706b111f73b809da9ccf7c4d4181cd135f0696ca2daa5059428103613ba85760029350505050610d7e565b7f938d21948776aa0552c7ab3437df37eb0b7c53c1044e6f258911c21d5f98cb5d8103613bdb5760039350505050610d7e565b7f605a88f0014fcefe2d398f17b974556e2ae7481bfdc313f7e0af48c270400c498103613c0e5760059350505050610d7e565b7f78b54e92f33559320da4a0c1454741ea1f5c5fa31eb1dd482882c6df0231e4788103613c415760069350505050610d7e565b6040517fd5c6efa200000000000000000000000000000000000000000000000000000000815260048101869052602401611031565b60605f5f613e32565b805b80517f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c821881811682011717197f606060606060606060606060606060606060606060606060606060606060606082167f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f9081017fe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e08416171719177f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c831881811682011717197f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f222222222222222222222222222222222222222222222222222222222222222284188181168201171719171790507f808080808080808080808080808080808080808080808080808080808080808082850360031b1c811790508015613e29575b8060f81c613e23576001919091019060081b613e0c565b50610d7e565b50602001613c81565b6020840151613e42818651610d5d565b915060609350808210613e585760019250613fdc565b605b82515f1a14613e6c5760029250613fdc565b613e798160018401610d5d565b9150808210613e8b5760019250613fdc565b605d82515f1a03613ea157600182019150613fdc565b604051602081015b602284515f1a14613ebd5760029450613f98565b60018401935083613ece8486613c7f565b9450838510613ee1576001955050613f98565b84515f1a60228114613f055760039650602c8103613efe57600796505b5050613f98565b50808503613f17576007955050613f98565b80850381835e840301613f2d8360018601610d5d565b9350828410613f3f5760019450613f98565b83515f1a605d8103613f575760018501945050613f98565b602c8114613f69576002955050613f98565b50602c8153600181019050613f818360018601610d5d565b9350828410613f935760019450613f98565b613ea9565b8415613fa5575050613fdc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0828203810183525f8252603f9091011660405293505b5081613fe6578084525b81156104fe576104fe848383611b17565b5f61400182612558565b90506101008103612afb576040517f09a24d9c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b602081015181515f915b600164010000260083515f1a1c16818310161561406a57600182019150614048565b602282515f1a14818310165f8114614200576001830192505b81831061409357600193506141ef565b82515f1a602281036140a557506141ef565b60208110156140b85760039450506141ef565b605c81036141e2576001840193508284106140d75760019450506141ef565b5082515f1a7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8b81016141bf57826005850111156141185760019450506141ef565b600184015190506141408160031a5f60066061602084170310600a6030840310179050919050565b6141618260021a5f60066061602084170310600a6030840310179050919050565b166141838260011a5f60066061602084170310600a6030840310179050919050565b6141a3835f1a5f60066061602084170310600a6030840310179050919050565b16166141b35760039450506141ef565b600484019350506141e4565b60016e144044100000000000800400000000821c166141e25760039450506141ef565b505b600183019250614083565b836141fb576001830185525b614209565b81831060010193505b5050811561147c5761147c838383611b17565b8251602084015161422d8383615558565b1115614265576040517f09a24d9c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b826142708284611f8d565b146142845760408401516133ab908261556b565b61428e8282615558565b909352505050565b805160208201515f6142d6565b61010082821015610d7e5750515f1a919050565b805b600a60306142c785846142a3565b031015610d7e576001016142b9565b602d6142e283856142a3565b036142ee576001830192505b6142f882846142a3565b6030811461431d5761430a83856142b7565b84810361431657600192505b9350614324565b6001840193505b50602e61433183856142a3565b036143555761434382600185016142b7565b60018401810361435257600191505b92505b6065602061436384866142a3565b17036143a85760018301925061437982846142a3565b602d8114602b8214171561438e576001840193505b5061439982846142b7565b8381036143a557600191505b92505b80156143f25760408401516143bd908461556b565b6040517f95af73cb00000000000000000000000000000000000000000000000000000000815260040161103191815260200190565b50509052565b5f5f5f61440484611eb6565b9150915080600614158061446457507fdfdfdfff0000000000000000000000000000000000000000000000000000000061443f836004611f8d565b167f5444585f0000000000000000000000000000000000000000000000000000000014155b1561449b576040517f8904ca7b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82518060041a8160051a915060066061602084170310600a60308403101760066061602084170310600a6030840310171692505050805f0361450a576040517f8904ca7b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b614540614518846004615558565b60027f6964000000000000000000000000000000000000000000000000000000000000612b94565b60f81c95945050505050565b606061455982605b610cd7565b50604080516020815261042081019091525f5b6145768382612e34565b15612a6257602081036145d7576040517fa798174f0000000000000000000000000000000000000000000000000000000081527f7463624c6576656c7300000000000000000000000000000000000000000000006004820152602401611031565b5f6145e184614914565b9050815b80158015906146225750815161ffff168461460160018461556b565b81518110614611576146116154d3565b60200260200101515f015161ffff16105b15614679578361463360018361556b565b81518110614643576146436154d3565b602002602001015184828151811061465d5761465d6154d3565b60200260200101819052508061467290615595565b90506145e5565b80158015906146b65750815161ffff168461469560018461556b565b815181106146a5576146a56154d3565b60200260200101515f015161ffff16145b156146f65781516040517f33d80dd100000000000000000000000000000000000000000000000000000000815261ffff9091166004820152602401611031565b81848281518110614709576147096154d3565b6020026020010181905250505080614720906152f2565b905061456c565b61473282607b610cd7565b5f5f5b5f806147418684610d4c565b915091508161475157505061488f565b807f736778746362636f6d706f6e656e747300000000000000000000000000000000036147b95761478484600183611e72565b93506147908682614b46565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016855261487c565b807f70636573766e000000000000000000000000000000000000000000000000000003614808576147ec84600283611e72565b93506147fa8661ffff611fb2565b61ffff16602086015261487c565b807f746478746362636f6d706f6e656e747300000000000000000000000000000000036148735761483b84600483611e72565b93506148478682614b46565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016604086015261487c565b61487c8661254e565b505080614888906152f2565b9050614735565b506148bc8160017f736778746362636f6d706f6e656e74730000000000000000000000000000000061143e565b6148e88160027f70636573766e000000000000000000000000000000000000000000000000000061143e565b61147c8160047f746478746362636f6d706f6e656e74730000000000000000000000000000000061143e565b61491c615178565b61492782607b610cd7565b5f5f5b5f806149368684610d4c565b91509150816149465750506130eb565b807f74636200000000000000000000000000000000000000000000000000000000000361498f5761497984600183611e72565b935061498486614c38565b61ffff168552614b33565b807f7463624461746500000000000000000000000000000000000000000000000000036149e2576149c284600283611e72565b93506149ce86826120b0565b67ffffffffffffffff166020860152614b33565b807f746362537461747573000000000000000000000000000000000000000000000003614ae257614a1584600483611e72565b93505f614a228783613ac9565b90505f816006811115614a3757614a37615500565b14158015614a5757506004816006811115614a5457614a54615500565b14155b8015614a7557506006816006811115614a7257614a72615500565b14155b15614aaf576040517fd5c6efa200000000000000000000000000000000000000000000000000000000815260048101839052602401611031565b60408601816006811115614ac557614ac5615500565b90816006811115614ad857614ad8615500565b8152505050614b33565b807f61647669736f727949447300000000000000000000000000000000000000000003614b2a57614b1584600883611e72565b9350614b2086613c76565b6060860152614b33565b614b338661254e565b505080614b3f906152f2565b905061492a565b5f5f5f614b5285614cc7565b915091508115614b65579150610d7e9050565b614b7085605b610cd7565b5f5f5b614b7d8782612e34565b15614bee5780601003614bbf576040517f8b0f38c800000000000000000000000000000000000000000000000000000000815260048101879052602401611031565b6003614bcc82600f61556b565b901b614bd788615011565b901b8217915080614be7906152f2565b9050614b73565b80601014614c2b576040517f8b0f38c800000000000000000000000000000000000000000000000000000000815260048101879052602401611031565b5060801b95945050505050565b5f614c4482607b610cd7565b5f5f5b5f80614c538684610d4c565b9150915081614c63575050613a9c565b807f69737673766e000000000000000000000000000000000000000000000000000003614cab57614c9684600183611e72565b9350614ca48661ffff611fb2565b9450614cb4565b614cb48661254e565b505080614cc0906152f2565b9050614c47565b5f5f5f5f614e64565b5f602282515f1a148383101615610d7e576001820191505b81517f606060606060606060606060606060606060606060606060606060606060606081167f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f9081017fe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e083161717197f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c831881811682011717197f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f222222222222222222222222222222222222222222222222222222222222222284188181168201171719171790507f808080808080808080808080808080808080808080808080808080808080808083850360031b1c811790508015614e58575b8060f81c614e3d576001929092019160081b614e26565b602283515f1a148484101615613e2357505060018101610d7e565b50602082019150614ce8565b60208501518551605b81515f1a148282101615614ff0576001015f5b667b2273766e223a825160c81c141583600784011117614fee57600782019150815f5b600a603085515f1a03108585101615614ecf57603084515f1a03600a8202019050600184019350614ea3565b81840360ff8211600382118215171715614eeb57505050614fee565b603083515f1a14600182111615614f0457505050614fee565b506b2c2263617465676f7279223a845160a01c1485600c860111151615614f4057614f3285600c8601614cd0565b935083614f40575050614fee565b672c2274797065223a845160c01c14856008860111151615614f7757614f698560088601614cd0565b935083614f77575050614fee565b846001850110614f88575050614fee565b607d84515f1a14614f9a575050614fee565b8083600f0360031b1b87179650505060018201515f1a600283019250605d8103614fd057600f8203614fca578294505b50614fee565b600f8214602c8214151715614fe55750614fee565b50600101614e80565b505b5050801561500a579093525060019260809290921b919050565b5050915091565b5f61501d82607b610cd7565b5f5f5b5f8061502c8684610d4c565b915091508161503c575050615115565b807f73766e0000000000000000000000000000000000000000000000000000000000036150835761506f84600183611e72565b935061507c8660ff611fb2565b9450615102565b807f63617465676f7279000000000000000000000000000000000000000000000000036150c6576150b684600283611e72565b93506150c18661403e565b615102565b807f7479706500000000000000000000000000000000000000000000000000000000036150f9576150b684600483611e72565b6151028661254e565b50508061510e906152f2565b9050615020565b506127a18160017f73766e000000000000000000000000000000000000000000000000000000000061143e565b6040805160c0810182525f80825260208201819052918101829052606081018290529060808201905b8152602001606081525090565b604080516080810182525f80825260208201819052909182019061516b565b5f5f602083850312156151a8575f5ffd5b823567ffffffffffffffff8111156151be575f5ffd5b8301601f810185136151ce575f5ffd5b803567ffffffffffffffff8111156151e4575f5ffd5b8560208284010111156151f5575f5ffd5b6020919091019590945092505050565b602081527fffffffffffff0000000000000000000000000000000000000000000000000000825116602082015263ffffffff602083015116604082015267ffffffffffffffff604083015116606082015267ffffffffffffffff60608301511660808201525f608083015160a08084015280518060c0850152806020830160e086015e5f60e0828601015260e07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168501019250505092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5f198203615303576153036152c5565b5060010190565b7fff000000000000000000000000000000000000000000000000000000000000008c60f81b1681527fffffffff000000000000000000000000000000000000000000000000000000008b60e01b1660018201527fffffffffffffffff0000000000000000000000000000000000000000000000008a60c01b1660058201527fffffffffffffffff0000000000000000000000000000000000000000000000008960c01b16600d8201526153e160158201897fffffffff00000000000000000000000000000000000000000000000000000000169052565b7fffffffff00000000000000000000000000000000000000000000000000000000871660198201527fffffffffffffffffffffffffffffffff000000000000000000000000000000008616601d8201527fffffffffffffffffffffffffffffffff000000000000000000000000000000008516602d82015283603d820152615490605d82018460f01b7fffff000000000000000000000000000000000000000000000000000000000000169052565b6154c1605f82018360f81b7fff00000000000000000000000000000000000000000000000000000000000000169052565b6060019b9a5050505050505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f611a73615552838661552d565b8461552d565b80820180821115610d7e57610d7e6152c5565b81810381811115610d7e57610d7e6152c5565b8082028115828204841417610d7e57610d7e6152c5565b5f816155a3576155a36152c5565b505f19019056",
}

// DcapCollateralParserABI is the input ABI used to generate the binding from.
// Deprecated: Use DcapCollateralParserMetaData.ABI instead.
var DcapCollateralParserABI = DcapCollateralParserMetaData.ABI

// DcapCollateralParserBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DcapCollateralParserMetaData.Bin instead.
var DcapCollateralParserBin = DcapCollateralParserMetaData.Bin

// DeployDcapCollateralParser deploys a new Ethereum contract, binding an instance of DcapCollateralParser to it.
func DeployDcapCollateralParser(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *DcapCollateralParser, error) {
	parsed, err := DcapCollateralParserMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DcapCollateralParserBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DcapCollateralParser{DcapCollateralParserCaller: DcapCollateralParserCaller{contract: contract}, DcapCollateralParserTransactor: DcapCollateralParserTransactor{contract: contract}, DcapCollateralParserFilterer: DcapCollateralParserFilterer{contract: contract}}, nil
}

// DcapCollateralParser is an auto generated Go binding around an Ethereum contract.
type DcapCollateralParser struct {
	DcapCollateralParserCaller     // Read-only binding to the contract
	DcapCollateralParserTransactor // Write-only binding to the contract
	DcapCollateralParserFilterer   // Log filterer for contract events
}

// DcapCollateralParserCaller is an auto generated read-only Go binding around an Ethereum contract.
type DcapCollateralParserCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralParserTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DcapCollateralParserTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralParserFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DcapCollateralParserFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralParserSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DcapCollateralParserSession struct {
	Contract     *DcapCollateralParser // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// DcapCollateralParserCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DcapCollateralParserCallerSession struct {
	Contract *DcapCollateralParserCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// DcapCollateralParserTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DcapCollateralParserTransactorSession struct {
	Contract     *DcapCollateralParserTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// DcapCollateralParserRaw is an auto generated low-level Go binding around an Ethereum contract.
type DcapCollateralParserRaw struct {
	Contract *DcapCollateralParser // Generic contract binding to access the raw methods on
}

// DcapCollateralParserCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DcapCollateralParserCallerRaw struct {
	Contract *DcapCollateralParserCaller // Generic read-only contract binding to access the raw methods on
}

// DcapCollateralParserTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DcapCollateralParserTransactorRaw struct {
	Contract *DcapCollateralParserTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDcapCollateralParser creates a new instance of DcapCollateralParser, bound to a specific deployed contract.
func NewDcapCollateralParser(address common.Address, backend bind.ContractBackend) (*DcapCollateralParser, error) {
	contract, err := bindDcapCollateralParser(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralParser{DcapCollateralParserCaller: DcapCollateralParserCaller{contract: contract}, DcapCollateralParserTransactor: DcapCollateralParserTransactor{contract: contract}, DcapCollateralParserFilterer: DcapCollateralParserFilterer{contract: contract}}, nil
}

// NewDcapCollateralParserCaller creates a new read-only instance of DcapCollateralParser, bound to a specific deployed contract.
func NewDcapCollateralParserCaller(address common.Address, caller bind.ContractCaller) (*DcapCollateralParserCaller, error) {
	contract, err := bindDcapCollateralParser(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralParserCaller{contract: contract}, nil
}

// NewDcapCollateralParserTransactor creates a new write-only instance of DcapCollateralParser, bound to a specific deployed contract.
func NewDcapCollateralParserTransactor(address common.Address, transactor bind.ContractTransactor) (*DcapCollateralParserTransactor, error) {
	contract, err := bindDcapCollateralParser(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralParserTransactor{contract: contract}, nil
}

// NewDcapCollateralParserFilterer creates a new log filterer instance of DcapCollateralParser, bound to a specific deployed contract.
func NewDcapCollateralParserFilterer(address common.Address, filterer bind.ContractFilterer) (*DcapCollateralParserFilterer, error) {
	contract, err := bindDcapCollateralParser(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralParserFilterer{contract: contract}, nil
}

// bindDcapCollateralParser binds a generic wrapper to an already deployed contract.
func bindDcapCollateralParser(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DcapCollateralParserMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapCollateralParser *DcapCollateralParserRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapCollateralParser.Contract.DcapCollateralParserCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapCollateralParser *DcapCollateralParserRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapCollateralParser.Contract.DcapCollateralParserTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapCollateralParser *DcapCollateralParserRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapCollateralParser.Contract.DcapCollateralParserTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapCollateralParser *DcapCollateralParserCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapCollateralParser.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapCollateralParser *DcapCollateralParserTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapCollateralParser.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapCollateralParser *DcapCollateralParserTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapCollateralParser.Contract.contract.Transact(opts, method, params...)
}

// ParseQeIdentity is a free data retrieval call binding the contract method 0x33fe1502.
//
// Solidity: function parseQeIdentity(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserCaller) ParseQeIdentity(opts *bind.CallOpts, json []byte) (DcapCollateralParserParsed, error) {
	var out []interface{}
	err := _DcapCollateralParser.contract.Call(opts, &out, "parseQeIdentity", json)

	if err != nil {
		return *new(DcapCollateralParserParsed), err
	}

	out0 := *abi.ConvertType(out[0], new(DcapCollateralParserParsed)).(*DcapCollateralParserParsed)

	return out0, err

}

// ParseQeIdentity is a free data retrieval call binding the contract method 0x33fe1502.
//
// Solidity: function parseQeIdentity(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserSession) ParseQeIdentity(json []byte) (DcapCollateralParserParsed, error) {
	return _DcapCollateralParser.Contract.ParseQeIdentity(&_DcapCollateralParser.CallOpts, json)
}

// ParseQeIdentity is a free data retrieval call binding the contract method 0x33fe1502.
//
// Solidity: function parseQeIdentity(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserCallerSession) ParseQeIdentity(json []byte) (DcapCollateralParserParsed, error) {
	return _DcapCollateralParser.Contract.ParseQeIdentity(&_DcapCollateralParser.CallOpts, json)
}

// ParseTcbInfo is a free data retrieval call binding the contract method 0xd61d7ce3.
//
// Solidity: function parseTcbInfo(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserCaller) ParseTcbInfo(opts *bind.CallOpts, json []byte) (DcapCollateralParserParsed, error) {
	var out []interface{}
	err := _DcapCollateralParser.contract.Call(opts, &out, "parseTcbInfo", json)

	if err != nil {
		return *new(DcapCollateralParserParsed), err
	}

	out0 := *abi.ConvertType(out[0], new(DcapCollateralParserParsed)).(*DcapCollateralParserParsed)

	return out0, err

}

// ParseTcbInfo is a free data retrieval call binding the contract method 0xd61d7ce3.
//
// Solidity: function parseTcbInfo(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserSession) ParseTcbInfo(json []byte) (DcapCollateralParserParsed, error) {
	return _DcapCollateralParser.Contract.ParseTcbInfo(&_DcapCollateralParser.CallOpts, json)
}

// ParseTcbInfo is a free data retrieval call binding the contract method 0xd61d7ce3.
//
// Solidity: function parseTcbInfo(bytes json) pure returns((bytes6,uint32,uint64,uint64,bytes) p)
func (_DcapCollateralParser *DcapCollateralParserCallerSession) ParseTcbInfo(json []byte) (DcapCollateralParserParsed, error) {
	return _DcapCollateralParser.Contract.ParseTcbInfo(&_DcapCollateralParser.CallOpts, json)
}

// DcapCollateralStoreMetaData contains all meta data concerning the DcapCollateralStore contract.
var DcapCollateralStoreMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"rootCaDer\",\"type\":\"bytes\"},{\"internalType\":\"contractDcapCollateralParser\",\"name\":\"parser_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_REVOKED\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROOT_CA_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ROOT_SUBJECT_HASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"crlOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"thisUpdate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revokedCount\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"derHash\",\"type\":\"bytes32\"}],\"name\":\"intermediate\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"pubKeyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"pubKeyY\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"subjectHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"serialNumber\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"notAfter\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"isCa\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"canSignData\",\"type\":\"bool\"}],\"internalType\":\"structDcapCollateralStore.Intermediate\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"issuerSubjectHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"serial\",\"type\":\"uint256\"}],\"name\":\"isRevoked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"parser\",\"outputs\":[{\"internalType\":\"contractDcapCollateralParser\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"qeIdentity\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"blob\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"qeIdentityBlob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"blob\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes6\",\"name\":\"fmspc\",\"type\":\"bytes6\"}],\"name\":\"tcbInfoBlob\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"blob\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes6\",\"name\":\"\",\"type\":\"bytes6\"}],\"name\":\"tcbInfoOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"blob\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"der\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"issuerDer\",\"type\":\"bytes\"}],\"name\":\"uploadCrl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"json\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signerDer\",\"type\":\"bytes\"}],\"name\":\"uploadQeIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"json\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signerDer\",\"type\":\"bytes\"}],\"name\":\"uploadTcbInfo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"der\",\"type\":\"bytes\"}],\"name\":\"verifyIntermediate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"derHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"issuerSubjectHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"thisUpdate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"crl\",\"type\":\"bytes\"}],\"name\":\"CrlUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"derHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"subjectHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"serialNumber\",\"type\":\"uint256\"}],\"name\":\"IntermediateVerified\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"qeIdentity\",\"type\":\"string\"}],\"name\":\"QeIdentityUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes6\",\"name\":\"fmspc\",\"type\":\"bytes6\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tcbInfo\",\"type\":\"string\"}],\"name\":\"TcbInfoUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CertDuplicateExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidBasicConstraints\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidKeyIdentifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidKeyUsage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnexpectedField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedCriticalExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedSignatureAlgorithm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"tcbEvaluationDataNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"}],\"name\":\"CollateralNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"issueDate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"}],\"name\":\"CollateralNotValidNow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlDuplicateExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlInvalidCrlNumber\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlIssuerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlMissingNextUpdate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"thisUpdate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"CrlNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"thisUpdate\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextUpdate\",\"type\":\"uint64\"}],\"name\":\"CrlNotValidNow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlUnexpectedField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlUnsupportedCriticalExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CrlUnsupportedVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerContentTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInputTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidBitString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidBoolean\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerNegativeInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerTrailingData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"DerUnexpectedTag\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IntermediateNotValidNow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"serialNumber\",\"type\":\"uint256\"}],\"name\":\"IntermediateRevoked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCollateralSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IssuerNotCa\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotIssuedByRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootCertificateInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootCrlMissing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Sha256Failed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Sha256RangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignerCannotSign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyRevokedSerials\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"derHash\",\"type\":\"bytes32\"}],\"name\":\"UnknownIntermediate\",\"type\":\"error\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b50604051615e45380380615e4583398101604081905261002f91611834565b6001600160a01b0381166080525f6100468361011d565b9050806101a00151158061006257508060400151816020015114155b806100845750610082818260e0015183610100015161028160201b60201c565b155b156100a257604051637025c47760e11b815260040160405180910390fd5b6002836040516100b291906118f5565b602060405180830381855afa1580156100cd573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906100f0919061190b565b60a052604081015161010090815260e08083015160c0908152918301519052015161012052506119929050565b6101bb604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f6101cf6101c8846102ac565b6030610310565b90505f6101de8483603061035b565b90505f6101eb858361036f565b90506101f78582610497565b5f610202868361036f565b905061020d8161051c565b6102178682610558565b6102c08701526102a08601525f196101c08601526102368684876105bd565b6102488360601c65ffffffffffff1690565b610240860152610257836107cd565b6102608601819052610240860151610271918891906107f0565b6102808601525092949350505050565b5f6102a4846102800151856102a00151866102c00151868661086460201b60201c565b949350505050565b80515f9064010000000081106102d5576040516351b1c10760e01b815260040160405180910390fd5b6102e0835f8361087f565b91508065ffffffffffff83161461030a5760405163828db61160e01b815260040160405180910390fd5b50919050565b5f8061031f8460c01c60ff1690565b90508281146103505760405163246fd32360e21b815260048101849052602481018290526044015b60405180910390fd5b839150505b92915050565b5f6102a4610369858561097d565b83610310565b5f65ffffffffffff821665ffffffffffff8360901c168082036103995763187fea745f526004601cfd5b8060018301106103b057632c96976b5f526004601cfd5b816020860101518060f81c601f808216036103d25763be1b2f805f526004601cfd5b8160011a60028501607f82111561045a57607f8216806103f95763544f28955f526004601cfd5b600481111561040f5763cb1efb265f526004601cfd5b908101908582111561042857632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c15608084101715610458576365df062c5f526004601cfd5b505b8181019350848411156104745763e186abf45f526004601cfd5b838160301b8760601b17178560901b8460c01b1717965050505050505092915050565b60306104a68260c01c60ff1690565b146104c457604051630c61776160e11b815260040160405180910390fd5b5f6104cf838361097d565b90506104e9838267154324671e82018160c11b60086109bf565b15806104f957506104f981610a31565b1561051757604051630c61776160e11b815260040160405180910390fd5b505050565b61052e8160901c65ffffffffffff1690565b65ffffffffffff8216146105555760405163828db61160e01b815260040160405180910390fd5b50565b5f80610565836003610310565b505f6105746101c88686610a55565b90505f610581868361097d565b90505f61058e878361036f565b90506105998161051c565b6105a38783610afa565b94506105af8782610afa565b5f1b93505050509250929050565b5f6105c8848461097d565b90506105d78160c01c60ff1690565b60a01415806105fa57506105f56105ee8583610a55565b8590610afa565b600214155b15610618576040516336b555e360e11b815260040160405180910390fd5b610622848261036f565b905061062e8482610afa565b825261063a848261036f565b90506106468482610497565b61065284826030610b18565b6060830181905290506106658482610b26565b602083015261067684826030610b18565b90505f610683858361097d565b905061068f8582610b58565b60a084015261069e858261036f565b90506106a98161051c565b6106b38582610b58565b60c08401526106c485836030610b18565b6080840181905291506106d78583610b26565b60408401526106e6858361036f565b91506106f3858385610c5a565b6106fc82610a31565b610707575050505050565b610711858361036f565b91506107208260c01c60ff1690565b6081036107485761073082610a31565b61073b575050505050565b610745858361036f565b91505b6107558260c01c60ff1690565b60820361077d5761076582610a31565b610770575050505050565b61077a858361036f565b91505b61078a8260c01c60ff1690565b60a314158061079d575061079d82610a31565b156107bb57604051636ebbc53560e11b815260040160405180910390fd5b6107c6858385610d9b565b5050505050565b5f6107e08260601c65ffffffffffff1690565b65ffffffffffff83160392915050565b82515f908084118061080a57506108078482611936565b83115b1561082857604051639df168d160e01b815260040160405180910390fd5b5f60205f858760208a010160025afa90505f5192508061085b5760405163c176b3c560e01b815260040160405180910390fd5b50509392505050565b5f6108756101008787878787610df7565b9695505050505050565b5f81600184011061089757632c96976b5f526004601cfd5b826020850101518060f81c601f808216036108b95763be1b2f805f526004601cfd5b8160011a60028601607f82111561094157607f8216806108e05763544f28955f526004601cfd5b60048111156108f65763cb1efb265f526004601cfd5b908101908682111561090f57632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c1560808410171561093f576365df062c5f526004601cfd5b505b81810193508584111561095b5763e186abf45f526004601cfd5b838160301b8860601b17178660901b8460c01b17179450505050509392505050565b5f60208260c01c166109965763d253d0745f526004601cfd5b65ffffffffffff8260301c1665ffffffffffff83168082036103995763a984141a5f526004601cfd5b5f60066109cf8560c01c60ff1690565b1415806109f25750816109ef855f6107e08260301c65ffffffffffff1690565b14155b156109fe57505f6102a4565b82610a2786610a158760301c65ffffffffffff1690565b01602001515f19600386901b1c191690565b1495945050505050565b5f610a448260901c65ffffffffffff1690565b65ffffffffffff8316141592915050565b5f80610a698360301c65ffffffffffff1690565b905065ffffffffffff8316600360ff60c086901c1603610abd5780821480610a985750602082860101515f1a15155b15610ab657604051632dc223cb60e01b815260040160405180910390fd5b8160010191505b610ac885838361087f565b92508065ffffffffffff841614610af25760405163828db61160e01b815260040160405180910390fd5b505092915050565b5f610b06826002610310565b50610b118383610e3d565b9392505050565b5f6102a4610369858561036f565b5f80610b3a8360601c65ffffffffffff1690565b90505f610b46846107cd565b94909101602001939093209392505050565b5f80610b678360c01c60ff1690565b90505f610b81845f6107e08260301c65ffffffffffff1690565b90505f610ba286610b9a8760301c65ffffffffffff1690565b016020015190565b905060178303610c005781600d14610bcd576040516320ebf56960e11b815260040160405180910390fd5b5f603560f883901c1015610be357613230610be7565b6131395b61ffff16905060f081901b601083901c17915050610c51565b60188303610c2e5781600f14610c29576040516320ebf56960e11b815260040160405180910390fd5b610c51565b60405163246fd32360e21b81526017600482015260248101849052604401610347565b61087581610f4e565b610c65826030610310565b505f610c738484603061035b565b90505f610c80858361097d565b9050610c998582662a8648ce3d020160c81b60076109bf565b1580610cab5750610ca981610a31565b155b15610cc95760405163a53ff5f960e01b815260040160405180910390fd5b610cd3858261036f565b9050610ced8582672a8648ce3d03010760c01b60086109bf565b1580610cfd5750610cfd81610a31565b15610d1b5760405163a53ff5f960e01b815260040160405180910390fd5b5f610d26868461036f565b9050610d318161051c565b5f80610d3d88846110d0565b91509150806041141580610d5a5750602082890101515f1a600414155b15610d785760405163332ea48560e01b815260040160405180910390fd5b5095909501602181015160e0850152604101516101009093019290925250505050565b5f610da96101c88585610a55565b610220830181905290505f610dbe858361097d565b90505f5b610dce8683868461114e565b9050610dd982610a31565b15610def57610de8868361036f565b9150610dc2565b505050505050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0838b5afa905060015f511460203d148216169150509695505050505050565b5f80610e518360301c65ffffffffffff1690565b90505f610e6b845f6107e08260301c65ffffffffffff1690565b9050805f03610e8d5760405163b06efcf760e01b815260040160405180910390fd5b5f610e9b8684016020015190565b905060ff81901c15610ec057604051631a007b8160e01b815260040160405180910390fd5b60f881901c158015610ed25750600182115b15610f1a5760f781901c6001165f03610efe5760405163b06efcf760e01b815260040160405180910390fd5b6001909201915f1990910190610f178684016020015190565b90505b6020821115610f3c576040516325cede7360e01b815260040160405180910390fd5b60209190910360031b1c949350505050565b5f6d0cfcfcfcfcfcfcfcfcfcfcfcfcfd60941b6001600160901b03198316908101600881901c7eff00ff00ff00ff00ff00ff00ff000000000000000000000000000000000000908116600a0291160160f081901c60640260e082901c61ffff908116919091019260d083901c82169260c081901c83169260b082901c81169260a083901c82169260901c90911690600e89901a605a146d010101010101010101010101010160971b8a811615919091166d232323232323232323232323232360911b83018216196d050505050505050505050505050560941b909301929092168116141615808061104a575061104887878787878761122e565b155b15611068576040516320ebf56960e11b815260040160405180910390fd5b603c8302610e108502620afa6c1961019060038a108b0381810462023ab10260649290910691820461016d830260029390931c9290920161f4ff600c60098e01060261030101600b1c8b01019190910301016201518002010182019998505050505050505050565b5f806110dd836003610310565b506110f08360301c65ffffffffffff1690565b9150611109835f6107e08260301c65ffffffffffff1690565b905080158061111f5750602082850101515f1a15155b1561113d57604051632dc223cb60e01b815260040160405180910390fd5b6001909101935f1990910192509050565b5f80808061115c8888611295565b919450925090505f61116e8985611307565b9050806111a05782156111945760405163c859dffb60e01b815260040160405180910390fd5b859450505050506102a4565b6001811b8616156111c4576040516392595b0160e01b815260040160405180910390fd5b5f6111cf8a84610a55565b9050600182036111e9576111e48a828a611398565b61121a565b600282036111fc576111e48a828a6113b3565b6003820361120f576111e48a828a6113fb565b61121a8a828a61151a565b506001901b85179350505050949350505050565b5f63fffff84e6107b119880110600c5f1980890182116b1f1c1f1e1f1e1f1f1e1f1e1f60981b8a1a60028b1460198d06159094026003018c161593909316929092019088011016161561087557603c8210603c841016601885101690509695505050505050565b5f80806112a3846030610310565b506112b08585600661035b565b92506112bc858461036f565b905060016112cd8260c01c60ff1690565b036112eb576112dc8582611613565b91506112e8858261036f565b90505b6112f6816004610310565b506113008161051c565b9250925092565b5f61131f825f6107e08260301c65ffffffffffff1690565b60031461132d57505f610355565b5f60e861133a85856116ab565b901c905062551d23819003611353576001915050610355565b8062551d0e03611367576002915050610355565b8062551d0f0361137b576003915050610355565b8062551d130361138f576004915050610355565b505f9392505050565b6113a28383611710565b610140830152610120909101525050565b60046113c28360c01c60ff1690565b146113e05760405163076564cb60e01b815260040160405180910390fd5b6113ea83836117aa565b610180830152610160909101525050565b600361140a8360c01c60ff1690565b1461142857604051634d9aced160e11b815260040160405180910390fd5b5f61143b8360301c65ffffffffffff1690565b90505f611455845f6107e08260301c65ffffffffffff1690565b905060028110806114665750600381115b8061147f5750600761147d868401602001515f1a90565b115b1561149d57604051634d9aced160e11b815260040160405180910390fd5b5f816003146114ae5761ff006114b2565b61ffff5b61ffff1660f06114c788610b9a876001611949565b60016101e08801819052911c91909116915081901b610100166103ff6114f6600884901c64020202020261195c565b65010884422010166115089190611973565b17610200909401939093525050505050565b60306115298360c01c60ff1690565b146115475760405163a52a67a560e01b815260040160405180910390fd5b61155e825f6107e08260301c65ffffffffffff1690565b5f0361156957505050565b5f611574848461097d565b905060016115858260c01c60ff1690565b036115bc576115948482611613565b15156101a08301526115a581610a31565b6115af5750505050565b6115b9848261036f565b90505b60026115cb8260c01c60ff1690565b1415806115dc57506115dc81610a31565b156115fa5760405163a52a67a560e01b815260040160405180910390fd5b6116048482610afa565b6101c090920191909152505050565b5f61161f826001610310565b50611637825f6107e08260301c65ffffffffffff1690565b60011461165757604051630f6ae09560e41b815260040160405180910390fd5b5f6116788461166e8560301c65ffffffffffff1690565b01602001515f1a90565b90508060ff0361168c576001915050610355565b801561138f57604051630f6ae09560e41b815260040160405180910390fd5b5f806116c4835f6107e08260301c65ffffffffffff1690565b905060208111156116e857604051631c4fe2a560e11b815260040160405180910390fd5b6102a4846116fe8560301c65ffffffffffff1690565b01602001515f19600384901b1c191690565b5f8060306117218460c01c60ff1690565b1461173f5760405163076564cb60e01b815260040160405180910390fd5b611756835f6107e08260301c65ffffffffffff1690565b5f0361176657505f9050806117a3565b5f611771858561097d565b90506117808160c01c60ff1690565b60801461179357505f91508190506117a3565b61179d85826117aa565b92509250505b9250929050565b5f80806117c4845f6107e08260301c65ffffffffffff1690565b90508015806117d35750602081115b156117f15760405163076564cb60e01b815260040160405180910390fd5b6117fb85856116ab565b9590945092505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b038116811461182f575f5ffd5b919050565b5f5f60408385031215611845575f5ffd5b82516001600160401b0381111561185a575f5ffd5b8301601f8101851361186a575f5ffd5b80516001600160401b0381111561188357611883611805565b604051601f8201601f19908116603f011681016001600160401b03811182821017156118b1576118b1611805565b6040528181528282016020018710156118c8575f5ffd5b8160208401602083015e5f602083830101528094505050506118ec60208401611819565b90509250929050565b5f82518060208501845e5f920191825250919050565b5f6020828403121561191b575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561035557610355611922565b8082018082111561035557610355611922565b808202811582820484141761035557610355611922565b5f8261198d57634e487b7160e01b5f52601260045260245ffd5b500690565b60805160a05160c05160e051610100516101205161442d611a185f395f611f9a01525f818161047401528181610588015281816106620152818161119b01528181611ff501526120cb01525f818161060501526111ee01525f81816105e401526111cd01525f6104ae01525f81816101e601528181610bad0152610e67015261442d5ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063712efc8e11610093578063cb1e1e6111610063578063cb1e1e611461046f578063cfaea31614610496578063eaedb7d5146104a9578063f2cd9c31146104d0575f5ffd5b8063712efc8e146102625780639a887bbf1461026a578063a3a2656a1461036d578063b684252f146103d3575f5ffd5b8063553356d6116100ce578063553356d6146101385780635aad6a35146101e15780635cd5a7091461022d5780636cc1ff5714610240575f5ffd5b80632b0cb6be146100f457806334fc1b3f146101105780634c33ebb714610125575b5f5ffd5b6100fd61040081565b6040519081526020015b60405180910390f35b61012361011e366004613d52565b61053b565b005b610123610133366004613dbe565b610b60565b6101a9610146366004613e5d565b60016020525f908152604090205467ffffffffffffffff808216916801000000000000000081049091169063ffffffff70010000000000000000000000000000000082048116917401000000000000000000000000000000000000000090041684565b6040805167ffffffffffffffff958616815294909316602085015263ffffffff91821692840192909252166060820152608001610107565b6102087f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610107565b6100fd61023b366004613e74565b610ca4565b61025361024e366004613ee0565b610cb8565b60405161010793929190613f02565b610253610d82565b610360610278366004613e5d565b60408051610100810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810191909152505f9081526020818152604091829020825161010081018452815481526001820154928101929092526002810154928201929092526003820154606082015260049091015467ffffffffffffffff80821660808401526801000000000000000082041660a083015260ff70010000000000000000000000000000000082048116151560c08401527101000000000000000000000000000000000090910416151560e082015290565b6040516101079190613f77565b6103c361037b366004613fef565b5f9182526002602090815260408084206001835281852054700100000000000000000000000000000000900463ffffffff168552825280842092845291905290205460ff1690565b6040519015158152602001610107565b6004546005546104249163ffffffff81169167ffffffffffffffff64010000000083048116926c010000000000000000000000009004169073ffffffffffffffffffffffffffffffffffffffff1684565b6040805163ffffffff95909516855267ffffffffffffffff9384166020860152919092169083015273ffffffffffffffffffffffffffffffffffffffff166060820152608001610107565b6100fd7f000000000000000000000000000000000000000000000000000000000000000081565b6101236104a4366004613dbe565b610e1a565b6100fd7f000000000000000000000000000000000000000000000000000000000000000081565b6104246104de366004613ee0565b60036020525f90815260409020805460019091015463ffffffff82169167ffffffffffffffff64010000000082048116926c01000000000000000000000000909204169073ffffffffffffffffffffffffffffffffffffffff1684565b5f61057a85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610fb092505050565b90505f8281036106865781517f0000000000000000000000000000000000000000000000000000000000000000146105de576040517ff0a6dd5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610629827f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006110c8565b61065f576040517f784ba52600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507f0000000000000000000000000000000000000000000000000000000000000000610800565b5f5f5f61069387876110ed565b815260208082019290925260409081015f2081516101008101835281548152600182015493810193909352600281015491830191909152600381015460608301526004015467ffffffffffffffff80821660808401526801000000000000000082041660a083015260ff70010000000000000000000000000000000082048116151560c084018190527101000000000000000000000000000000000090920416151560e0830152909150610773576040517f017534e700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408101518351146107b1576040517fc4fe026d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6107c383825f015183602001516110c8565b6107f9576040517f784ba52600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040015190505b61080a824261143b565b61086357604080830151606084015191517f3ff1f53700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152911660248201526044015b60405180910390fd5b5f818152600160205260409020805468010000000000000000900467ffffffffffffffff16158015906108a757508054604084015167ffffffffffffffff90911610155b156108f957604083810151825491517f5b3ddba600000000000000000000000000000000000000000000000000000000815267ffffffffffffffff91821660048201529116602482015260440161085a565b60e08301515161040081111561093e576040517f2d7539050000000000000000000000000000000000000000000000000000000081526004810182905260240161085a565b81545f9061096790700100000000000000000000000000000000900463ffffffff16600161403c565b5f85815260026020908152604080832063ffffffff8516845290915281209192505b838110156109f9576001825f8960e0015184815181106109ab576109ab614058565b60209081029190910181015182528101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016911515919091179055600101610989565b5060408051608081018252878201805167ffffffffffffffff90811683526060808b0180518316602080870191825263ffffffff808b16888a019081528c82169589019586525f8f815260019093529189902097518854935192519551821674010000000000000000000000000000000000000000027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff9690921670010000000000000000000000000000000002959095167fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff92871668010000000000000000027fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416959096169490941791909117169290921717909255519051915187927f629eefa9fdd9beac72187872c0ef5153c193890355aef0d4bcb8d522ef7a1c0792610b4c929091908f908f906140cc565b60405180910390a250505050505050505050565b610b6e868686868686611457565b6040517f33fe15020000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906333fe150290610be4908a908a906004016140ff565b5f60405180830381865afa158015610bfe573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201604052610c43919081019061422d565b9050610c50600482611649565b7f6c8d40e9edabb2c72950e40d843c4d360c0a3da71f96c757df778922b0b8d0a38160200151826040015183606001518a8a604051610c939594939291906142e9565b60405180910390a150505050505050565b5f610caf83836110ed565b90505b92915050565b7fffffffffffff000000000000000000000000000000000000000000000000000081165f9081526003602090815260408083208151608081018352815463ffffffff8116825267ffffffffffffffff64010000000082048116958301959095526c010000000000000000000000009004909316918301919091526001015473ffffffffffffffffffffffffffffffffffffffff1660608281018290529291829115610d6d57610d6a8160600151611854565b93505b60208101516040909101519395909450915050565b6040805160808101825260045463ffffffff8116825267ffffffffffffffff6401000000008204811660208401526c01000000000000000000000000909104169181019190915260055473ffffffffffffffffffffffffffffffffffffffff166060828101829052915f9182919015610e0557610e028160600151611854565b93505b60208101516040909101519394909392509050565b610e28868686868686611457565b6040517fd61d7ce30000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063d61d7ce390610e9e908a908a906004016140ff565b5f60405180830381865afa158015610eb8573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201604052610efd919081019061422d565b80517fffffffffffff0000000000000000000000000000000000000000000000000000165f908152600360205260409020909150610f3b9082611649565b805f015179ffffffffffffffffffffffffffffffffffffffffffffffffffff19167f6f995e6553a80a52542cad76af34dce8865afb71e278b14a1b45f12836e912168260200151836040015184606001518b8b604051610f9f9594939291906142e9565b60405180910390a250505050505050565b61100f604051806101a001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001606081526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f61102361101c84611880565b6030611916565b90505f6110328483603061196a565b90505f61103f858361197e565b905061104b8582611aa6565b5f611056868361197e565b905061106181611b79565b61106b8682611bc9565b610180870152610160860152611082868487611c2e565b606083901c65ffffffffffff1661010086015261109e83611ea5565b61012086018190526101008601516110b891889190611ec4565b6101408601525092949350505050565b5f6110e58461014001518561016001518661018001518686611f6a565b949350505050565b5f82826040516110fe929190614333565b60408051918290039091205f818152602081905291909120600281015491925090156111585760038101546004820154611152919067ffffffffffffffff8082169168010000000000000000900416611f85565b50610cb2565b5f61119785858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061215792505050565b90507f000000000000000000000000000000000000000000000000000000000000000081602001511415806112145750611212817f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000006122af565b155b1561124b576040517ff0a6dd5900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611261815f01518260a001518360c00151611f85565b6040518061010001604052808260e001518152602001826101000151815260200182604001518152602001825f015181526020018260a0015167ffffffffffffffff1681526020018260c0015167ffffffffffffffff168152602001826101a0015115158152602001826101e0015115806112e3575061020083015160011615155b151590525f8481526020818152604091829020835181558382015160018201558383015160028201556060840151600382015560808401516004909101805460a086015160c087015160e090970151151571010000000000000000000000000000000000027fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff97151570010000000000000000000000000000000002979097167fffffffffffffffffffffffffffff0000ffffffffffffffffffffffffffffffff67ffffffffffffffff92831668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090941692909516919091179190911792909216919091179390931790925582810151835191519182529185917f888cf89056f8f295237d89b5bd1049bf0fb710977b9b3faee1c7d77b7d0697a2910160405180910390a3505092915050565b5f82604001518210158015610caf575050606090910151101590565b5f5f5f61146485856110ed565b815260208082019290925260409081015f2081516101008101835281548152600182015493810193909352600281015491830191909152600381015460608301526004015467ffffffffffffffff80821660808401526801000000000000000082041660a083015260ff70010000000000000000000000000000000082048116151560c08401527101000000000000000000000000000000000090910416151560e08201819052909150611544576040517f567f346d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040841461157e576040517f784ba52600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61160a60028888604051611593929190614333565b602060405180830381855afa1580156115ae573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906115d19190614342565b6115de60205f888a614359565b6115e791614380565b6115f560406020898b614359565b6115fe91614380565b84516020860151611f6a565b611640576040517f784ba52600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050565b60208101516040820151606083015167ffffffffffffffff821642108061167957508067ffffffffffffffff1642115b156116c4576040517fa7c1a64300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80841660048301528216602482015260440161085a565b600185015473ffffffffffffffffffffffffffffffffffffffff161580159061172c5750845463ffffffff908116908416108061172c5750845463ffffffff848116911614801561172c5750845467ffffffffffffffff640100000000909104811690831611155b1561177b576040517f79e1fcd900000000000000000000000000000000000000000000000000000000815263ffffffff8416600482015267ffffffffffffffff8316602482015260440161085a565b845467ffffffffffffffff8281166c01000000000000000000000000027fffffffffffffffffffffffff0000000000000000ffffffffffffffffffffffff918516640100000000027fffffffffffffffffffffffffffffffffffffffff00000000000000000000000090931663ffffffff87161792909217161785556080840151611805906122cc565b60019590950180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff9096169590951790945550505050565b60405164ffffffffff5f19833b0116602181015f601f8401853c80825260408201810160405250919050565b80515f9064010000000081106118c2576040517f51b1c10700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118cd835f8361230d565b91508065ffffffffffff831614611910576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50919050565b5f60ff60c084901c16828114611962576040517f91bf4c8c000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161085a565b509192915050565b5f6110e5611978858561240b565b83611916565b5f65ffffffffffff821665ffffffffffff8360901c168082036119a85763187fea745f526004601cfd5b8060018301106119bf57632c96976b5f526004601cfd5b816020860101518060f81c601f808216036119e15763be1b2f805f526004601cfd5b8160011a60028501607f821115611a6957607f821680611a085763544f28955f526004601cfd5b6004811115611a1e5763cb1efb265f526004601cfd5b9081019085821115611a3757632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c15608084101715611a67576365df062c5f526004601cfd5b505b818101935084841115611a835763e186abf45f526004601cfd5b838160301b8760601b17178560901b8460c01b1717965050505050505092915050565b603060c082901c60ff1614611ae7576040517f18c2eec200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611af2838361240b565b9050611b2183827f2a8648ce3d040302000000000000000000000000000000000000000000000000600861244d565b1580611b3d5750609081901c65ffffffffffff90811690821614155b15611b74576040517f18c2eec200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b609081901c65ffffffffffff1665ffffffffffff821614611bc6576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50565b5f5f611bd6836003611916565b505f611be561101c86866124a7565b90505f611bf2868361240b565b90505f611bff878361197e565b9050611c0a81611b79565b611c148783612590565b9450611c208782612590565b5f1b93505050509250929050565b5f611c39848461240b565b9050600260c082901c60ff16141580611c5c5750611c578482612590565b600114155b15611c93576040517f6349e56600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611c9d848261197e565b9050611ca98482611aa6565b611cb5848260306125a7565b602083018190529050611cc884826125b5565b8252611cd4848261197e565b9050611ce084826125df565b604083015265ffffffffffff609082901c811690821603611d2d576040517fcc57364800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611d37848261197e565b905060ff60c082901c1660178114801590611d53575060188114155b15611d8a576040517fcc57364800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611d9485836125df565b606084015265ffffffffffff609083901c811690831603611dc9575050604080515f81526020810190915260e0909101525050565b611dd3858361197e565b9150603060c083901c60ff1603611e2157611dee8583612712565b60e084015265ffffffffffff609083901c811690831603611e10575050505050565b611e1a858361197e565b9150611e35565b604080515f81526020810190915260e08401525b60c082901c60ff1660a0141580611e5c5750609082901c65ffffffffffff90811690831614155b15611e93576040517f2597833400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611e9e858385612b1c565b5050505050565b5f606082901c65ffffffffffff165b65ffffffffffff83160392915050565b82515f9080841180611ede5750611edb848261439d565b83115b15611f15576040517f9df168d100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60205f858760208a010160025afa90505f51925080611f61576040517fc176b3c500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50509392505050565b5f611f7b6101008787878787612ce1565b9695505050505050565b81421080611f9257508042115b80611fbc57507f000000000000000000000000000000000000000000000000000000000000000042115b15611ff3576040517f6dc482f700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000005f9081526001602090815260408083208151608081018352905467ffffffffffffffff80821683526801000000000000000082041693820184905263ffffffff7001000000000000000000000000000000008204811693830193909352740100000000000000000000000000000000000000009004909116606082015291036120c9576040517fc26b7c1200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000005f9081526002602090815260408083208482015163ffffffff168452825280832087845290915290205460ff1615612151576040517f94900afb0000000000000000000000000000000000000000000000000000000081526004810185905260240161085a565b50505050565b6121f5604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f61220261101c84611880565b90505f6122118483603061196a565b90505f61221e858361197e565b905061222a8582611aa6565b5f612235868361197e565b905061224081611b79565b61224a8682611bc9565b6102c08701526102a08601525f196101c0860152612269868487612d27565b606083901c65ffffffffffff1661024086015261228583611ea5565b610260860181905261024086015161229f91889190611ec4565b6102808601525092949350505050565b5f6110e5846102800151856102a00151866102c001518686611f6a565b5f81518060401b6bfe61000180600a3d393df3000161fffe8211840152600b8101601584015ff09150816123075763301164255f526004601cfd5b90915290565b5f81600184011061232557632c96976b5f526004601cfd5b826020850101518060f81c601f808216036123475763be1b2f805f526004601cfd5b8160011a60028601607f8211156123cf57607f82168061236e5763544f28955f526004601cfd5b60048111156123845763cb1efb265f526004601cfd5b908101908682111561239d57632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c156080841017156123cd576365df062c5f526004601cfd5b505b8181019350858411156123e95763e186abf45f526004601cfd5b838160301b8860601b17178660901b8460c01b17179450505050509392505050565b5f60208260c01c166124245763d253d0745f526004601cfd5b65ffffffffffff8260301c1665ffffffffffff83168082036119a85763a984141a5f526004601cfd5b5f600660c085901c60ff1614158061246d57508161246a85612f75565b14155b1561247957505f6110e5565b8261249d86603087901c65ffffffffffff1601602001515f19600386901b1c191690565b1495945050505050565b5f65ffffffffffff603083901c81169083167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff60c086901c160161253a57808214806124fc5750602082860101515f1a15155b15612533576040517f2dc223cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8160010191505b61254585838361230d565b92508065ffffffffffff841614612588576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505092915050565b5f61259c826002611916565b50610caf8383612f88565b5f6110e5611978858561197e565b5f65ffffffffffff606083901c16816125cd84611ea5565b94909101602001939093209392505050565b5f60ff60c083901c16816125f284612f75565b90505f61260f86603087901c65ffffffffffff165b016020015190565b9050601783036126865781600d14612653576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f603560f883901c10156126695761323061266d565b6131395b61ffff16905060f081901b601083901c17915050612709565b601883036126cd5781600f146126c8576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612709565b6040517f91bf4c8c000000000000000000000000000000000000000000000000000000008152601760048201526024810184905260440161085a565b611f7b816130d5565b606065ffffffffffff603083901c81169083166014612731838361439d565b61273b91906143dd565b67ffffffffffffffff81111561275357612753614112565b60405190808252806020026020018201604052801561277c578160200160208202803683370190505b5092506129f1565b805f526004601cfd5b8181146127a9576391bf4c8c5f5280602052816040526044601cfd5b5050565b5f5f5f856002860111156127c8576127c8632c96976b612784565b84840151805f1a93508060011a600287019350607f81111561285b57607f8116806127fa576127fa63544f2895612784565b60048111156128105761281063cb1efb26612784565b938401938885111561282957612829632c96976b612784565b8260101b8160031b610100031c9150816001820360031b1c15608083101715612859576128596365df062c612784565b505b8301915050858111156128755761287563e186abf4612784565b93509350939050565b5f828403806128945761289463b06efcf7612784565b838301518060ff1c156128ae576128ae631a007b81612784565b8060f81c156001831116156128e5578060f71c6128d2576128d263b06efcf7612784565b6001850194506001820391508484015190505b60208211156128fb576128fb6325cede73612784565b60209190910360031b1c949350505050565b8282036129215761292163a984141a612784565b82821015611b74576129348383836127ad565b61293f83603061278d565b8094505f5f61294f8385886127ad565b92509250945061296085600661278d565b61296b8382886127ad565b925092509450600185036129c857818601515f1a935060ff8414841517156001838303141517156129a3576129a363f6ae0950612784565b83156129b6576129b663da01d294612784565b6129c18382886127ad565b9250925094505b6129d385600461278d565b8281146129e7576129e763828db611612784565b5050505050612921565b6020850160208401835b83811015612b0657612a0e8482856127ad565b612a1983603061278d565b8093505f5f612a2983858a6127ad565b925092509450612a3a85600261278d565b612a4581838a61287e565b8752602087019650612a5883828a6127ad565b935094509450838203600f81146018871416600d8214601788141617612a8557612a856341d7ead2612784565b50600e82840303612ab9576d300c300a0603551d1504030a010060ff19838a015160901c1603612ab95750505050506129fb565b82821015612afc57612acc83838a6127ad565b925094509450612add85603061278d565b828114612af157612af163828db611612784565b612afc81858a61290d565b50505050506129fb565b5060208501810360051c85525050505092915050565b5f612b2a61101c85856124a7565b90505f612b37858361240b565b90505f5b5f5f5f612b4889866132e0565b9250925092505f612b5884612f75565b600314612b65575f612b74565b60e8612b718b8661334d565b901c5b90508062551d231480612b8957508062551d14145b15612c6d575f8162551d2314612ba0576002612ba3565b60015b60ff1690508086165f14612be3576040517f394a137900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b948517945f612bf28c856124a7565b905081600103612c1557612c068c826133b7565b60a08c015260808b0152612c66565b600260c082901c60ff1614612c56576040517feb88a4c900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612c608c82612f88565b60c08b01525b5050612ca5565b8215612ca5576040517fda01d29400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b65ffffffffffff609087901c811690871603612cc45750505050612cd9565b612cce8a8761197e565b955050505050612b3b565b505050505050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0838b5afa905060015f511460203d148216169150509695505050505050565b5f612d32848461240b565b905060c081901c60ff1660a0141580612d5f5750612d5a612d5385836124a7565b8590612590565b600214155b15612d96576040517f6d6aabc600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612da0848261197e565b9050612dac8482612590565b8252612db8848261197e565b9050612dc48482611aa6565b612dd0848260306125a7565b606083018190529050612de384826125b5565b6020830152612df4848260306125a7565b90505f612e01858361240b565b9050612e0d85826125df565b60a0840152612e1c858261197e565b9050612e2781611b79565b612e3185826125df565b60c0840152612e42858360306125a7565b608084018190529150612e5585836125b5565b6040840152612e64858361197e565b9150612e71858385613452565b65ffffffffffff609083901c811690831603612e8e575050505050565b612e98858361197e565b915060c082901c60ff16608103612ed35765ffffffffffff609083901c811690831603612ec6575050505050565b612ed0858361197e565b91505b60c082901c60ff16608203612f0c5765ffffffffffff609083901c811690831603612eff575050505050565b612f09858361197e565b91505b60c082901c60ff1660a3141580612f335750609082901c65ffffffffffff90811690831614155b15612f6a576040517fdd778a6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611e9e85838561361e565b5f603082901c65ffffffffffff16611eb4565b5f65ffffffffffff603083901c1681612fa084612f75565b9050805f03612fdb576040517fb06efcf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612fe98684016020015190565b905060ff81901c15613027576040517f1a007b8100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60f881901c1580156130395750600182115b1561309a5760f781901c6001165f0361307e576040517fb06efcf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001909201915f19909101906130978684016020015190565b90505b60208211156128fb576040517f25cede7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7fcfcfcfcfcfcfcfcfcfcfcfcfcfd00000000000000000000000000000000000007fffffffffffffffffffffffffffff0000000000000000000000000000000000008316908101600881901c7eff00ff00ff00ff00ff00ff00ff000000000000000000000000000000000000908116600a0291160160f081901c60640260e082901c61ffff908116919091019260d083901c82169260c081901c83169260b082901c81169260a083901c82169260901c90911690600e89901a605a147f80808080808080808080808080800000000000000000000000000000000000008a811615919091167f464646464646464646464646464600000000000000000000000000000000000083018216197f50505050505050505050505050500000000000000000000000000000000000009093019290921681161416158080613225575061322387878787878761367b565b155b1561325c576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b603c8302610e1085027ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5059361019060038a108b0381810462023ab10260649290910691820461016d830260029390931c9290920161f4ff600c60098e01060261030101600b1c8b01019190910301016201518002010182019998505050505050505050565b5f5f5f6132ee846030611916565b506132fb8585600661196a565b9250613307858461197e565b9050600160c082901c60ff160361333157613322858261370f565b915061332e858261197e565b90505b61333c816004611916565b5061334681611b79565b9250925092565b5f5f61335883612f75565b90506020811115613395576040517f389fc54a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b602065ffffffffffff603085901c16850101515f19600383901b1c19166110e5565b5f80603060c084901c60ff16146133fa576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61340383612f75565b5f0361341357505f90508061344b565b5f61341e858561240b565b905060c081901c60ff1660801461343b57505f915081905061344b565b61344585826137cf565b92509250505b9250929050565b61345d826030611916565b505f61346b8484603061196a565b90505f613478858361240b565b90506134a785827f2a8648ce3d020100000000000000000000000000000000000000000000000000600761244d565b15806134c25750609081901c65ffffffffffff908116908216145b156134f9576040517fa53ff5f900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613503858261197e565b905061353285827f2a8648ce3d030107000000000000000000000000000000000000000000000000600861244d565b158061354e5750609081901c65ffffffffffff90811690821614155b15613585576040517fa53ff5f900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f613590868461197e565b905061359b81611b79565b5f806135a78884613835565b915091508060411415806135c45750602082890101515f1a600414155b156135fb576040517f332ea48500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5095909501602181015160e0850152604101516101009093019290925250505050565b5f61362c61101c85856124a7565b610220830181905290505f613641858361240b565b90505f5b613651868386846138b9565b9050609082901c65ffffffffffff90811690831614612cd957613674868361197e565b9150613645565b5f63fffff84e7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84e880110600c5f1980890182117e1f1c1f1e1f1e1f1f1e1f1e1f000000000000000000000000000000000000008a1a60028b1460198d06159094026003018c1615939093169290920190880110161615611f7b57603c8210603c841016601885101690509695505050505050565b5f61371b826001611916565b5061372582612f75565b60011461375e576040517ff6ae095000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61377a84603085901c65ffffffffffff1601602001515f1a90565b90508060ff0361378e576001915050610cb2565b80156137c6576040517ff6ae095000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505f9392505050565b5f5f5f6137db84612f75565b90508015806137ea5750602081115b15613821576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61382b858561334d565b9590945092505050565b5f5f613842836003611916565b50603083901c65ffffffffffff16915061385b83612f75565b90508015806138715750602082850101515f1a15155b156138a8576040517f2dc223cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001909101935f1990910192509050565b5f5f5f5f6138c788886132e0565b9250925092505f6138d889856139ca565b905080613923578215613917576040517fc859dffb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b859450505050506110e5565b6001811b861615613960576040517f92595b0100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61396b8a846124a7565b905060018203613985576139808a828a613a44565b6139b6565b60028203613998576139808a828a613a5f565b600382036139ab576139808a828a613abb565b6139b68a828a613bf1565b506001901b85179350505050949350505050565b5f6139d482612f75565b6003146139e257505f610cb2565b5f60e86139ef858561334d565b901c905062551d23819003613a08576001915050610cb2565b8062551d0e03613a1c576002915050610cb2565b8062551d0f03613a30576003915050610cb2565b8062551d13036137c6576004915050610cb2565b613a4e83836133b7565b610140830152610120909101525050565b600460c083901c60ff1614613aa0576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613aaa83836137cf565b610180830152610160909101525050565b600360c083901c60ff1614613afc576040517f9b359da200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b65ffffffffffff603083901c165f613b1384612f75565b90506002811080613b245750600381115b80613b3d57506007613b3b868401602001515f1a90565b115b15613b74576040517f9b359da200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81600314613b855761ff00613b89565b61ffff5b61ffff1660f0613b9e886126078760016143f0565b60016101e08801819052911c91909116915081901b610100166103ff613bcd600884901c640202020202614403565b6501088442201016613bdf919061441a565b17610200909401939093525050505050565b603060c083901c60ff1614613c32576040517fa52a67a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613c3b82612f75565b5f03613c4657505050565b5f613c51848461240b565b9050600160c082901c60ff1603613c9d57613c6c848261370f565b15156101a083015265ffffffffffff609082901c811690821603613c905750505050565b613c9a848261197e565b90505b600260c082901c60ff16141580613cc45750609081901c65ffffffffffff90811690821614155b15613cfb576040517fa52a67a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613d058482612590565b6101c090920191909152505050565b5f5f83601f840112613d24575f5ffd5b50813567ffffffffffffffff811115613d3b575f5ffd5b60208301915083602082850101111561344b575f5ffd5b5f5f5f5f60408587031215613d65575f5ffd5b843567ffffffffffffffff811115613d7b575f5ffd5b613d8787828801613d14565b909550935050602085013567ffffffffffffffff811115613da6575f5ffd5b613db287828801613d14565b95989497509550505050565b5f5f5f5f5f5f60608789031215613dd3575f5ffd5b863567ffffffffffffffff811115613de9575f5ffd5b613df589828a01613d14565b909750955050602087013567ffffffffffffffff811115613e14575f5ffd5b613e2089828a01613d14565b909550935050604087013567ffffffffffffffff811115613e3f575f5ffd5b613e4b89828a01613d14565b979a9699509497509295939492505050565b5f60208284031215613e6d575f5ffd5b5035919050565b5f5f60208385031215613e85575f5ffd5b823567ffffffffffffffff811115613e9b575f5ffd5b613ea785828601613d14565b90969095509350505050565b7fffffffffffff000000000000000000000000000000000000000000000000000081168114611bc6575f5ffd5b5f60208284031215613ef0575f5ffd5b8135613efb81613eb3565b9392505050565b606081525f84518060608401528060208701608085015e5f6080828501015260807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505067ffffffffffffffff8416602083015267ffffffffffffffff83166040830152949350505050565b5f610100820190508251825260208301516020830152604083015160408301526060830151606083015267ffffffffffffffff608084015116608083015267ffffffffffffffff60a08401511660a083015260c0830151151560c083015260e0830151613fe860e084018215159052565b5092915050565b5f5f60408385031215614000575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b63ffffffff8181168382160190811115610cb257610cb261400f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b67ffffffffffffffff8516815267ffffffffffffffff84166020820152606060408201525f611f7b606083018486614085565b602081525f6110e5602083018486614085565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405160a0810167ffffffffffffffff8111828210171561416257614162614112565b60405290565b805167ffffffffffffffff8116811461417f575f5ffd5b919050565b5f82601f830112614193575f5ffd5b815167ffffffffffffffff8111156141ad576141ad614112565b604051601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0908116603f0116810167ffffffffffffffff811182821017156141fa576141fa614112565b604052818152838201602001851015614211575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f6020828403121561423d575f5ffd5b815167ffffffffffffffff811115614253575f5ffd5b820160a08185031215614264575f5ffd5b61426c61413f565b815161427781613eb3565b8152602082015163ffffffff8116811461428f575f5ffd5b60208201526142a060408301614168565b60408201526142b160608301614168565b6060820152608082015167ffffffffffffffff8111156142cf575f5ffd5b6142db86828501614184565b608083015250949350505050565b63ffffffff8616815267ffffffffffffffff8516602082015267ffffffffffffffff84166040820152608060608201525f614328608083018486614085565b979650505050505050565b818382375f9101908152919050565b5f60208284031215614352575f5ffd5b5051919050565b5f5f85851115614367575f5ffd5b83861115614373575f5ffd5b5050820193919092039150565b80356020831015610cb2575f19602084900360031b1b1692915050565b81810381811115610cb257610cb261400f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826143eb576143eb6143b0565b500490565b80820180821115610cb257610cb261400f565b8082028115828204841417610cb257610cb261400f565b5f82614428576144286143b0565b50069056",
}

// DcapCollateralStoreABI is the input ABI used to generate the binding from.
// Deprecated: Use DcapCollateralStoreMetaData.ABI instead.
var DcapCollateralStoreABI = DcapCollateralStoreMetaData.ABI

// DcapCollateralStoreBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DcapCollateralStoreMetaData.Bin instead.
var DcapCollateralStoreBin = DcapCollateralStoreMetaData.Bin

// DeployDcapCollateralStore deploys a new Ethereum contract, binding an instance of DcapCollateralStore to it.
func DeployDcapCollateralStore(auth *bind.TransactOpts, backend bind.ContractBackend, rootCaDer []byte, parser_ common.Address) (common.Address, *types.Transaction, *DcapCollateralStore, error) {
	parsed, err := DcapCollateralStoreMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DcapCollateralStoreBin), backend, rootCaDer, parser_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DcapCollateralStore{DcapCollateralStoreCaller: DcapCollateralStoreCaller{contract: contract}, DcapCollateralStoreTransactor: DcapCollateralStoreTransactor{contract: contract}, DcapCollateralStoreFilterer: DcapCollateralStoreFilterer{contract: contract}}, nil
}

// DcapCollateralStore is an auto generated Go binding around an Ethereum contract.
type DcapCollateralStore struct {
	DcapCollateralStoreCaller     // Read-only binding to the contract
	DcapCollateralStoreTransactor // Write-only binding to the contract
	DcapCollateralStoreFilterer   // Log filterer for contract events
}

// DcapCollateralStoreCaller is an auto generated read-only Go binding around an Ethereum contract.
type DcapCollateralStoreCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralStoreTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DcapCollateralStoreTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralStoreFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DcapCollateralStoreFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapCollateralStoreSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DcapCollateralStoreSession struct {
	Contract     *DcapCollateralStore // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// DcapCollateralStoreCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DcapCollateralStoreCallerSession struct {
	Contract *DcapCollateralStoreCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// DcapCollateralStoreTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DcapCollateralStoreTransactorSession struct {
	Contract     *DcapCollateralStoreTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// DcapCollateralStoreRaw is an auto generated low-level Go binding around an Ethereum contract.
type DcapCollateralStoreRaw struct {
	Contract *DcapCollateralStore // Generic contract binding to access the raw methods on
}

// DcapCollateralStoreCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DcapCollateralStoreCallerRaw struct {
	Contract *DcapCollateralStoreCaller // Generic read-only contract binding to access the raw methods on
}

// DcapCollateralStoreTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DcapCollateralStoreTransactorRaw struct {
	Contract *DcapCollateralStoreTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDcapCollateralStore creates a new instance of DcapCollateralStore, bound to a specific deployed contract.
func NewDcapCollateralStore(address common.Address, backend bind.ContractBackend) (*DcapCollateralStore, error) {
	contract, err := bindDcapCollateralStore(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStore{DcapCollateralStoreCaller: DcapCollateralStoreCaller{contract: contract}, DcapCollateralStoreTransactor: DcapCollateralStoreTransactor{contract: contract}, DcapCollateralStoreFilterer: DcapCollateralStoreFilterer{contract: contract}}, nil
}

// NewDcapCollateralStoreCaller creates a new read-only instance of DcapCollateralStore, bound to a specific deployed contract.
func NewDcapCollateralStoreCaller(address common.Address, caller bind.ContractCaller) (*DcapCollateralStoreCaller, error) {
	contract, err := bindDcapCollateralStore(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreCaller{contract: contract}, nil
}

// NewDcapCollateralStoreTransactor creates a new write-only instance of DcapCollateralStore, bound to a specific deployed contract.
func NewDcapCollateralStoreTransactor(address common.Address, transactor bind.ContractTransactor) (*DcapCollateralStoreTransactor, error) {
	contract, err := bindDcapCollateralStore(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreTransactor{contract: contract}, nil
}

// NewDcapCollateralStoreFilterer creates a new log filterer instance of DcapCollateralStore, bound to a specific deployed contract.
func NewDcapCollateralStoreFilterer(address common.Address, filterer bind.ContractFilterer) (*DcapCollateralStoreFilterer, error) {
	contract, err := bindDcapCollateralStore(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreFilterer{contract: contract}, nil
}

// bindDcapCollateralStore binds a generic wrapper to an already deployed contract.
func bindDcapCollateralStore(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DcapCollateralStoreMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapCollateralStore *DcapCollateralStoreRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapCollateralStore.Contract.DcapCollateralStoreCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapCollateralStore *DcapCollateralStoreRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.DcapCollateralStoreTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapCollateralStore *DcapCollateralStoreRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.DcapCollateralStoreTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapCollateralStore *DcapCollateralStoreCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapCollateralStore.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapCollateralStore *DcapCollateralStoreTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapCollateralStore *DcapCollateralStoreTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.contract.Transact(opts, method, params...)
}

// MAXREVOKED is a free data retrieval call binding the contract method 0x2b0cb6be.
//
// Solidity: function MAX_REVOKED() view returns(uint256)
func (_DcapCollateralStore *DcapCollateralStoreCaller) MAXREVOKED(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "MAX_REVOKED")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXREVOKED is a free data retrieval call binding the contract method 0x2b0cb6be.
//
// Solidity: function MAX_REVOKED() view returns(uint256)
func (_DcapCollateralStore *DcapCollateralStoreSession) MAXREVOKED() (*big.Int, error) {
	return _DcapCollateralStore.Contract.MAXREVOKED(&_DcapCollateralStore.CallOpts)
}

// MAXREVOKED is a free data retrieval call binding the contract method 0x2b0cb6be.
//
// Solidity: function MAX_REVOKED() view returns(uint256)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) MAXREVOKED() (*big.Int, error) {
	return _DcapCollateralStore.Contract.MAXREVOKED(&_DcapCollateralStore.CallOpts)
}

// ROOTCAHASH is a free data retrieval call binding the contract method 0xeaedb7d5.
//
// Solidity: function ROOT_CA_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreCaller) ROOTCAHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "ROOT_CA_HASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ROOTCAHASH is a free data retrieval call binding the contract method 0xeaedb7d5.
//
// Solidity: function ROOT_CA_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreSession) ROOTCAHASH() ([32]byte, error) {
	return _DcapCollateralStore.Contract.ROOTCAHASH(&_DcapCollateralStore.CallOpts)
}

// ROOTCAHASH is a free data retrieval call binding the contract method 0xeaedb7d5.
//
// Solidity: function ROOT_CA_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) ROOTCAHASH() ([32]byte, error) {
	return _DcapCollateralStore.Contract.ROOTCAHASH(&_DcapCollateralStore.CallOpts)
}

// ROOTSUBJECTHASH is a free data retrieval call binding the contract method 0xcb1e1e61.
//
// Solidity: function ROOT_SUBJECT_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreCaller) ROOTSUBJECTHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "ROOT_SUBJECT_HASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ROOTSUBJECTHASH is a free data retrieval call binding the contract method 0xcb1e1e61.
//
// Solidity: function ROOT_SUBJECT_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreSession) ROOTSUBJECTHASH() ([32]byte, error) {
	return _DcapCollateralStore.Contract.ROOTSUBJECTHASH(&_DcapCollateralStore.CallOpts)
}

// ROOTSUBJECTHASH is a free data retrieval call binding the contract method 0xcb1e1e61.
//
// Solidity: function ROOT_SUBJECT_HASH() view returns(bytes32)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) ROOTSUBJECTHASH() ([32]byte, error) {
	return _DcapCollateralStore.Contract.ROOTSUBJECTHASH(&_DcapCollateralStore.CallOpts)
}

// CrlOf is a free data retrieval call binding the contract method 0x553356d6.
//
// Solidity: function crlOf(bytes32 ) view returns(uint64 thisUpdate, uint64 nextUpdate, uint32 epoch, uint32 revokedCount)
func (_DcapCollateralStore *DcapCollateralStoreCaller) CrlOf(opts *bind.CallOpts, arg0 [32]byte) (struct {
	ThisUpdate   uint64
	NextUpdate   uint64
	Epoch        uint32
	RevokedCount uint32
}, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "crlOf", arg0)

	outstruct := new(struct {
		ThisUpdate   uint64
		NextUpdate   uint64
		Epoch        uint32
		RevokedCount uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.ThisUpdate = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.NextUpdate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Epoch = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.RevokedCount = *abi.ConvertType(out[3], new(uint32)).(*uint32)

	return *outstruct, err

}

// CrlOf is a free data retrieval call binding the contract method 0x553356d6.
//
// Solidity: function crlOf(bytes32 ) view returns(uint64 thisUpdate, uint64 nextUpdate, uint32 epoch, uint32 revokedCount)
func (_DcapCollateralStore *DcapCollateralStoreSession) CrlOf(arg0 [32]byte) (struct {
	ThisUpdate   uint64
	NextUpdate   uint64
	Epoch        uint32
	RevokedCount uint32
}, error) {
	return _DcapCollateralStore.Contract.CrlOf(&_DcapCollateralStore.CallOpts, arg0)
}

// CrlOf is a free data retrieval call binding the contract method 0x553356d6.
//
// Solidity: function crlOf(bytes32 ) view returns(uint64 thisUpdate, uint64 nextUpdate, uint32 epoch, uint32 revokedCount)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) CrlOf(arg0 [32]byte) (struct {
	ThisUpdate   uint64
	NextUpdate   uint64
	Epoch        uint32
	RevokedCount uint32
}, error) {
	return _DcapCollateralStore.Contract.CrlOf(&_DcapCollateralStore.CallOpts, arg0)
}

// Intermediate is a free data retrieval call binding the contract method 0x9a887bbf.
//
// Solidity: function intermediate(bytes32 derHash) view returns((bytes32,bytes32,bytes32,uint256,uint64,uint64,bool,bool))
func (_DcapCollateralStore *DcapCollateralStoreCaller) Intermediate(opts *bind.CallOpts, derHash [32]byte) (DcapCollateralStoreIntermediate, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "intermediate", derHash)

	if err != nil {
		return *new(DcapCollateralStoreIntermediate), err
	}

	out0 := *abi.ConvertType(out[0], new(DcapCollateralStoreIntermediate)).(*DcapCollateralStoreIntermediate)

	return out0, err

}

// Intermediate is a free data retrieval call binding the contract method 0x9a887bbf.
//
// Solidity: function intermediate(bytes32 derHash) view returns((bytes32,bytes32,bytes32,uint256,uint64,uint64,bool,bool))
func (_DcapCollateralStore *DcapCollateralStoreSession) Intermediate(derHash [32]byte) (DcapCollateralStoreIntermediate, error) {
	return _DcapCollateralStore.Contract.Intermediate(&_DcapCollateralStore.CallOpts, derHash)
}

// Intermediate is a free data retrieval call binding the contract method 0x9a887bbf.
//
// Solidity: function intermediate(bytes32 derHash) view returns((bytes32,bytes32,bytes32,uint256,uint64,uint64,bool,bool))
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) Intermediate(derHash [32]byte) (DcapCollateralStoreIntermediate, error) {
	return _DcapCollateralStore.Contract.Intermediate(&_DcapCollateralStore.CallOpts, derHash)
}

// IsRevoked is a free data retrieval call binding the contract method 0xa3a2656a.
//
// Solidity: function isRevoked(bytes32 issuerSubjectHash, uint256 serial) view returns(bool)
func (_DcapCollateralStore *DcapCollateralStoreCaller) IsRevoked(opts *bind.CallOpts, issuerSubjectHash [32]byte, serial *big.Int) (bool, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "isRevoked", issuerSubjectHash, serial)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRevoked is a free data retrieval call binding the contract method 0xa3a2656a.
//
// Solidity: function isRevoked(bytes32 issuerSubjectHash, uint256 serial) view returns(bool)
func (_DcapCollateralStore *DcapCollateralStoreSession) IsRevoked(issuerSubjectHash [32]byte, serial *big.Int) (bool, error) {
	return _DcapCollateralStore.Contract.IsRevoked(&_DcapCollateralStore.CallOpts, issuerSubjectHash, serial)
}

// IsRevoked is a free data retrieval call binding the contract method 0xa3a2656a.
//
// Solidity: function isRevoked(bytes32 issuerSubjectHash, uint256 serial) view returns(bool)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) IsRevoked(issuerSubjectHash [32]byte, serial *big.Int) (bool, error) {
	return _DcapCollateralStore.Contract.IsRevoked(&_DcapCollateralStore.CallOpts, issuerSubjectHash, serial)
}

// Parser is a free data retrieval call binding the contract method 0x5aad6a35.
//
// Solidity: function parser() view returns(address)
func (_DcapCollateralStore *DcapCollateralStoreCaller) Parser(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "parser")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Parser is a free data retrieval call binding the contract method 0x5aad6a35.
//
// Solidity: function parser() view returns(address)
func (_DcapCollateralStore *DcapCollateralStoreSession) Parser() (common.Address, error) {
	return _DcapCollateralStore.Contract.Parser(&_DcapCollateralStore.CallOpts)
}

// Parser is a free data retrieval call binding the contract method 0x5aad6a35.
//
// Solidity: function parser() view returns(address)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) Parser() (common.Address, error) {
	return _DcapCollateralStore.Contract.Parser(&_DcapCollateralStore.CallOpts)
}

// QeIdentity is a free data retrieval call binding the contract method 0xb684252f.
//
// Solidity: function qeIdentity() view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreCaller) QeIdentity(opts *bind.CallOpts) (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "qeIdentity")

	outstruct := new(struct {
		TcbEvaluationDataNumber uint32
		IssueDate               uint64
		NextUpdate              uint64
		Blob                    common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.TcbEvaluationDataNumber = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.IssueDate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.NextUpdate = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Blob = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// QeIdentity is a free data retrieval call binding the contract method 0xb684252f.
//
// Solidity: function qeIdentity() view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreSession) QeIdentity() (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	return _DcapCollateralStore.Contract.QeIdentity(&_DcapCollateralStore.CallOpts)
}

// QeIdentity is a free data retrieval call binding the contract method 0xb684252f.
//
// Solidity: function qeIdentity() view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) QeIdentity() (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	return _DcapCollateralStore.Contract.QeIdentity(&_DcapCollateralStore.CallOpts)
}

// QeIdentityBlob is a free data retrieval call binding the contract method 0x712efc8e.
//
// Solidity: function qeIdentityBlob() view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreCaller) QeIdentityBlob(opts *bind.CallOpts) (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "qeIdentityBlob")

	outstruct := new(struct {
		Blob       []byte
		IssueDate  uint64
		NextUpdate uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Blob = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.IssueDate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.NextUpdate = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// QeIdentityBlob is a free data retrieval call binding the contract method 0x712efc8e.
//
// Solidity: function qeIdentityBlob() view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreSession) QeIdentityBlob() (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	return _DcapCollateralStore.Contract.QeIdentityBlob(&_DcapCollateralStore.CallOpts)
}

// QeIdentityBlob is a free data retrieval call binding the contract method 0x712efc8e.
//
// Solidity: function qeIdentityBlob() view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) QeIdentityBlob() (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	return _DcapCollateralStore.Contract.QeIdentityBlob(&_DcapCollateralStore.CallOpts)
}

// TcbInfoBlob is a free data retrieval call binding the contract method 0x6cc1ff57.
//
// Solidity: function tcbInfoBlob(bytes6 fmspc) view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreCaller) TcbInfoBlob(opts *bind.CallOpts, fmspc [6]byte) (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "tcbInfoBlob", fmspc)

	outstruct := new(struct {
		Blob       []byte
		IssueDate  uint64
		NextUpdate uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Blob = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.IssueDate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.NextUpdate = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// TcbInfoBlob is a free data retrieval call binding the contract method 0x6cc1ff57.
//
// Solidity: function tcbInfoBlob(bytes6 fmspc) view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreSession) TcbInfoBlob(fmspc [6]byte) (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	return _DcapCollateralStore.Contract.TcbInfoBlob(&_DcapCollateralStore.CallOpts, fmspc)
}

// TcbInfoBlob is a free data retrieval call binding the contract method 0x6cc1ff57.
//
// Solidity: function tcbInfoBlob(bytes6 fmspc) view returns(bytes blob, uint64 issueDate, uint64 nextUpdate)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) TcbInfoBlob(fmspc [6]byte) (struct {
	Blob       []byte
	IssueDate  uint64
	NextUpdate uint64
}, error) {
	return _DcapCollateralStore.Contract.TcbInfoBlob(&_DcapCollateralStore.CallOpts, fmspc)
}

// TcbInfoOf is a free data retrieval call binding the contract method 0xf2cd9c31.
//
// Solidity: function tcbInfoOf(bytes6 ) view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreCaller) TcbInfoOf(opts *bind.CallOpts, arg0 [6]byte) (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	var out []interface{}
	err := _DcapCollateralStore.contract.Call(opts, &out, "tcbInfoOf", arg0)

	outstruct := new(struct {
		TcbEvaluationDataNumber uint32
		IssueDate               uint64
		NextUpdate              uint64
		Blob                    common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.TcbEvaluationDataNumber = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.IssueDate = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.NextUpdate = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Blob = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// TcbInfoOf is a free data retrieval call binding the contract method 0xf2cd9c31.
//
// Solidity: function tcbInfoOf(bytes6 ) view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreSession) TcbInfoOf(arg0 [6]byte) (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	return _DcapCollateralStore.Contract.TcbInfoOf(&_DcapCollateralStore.CallOpts, arg0)
}

// TcbInfoOf is a free data retrieval call binding the contract method 0xf2cd9c31.
//
// Solidity: function tcbInfoOf(bytes6 ) view returns(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, address blob)
func (_DcapCollateralStore *DcapCollateralStoreCallerSession) TcbInfoOf(arg0 [6]byte) (struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	Blob                    common.Address
}, error) {
	return _DcapCollateralStore.Contract.TcbInfoOf(&_DcapCollateralStore.CallOpts, arg0)
}

// UploadCrl is a paid mutator transaction binding the contract method 0x34fc1b3f.
//
// Solidity: function uploadCrl(bytes der, bytes issuerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactor) UploadCrl(opts *bind.TransactOpts, der []byte, issuerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.contract.Transact(opts, "uploadCrl", der, issuerDer)
}

// UploadCrl is a paid mutator transaction binding the contract method 0x34fc1b3f.
//
// Solidity: function uploadCrl(bytes der, bytes issuerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreSession) UploadCrl(der []byte, issuerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadCrl(&_DcapCollateralStore.TransactOpts, der, issuerDer)
}

// UploadCrl is a paid mutator transaction binding the contract method 0x34fc1b3f.
//
// Solidity: function uploadCrl(bytes der, bytes issuerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactorSession) UploadCrl(der []byte, issuerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadCrl(&_DcapCollateralStore.TransactOpts, der, issuerDer)
}

// UploadQeIdentity is a paid mutator transaction binding the contract method 0x4c33ebb7.
//
// Solidity: function uploadQeIdentity(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactor) UploadQeIdentity(opts *bind.TransactOpts, json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.contract.Transact(opts, "uploadQeIdentity", json, signature, signerDer)
}

// UploadQeIdentity is a paid mutator transaction binding the contract method 0x4c33ebb7.
//
// Solidity: function uploadQeIdentity(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreSession) UploadQeIdentity(json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadQeIdentity(&_DcapCollateralStore.TransactOpts, json, signature, signerDer)
}

// UploadQeIdentity is a paid mutator transaction binding the contract method 0x4c33ebb7.
//
// Solidity: function uploadQeIdentity(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactorSession) UploadQeIdentity(json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadQeIdentity(&_DcapCollateralStore.TransactOpts, json, signature, signerDer)
}

// UploadTcbInfo is a paid mutator transaction binding the contract method 0xcfaea316.
//
// Solidity: function uploadTcbInfo(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactor) UploadTcbInfo(opts *bind.TransactOpts, json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.contract.Transact(opts, "uploadTcbInfo", json, signature, signerDer)
}

// UploadTcbInfo is a paid mutator transaction binding the contract method 0xcfaea316.
//
// Solidity: function uploadTcbInfo(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreSession) UploadTcbInfo(json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadTcbInfo(&_DcapCollateralStore.TransactOpts, json, signature, signerDer)
}

// UploadTcbInfo is a paid mutator transaction binding the contract method 0xcfaea316.
//
// Solidity: function uploadTcbInfo(string json, bytes signature, bytes signerDer) returns()
func (_DcapCollateralStore *DcapCollateralStoreTransactorSession) UploadTcbInfo(json string, signature []byte, signerDer []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.UploadTcbInfo(&_DcapCollateralStore.TransactOpts, json, signature, signerDer)
}

// VerifyIntermediate is a paid mutator transaction binding the contract method 0x5cd5a709.
//
// Solidity: function verifyIntermediate(bytes der) returns(bytes32 derHash)
func (_DcapCollateralStore *DcapCollateralStoreTransactor) VerifyIntermediate(opts *bind.TransactOpts, der []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.contract.Transact(opts, "verifyIntermediate", der)
}

// VerifyIntermediate is a paid mutator transaction binding the contract method 0x5cd5a709.
//
// Solidity: function verifyIntermediate(bytes der) returns(bytes32 derHash)
func (_DcapCollateralStore *DcapCollateralStoreSession) VerifyIntermediate(der []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.VerifyIntermediate(&_DcapCollateralStore.TransactOpts, der)
}

// VerifyIntermediate is a paid mutator transaction binding the contract method 0x5cd5a709.
//
// Solidity: function verifyIntermediate(bytes der) returns(bytes32 derHash)
func (_DcapCollateralStore *DcapCollateralStoreTransactorSession) VerifyIntermediate(der []byte) (*types.Transaction, error) {
	return _DcapCollateralStore.Contract.VerifyIntermediate(&_DcapCollateralStore.TransactOpts, der)
}

// DcapCollateralStoreCrlUpdatedIterator is returned from FilterCrlUpdated and is used to iterate over the raw logs and unpacked data for CrlUpdated events raised by the DcapCollateralStore contract.
type DcapCollateralStoreCrlUpdatedIterator struct {
	Event *DcapCollateralStoreCrlUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DcapCollateralStoreCrlUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DcapCollateralStoreCrlUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DcapCollateralStoreCrlUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DcapCollateralStoreCrlUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DcapCollateralStoreCrlUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DcapCollateralStoreCrlUpdated represents a CrlUpdated event raised by the DcapCollateralStore contract.
type DcapCollateralStoreCrlUpdated struct {
	IssuerSubjectHash [32]byte
	ThisUpdate        uint64
	NextUpdate        uint64
	Crl               []byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterCrlUpdated is a free log retrieval operation binding the contract event 0x629eefa9fdd9beac72187872c0ef5153c193890355aef0d4bcb8d522ef7a1c07.
//
// Solidity: event CrlUpdated(bytes32 indexed issuerSubjectHash, uint64 thisUpdate, uint64 nextUpdate, bytes crl)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) FilterCrlUpdated(opts *bind.FilterOpts, issuerSubjectHash [][32]byte) (*DcapCollateralStoreCrlUpdatedIterator, error) {

	var issuerSubjectHashRule []interface{}
	for _, issuerSubjectHashItem := range issuerSubjectHash {
		issuerSubjectHashRule = append(issuerSubjectHashRule, issuerSubjectHashItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.FilterLogs(opts, "CrlUpdated", issuerSubjectHashRule)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreCrlUpdatedIterator{contract: _DcapCollateralStore.contract, event: "CrlUpdated", logs: logs, sub: sub}, nil
}

// WatchCrlUpdated is a free log subscription operation binding the contract event 0x629eefa9fdd9beac72187872c0ef5153c193890355aef0d4bcb8d522ef7a1c07.
//
// Solidity: event CrlUpdated(bytes32 indexed issuerSubjectHash, uint64 thisUpdate, uint64 nextUpdate, bytes crl)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) WatchCrlUpdated(opts *bind.WatchOpts, sink chan<- *DcapCollateralStoreCrlUpdated, issuerSubjectHash [][32]byte) (event.Subscription, error) {

	var issuerSubjectHashRule []interface{}
	for _, issuerSubjectHashItem := range issuerSubjectHash {
		issuerSubjectHashRule = append(issuerSubjectHashRule, issuerSubjectHashItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.WatchLogs(opts, "CrlUpdated", issuerSubjectHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DcapCollateralStoreCrlUpdated)
				if err := _DcapCollateralStore.contract.UnpackLog(event, "CrlUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCrlUpdated is a log parse operation binding the contract event 0x629eefa9fdd9beac72187872c0ef5153c193890355aef0d4bcb8d522ef7a1c07.
//
// Solidity: event CrlUpdated(bytes32 indexed issuerSubjectHash, uint64 thisUpdate, uint64 nextUpdate, bytes crl)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) ParseCrlUpdated(log types.Log) (*DcapCollateralStoreCrlUpdated, error) {
	event := new(DcapCollateralStoreCrlUpdated)
	if err := _DcapCollateralStore.contract.UnpackLog(event, "CrlUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DcapCollateralStoreIntermediateVerifiedIterator is returned from FilterIntermediateVerified and is used to iterate over the raw logs and unpacked data for IntermediateVerified events raised by the DcapCollateralStore contract.
type DcapCollateralStoreIntermediateVerifiedIterator struct {
	Event *DcapCollateralStoreIntermediateVerified // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DcapCollateralStoreIntermediateVerifiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DcapCollateralStoreIntermediateVerified)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DcapCollateralStoreIntermediateVerified)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DcapCollateralStoreIntermediateVerifiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DcapCollateralStoreIntermediateVerifiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DcapCollateralStoreIntermediateVerified represents a IntermediateVerified event raised by the DcapCollateralStore contract.
type DcapCollateralStoreIntermediateVerified struct {
	DerHash      [32]byte
	SubjectHash  [32]byte
	SerialNumber *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterIntermediateVerified is a free log retrieval operation binding the contract event 0x888cf89056f8f295237d89b5bd1049bf0fb710977b9b3faee1c7d77b7d0697a2.
//
// Solidity: event IntermediateVerified(bytes32 indexed derHash, bytes32 indexed subjectHash, uint256 serialNumber)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) FilterIntermediateVerified(opts *bind.FilterOpts, derHash [][32]byte, subjectHash [][32]byte) (*DcapCollateralStoreIntermediateVerifiedIterator, error) {

	var derHashRule []interface{}
	for _, derHashItem := range derHash {
		derHashRule = append(derHashRule, derHashItem)
	}
	var subjectHashRule []interface{}
	for _, subjectHashItem := range subjectHash {
		subjectHashRule = append(subjectHashRule, subjectHashItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.FilterLogs(opts, "IntermediateVerified", derHashRule, subjectHashRule)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreIntermediateVerifiedIterator{contract: _DcapCollateralStore.contract, event: "IntermediateVerified", logs: logs, sub: sub}, nil
}

// WatchIntermediateVerified is a free log subscription operation binding the contract event 0x888cf89056f8f295237d89b5bd1049bf0fb710977b9b3faee1c7d77b7d0697a2.
//
// Solidity: event IntermediateVerified(bytes32 indexed derHash, bytes32 indexed subjectHash, uint256 serialNumber)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) WatchIntermediateVerified(opts *bind.WatchOpts, sink chan<- *DcapCollateralStoreIntermediateVerified, derHash [][32]byte, subjectHash [][32]byte) (event.Subscription, error) {

	var derHashRule []interface{}
	for _, derHashItem := range derHash {
		derHashRule = append(derHashRule, derHashItem)
	}
	var subjectHashRule []interface{}
	for _, subjectHashItem := range subjectHash {
		subjectHashRule = append(subjectHashRule, subjectHashItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.WatchLogs(opts, "IntermediateVerified", derHashRule, subjectHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DcapCollateralStoreIntermediateVerified)
				if err := _DcapCollateralStore.contract.UnpackLog(event, "IntermediateVerified", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIntermediateVerified is a log parse operation binding the contract event 0x888cf89056f8f295237d89b5bd1049bf0fb710977b9b3faee1c7d77b7d0697a2.
//
// Solidity: event IntermediateVerified(bytes32 indexed derHash, bytes32 indexed subjectHash, uint256 serialNumber)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) ParseIntermediateVerified(log types.Log) (*DcapCollateralStoreIntermediateVerified, error) {
	event := new(DcapCollateralStoreIntermediateVerified)
	if err := _DcapCollateralStore.contract.UnpackLog(event, "IntermediateVerified", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DcapCollateralStoreQeIdentityUpdatedIterator is returned from FilterQeIdentityUpdated and is used to iterate over the raw logs and unpacked data for QeIdentityUpdated events raised by the DcapCollateralStore contract.
type DcapCollateralStoreQeIdentityUpdatedIterator struct {
	Event *DcapCollateralStoreQeIdentityUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DcapCollateralStoreQeIdentityUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DcapCollateralStoreQeIdentityUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DcapCollateralStoreQeIdentityUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DcapCollateralStoreQeIdentityUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DcapCollateralStoreQeIdentityUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DcapCollateralStoreQeIdentityUpdated represents a QeIdentityUpdated event raised by the DcapCollateralStore contract.
type DcapCollateralStoreQeIdentityUpdated struct {
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	QeIdentity              string
	Raw                     types.Log // Blockchain specific contextual infos
}

// FilterQeIdentityUpdated is a free log retrieval operation binding the contract event 0x6c8d40e9edabb2c72950e40d843c4d360c0a3da71f96c757df778922b0b8d0a3.
//
// Solidity: event QeIdentityUpdated(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string qeIdentity)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) FilterQeIdentityUpdated(opts *bind.FilterOpts) (*DcapCollateralStoreQeIdentityUpdatedIterator, error) {

	logs, sub, err := _DcapCollateralStore.contract.FilterLogs(opts, "QeIdentityUpdated")
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreQeIdentityUpdatedIterator{contract: _DcapCollateralStore.contract, event: "QeIdentityUpdated", logs: logs, sub: sub}, nil
}

// WatchQeIdentityUpdated is a free log subscription operation binding the contract event 0x6c8d40e9edabb2c72950e40d843c4d360c0a3da71f96c757df778922b0b8d0a3.
//
// Solidity: event QeIdentityUpdated(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string qeIdentity)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) WatchQeIdentityUpdated(opts *bind.WatchOpts, sink chan<- *DcapCollateralStoreQeIdentityUpdated) (event.Subscription, error) {

	logs, sub, err := _DcapCollateralStore.contract.WatchLogs(opts, "QeIdentityUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DcapCollateralStoreQeIdentityUpdated)
				if err := _DcapCollateralStore.contract.UnpackLog(event, "QeIdentityUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseQeIdentityUpdated is a log parse operation binding the contract event 0x6c8d40e9edabb2c72950e40d843c4d360c0a3da71f96c757df778922b0b8d0a3.
//
// Solidity: event QeIdentityUpdated(uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string qeIdentity)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) ParseQeIdentityUpdated(log types.Log) (*DcapCollateralStoreQeIdentityUpdated, error) {
	event := new(DcapCollateralStoreQeIdentityUpdated)
	if err := _DcapCollateralStore.contract.UnpackLog(event, "QeIdentityUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DcapCollateralStoreTcbInfoUpdatedIterator is returned from FilterTcbInfoUpdated and is used to iterate over the raw logs and unpacked data for TcbInfoUpdated events raised by the DcapCollateralStore contract.
type DcapCollateralStoreTcbInfoUpdatedIterator struct {
	Event *DcapCollateralStoreTcbInfoUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DcapCollateralStoreTcbInfoUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DcapCollateralStoreTcbInfoUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DcapCollateralStoreTcbInfoUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DcapCollateralStoreTcbInfoUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DcapCollateralStoreTcbInfoUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DcapCollateralStoreTcbInfoUpdated represents a TcbInfoUpdated event raised by the DcapCollateralStore contract.
type DcapCollateralStoreTcbInfoUpdated struct {
	Fmspc                   [6]byte
	TcbEvaluationDataNumber uint32
	IssueDate               uint64
	NextUpdate              uint64
	TcbInfo                 string
	Raw                     types.Log // Blockchain specific contextual infos
}

// FilterTcbInfoUpdated is a free log retrieval operation binding the contract event 0x6f995e6553a80a52542cad76af34dce8865afb71e278b14a1b45f12836e91216.
//
// Solidity: event TcbInfoUpdated(bytes6 indexed fmspc, uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string tcbInfo)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) FilterTcbInfoUpdated(opts *bind.FilterOpts, fmspc [][6]byte) (*DcapCollateralStoreTcbInfoUpdatedIterator, error) {

	var fmspcRule []interface{}
	for _, fmspcItem := range fmspc {
		fmspcRule = append(fmspcRule, fmspcItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.FilterLogs(opts, "TcbInfoUpdated", fmspcRule)
	if err != nil {
		return nil, err
	}
	return &DcapCollateralStoreTcbInfoUpdatedIterator{contract: _DcapCollateralStore.contract, event: "TcbInfoUpdated", logs: logs, sub: sub}, nil
}

// WatchTcbInfoUpdated is a free log subscription operation binding the contract event 0x6f995e6553a80a52542cad76af34dce8865afb71e278b14a1b45f12836e91216.
//
// Solidity: event TcbInfoUpdated(bytes6 indexed fmspc, uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string tcbInfo)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) WatchTcbInfoUpdated(opts *bind.WatchOpts, sink chan<- *DcapCollateralStoreTcbInfoUpdated, fmspc [][6]byte) (event.Subscription, error) {

	var fmspcRule []interface{}
	for _, fmspcItem := range fmspc {
		fmspcRule = append(fmspcRule, fmspcItem)
	}

	logs, sub, err := _DcapCollateralStore.contract.WatchLogs(opts, "TcbInfoUpdated", fmspcRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DcapCollateralStoreTcbInfoUpdated)
				if err := _DcapCollateralStore.contract.UnpackLog(event, "TcbInfoUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTcbInfoUpdated is a log parse operation binding the contract event 0x6f995e6553a80a52542cad76af34dce8865afb71e278b14a1b45f12836e91216.
//
// Solidity: event TcbInfoUpdated(bytes6 indexed fmspc, uint32 tcbEvaluationDataNumber, uint64 issueDate, uint64 nextUpdate, string tcbInfo)
func (_DcapCollateralStore *DcapCollateralStoreFilterer) ParseTcbInfoUpdated(log types.Log) (*DcapCollateralStoreTcbInfoUpdated, error) {
	event := new(DcapCollateralStoreTcbInfoUpdated)
	if err := _DcapCollateralStore.contract.UnpackLog(event, "TcbInfoUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DcapPckChainVerifierMetaData contains all meta data concerning the DcapPckChainVerifier contract.
var DcapPckChainVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDcapCollateralStore\",\"name\":\"store_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"store\",\"outputs\":[{\"internalType\":\"contractDcapCollateralStore\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pemChain\",\"type\":\"bytes\"}],\"name\":\"verifyPckChain\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"keyX\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"keyY\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes6\",\"name\":\"fmspc\",\"type\":\"bytes6\"},{\"internalType\":\"bytes2\",\"name\":\"pceId\",\"type\":\"bytes2\"},{\"internalType\":\"bytes16\",\"name\":\"sgxComponents\",\"type\":\"bytes16\"},{\"internalType\":\"uint16\",\"name\":\"pcesvn\",\"type\":\"uint16\"}],\"internalType\":\"structTcbEvaluation.PckTcb\",\"name\":\"tcb\",\"type\":\"tuple\"}],\"internalType\":\"structDcapPckChainVerifier.Pck\",\"name\":\"pck\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CertDuplicateExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidBasicConstraints\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidKeyIdentifier\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidKeyUsage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertInvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnexpectedField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedCriticalExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedSignatureAlgorithm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertUnsupportedVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerContentTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInputTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerIntegerTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidBitString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidBoolean\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerInvalidTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerNegativeInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DerTrailingData\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"actual\",\"type\":\"uint256\"}],\"name\":\"DerUnexpectedTag\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"arc\",\"type\":\"uint256\"}],\"name\":\"PckMissingField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PckMissingSgxExtension\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PemInvalidBase64\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PemMissingBeginMarker\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PemMissingEndMarker\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PemRangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Sha256Failed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Sha256RangeOutOfBounds\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TrailingChainData\",\"type\":\"error\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161449138038061449183398101604081905261002e9161003f565b6001600160a01b031660805261006c565b5f6020828403121561004f575f5ffd5b81516001600160a01b0381168114610065575f5ffd5b9392505050565b6080516143dd6100b45f395f8181603d015281816103240152818161047101528181610567015281816106ff0152818161088601528181610940015261097c01526143dd5ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c8063975057e714610038578063ce0d8c4914610089575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b61009c6100973660046140ac565b610150565b60408051928352815160208085019190915280830151848301529181015180517fffffffffffff000000000000000000000000000000000000000000000000000016606080860191909152928101517fffff000000000000000000000000000000000000000000000000000000000000166080850152908101517fffffffffffffffffffffffffffffffff000000000000000000000000000000001660a0840152015161ffff1660c082015260e001610080565b60408051606080820183525f80835260208084018290528451608081018652828152908101829052808501829052918201819052928201525f84848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052508451949550938493506101d292508591508390610c61565b915091505f5f6101e485848751610c61565b915091505f5f6101f687848951610c61565b9092509050805b8751811015610321575f8882815181106102195761021961411a565b01602001517fff000000000000000000000000000000000000000000000000000000000000001690507f0a0000000000000000000000000000000000000000000000000000000000000081148015906102b457507f0d000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000821614155b80156102e157507fff00000000000000000000000000000000000000000000000000000000000000811615155b15610318576040517f05fc948b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b506001016101fd565b507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663eaedb7d56040518163ffffffff1660e01b8152600401602060405180830381865afa15801561038b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103af9190614147565b6002836040516103bf919061415e565b602060405180830381855afa1580156103da573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906103fd9190614147565b1461043257507f50434b5f434841494e5f524f4f540000000000000000000000000000000000009750610c5a95505050505050565b6040517f5cd5a7090000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690635cd5a709906104a6908890600401614174565b6020604051808303815f875af19250505080156104fe575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01682019092526104fb91810190614147565b60015b61053357507f50434b5f43415f554e54525553544544000000000000000000000000000000009850610c5a9650505050505050565b6040517f9a887bbf000000000000000000000000000000000000000000000000000000008152600481018290529091505f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690639a887bbf9060240161010060405180830381865afa1580156105c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e691906141f2565b90508060c0015161062357507f50434b5f43415f554e54525553544544000000000000000000000000000000009950610c5a975050505050505050565b5f61062d89610e05565b9050816040015181602001511461067157507f50434b5f4953535545525f4d49534d41544348000000000000000000000000009a50610c5a98505050505050505050565b61068381835f01518460200151610f64565b6106ba57507f50434b5f5349474e4154555245000000000000000000000000000000000000009a50610c5a98505050505050505050565b6106c48142610f89565b6106fb57507f50434b5f455850495245440000000000000000000000000000000000000000009a50610c5a98505050505050505050565b5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663553356d685604001516040518263ffffffff1660e01b815260040161075c91815260200190565b608060405180830381865afa158015610777573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061079b91906142d1565b5050915091508067ffffffffffffffff165f036107e757507f50434b5f43524c5f4d495353494e4700000000000000000000000000000000009c50610c5a9a5050505050505050505050565b8167ffffffffffffffff1642108061080857508067ffffffffffffffff1642115b1561084257507f50434b5f43524c5f4558504952454400000000000000000000000000000000009c50610c5a9a5050505050505050505050565b604080850151845191517fa3a2656a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169263a3a2656a926108c592909190600401918252602082015260400190565b602060405180830381865afa1580156108e0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109049190614322565b1561093e57507f50434b5f5245564f4b45440000000000000000000000000000000000000000009c50610c5a9a5050505050505050505050565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663553356d67f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663cb1e1e616040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109e3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a079190614147565b6040518263ffffffff1660e01b8152600401610a2591815260200190565b608060405180830381865afa158015610a40573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a6491906142d1565b5091935091505067ffffffffffffffff8216421080610a8c57508067ffffffffffffffff1642115b15610ac657507f524f4f545f43524c5f45585049524544000000000000000000000000000000009c50610c5a9a5050505050505050505050565b5f610ad18c85610fab565b90508360e001518e5f0181815250508361010001518e60200181815250508060a001518e604001515f019079ffffffffffffffffffffffffffffffffffffffffffffffffffff1916908179ffffffffffffffffffffffffffffffffffffffffffffffffffff19168152505080608001518e60400151602001907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191690817dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19168152505080604001518e604001516060019061ffff16908161ffff16815250505f5f5b6010811015610c1457610bc5816008614368565b83602001518260108110610bdb57610bdb61411a565b602002015160f81b7fff0000000000000000000000000000000000000000000000000000000000000016901c9190911790600101610bb1565b50808f60400151604001906fffffffffffffffffffffffffffffffff191690816fffffffffffffffffffffffffffffffff19168152505050505050505050505050505050505b9250929050565b60605f8451831180610c7257508284115b15610ca9576040517fa5f3286600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610cb68686865f61102e565b9050601b8185031080610d115750858101602001517fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000167f2d2d2d2d2d424547494e2043455254494649434154452d2d2d2d2d000000000014155b15610d48576040517f94a55a2e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b601b01610d6186610d5b8184885f61102e565b866110a0565b909350905060198185031080610dbf5750858101602001517fffffffffffffffffffffffffffffffffffffffffffffffffff00000000000000167f2d2d2d2d2d454e442043455254494649434154452d2d2d2d2d0000000000000014155b15610df6576040517fa63f1dd300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60198101915050935093915050565b610ea3604051806102e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f151581526020015f81526020015f151581526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b5f610eb7610eb08461208d565b6030612123565b90505f610ec68483603061217c565b90505f610ed38583612190565b9050610edf85826122b8565b5f610eea8683612190565b9050610ef58161238b565b610eff86826123db565b6102c08701526102a08601525f196101c0860152610f1e868487612440565b606083901c65ffffffffffff16610240860152610f3a83612695565b6102608601819052610240860151610f54918891906126b4565b6102808601525092949350505050565b5f610f81846102800151856102a00151866102c00151868661275a565b949350505050565b5f8260a001518210158015610fa257508260c001518211155b90505b92915050565b610fb361404b565b5f610fe184847f2a864886f84d010d0100000000000000000000000000000000000000000000006009612777565b9050805f0361101c576040517f3d1c452500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611027848284612828565b5092915050565b5f5b828410156110975760208486018101515f1a908114801590611053575080600a14155b8015611060575080600d14155b801561106d575080600914155b8015611080575080151580611080575082155b1561108b5750611097565b84600101945050611030565b50919392505050565b60605f5f7f80808080808080808080808080808080808080808080808080808080808080806020870186810186820160405196506020870160406003808585030160021c020181015b6040848403111561186557600a60408501515f1a036118655783516112fe8180197f55555555555555555555555555555555555555555555555555555555555555557f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f929092169182017f5454545454545454545454545454545454545454545454545454545454545454830119167f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f83017f0505050505050505050505050505050505050505050505050505050505050505840119167f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f84017f2525252525252525252525252525252525252525252525252525252525252525850119167f46464646464646464646464646464646464646464646464646464646464646468501197f505050505050505050505050505050505050505050505050505050505050505086019081167f51515151515151515151515151515151515151515151515151515151515151519096019019168581178217831793909317939093167f80808080808080808080808080808080808080808080808080808080808080801694600791821c7f0101010101010101010101010101010101010101010101010101010101010101908116605a0294831c811660540295831c8116600f029390921c9190911660030291909101929092010190565b60208701516114fd8180197f55555555555555555555555555555555555555555555555555555555555555557f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f929092169182017f5454545454545454545454545454545454545454545454545454545454545454830119167f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f83017f0505050505050505050505050505050505050505050505050505050505050505840119167f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f84017f2525252525252525252525252525252525252525252525252525252525252525850119167f46464646464646464646464646464646464646464646464646464646464646468501197f505050505050505050505050505050505050505050505050505050505050505086019081167f51515151515151515151515151515151515151515151515151515151515151519096019019168581178217831793909317939093167f80808080808080808080808080808080808080808080808080808080808080801694600791821c7f0101010101010101010101010101010101010101010101010101010101010101908116605a0294831c811660540295831c8116600f029390921c9190911660030291909101929092010190565b8b82148c86141661151357505050505050611865565b7bffffffffffffffffffffffffffffffff0000000000000000000000007effffffff000000000000000000000000ffffffff00000000000000000000007f1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc000007f808080808080808080808080808080808080808080808080808080808080808089178790037f131313131313131313131313131313131313131313131313131313131313131301600281901c9182167e7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f000082161760041c7d1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc09092167c7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f9091161717600881901c9182167bffffffff000000000000000000000000ffffffff000000000000000082161760101c76ffffffff000000000000000000000000ffffffff00000090921673ffffffff000000000000000000000000ffffffff9091161717602081901c919091166fffffffffffffffffffffffffffffffff9091161760401b88527bffffffffffffffffffffffffffffffff0000000000000000000000007effffffff000000000000000000000000ffffffff00000000000000000000007f1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc000007f808080808080808080808080808080808080808080808080808080808080808086178490037f131313131313131313131313131313131313131313131313131313131313131301600281901c9182167e7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f000082161760041c7d1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc09092167c7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f9091161717600881901c9182167bffffffff000000000000000000000000ffffffff000000000000000082161760101c76ffffffff000000000000000000000000ffffffff00000090921673ffffffff000000000000000000000000ffffffff9091161717602081901c919091166fffffffffffffffffffffffffffffffff9091161760401b60188901525050505050506030820191506041840193506110e9565b805f5b8486106118785760019850611b35565b8551611a748180197f55555555555555555555555555555555555555555555555555555555555555557f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f929092169182017f5454545454545454545454545454545454545454545454545454545454545454830119167f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f83017f0505050505050505050505050505050505050505050505050505050505050505840119167f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f84017f2525252525252525252525252525252525252525252525252525252525252525850119167f46464646464646464646464646464646464646464646464646464646464646468501197f505050505050505050505050505050505050505050505050505050505050505086019081167f51515151515151515151515151515151515151515151515151515151515151519096019019168581178217831793909317939093167f80808080808080808080808080808080808080808080808080808080808080801694600791821c7f0101010101010101010101010101010101010101010101010101010101010101908116605a0294831c811660540295831c8116600f029390921c9190911660030291909101929092010190565b508787036020811015611a8e575f198160031b1c19821691505b50818452898103611aac576020880197506020840193505050611868565b1989166fffffffffffffffffffffffffffffffff811160071b81811c67ffffffffffffffff1060061b1781811c63ffffffff1060051b1781811c61ffff1060041b1790811c60ff10600390811b909117901c601f039687018051909793909301925f1a915050600981146020821417600d8214600a8314171715611b3557600186019550611868565b5f975088611bb5575b603d8103611bb55760018801975060028811611bb557604182536001820191506001860195505b611b8786515f1a5f600982146020831417600d8314600a841417179050919050565b8587101615611b9b57600186019550611b65565b848610611bab5760019850611bb5565b5084515f1a611b3e565b8686039950828203965060208b018403955088611be557858717156003881617602d8214151715611be557600298505b5087612009577f414141414141414141414141414141414141414141414141414141414141414181528193505b80841015611fc6578351611e168180197f55555555555555555555555555555555555555555555555555555555555555557f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f929092169182017f5454545454545454545454545454545454545454545454545454545454545454830119167f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f83017f0505050505050505050505050505050505050505050505050505050505050505840119167f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f84017f2525252525252525252525252525252525252525252525252525252525252525850119167f46464646464646464646464646464646464646464646464646464646464646468501197f505050505050505050505050505050505050505050505050505050505050505086019081167f51515151515151515151515151515151515151515151515151515151515151519096019019168581178217831793909317939093167f80808080808080808080808080808080808080808080808080808080808080801694600791821c7f0101010101010101010101010101010101010101010101010101010101010101908116605a0294831c811660540295831c8116600f029390921c9190911660030291909101929092010190565b7bffffffffffffffffffffffffffffffff0000000000000000000000007effffffff000000000000000000000000ffffffff00000000000000000000007f1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc000007f808080808080808080808080808080808080808080808080808080808080808086178490037f131313131313131313131313131313131313131313131313131313131313131301600281901c9182167e7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f000082161760041c7d1fc000001fc000001fc000001fc000001fc000001fc000001fc000001fc09092167c7f0000007f0000007f0000007f0000007f0000007f0000007f0000007f9091161717600881901c9182167bffffffff000000000000000000000000ffffffff000000000000000082161760101c76ffffffff000000000000000000000000ffffffff00000090921673ffffffff000000000000000000000000ffffffff9091161717602081901c919091166fffffffffffffffffffffffffffffffff9091161760401b8652505050601883019250602084019350611c12565b60038660021c0285019350868403808b528060208c0101905080518860031b610100031c15611ff457600298505b5f815250601f19601f85011660408b01016040525b505050505050508060010361204a576040517fa63f1dd300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80600203612084576040517f66d27bd100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b80515f9064010000000081106120cf576040517f51b1c10700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6120da835f83612917565b91508065ffffffffffff83161461211d576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50919050565b5f60ff60c084901c16828114612174576040517f91bf4c8c00000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044015b60405180910390fd5b509192915050565b5f610f8161218a8585612a15565b83612123565b5f65ffffffffffff821665ffffffffffff8360901c168082036121ba5763187fea745f526004601cfd5b8060018301106121d157632c96976b5f526004601cfd5b816020860101518060f81c601f808216036121f35763be1b2f805f526004601cfd5b8160011a60028501607f82111561227b57607f82168061221a5763544f28955f526004601cfd5b60048111156122305763cb1efb265f526004601cfd5b908101908582111561224957632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c15608084101715612279576365df062c5f526004601cfd5b505b8181019350848411156122955763e186abf45f526004601cfd5b838160301b8760601b17178560901b8460c01b1717965050505050505092915050565b603060c082901c60ff16146122f9576040517f18c2eec200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6123048383612a15565b905061233383827f2a8648ce3d0403020000000000000000000000000000000000000000000000006008612a57565b158061234f5750609081901c65ffffffffffff90811690821614155b15612386576040517f18c2eec200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b609081901c65ffffffffffff1665ffffffffffff8216146123d8576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50565b5f5f6123e8836003612123565b505f6123f7610eb08686612ab1565b90505f6124048683612a15565b90505f6124118783612190565b905061241c8161238b565b6124268783612b9a565b94506124328782612b9a565b5f1b93505050509250929050565b5f61244b8484612a15565b905060c081901c60ff1660a0141580612478575061247361246c8583612ab1565b8590612b9a565b600214155b156124af576040517f6d6aabc600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6124b98482612190565b90506124c58482612b9a565b82526124d18482612190565b90506124dd84826122b8565b6124e984826030612bb1565b6060830181905290506124fc8482612bbf565b602083015261250d84826030612bb1565b90505f61251a8583612a15565b90506125268582612be9565b60a08401526125358582612190565b90506125408161238b565b61254a8582612be9565b60c084015261255b85836030612bb1565b60808401819052915061256e8583612bbf565b604084015261257d8583612190565b915061258a858385612d26565b65ffffffffffff609083901c8116908316036125a7575050505050565b6125b18583612190565b915060c082901c60ff166081036125ec5765ffffffffffff609083901c8116908316036125df575050505050565b6125e98583612190565b91505b60c082901c60ff166082036126255765ffffffffffff609083901c811690831603612618575050505050565b6126228583612190565b91505b60c082901c60ff1660a314158061264c5750609082901c65ffffffffffff90811690831614155b15612683576040517fdd778a6a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61268e858385612ef2565b5050505050565b5f606082901c65ffffffffffff165b65ffffffffffff83160392915050565b82515f90808411806126ce57506126cb848261437f565b83115b15612705576040517f9df168d100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60205f858760208a010160025afa90505f51925080612751576040517fc176b3c500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50509392505050565b5f61276b6101008787878787612f57565b90505b95945050505050565b6102208301515f9080820361278f575f915050610f81565b5f61279a8783612a15565b90505b5f6127a88883612a15565b90506127b688828888612a57565b156127eb576127c58882612190565b9350600160c085901c60ff16036127e3576127e08885612190565b93505b505050610f81565b65ffffffffffff609083901c81169083160361280c575f9350505050610f81565b6128168883612190565b91505061279d565b5050949350505050565b5f612836610eb08585612ab1565b90505f61285985603084901c65ffffffffffff1665ffffffffffff851686612f9d565b9050600481165f0361289a576040517f75fc65d90000000000000000000000000000000000000000000000000000000081526002600482015260240161216b565b600881165f036128d9576040517f75fc65d90000000000000000000000000000000000000000000000000000000081526003600482015260240161216b565b601081165f0361268e576040517f75fc65d900000000000000000000000000000000000000000000000000000000815260048181015260240161216b565b5f81600184011061292f57632c96976b5f526004601cfd5b826020850101518060f81c601f808216036129515763be1b2f805f526004601cfd5b8160011a60028601607f8211156129d957607f8216806129785763544f28955f526004601cfd5b600481111561298e5763cb1efb265f526004601cfd5b90810190868211156129a757632c96976b5f526004601cfd5b8460101b8160031b610100031c9250826001820360031b1c156080841017156129d7576365df062c5f526004601cfd5b505b8181019350858411156129f35763e186abf45f526004601cfd5b838160301b8860601b17178660901b8460c01b17179450505050509392505050565b5f60208260c01c16612a2e5763d253d0745f526004601cfd5b65ffffffffffff8260301c1665ffffffffffff83168082036121ba5763a984141a5f526004601cfd5b5f600660c085901c60ff16141580612a77575081612a74856134c4565b14155b15612a8357505f610f81565b82612aa786603087901c65ffffffffffff1601602001515f19600386901b1c191690565b1495945050505050565b5f65ffffffffffff603083901c81169083167ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff60c086901c1601612b445780821480612b065750602082860101515f1a15155b15612b3d576040517f2dc223cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8160010191505b612b4f858383612917565b92508065ffffffffffff841614612b92576040517f828db61100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505092915050565b5f612ba6826002612123565b50610fa283836134d7565b5f610f8161218a8585612190565b5f65ffffffffffff606083901c1681612bd784612695565b94909101602001939093209392505050565b5f60ff60c083901c1681612bfc846134c4565b90505f612c1986603087901c65ffffffffffff165b016020015190565b905060178303612c905781600d14612c5d576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f603560f883901c1015612c7357613230612c77565b6131395b61ffff16905060f081901b601083901c17915050612d13565b60188303612cd75781600f14612cd2576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612d13565b6040517f91bf4c8c000000000000000000000000000000000000000000000000000000008152601760048201526024810184905260440161216b565b612d1c81613636565b9695505050505050565b612d31826030612123565b505f612d3f8484603061217c565b90505f612d4c8583612a15565b9050612d7b85827f2a8648ce3d0201000000000000000000000000000000000000000000000000006007612a57565b1580612d965750609081901c65ffffffffffff908116908216145b15612dcd576040517fa53ff5f900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612dd78582612190565b9050612e0685827f2a8648ce3d0301070000000000000000000000000000000000000000000000006008612a57565b1580612e225750609081901c65ffffffffffff90811690821614155b15612e59576040517fa53ff5f900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f612e648684612190565b9050612e6f8161238b565b5f80612e7b8884613841565b91509150806041141580612e985750602082890101515f1a600414155b15612ecf576040517f332ea48500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5095909501602181015160e0850152604101516101009093019290925250505050565b5f612f00610eb08585612ab1565b610220830181905290505f612f158583612a15565b90505f5b612f25868386846138c5565b9050609082901c65ffffffffffff90811690831614612f4f57612f488683612190565b9150612f19565b505050505050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0838b5afa905060015f511460203d148216169150509695505050505050565b5f6134a0565b805f526004601cfd5b5f5260208190526024601cfd5b818114612fd5576391bf4c8c5f5280602052816040526044601cfd5b5050565b5f5f5f85600286011115612ff457612ff4632c96976b612fa3565b84840151805f1a93508060011a600287019350607f81111561308757607f8116806130265761302663544f2895612fa3565b600481111561303c5761303c63cb1efb26612fa3565b938401938885111561305557613055632c96976b612fa3565b8260101b8160031b610100031c9150816001820360031b1c15608083101715613085576130856365df062c612fa3565b505b8301915050858111156130a1576130a163e186abf4612fa3565b93509350939050565b5f828403806130c0576130c063b06efcf7612fa3565b838301518060ff1c156130da576130da631a007b81612fa3565b8060f71c156001831116156130f6576130f663b06efcf7612fa3565b600382111561310d5761310d88633a3e3232612fac565b60039190911b610100031c90508481111561276e5761276e86633a3e3232612fac565b5f8584860314156004841415171561315057613150876302d2dab5612fac565b5f198660031b1c19848301511690509695505050505050565b5f8360128401116131e0578282015160701c8560181b713010060b2a864886f84d010d0102000201001760ff198216036131de5760ff811660808110156131dc5786601181146131c757816001890360051b60208b015101526131ce565b8160408a01525b50601285019250505061276e565b505b505b8383106131f4576131f4630848cb44612fa3565b6131ff848484612fd9565b61320a836030612fb9565b80935080600d830111156132255761322563785b3313612fa3565b876c060b2a864886f84d010d010200178286015160981c1461324e5761324e63785b3313612fa3565b61325c81600d840187612fd9565b9750925092508086146132765761327663828db611612fa3565b87601281146132b357601181146132cd57613292846002612fb9565b6132a08960ff84868a6130aa565b60018a0360051b60208c015101526132ee565b6132c3601260108486888b613130565b60608b01526132ee565b6132d8846002612fb9565b6132e8601161ffff84868a6130aa565b60408b01525b5050505095945050505050565b5f85613308858585612fd9565b613313836030612fb9565b8094505f5f61332383858a612fd9565b925092509450613334856006612fb9565b61333f83828a612fd9565b9a50945094508289146133595761335963828db611612fa3565b5f600a838303036133845782890151682a864886f84d010d018160b81c03613382578060091a91505b505b600681108115151615613490576001811b8d16156133aa576133aa81630dd2d910612fac565b6001811b8d1796508060018114613423576003811461343a5760048114613454576005811461346e576133de876030612fb9565b859350600192505b6013831015613409576133fc8d8487878e613169565b93506001830192506133e6565b8484101561341e5761341e63785b3313612fa3565b61348e565b6134336001601087898b8f613130565b8d5261348e565b61344a6003600287898b8f613130565b60808e015261348e565b6134646004600687898b8f613130565b60a08e015261348e565b61347987600a612fb9565b613488600560ff87898e6130aa565b60c08e01525b505b5050505050509550959350505050565b60208501845b8481101561281e576134bb83858784866132fb565b935090506134a6565b5f603082901c65ffffffffffff166126a4565b5f65ffffffffffff603083901c16816134ef846134c4565b9050805f0361352a576040517fb06efcf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6135388684016020015190565b905060ff81901c15613576576040517f1a007b8100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60f881901c1580156135885750600182115b156135e95760f781901c6001165f036135cd576040517fb06efcf700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001909201915f19909101906135e68684016020015190565b90505b6020821115613624576040517f25cede7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60209190910360031b1c949350505050565b5f7fcfcfcfcfcfcfcfcfcfcfcfcfcfd00000000000000000000000000000000000007fffffffffffffffffffffffffffff0000000000000000000000000000000000008316908101600881901c7eff00ff00ff00ff00ff00ff00ff000000000000000000000000000000000000908116600a0291160160f081901c60640260e082901c61ffff908116919091019260d083901c82169260c081901c83169260b082901c81169260a083901c82169260901c90911690600e89901a605a147f80808080808080808080808080800000000000000000000000000000000000008a811615919091167f464646464646464646464646464600000000000000000000000000000000000083018216197f5050505050505050505050505050000000000000000000000000000000000000909301929092168116141615808061378657506137848787878787876139d6565b155b156137bd576040517f41d7ead200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b603c8302610e1085027ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5059361019060038a108b0381810462023ab10260649290910691820461016d830260029390931c9290920161f4ff600c60098e01060261030101600b1c8b01019190910301016201518002010182019998505050505050505050565b5f5f61384e836003612123565b50603083901c65ffffffffffff169150613867836134c4565b905080158061387d5750602082850101515f1a15155b156138b4576040517f2dc223cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001909101935f1990910192509050565b5f5f5f5f6138d38888613a6a565b9250925092505f6138e48985613ad7565b90508061392f578215613923576040517fc859dffb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b85945050505050610f81565b6001811b86161561396c576040517f92595b0100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6139778a84612ab1565b9050600182036139915761398c8a828a613b5a565b6139c2565b600282036139a45761398c8a828a613b75565b600382036139b75761398c8a828a613bd1565b6139c28a828a613d07565b506001901b85179350505050949350505050565b5f63fffff84e7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff84e880110600c5f1980890182117e1f1c1f1e1f1e1f1f1e1f1e1f000000000000000000000000000000000000008a1a60028b1460198d06159094026003018c1615939093169290920190880110161615612d1c57603c8210603c841016601885101690509695505050505050565b5f5f5f613a78846030612123565b50613a858585600661217c565b9250613a918584612190565b9050600160c082901c60ff1603613abb57613aac8582613e2a565b9150613ab88582612190565b90505b613ac6816004612123565b50613ad08161238b565b9250925092565b5f613ae1826134c4565b600314613aef57505f610fa5565b5f60e8613afc8585613ee1565b901c905062551d23819003613b15576001915050610fa5565b8062551d0e03613b29576002915050610fa5565b8062551d0f03613b3d576003915050610fa5565b8062551d1303613b51576004915050610fa5565b505f9392505050565b613b648383613f4b565b610140830152610120909101525050565b600460c083901c60ff1614613bb6576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613bc08383613fe5565b610180830152610160909101525050565b600360c083901c60ff1614613c12576040517f9b359da200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b65ffffffffffff603083901c165f613c29846134c4565b90506002811080613c3a5750600381115b80613c5357506007613c51868401602001515f1a90565b115b15613c8a576040517f9b359da200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81600314613c9b5761ff00613c9f565b61ffff5b61ffff1660f0613cb488612c11876001614392565b60016101e08801819052911c91909116915081901b610100166103ff613ce3600884901c640202020202614368565b6501088442201016613cf591906143a5565b17610200909401939093525050505050565b603060c083901c60ff1614613d48576040517fa52a67a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613d51826134c4565b5f03613d5c57505050565b5f613d678484612a15565b9050600160c082901c60ff1603613db357613d828482613e2a565b15156101a083015265ffffffffffff609082901c811690821603613da65750505050565b613db08482612190565b90505b600260c082901c60ff16141580613dda5750609081901c65ffffffffffff90811690821614155b15613e11576040517fa52a67a500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613e1b8482612b9a565b6101c090920191909152505050565b5f613e36826001612123565b50613e40826134c4565b600114613e79576040517ff6ae095000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f613e9584603085901c65ffffffffffff1601602001515f1a90565b90508060ff03613ea9576001915050610fa5565b8015613b51576040517ff6ae095000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f613eec836134c4565b90506020811115613f29576040517f389fc54a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b602065ffffffffffff603085901c16850101515f19600383901b1c1916610f81565b5f80603060c084901c60ff1614613f8e576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b613f97836134c4565b5f03613fa757505f905080610c5a565b5f613fb28585612a15565b905060c081901c60ff16608014613fcf57505f9150819050610c5a565b613fd98582613fe5565b92509250509250929050565b5f5f5f613ff1846134c4565b90508015806140005750602081115b15614037576040517f076564cb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6140418585613ee1565b9590945092505050565b6040805160e081019091525f81526020810161406561408d565b81525f6020820181905260408201819052606082018190526080820181905260a09091015290565b6040518061020001604052806010906020820280368337509192915050565b5f5f602083850312156140bd575f5ffd5b823567ffffffffffffffff8111156140d3575f5ffd5b8301601f810185136140e3575f5ffd5b803567ffffffffffffffff8111156140f9575f5ffd5b85602082840101111561410a575f5ffd5b6020919091019590945092505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215614157575f5ffd5b5051919050565b5f82518060208501845e5f920191825250919050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b805167ffffffffffffffff811681146141de575f5ffd5b919050565b805180151581146141de575f5ffd5b5f610100828403128015614204575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561424e577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040908152835182526020808501519083015283810151908201526060808401519082015261427f608084016141c7565b608082015261429060a084016141c7565b60a08201526142a160c084016141e3565b60c08201526142b260e084016141e3565b60e08201529392505050565b805163ffffffff811681146141de575f5ffd5b5f5f5f5f608085870312156142e4575f5ffd5b6142ed856141c7565b93506142fb602086016141c7565b9250614309604086016142be565b9150614317606086016142be565b905092959194509250565b5f60208284031215614332575f5ffd5b610fa2826141e3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082028115828204841417610fa557610fa561433b565b81810381811115610fa557610fa561433b565b80820180821115610fa557610fa561433b565b5f826143d8577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50069056",
}

// DcapPckChainVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use DcapPckChainVerifierMetaData.ABI instead.
var DcapPckChainVerifierABI = DcapPckChainVerifierMetaData.ABI

// DcapPckChainVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DcapPckChainVerifierMetaData.Bin instead.
var DcapPckChainVerifierBin = DcapPckChainVerifierMetaData.Bin

// DeployDcapPckChainVerifier deploys a new Ethereum contract, binding an instance of DcapPckChainVerifier to it.
func DeployDcapPckChainVerifier(auth *bind.TransactOpts, backend bind.ContractBackend, store_ common.Address) (common.Address, *types.Transaction, *DcapPckChainVerifier, error) {
	parsed, err := DcapPckChainVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DcapPckChainVerifierBin), backend, store_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DcapPckChainVerifier{DcapPckChainVerifierCaller: DcapPckChainVerifierCaller{contract: contract}, DcapPckChainVerifierTransactor: DcapPckChainVerifierTransactor{contract: contract}, DcapPckChainVerifierFilterer: DcapPckChainVerifierFilterer{contract: contract}}, nil
}

// DcapPckChainVerifier is an auto generated Go binding around an Ethereum contract.
type DcapPckChainVerifier struct {
	DcapPckChainVerifierCaller     // Read-only binding to the contract
	DcapPckChainVerifierTransactor // Write-only binding to the contract
	DcapPckChainVerifierFilterer   // Log filterer for contract events
}

// DcapPckChainVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type DcapPckChainVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapPckChainVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DcapPckChainVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapPckChainVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DcapPckChainVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapPckChainVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DcapPckChainVerifierSession struct {
	Contract     *DcapPckChainVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// DcapPckChainVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DcapPckChainVerifierCallerSession struct {
	Contract *DcapPckChainVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// DcapPckChainVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DcapPckChainVerifierTransactorSession struct {
	Contract     *DcapPckChainVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// DcapPckChainVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type DcapPckChainVerifierRaw struct {
	Contract *DcapPckChainVerifier // Generic contract binding to access the raw methods on
}

// DcapPckChainVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DcapPckChainVerifierCallerRaw struct {
	Contract *DcapPckChainVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// DcapPckChainVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DcapPckChainVerifierTransactorRaw struct {
	Contract *DcapPckChainVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDcapPckChainVerifier creates a new instance of DcapPckChainVerifier, bound to a specific deployed contract.
func NewDcapPckChainVerifier(address common.Address, backend bind.ContractBackend) (*DcapPckChainVerifier, error) {
	contract, err := bindDcapPckChainVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DcapPckChainVerifier{DcapPckChainVerifierCaller: DcapPckChainVerifierCaller{contract: contract}, DcapPckChainVerifierTransactor: DcapPckChainVerifierTransactor{contract: contract}, DcapPckChainVerifierFilterer: DcapPckChainVerifierFilterer{contract: contract}}, nil
}

// NewDcapPckChainVerifierCaller creates a new read-only instance of DcapPckChainVerifier, bound to a specific deployed contract.
func NewDcapPckChainVerifierCaller(address common.Address, caller bind.ContractCaller) (*DcapPckChainVerifierCaller, error) {
	contract, err := bindDcapPckChainVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DcapPckChainVerifierCaller{contract: contract}, nil
}

// NewDcapPckChainVerifierTransactor creates a new write-only instance of DcapPckChainVerifier, bound to a specific deployed contract.
func NewDcapPckChainVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*DcapPckChainVerifierTransactor, error) {
	contract, err := bindDcapPckChainVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DcapPckChainVerifierTransactor{contract: contract}, nil
}

// NewDcapPckChainVerifierFilterer creates a new log filterer instance of DcapPckChainVerifier, bound to a specific deployed contract.
func NewDcapPckChainVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*DcapPckChainVerifierFilterer, error) {
	contract, err := bindDcapPckChainVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DcapPckChainVerifierFilterer{contract: contract}, nil
}

// bindDcapPckChainVerifier binds a generic wrapper to an already deployed contract.
func bindDcapPckChainVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DcapPckChainVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapPckChainVerifier *DcapPckChainVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapPckChainVerifier.Contract.DcapPckChainVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapPckChainVerifier *DcapPckChainVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.DcapPckChainVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapPckChainVerifier *DcapPckChainVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.DcapPckChainVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapPckChainVerifier *DcapPckChainVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapPckChainVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapPckChainVerifier *DcapPckChainVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapPckChainVerifier *DcapPckChainVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.contract.Transact(opts, method, params...)
}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapPckChainVerifier *DcapPckChainVerifierCaller) Store(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DcapPckChainVerifier.contract.Call(opts, &out, "store")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapPckChainVerifier *DcapPckChainVerifierSession) Store() (common.Address, error) {
	return _DcapPckChainVerifier.Contract.Store(&_DcapPckChainVerifier.CallOpts)
}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapPckChainVerifier *DcapPckChainVerifierCallerSession) Store() (common.Address, error) {
	return _DcapPckChainVerifier.Contract.Store(&_DcapPckChainVerifier.CallOpts)
}

// VerifyPckChain is a paid mutator transaction binding the contract method 0xce0d8c49.
//
// Solidity: function verifyPckChain(bytes pemChain) returns(bytes32 failure, (bytes32,bytes32,(bytes6,bytes2,bytes16,uint16)) pck)
func (_DcapPckChainVerifier *DcapPckChainVerifierTransactor) VerifyPckChain(opts *bind.TransactOpts, pemChain []byte) (*types.Transaction, error) {
	return _DcapPckChainVerifier.contract.Transact(opts, "verifyPckChain", pemChain)
}

// VerifyPckChain is a paid mutator transaction binding the contract method 0xce0d8c49.
//
// Solidity: function verifyPckChain(bytes pemChain) returns(bytes32 failure, (bytes32,bytes32,(bytes6,bytes2,bytes16,uint16)) pck)
func (_DcapPckChainVerifier *DcapPckChainVerifierSession) VerifyPckChain(pemChain []byte) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.VerifyPckChain(&_DcapPckChainVerifier.TransactOpts, pemChain)
}

// VerifyPckChain is a paid mutator transaction binding the contract method 0xce0d8c49.
//
// Solidity: function verifyPckChain(bytes pemChain) returns(bytes32 failure, (bytes32,bytes32,(bytes6,bytes2,bytes16,uint16)) pck)
func (_DcapPckChainVerifier *DcapPckChainVerifierTransactorSession) VerifyPckChain(pemChain []byte) (*types.Transaction, error) {
	return _DcapPckChainVerifier.Contract.VerifyPckChain(&_DcapPckChainVerifier.TransactOpts, pemChain)
}

// DcapQuoteVerifierMetaData contains all meta data concerning the DcapQuoteVerifier contract.
var DcapQuoteVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractDcapPckChainVerifier\",\"name\":\"pckChain_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"pckChain\",\"outputs\":[{\"internalType\":\"contractDcapPckChainVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"store\",\"outputs\":[{\"internalType\":\"contractDcapCollateralStore\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"}],\"name\":\"verifyQuote\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"string[]\",\"name\":\"advisoryIds\",\"type\":\"string[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"internalType\":\"structIQuoteVerifier.Verdict\",\"name\":\"verdict\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bodyType\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"}],\"name\":\"BodySizeMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CertificationDataOverrun\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEncoding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEncoding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"teeType\",\"type\":\"uint32\"}],\"name\":\"NotTdxQuote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"QuoteTruncated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignatureDataSizeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"found\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"expected\",\"type\":\"uint16\"}],\"name\":\"UnexpectedCertificationDataType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes16\",\"name\":\"vendorId\",\"type\":\"bytes16\"}],\"name\":\"UnknownQeVendor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"keyType\",\"type\":\"uint16\"}],\"name\":\"UnsupportedAttestationKeyType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bodyType\",\"type\":\"uint16\"}],\"name\":\"UnsupportedBodyType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"}],\"name\":\"UnsupportedQuoteVersion\",\"type\":\"error\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051613fda380380613fda83398101604081905261002e916100c3565b6001600160a01b03811660a08190526040805163975057e760e01b8152905163975057e7916004808201926020929091908290030181865afa158015610076573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009a91906100c3565b6001600160a01b0316608052506100e5565b6001600160a01b03811681146100c0575f5ffd5b50565b5f602082840312156100d3575f5ffd5b81516100de816100ac565b9392505050565b60805160a051613ec16101195f395f818160bd015261030801525f81816071015281816114eb01526115fb0152613ec15ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806338b2988a14610043578063975057e71461006c578063ab6a7627146100b8575b5f5ffd5b61005661005136600461355d565b6100df565b6040516100639190613798565b60405180910390f35b6100937f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610063565b6100937f000000000000000000000000000000000000000000000000000000000000000081565b6100e7613415565b5f6100f2848461057a565b90506100ff848483610bd5565b6080830181905261014001515f1a600116156101475761013f827f44454255475f54440000000000000000000000000000000000000000000000006110d0565b915050610574565b60608101515f9060029061015d908387896138bb565b60405161016b9291906138e2565b602060405180830381855afa158015610186573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906101a991906138f1565b90506101c88183608001518460a001518560c001518660e001516110e4565b6101ff576101f6837f51554f54455f5349474e415455524500000000000000000000000000000000006110d0565b92505050610574565b5f61020b868685611101565b90505f60028460c001518560e001518989886101600151908961018001518a61016001516102399190613935565b92610246939291906138bb565b6040516020016102599493929190613948565b60408051601f19818403018152908290526102739161397f565b602060405180830381855afa15801561028e573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906102b191906138f1565b90508160e00151811415806102ca575061010082015115155b15610304576102f9857f51455f5245504f52545f444154410000000000000000000000000000000000006110d0565b945050505050610574565b5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663ce0d8c498a8a896101a00151908a6101c001518b6101a001516103619190613935565b9261036e939291906138bb565b6040518363ffffffff1660e01b815260040161038b929190613991565b60e0604051808303815f875af11580156103a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103cb9190613a7f565b909250905081156103ed576103e087836110d0565b9650505050505050610574565b6101008601516002908a908a61040561018083613935565b92610412939291906138bb565b6040516104209291906138e2565b602060405180830381855afa15801561043b573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061045e91906138f1565b945061047e85876101200151886101400151845f015185602001516110e4565b6104ac576103e0877f51455f5245504f52545f5349474e4154555245000000000000000000000000006110d0565b6104e86040805160e081019091525f808252602082019081526020015f81526020015f81526020015f81526020015f8152602001606081525090565b61050182604001516104fb8c8c8b611341565b87611455565b909350905082156105245761051688846110d0565b975050505050505050610574565b60018852602081015160408901906006811115610543576105436135cb565b90816006811115610556576105566135cb565b815250506105678160c001516117bc565b6060890152505050505050505b92915050565b6105ec604051806101e001604052805f61ffff1681526020015f61ffff1681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b816105f86030826119f4565b61060384845f611a3c565b61ffff168083526004148015906106225750815f015161ffff16600514155b156106675781516040517f3ee6051700000000000000000000000000000000000000000000000000000000815261ffff90911660048201526024015b60405180910390fd5b5f61067485856002611a3c565b905061ffff81166002146106ba576040517ff74b4d2c00000000000000000000000000000000000000000000000000000000815261ffff8216600482015260240161065e565b5f6106c786866004611a8f565b905063ffffffff8116608114610711576040517f1cef86e400000000000000000000000000000000000000000000000000000000815263ffffffff8216600482015260240161065e565b5f610720601c600c888a6138bb565b61072991613bae565b90506fffffffffffffffffffffffffffffffff1981167f939a7233f79c4ca9940a0db3957f060700000000000000000000000000000000146107ac576040517fb89723990000000000000000000000000000000000000000000000000000000081526fffffffffffffffffffffffffffffffff198216600482015260240161065e565b84515f9061ffff166004036107d2575060026020860152603060408601526102486108f9565b6107e76107e160306006613935565b866119f4565b6107f388886030611a3c565b61ffff1660208701525f610813898961080e60306002613935565b611a8f565b9050600261ffff16876020015161ffff160361083357610248915061088f565b600361ffff16876020015161ffff160361085157610288915061088f565b60208701516040517fbfe100c100000000000000000000000000000000000000000000000000000000815261ffff909116600482015260240161065e565b818163ffffffff16146108e65760208701516040517fc458d51400000000000000000000000000000000000000000000000000000000815261ffff909116600482015263ffffffff8216602482015260440161065e565b6108f260306006613935565b6040880152505b8086604001516109099190613935565b6060870181905261092461091e826004613935565b876119f4565b5f6109308a8a84611a8f565b63ffffffff16610941836004613935565b61094b9190613935565b905061095781886119f4565b610962600483613935565b9150610983610972836080613935565b61097d906006613935565b826119f4565b89828a610991826020613935565b9261099e939291906138bb565b6109a791613bf6565b608089015289896109b9846020613935565b906109c5856040613935565b926109d2939291906138bb565b6109db91613bf6565b60a089015289896109ed846040613935565b906109f9856060613935565b92610a06939291906138bb565b610a0f91613bf6565b60c08901528989610a21846060613935565b90610a2d856080613935565b92610a3a939291906138bb565b610a4391613bf6565b60e0890152610a53608083613935565b91505f610a648b8b85856006611b3f565b9093509050610a8e610a7861018085613935565b610a83906040613935565b61097d906002613935565b6101008901839052610aa261018084613935565b92508a838b610ab2826020613935565b92610abf939291906138bb565b610ac891613bf6565b6101208a01528a8a610adb856020613935565b90610ae7866040613935565b92610af4939291906138bb565b610afd91613bf6565b6101408a0152610b0e604084613935565b9250610b1b8b8b85611a3c565b61ffff166101808a0152610b30836002613935565b6101608a018190526101808a0151610b4791613935565b9250610b5761097d846006613935565b5f610b668c8c86856005611b3f565b6101a08c018290529150610b7a9082613c32565b6101c08b01528082141580610b8f5750828214155b15610bc6576040517f5301e45100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050505092915050565b610c7f6040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b6040820151848185610c92826010613935565b92610c9f939291906138bb565b610ca891613bae565b6fffffffffffffffffffffffffffffffff191682528484610cca836078613935565b90610cd6846080613935565b92610ce3939291906138bb565b610cec91613c45565b7fffffffffffffffff000000000000000000000000000000000000000000000000166101408301528484610d21836080613935565b90610d2d846088613935565b92610d3a939291906138bb565b610d4391613c45565b7fffffffffffffffff000000000000000000000000000000000000000000000000166101208301528484610d78836088613935565b90610d848460b8613935565b92610d91939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060208301528484610dd68360b8613935565b90610de28460e8613935565b92610def939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060c08301528484610e348360e8613935565b90610e4184610118613935565b92610e4e939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060e08301528484610e9483610118613935565b90610ea184610148613935565b92610eae939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152505050506101008301528484610ef583610148613935565b90610f0284610178613935565b92610f0f939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060408301528484610f5583610178613935565b90610f62846101a8613935565b92610f6f939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060608301528484610fb5836101a8613935565b90610fc2846101d8613935565b92610fcf939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060808301528484611015836101d8613935565b9061102284610208613935565b9261102f939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060a0830152848461107583610208613935565b9061108284610248613935565b9261108f939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505050610160830152509392505050565b6110d8613415565b505f8252602082015290565b5f6110f56101008787878787611c12565b90505b95945050505050565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915261010082015184818561115d826010613935565b9261116a939291906138bb565b61117391613bae565b6fffffffffffffffffffffffffffffffff191682528484611195836010613935565b906111a1846014613935565b926111ae939291906138bb565b6111b791613caa565b7fffffffff0000000000000000000000000000000000000000000000000000000016602083015284846111eb836030613935565b906111f7846040613935565b92611204939291906138bb565b61120d91613bae565b6fffffffffffffffffffffffffffffffff191660408084019190915285908590611238908490613935565b90611244846060613935565b92611251939291906138bb565b61125a91613bf6565b6060830152848461126c836080613935565b906112788460a0613935565b92611285939291906138bb565b61128e91613bf6565b60808301526112a985856112a484610100613935565b611a3c565b61ffff1660a08301526112c385856112a484610102613935565b61ffff1660c083015284846112da83610140613935565b906112e784610160613935565b926112f4939291906138bb565b6112fd91613bf6565b60e0830152848461131083610160613935565b9061131d84610180613935565b9261132a939291906138bb565b61133391613bf6565b610100830152509392505050565b60408051606080820183525f8083526020830191909152818301529082015184818561136e826010613935565b9261137b939291906138bb565b61138491613bae565b6fffffffffffffffffffffffffffffffff1916825284846113a6836040613935565b906113b2846070613935565b926113bf939291906138bb565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050505060208301528484611404836070613935565b90611410846078613935565b9261141d939291906138bb565b61142691613c45565b7fffffffffffffffff000000000000000000000000000000000000000000000000166040830152509392505050565b5f6114926040805160e081019091525f808252602082019081526020015f81526020015f81526020015f81526020015f8152602001606081525090565b84516040517f6cc1ff570000000000000000000000000000000000000000000000000000000081527fffffffffffff000000000000000000000000000000000000000000000000000090911660048201525f90819081907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636cc1ff57906024015f60405180830381865afa158015611544573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261156b9190810190613d26565b92509250925082515f036115a557507f5443425f494e464f5f4d495353494e470000000000000000000000000000000093506117b4915050565b8167ffffffffffffffff164210806115c657508067ffffffffffffffff1642115b156115f757507f5443425f494e464f5f455850495245440000000000000000000000000000000093506117b4915050565b60607f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663712efc8e6040518163ffffffff1660e01b81526004015f60405180830381865afa158015611661573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526116889190810190613d26565b825191955093509091505f036116c557507f51455f4944454e544954595f4d495353494e470000000000000000000000000094506117b492505050565b8267ffffffffffffffff164210806116e657508167ffffffffffffffff1642115b1561171857507f51455f4944454e544954595f455850495245440000000000000000000000000094506117b492505050565b6117a961172485611c58565b61172d836120c0565b8b8b6040518060a001604052808d602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff191681526020018d604001516fffffffffffffffffffffffffffffffff191681526020018d6080015181526020018d60a0015161ffff1681526020018d60c0015161ffff168152506124b4565b805196509450505050505b935093915050565b805160609082905f8190036117fe57604080515f80825260208201909252906117f5565b60608152602001906001900390816117e05790505b50949350505050565b60015f5b8281101561187d5783818151811061181c5761181c61388e565b01602001517fff00000000000000000000000000000000000000000000000000000000000000167f2c00000000000000000000000000000000000000000000000000000000000000036118755761187282613dda565b91505b600101611802565b508067ffffffffffffffff811115611897576118976139bf565b6040519080825280602002602001820160405280156118ca57816020015b60608152602001906001900390816118b55790505b5093505f5f5f5b8481116119e9578481148061193e57508581815181106118f3576118f361388e565b6020910101517fff00000000000000000000000000000000000000000000000000000000000000167f2c00000000000000000000000000000000000000000000000000000000000000145b156119d9575f61194e8483613c32565b67ffffffffffffffff811115611966576119666139bf565b6040519080825280601f01601f191660200182016040528015611990576020820181803683370190505b509050838203846020890101602083015e8088846119ad81613dda565b9550815181106119bf576119bf61388e565b60209081029190910101526119d5826001613935565b9350505b6119e281613dda565b90506118d1565b505050505050919050565b80821115611a38576040517fc9fd7e50000000000000000000000000000000000000000000000000000000008152600481018390526024810182905260440161065e565b5050565b5f60088484611a4c856001613935565b818110611a5b57611a5b61388e565b919091013560f81c90911b9050848484818110611a7a57611a7a61388e565b919091013560f81c9190911795945050505050565b5f60188484611a9f856003613935565b818110611aae57611aae61388e565b919091013560f81c90911b905060108585611aca866002613935565b818110611ad957611ad961388e565b919091013560f81c90911b905060088686611af5876001613935565b818110611b0457611b0461388e565b919091013560f81c90911b9050868686818110611b2357611b2361388e565b9050013560f81c60f81b60f81c60ff1617171790509392505050565b5f5f5f611b4d888888611a3c565b90508361ffff168161ffff1614611b9e576040517f6d5a1dba00000000000000000000000000000000000000000000000000000000815261ffff80831660048301528516602482015260440161065e565b611ba9866006613935565b9250611bbb888861080e896002613935565b611bcb9063ffffffff1684613935565b915084821115611c07576040517fd2ede42e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509550959350505050565b5f6040518681528560208201528460408201528360608201528260808201525f5f5260205f60a0838b5afa905060015f511460203d148216169150509695505050505050565b611cb560408051610100810182525f808252602080830182905282840182905260608084018390526080840183905284518082018652908152908101829052928301529060a0820190815260200160608152602001606081525090565b611cbd6134ea565b60208381018252835184018101908201526001611cda8282612979565b14611d11576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611d1c816006612979565b60d01b7fffffffffffff0000000000000000000000000000000000000000000000000000168252611d4e816002612979565b60f01b7fffff000000000000000000000000000000000000000000000000000000000000166020830152611d83816004612979565b63ffffffff166040830152611d99816008612979565b67ffffffffffffffff166060830152611db3816008612979565b67ffffffffffffffff166080830152611dcd8160306129e6565b60a083015152611dde816008612979565b60a083015160c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016602090910152611e1c816008612979565b60a083015160c09190911b7fffffffffffffffff00000000000000000000000000000000000000000000000016604090910152611e5a816001612979565b67ffffffffffffffff811115611e7257611e726139bf565b604051908082528060200260200182016040528015611ecc57816020015b6040805160a0810182525f808252606060208301819052928201819052828201526080810191909152815260200190600190039081611e905790505b5060c0830152611edd816001612979565b67ffffffffffffffff811115611ef557611ef56139bf565b604051908082528060200260200182016040528015611f2e57816020015b611f1b613508565b815260200190600190039081611f135790505b5060e08301525f5b8260c0015151811015611f7257611f6a828460c001518381518110611f5d57611f5d61388e565b6020026020010151612a8a565b600101611f36565b505f5b8260e001515181101561207b575f8360e001518281518110611f9957611f9961388e565b60200260200101519050611fae836010612979565b60801b6fffffffffffffffffffffffffffffffff19168152611fd1836002612979565b61ffff166020820152611fe5836010612979565b60801b6fffffffffffffffffffffffffffffffff1916604082015261200b836008612979565b67ffffffffffffffff16606082015261202d612028846001612979565b612c2d565b81608001906006811115612043576120436135cb565b90816006811115612056576120566135cb565b90525061206d83612068816002612979565b6129e6565b60a090910152600101611f75565b5060208101518151146120ba576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50919050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082019290925261012081019190915260608251101561214e576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b607f82015160208301905f1a61216581600b613e11565b612170906060613935565b845114158061219c5750600160ff16845f815181106121915761219161388e565b016020015160f81c14155b156121d3576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6121e86121e1836001613935565b5160e01c90565b63ffffffff1683526122056121fe836005613935565b5160c01c90565b67ffffffffffffffff1660208401526122226121fe83600d613935565b67ffffffffffffffff16604084015261223f6121e1836015613935565b60e01b7fffffffff000000000000000000000000000000000000000000000000000000001660608401526122776121e1836019613935565b60e01b7fffffffff000000000000000000000000000000000000000000000000000000001660808401526122b66122af83601d613935565b5160801c90565b60801b6fffffffffffffffffffffffffffffffff191660a08401526122df6122af83602d613935565b60801b6fffffffffffffffffffffffffffffffff191660c084015261230c61230883603d613935565b5190565b60e084015261232661231f83605d613935565b5160f01c90565b61ffff166101008401528067ffffffffffffffff811115612349576123496139bf565b60405190808252806020026020018201604052801561239a57816020015b612387604080516060810182525f80825260208201819052909182015290565b8152602001906001900390816123675790505b506101208401526123ac606083613935565b91505f5b818110156124ac575f84610120015182815181106123d0576123d061388e565b6020908102919091010151845160f01c815290506123f26121fe856002613935565b67ffffffffffffffff1660208201525f61241761241086600a613935565b5160f81c90565b90506006811115612454576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806006811115612466576124666135cb565b8260400190600681111561247c5761247c6135cb565b9081600681111561248f5761248f6135cb565b90525061249d600b86613935565b945050508060010190506123b0565b505050919050565b6124f06040805160e081019091525f808252602082019081526020015f81526020015f81526020015f81526020015f8152602001606081525090565b855184517fffffffffffff00000000000000000000000000000000000000000000000000009081169116141580612571575085602001517dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191684602001517dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff191614155b156125a7576125a0817f5443425f494e464f5f4d49534d41544348000000000000000000000000000000612c7b565b90506110f8565b5f5f6125b38886612cbd565b909250905081156125d1576125c88383612c7b565b925050506110f8565b5f6125dc8886612ec6565b866080018194508260068111156125f5576125f56135cb565b6006811115612606576126066135cb565b9052509093505082156126275761261d8484612c7b565b93505050506110f8565b5f5f61263b8b60e001518a8a5f0151613084565b915091508161267a5761266e867f5443425f4e4f545f535550504f52544544000000000000000000000000000000612c7b565b955050505050506110f8565b5f8b60e0015182815181106126915761269161388e565b60200260200101519050818760a00181815250508060800151876040019060068111156126c0576126c06135cb565b908160068111156126d3576126d36135cb565b90525060a081015160c088015284156128c15760c08c01515f906126f8600188613c32565b815181106127085761270861388e565b60200260200101516080015190505f8a5f01515f6010811061272c5761272c61388e565b1a90505f5b82518110801561276057508183828151811061274f5761274f61388e565b60200260200101515f015161ffff16115b156127755761276e81613dda565b9050612731565b825181036127b7576127a78a7f5443425f4e4f545f535550504f52544544000000000000000000000000000000612c7b565b99505050505050505050506110f8565b8281815181106127c9576127c961388e565b6020026020010151604001518a6060019060068111156127eb576127eb6135cb565b908160068111156127fe576127fe6135cb565b9052505f8a606001516006811115612818576128186135cb565b1415801561283c575060048a606001516006811115612839576128396135cb565b14155b801561285e575060068a60600151600681111561285b5761285b6135cb565b14155b1561288d576127a78a7f5443425f554e5245434f474e495a45445f535441545553000000000000000000612c7b565b6128b88a60c001518483815181106128a7576128a761388e565b602002602001015160600151613189565b60c08b01525050505b5f6128d48860400151896060015161327b565b905060068160068111156128ea576128ea6135cb565b1461293d578461292c5761291e887f5443425f4e4f545f535550504f52544544000000000000000000000000000000612c7b565b9750505050505050506110f8565b61293a81896080015161327b565b90505b60208801816006811115612953576129536135cb565b90816006811115612966576129666135cb565b9052505050505050505095945050505050565b815160208301515f919061298d8483613935565b11156129c5576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8051600384901b610100031c91506129dd8382613935565b90935292915050565b81516020830151606091906129fb8483613935565b1115612a33576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8267ffffffffffffffff811115612a4c57612a4c6139bf565b6040519080825280601f01601f191660200182016040528015612a76576020820181803683370190505b5091508281602084015e6129dd8382613935565b612a95826001612979565b60ff168152612aa58260306129e6565b6020820152612ab5826008612979565b60c01b7fffffffffffffffff000000000000000000000000000000000000000000000000166040820152612aea826008612979565b60c01b7fffffffffffffffff000000000000000000000000000000000000000000000000166060820152612b1f826001612979565b67ffffffffffffffff811115612b3757612b376139bf565b604051908082528060200260200182016040528015612b7057816020015b612b5d61353e565b815260200190600190039081612b555790505b5060808201525f5b816080015151811015612c28575f82608001518281518110612b9c57612b9c61388e565b60200260200101519050612bb1846002612979565b61ffff168152612bc2846008612979565b67ffffffffffffffff166020820152612bdf612028856001612979565b81604001906006811115612bf557612bf56135cb565b90816006811115612c0857612c086135cb565b905250612c1a84612068816002612979565b606090910152600101612b78565b505050565b5f6006821115612c69576040517fad4d102a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b816006811115610574576105746135cb565b612cb76040805160e081019091525f808252602082019081526020015f81526020015f81526020015f81526020015f8152602001606081525090565b50815290565b805160a083015180516020909101515f92839260019190911a918215612dec5760c087015180515f03612d19577f5443425f494e464f5f4d49534d415443480000000000000000000000000000005f9550955050505050612ebf565b5f5b815181108015612d4d57508460ff16828281518110612d3c57612d3c61388e565b60200260200101515f015160ff1614155b15612d6257612d5b81613dda565b9050612d1b565b81518103612d9a577f5444585f4d4f44554c455f4d49534d41544348000000000000000000000000005f965096505050505050612ebf565b818181518110612dac57612dac61388e565b6020026020010151602001519350818181518110612dcc57612dcc61388e565b6020026020010151604001519250806001612de79190613935565b955050505b856020015180519060200120828051906020012014612e33577f5444585f4d4f44554c455f4d49534d41544348000000000000000000000000005f94509450505050612ebf565b60408601517fffffffffffffffff00000000000000000000000000000000000000000000000016151580612e8857507fffffffffffffffff000000000000000000000000000000000000000000000000811615155b15612ebb577f5444585f4d4f44554c455f4d49534d41544348000000000000000000000000005f94509450505050612ebf565b5050505b9250929050565b5f5f5f84606001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff19168560800151855f0151167bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916141580612f5757508460a001516fffffffffffffffffffffffffffffffff19168560c001518560200151166fffffffffffffffffffffffffffffffff191614155b80612f6a57508460e00151846040015114155b80612f86575084610100015161ffff16846060015161ffff1614155b15612fb557507f51455f4944454e544954595f4d49534d4154434800000000000000000000000091505f61307d565b6101208501515f5b815181101561307a57856080015161ffff16828281518110612fe157612fe161388e565b60200260200101515f015161ffff1611613072578181815181106130075761300761388e565b60200260200101516040015193505f6006811115613027576130276135cb565b846006811115613039576130396135cb565b1415801561305957506006846006811115613056576130566135cb565b14155b1561306357600493505b505f93506001915061307d9050565b600101612fbd565b50505b9250925092565b5f80808360011a60f81b7fff00000000000000000000000000000000000000000000000000000000000000165f036130cc576fffffffffffffffffffffffffffffffff6130dc565b6dffffffffffffffffffffffffffff5b60408601516060870151919250608090811c919086901c905f5b895181101561317c575f8a82815181106131125761311261388e565b60200260200101519050806020015161ffff168361ffff1610158015613143575061314385825f015160801c613338565b801561315d575061315d8487836040015160801c16613338565b1561317357506001965094506117b49350505050565b506001016130f6565b5050505050935093915050565b606081515f0361319a575081610574565b82515f036131a9575080610574565b5f6131b3836117bc565b90505f846040516020016131c79190613e28565b60408051601f198184030181529190529050845f5b835181101561327157613227838583815181106131fb576131fb61388e565b60200260200101516040516020016132139190613e28565b6040516020818303038152906040526133ab565b613269578184828151811061323e5761323e61388e565b6020026020010151604051602001613257929190613e86565b60405160208183030381529060405291505b6001016131dc565b5095945050505050565b5f6004826006811115613290576132906135cb565b03613310575f8360068111156132a8576132a86135cb565b14806132c5575060018360068111156132c3576132c36135cb565b145b156132d257506004610574565b60028360068111156132e6576132e66135cb565b148061330357506003836006811115613301576133016135cb565b145b1561331057506005610574565b6006826006811115613324576133246135cb565b0361333157506006610574565b5090919050565b5f6eff00ff00ff00ff00ff00ff00ff00ff6f010001000100010001000100010001008261336b8584168785168417613c32565b90505f613399600887811c86166effffffffffffffffffffffffffffff908116918a901c8716168517613c32565b91909116821690911495945050505050565b805182515f91908111156133c2575f915050610574565b825160208401205f5b85516133d78483613935565b1161340a578581016020018390208281036133f9576001945050505050610574565b5061340381613dda565b90506133cb565b505f95945050505050565b6040805160a0810182525f8082526020820181905290918201908152602001606081526020016134e56040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b905290565b60405180604001604052806002906020820280368337509192915050565b6040805160c0810182525f80825260208201819052918101829052606081018290529060808201905b8152602001606081525090565b604080516080810182525f808252602082018190529091820190613531565b5f5f6020838503121561356e575f5ffd5b823567ffffffffffffffff811115613584575f5ffd5b8301601f81018513613594575f5ffd5b803567ffffffffffffffff8111156135aa575f5ffd5b8560208284010111156135bb575f5ffd5b6020919091019590945092505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b80516fffffffffffffffffffffffffffffffff191682525f602082015161018060208501526136596101808501826135f8565b90506040830151848203604086015261367282826135f8565b9150506060830151848203606086015261368c82826135f8565b915050608083015184820360808601526136a682826135f8565b91505060a083015184820360a08601526136c082826135f8565b91505060c083015184820360c08601526136da82826135f8565b91505060e083015184820360e08601526136f482826135f8565b91505061010083015184820361010086015261371082826135f8565b9150506101208301516137486101208601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b5061014083015161377e6101408601827fffffffffffffffff000000000000000000000000000000000000000000000000169052565b506101608301518482036101608601526110f882826135f8565b602081525f60c08201835115156020840152602084015160408401526040840151600781106137ee577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b80606085015250606084015160a0608085015281815180845260e08601915060e08160051b87010193506020830192505f5b8181101561386f577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff2087860301835261385a8585516135f8565b94506020938401939290920191600101613820565b505050506080840151601f198483030160a08501526110f88282613626565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f858511156138c9575f5ffd5b838611156138d5575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b5f60208284031215613901575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561057457610574613908565b848152836020820152818360408301375f91016040019081529392505050565b5f81518060208401855e5f93019283525090919050565b5f61398a8284613968565b9392505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516060810167ffffffffffffffff81118282101715613a0f57613a0f6139bf565b60405290565b6040516080810167ffffffffffffffff81118282101715613a0f57613a0f6139bf565b604051601f8201601f1916810167ffffffffffffffff81118282101715613a6157613a616139bf565b604052919050565b805161ffff81168114613a7a575f5ffd5b919050565b5f5f82840360e0811215613a91575f5ffd5b8351925060c0601f1982011215613aa6575f5ffd5b613aae6139ec565b602085810151825260408601519082015260807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa083011215613aee575f5ffd5b613af6613a15565b915060608501517fffffffffffff000000000000000000000000000000000000000000000000000081168114613b2a575f5ffd5b825260808501517fffff00000000000000000000000000000000000000000000000000000000000081168114613b5e575f5ffd5b602083015260a08501516fffffffffffffffffffffffffffffffff1981168114613b86575f5ffd5b6040830152613b9760c08601613a69565b606083015281604082015280925050509250929050565b80356fffffffffffffffffffffffffffffffff198116906010841015613bef576fffffffffffffffffffffffffffffffff19808560100360031b1b82161691505b5092915050565b80356020831015610574577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b8181038181111561057457610574613908565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116906008841015613bef577fffffffffffffffff000000000000000000000000000000000000000000000000808560080360031b1b82161691505092915050565b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015613bef577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505092915050565b805167ffffffffffffffff81168114613a7a575f5ffd5b5f5f5f60608486031215613d38575f5ffd5b835167ffffffffffffffff811115613d4e575f5ffd5b8401601f81018613613d5e575f5ffd5b805167ffffffffffffffff811115613d7857613d786139bf565b613d8b6020601f19601f84011601613a38565b818152876020838501011115613d9f575f5ffd5b8160208401602083015e5f60208383010152809550505050613dc360208501613d0f565b9150613dd160408501613d0f565b90509250925092565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203613e0a57613e0a613908565b5060010190565b808202811582820484141761057457610574613908565b7f2c0000000000000000000000000000000000000000000000000000000000000081525f613e596001830184613968565b7f2c0000000000000000000000000000000000000000000000000000000000000081526001019392505050565b5f613e918285613968565b7f2c0000000000000000000000000000000000000000000000000000000000000081526110f8600182018561396856",
}

// DcapQuoteVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use DcapQuoteVerifierMetaData.ABI instead.
var DcapQuoteVerifierABI = DcapQuoteVerifierMetaData.ABI

// DcapQuoteVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DcapQuoteVerifierMetaData.Bin instead.
var DcapQuoteVerifierBin = DcapQuoteVerifierMetaData.Bin

// DeployDcapQuoteVerifier deploys a new Ethereum contract, binding an instance of DcapQuoteVerifier to it.
func DeployDcapQuoteVerifier(auth *bind.TransactOpts, backend bind.ContractBackend, pckChain_ common.Address) (common.Address, *types.Transaction, *DcapQuoteVerifier, error) {
	parsed, err := DcapQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DcapQuoteVerifierBin), backend, pckChain_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DcapQuoteVerifier{DcapQuoteVerifierCaller: DcapQuoteVerifierCaller{contract: contract}, DcapQuoteVerifierTransactor: DcapQuoteVerifierTransactor{contract: contract}, DcapQuoteVerifierFilterer: DcapQuoteVerifierFilterer{contract: contract}}, nil
}

// DcapQuoteVerifier is an auto generated Go binding around an Ethereum contract.
type DcapQuoteVerifier struct {
	DcapQuoteVerifierCaller     // Read-only binding to the contract
	DcapQuoteVerifierTransactor // Write-only binding to the contract
	DcapQuoteVerifierFilterer   // Log filterer for contract events
}

// DcapQuoteVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type DcapQuoteVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapQuoteVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DcapQuoteVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapQuoteVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DcapQuoteVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DcapQuoteVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DcapQuoteVerifierSession struct {
	Contract     *DcapQuoteVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// DcapQuoteVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DcapQuoteVerifierCallerSession struct {
	Contract *DcapQuoteVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// DcapQuoteVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DcapQuoteVerifierTransactorSession struct {
	Contract     *DcapQuoteVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// DcapQuoteVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type DcapQuoteVerifierRaw struct {
	Contract *DcapQuoteVerifier // Generic contract binding to access the raw methods on
}

// DcapQuoteVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DcapQuoteVerifierCallerRaw struct {
	Contract *DcapQuoteVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// DcapQuoteVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DcapQuoteVerifierTransactorRaw struct {
	Contract *DcapQuoteVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDcapQuoteVerifier creates a new instance of DcapQuoteVerifier, bound to a specific deployed contract.
func NewDcapQuoteVerifier(address common.Address, backend bind.ContractBackend) (*DcapQuoteVerifier, error) {
	contract, err := bindDcapQuoteVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DcapQuoteVerifier{DcapQuoteVerifierCaller: DcapQuoteVerifierCaller{contract: contract}, DcapQuoteVerifierTransactor: DcapQuoteVerifierTransactor{contract: contract}, DcapQuoteVerifierFilterer: DcapQuoteVerifierFilterer{contract: contract}}, nil
}

// NewDcapQuoteVerifierCaller creates a new read-only instance of DcapQuoteVerifier, bound to a specific deployed contract.
func NewDcapQuoteVerifierCaller(address common.Address, caller bind.ContractCaller) (*DcapQuoteVerifierCaller, error) {
	contract, err := bindDcapQuoteVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DcapQuoteVerifierCaller{contract: contract}, nil
}

// NewDcapQuoteVerifierTransactor creates a new write-only instance of DcapQuoteVerifier, bound to a specific deployed contract.
func NewDcapQuoteVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*DcapQuoteVerifierTransactor, error) {
	contract, err := bindDcapQuoteVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DcapQuoteVerifierTransactor{contract: contract}, nil
}

// NewDcapQuoteVerifierFilterer creates a new log filterer instance of DcapQuoteVerifier, bound to a specific deployed contract.
func NewDcapQuoteVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*DcapQuoteVerifierFilterer, error) {
	contract, err := bindDcapQuoteVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DcapQuoteVerifierFilterer{contract: contract}, nil
}

// bindDcapQuoteVerifier binds a generic wrapper to an already deployed contract.
func bindDcapQuoteVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DcapQuoteVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapQuoteVerifier *DcapQuoteVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapQuoteVerifier.Contract.DcapQuoteVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapQuoteVerifier *DcapQuoteVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.DcapQuoteVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapQuoteVerifier *DcapQuoteVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.DcapQuoteVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DcapQuoteVerifier *DcapQuoteVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DcapQuoteVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DcapQuoteVerifier *DcapQuoteVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DcapQuoteVerifier *DcapQuoteVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.contract.Transact(opts, method, params...)
}

// PckChain is a free data retrieval call binding the contract method 0xab6a7627.
//
// Solidity: function pckChain() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierCaller) PckChain(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DcapQuoteVerifier.contract.Call(opts, &out, "pckChain")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PckChain is a free data retrieval call binding the contract method 0xab6a7627.
//
// Solidity: function pckChain() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierSession) PckChain() (common.Address, error) {
	return _DcapQuoteVerifier.Contract.PckChain(&_DcapQuoteVerifier.CallOpts)
}

// PckChain is a free data retrieval call binding the contract method 0xab6a7627.
//
// Solidity: function pckChain() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierCallerSession) PckChain() (common.Address, error) {
	return _DcapQuoteVerifier.Contract.PckChain(&_DcapQuoteVerifier.CallOpts)
}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierCaller) Store(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DcapQuoteVerifier.contract.Call(opts, &out, "store")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierSession) Store() (common.Address, error) {
	return _DcapQuoteVerifier.Contract.Store(&_DcapQuoteVerifier.CallOpts)
}

// Store is a free data retrieval call binding the contract method 0x975057e7.
//
// Solidity: function store() view returns(address)
func (_DcapQuoteVerifier *DcapQuoteVerifierCallerSession) Store() (common.Address, error) {
	return _DcapQuoteVerifier.Contract.Store(&_DcapQuoteVerifier.CallOpts)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_DcapQuoteVerifier *DcapQuoteVerifierTransactor) VerifyQuote(opts *bind.TransactOpts, quote []byte) (*types.Transaction, error) {
	return _DcapQuoteVerifier.contract.Transact(opts, "verifyQuote", quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_DcapQuoteVerifier *DcapQuoteVerifierSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.VerifyQuote(&_DcapQuoteVerifier.TransactOpts, quote)
}

// VerifyQuote is a paid mutator transaction binding the contract method 0x38b2988a.
//
// Solidity: function verifyQuote(bytes quote) returns((bool,bytes32,uint8,string[],(bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes)) verdict)
func (_DcapQuoteVerifier *DcapQuoteVerifierTransactorSession) VerifyQuote(quote []byte) (*types.Transaction, error) {
	return _DcapQuoteVerifier.Contract.VerifyQuote(&_DcapQuoteVerifier.TransactOpts, quote)
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIQuoteVerifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"ttl\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DEFAULT_TCB_POLICY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ADDRESSES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_BACKENDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CA_CERTIFICATE_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_KMS_ATTESTATION_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SECRETS_KEY_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TTL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"METADATA_WRITER_ROLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TTL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PUBKEY_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptedTcbStatuses\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"addStorageBackend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"allowWorkload\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelOwnershipHandover\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pendingOwner\",\"type\":\"address\"}],\"name\":\"completeOwnershipHandover\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"configHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"expireInstance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"grantRoles\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"hasAllRoles\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"hasAnyRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"instance\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"quoteHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"enumIRegistry.InstanceStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes4[]\",\"name\":\"ipv4\",\"type\":\"bytes4[]\"},{\"internalType\":\"bytes16[]\",\"name\":\"ipv6\",\"type\":\"bytes16[]\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"}],\"internalType\":\"structIRegistry.Endpoints\",\"name\":\"endpoints\",\"type\":\"tuple\"}],\"internalType\":\"structIRegistry.Instance\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"}],\"name\":\"instanceIdByLabel\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"instanceTtl\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pendingOwner\",\"type\":\"address\"}],\"name\":\"ownershipHandoverExpiresAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pki\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"updatedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"caCertificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"secretsPublicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"kmsAttestation\",\"type\":\"bytes\"}],\"internalType\":\"structIRegistry.Pki\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quoteVerifier\",\"outputs\":[{\"internalType\":\"contractIQuoteVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"bytes4[]\",\"name\":\"ipv4\",\"type\":\"bytes4[]\"},{\"internalType\":\"bytes16[]\",\"name\":\"ipv6\",\"type\":\"bytes16[]\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"}],\"internalType\":\"structIRegistry.Endpoints\",\"name\":\"endpoints\",\"type\":\"tuple\"}],\"name\":\"registerInstance\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"removeStorageBackend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"removeWorkload\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"renounceRoles\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"reportDataFor\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestOwnershipHandover\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"quote\",\"type\":\"bytes\"}],\"name\":\"revalidate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"valid\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"revokeInstance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"revokeRoles\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"rolesOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"ttl\",\"type\":\"uint64\"}],\"name\":\"setInstanceTtl\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"caCertificate\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"secretsPublicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"kmsAttestation\",\"type\":\"bytes\"}],\"name\":\"setPki\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIQuoteVerifier\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"setQuoteVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"acceptedStatuses\",\"type\":\"uint8\"}],\"name\":\"setTcbPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"storageBackends\",\"outputs\":[{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes4[]\",\"name\":\"ipv4\",\"type\":\"bytes4[]\"},{\"internalType\":\"bytes16[]\",\"name\":\"ipv6\",\"type\":\"bytes16[]\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"}],\"internalType\":\"structIRegistry.Endpoints\",\"name\":\"endpoints\",\"type\":\"tuple\"}],\"name\":\"updateEndpoints\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"updateWorkloadConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"teeTcbSvn\",\"type\":\"bytes16\"},{\"internalType\":\"bytes\",\"name\":\"mrTd\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr0\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr1\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr2\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"rtMr3\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrConfigId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwner\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"mrOwnerConfig\",\"type\":\"bytes\"},{\"internalType\":\"bytes8\",\"name\":\"xfam\",\"type\":\"bytes8\"},{\"internalType\":\"bytes8\",\"name\":\"tdAttributes\",\"type\":\"bytes8\"},{\"internalType\":\"bytes\",\"name\":\"reportData\",\"type\":\"bytes\"}],\"internalType\":\"structIQuoteVerifier.TdReport\",\"name\":\"report\",\"type\":\"tuple\"}],\"name\":\"workloadIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes4[]\",\"name\":\"ipv4\",\"type\":\"bytes4[]\"},{\"internalType\":\"bytes16[]\",\"name\":\"ipv6\",\"type\":\"bytes16[]\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIRegistry.Endpoints\",\"name\":\"endpoints\",\"type\":\"tuple\"}],\"name\":\"InstanceEndpointsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"InstanceExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reason\",\"type\":\"bytes32\"}],\"name\":\"InstanceInvalidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"quoteHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"enumIRegistry.InstanceStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"tcbStatus\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"label\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"bytes4[]\",\"name\":\"ipv4\",\"type\":\"bytes4[]\"},{\"internalType\":\"bytes16[]\",\"name\":\"ipv6\",\"type\":\"bytes16[]\"},{\"internalType\":\"uint16\",\"name\":\"port\",\"type\":\"uint16\"}],\"internalType\":\"structIRegistry.Endpoints\",\"name\":\"endpoints\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structIRegistry.Instance\",\"name\":\"record\",\"type\":\"tuple\"}],\"name\":\"InstanceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"InstanceRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"ttl\",\"type\":\"uint64\"}],\"name\":\"InstanceTtlSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pendingOwner\",\"type\":\"address\"}],\"name\":\"OwnershipHandoverCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pendingOwner\",\"type\":\"address\"}],\"name\":\"OwnershipHandoverRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"caCertificate\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"secretsPublicKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"kmsAttestation\",\"type\":\"bytes\"}],\"name\":\"PkiUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"QuoteVerifierSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roles\",\"type\":\"uint256\"}],\"name\":\"RolesUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"StorageBackendAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"StorageBackendRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"acceptedStatuses\",\"type\":\"uint8\"}],\"name\":\"TcbPolicySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"WorkloadAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"previousConfigHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"WorkloadConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"WorkloadRemoved\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"BackendAlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"BackendNotListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"ConfigHashUnchanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCaCertificate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptySecretsPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"InstanceHasExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"InstanceIsRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIRegistry.InstanceStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"InstanceNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"InstanceNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"InstanceNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBackendUri\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"acceptedStatuses\",\"type\":\"uint8\"}],\"name\":\"InvalidTcbPolicy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"ttl\",\"type\":\"uint64\"}],\"name\":\"InvalidTtl\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"holder\",\"type\":\"bytes32\"}],\"name\":\"LabelTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NewOwnerIsZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoAddresses\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoHandoverRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"NotInstanceOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"field\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PkiFieldTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"instanceId\",\"type\":\"bytes32\"}],\"name\":\"QuoteMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"failure\",\"type\":\"bytes32\"}],\"name\":\"QuoteRejected\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"QuoteVerifierNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReportDataMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIQuoteVerifier.TcbStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"TcbStatusNotAccepted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyAddresses\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyBackends\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TwoStepTransferRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsupportedBackendScheme\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"WorkloadAlreadyAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"workloadId\",\"type\":\"bytes32\"}],\"name\":\"WorkloadNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddressEndpoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAdmin\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroConfigHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPort\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroWorkloadId\",\"type\":\"error\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051615fc9380380615fc983398101604081905261002e91610283565b6001600160a01b03831661005557604051633944ed8760e11b815260040160405180910390fd5b61005e83610082565b610067826100be565b6100708161010d565b61007a60036101bf565b50505061031e565b6001600160a01b0316638b78c6d819819055805f7f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08180a35b50565b5f8054610100600160a81b0319166101006001600160a01b03841690810291909117825560405190917fbd27ef0bec9de298346ffd806ed0deb22c44486cdf981f14dcb3093b03860e2091a250565b603c6001600160401b038216108061013157506301e133806001600160401b038216115b1561015f576040516358a4bfc560e11b81526001600160401b03821660048201526024015b60405180910390fd5b5f8054600160a81b600160e81b031916600160a81b6001600160401b038416908102919091179091556040519081527f98d6ba3a582bd188f3507bf3000cfa87debfc9828efca377679ea728ba1fbea2906020015b60405180910390a150565b60ff811615806101d157506040811615155b806101ff575060016101e46006826102ec565b60ff166001901b6101f5919061030b565b19811660ff165f14155b1561022257604051631a18696360e11b815260ff82166004820152602401610156565b5f805460ff60e81b1916600160e81b60ff8416908102919091179091556040519081527f18f0dde12fee8c2c98632c45da70044a01fe97fe7754ee61d42ade73b90bd482906020016101b4565b6001600160a01b03811681146100bb575f5ffd5b5f5f5f60608486031215610295575f5ffd5b83516102a08161026f565b60208501519093506102b18161026f565b60408501519092506001600160401b03811681146102cd575f5ffd5b809150509250925092565b634e487b7160e01b5f52601160045260245ffd5b60ff8181168382160190811115610305576103056102d8565b92915050565b81810381811115610305576103056102d8565b615c9e8061032b5f395ff3fe608060405260043610610339575f3560e01c8063715018a6116101b2578063be6aa4b2116100f2578063e8aba72911610092578063f2fde38b1161006d578063f2fde38b14610914578063f5b541a614610927578063f5dccfe51461093b578063fee81cf41461095a575f5ffd5b8063e8aba729146108ce578063ebef922d146108ed578063f04e283e14610901575f5ffd5b8063ce3fe7ee116100cd578063ce3fe7ee1461085a578063d583059814610879578063d66b565214610898578063e01b402d146108b7575f5ffd5b8063be6aa4b214610811578063c47a0a4314610826578063c5bce4321461083b575f5ffd5b8063a2bc35691161015d578063aab5a87711610138578063aab5a877146107b4578063b6f53100146107c9578063b7abcc60146107de578063b8b2b7c2146107f2575f5ffd5b8063a2bc356914610760578063a4d55d1d1461077f578063aa7ae5ef14610793575f5ffd5b80638456cb591161018d5780638456cb59146107195780638da5cb5b1461072d5780639fe18d6514610741575f5ffd5b8063715018a6146106de578063755d9430146106e657806378ace5c014610705575f5ffd5b806332cad12e1161027d5780634a4ee7b1116102285780635c36901c116102035780635c36901c146106765780635c975abb14610695578063634da787146106ab5780636eb61e8e146106bf575f5ffd5b80634a4ee7b11461063c578063514e62fc1461064f57806354d1f13d1461066e575f5ffd5b80633f4ba83a116102585780633f4ba83a146105e85780634218b704146105fc5780634640d92614610628575f5ffd5b806332cad12e14610529578063333e617d14610548578063384909fa14610593575f5ffd5b80630e14de5f116102e85780631c10893f116102c35780631c10893f146104ae5780631cd64df4146104c157806325692962146104f05780632de94807146104f8575f5ffd5b80630e14de5f14610450578063183a4f6e1461046f5780631abe30c914610482575f5ffd5b806309f768ec1161031857806309f768ec146103d95780630a1be369146104065780630dc5b29414610425575f5ffd5b8062ac86711461033d57806303efc2e7146103675780630497d4dd14610388575b5f5ffd5b348015610348575f5ffd5b5061035161098b565b60405161035e9190613cd9565b60405180910390f35b348015610372575f5ffd5b50610386610381366004613d9f565b610a5f565b005b348015610393575f5ffd5b505f546103c0907501000000000000000000000000000000000000000000900467ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161035e565b3480156103e4575f5ffd5b506103f86103f3366004613fd2565b610e26565b60405190815260200161035e565b348015610411575f5ffd5b506103866104203660046141d2565b610ea6565b348015610430575f5ffd5b506103f861043f3660046141f2565b5f9081526001602052604090205490565b34801561045b575f5ffd5b5061038661046a3660046141f2565b610fba565b61038661047d3660046141f2565b611043565b34801561048d575f5ffd5b506104a161049c36600461422a565b611050565b60405161035e919061427d565b6103866104bc36600461428f565b6110b5565b3480156104cc575f5ffd5b506104e06104db36600461428f565b6110cb565b604051901515815260200161035e565b6103866110e9565b348015610503575f5ffd5b506103f86105123660046142b9565b638b78c6d8600c9081525f91909152602090205490565b348015610534575f5ffd5b506103866105433660046141d2565b611136565b348015610553575f5ffd5b505f54610581907d010000000000000000000000000000000000000000000000000000000000900460ff1681565b60405160ff909116815260200161035e565b34801561059e575f5ffd5b505f546105c390610100900473ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161035e565b3480156105f3575f5ffd5b50610386611244565b348015610607575f5ffd5b5061061b6106163660046141f2565b611256565b60405161035e9190614404565b348015610633575f5ffd5b506103c0603c81565b61038661064a36600461428f565b61163c565b34801561065a575f5ffd5b506104e061066936600461428f565b61164e565b61038661166b565b348015610681575f5ffd5b506104e06106903660046141f2565b6116a4565b3480156106a0575f5ffd5b505f5460ff166104e0565b3480156106b6575f5ffd5b506103f8600481565b3480156106ca575f5ffd5b506103866106d93660046144f8565b611727565b61038661189a565b3480156106f1575f5ffd5b5061038661070036600461454d565b6118cc565b348015610710575f5ffd5b506103f8601081565b348015610724575f5ffd5b50610386611a2a565b348015610738575f5ffd5b506105c3611a3a565b34801561074c575f5ffd5b5061038661075b3660046144f8565b611a63565b34801561076b575f5ffd5b506104e061077a366004614591565b611bf7565b34801561078a575f5ffd5b506103f8604181565b34801561079e575f5ffd5b506107a7611db4565b60405161035e91906145d9565b3480156107bf575f5ffd5b506103f861020081565b3480156107d4575f5ffd5b506103f861400081565b3480156107e9575f5ffd5b50610581600381565b3480156107fd575f5ffd5b506103f861080c3660046144f8565b611ec0565b34801561081c575f5ffd5b506103f861010081565b348015610831575f5ffd5b506103f861100081565b348015610846575f5ffd5b506103866108553660046141f2565b611ef2565b348015610865575f5ffd5b506103866108743660046142b9565b611f99565b348015610884575f5ffd5b506103f8610893366004614657565b611faa565b3480156108a3575f5ffd5b506103866108b236600461471f565b61229c565b3480156108c2575f5ffd5b506103c06301e1338081565b3480156108d9575f5ffd5b506103866108e836600461473f565b6122ad565b3480156108f8575f5ffd5b506103f8600281565b61038661090f3660046142b9565b6122be565b6103866109223660046142b9565b61189a565b348015610932575f5ffd5b506103f8600181565b348015610946575f5ffd5b506103866109553660046141f2565b6122f8565b348015610965575f5ffd5b506103f86109743660046142b9565b63389a75e1600c9081525f91909152602090205490565b60606002805480602002602001604051908101604052809291908181526020015f905b82821015610a56578382905f5260205f200180546109cb90614766565b80601f01602080910402602001604051908101604052809291908181526020018280546109f790614766565b8015610a425780601f10610a1957610100808354040283529160200191610a42565b820191905f5260205f20905b815481529060010190602001808311610a2557829003601f168201915b5050505050815260200190600101906109ae565b50505050905090565b610a67612522565b5f859003610aa1576040517fa5dd513e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f839003610adb576040517f2fe09ad600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611000851115610b2d576040517f48fee5fe0000000000000000000000000000000000000000000000000000000081525f60048201526024810186905261100060448201526064015b60405180910390fd5b610100831115610b7b576040517f48fee5fe00000000000000000000000000000000000000000000000000000000815260016004820152602481018490526101006044820152606401610b24565b614000811115610bc9576040517f48fee5fe00000000000000000000000000000000000000000000000000000000815260026004820152602481018290526140006044820152606401610b24565b6003545f90610be39067ffffffffffffffff1660016147de565b90506040518060a001604052808267ffffffffffffffff1681526020014267ffffffffffffffff168152602001610c4e89898080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061255792505050565b73ffffffffffffffffffffffffffffffffffffffff168152602001610ca787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061255792505050565b73ffffffffffffffffffffffffffffffffffffffff1681526020018315610d0b57610d0685858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061255792505050565b610d0d565b5f5b73ffffffffffffffffffffffffffffffffffffffff908116909152815160038054602085015167ffffffffffffffff90811668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000000000000000000090921693811693909317179055604080840151600480549185167fffffffffffffffffffffffff000000000000000000000000000000000000000092831617905560608501516005805491861691831691909117905560809094015160068054919094169416939093179091559051908216907f35ea93c8834544dda0c3f5a00db8391c7e53e0e5262b26a6f98575dd5a9baf9f90610e15908a908a908a908a908a908a90614827565b60405180910390a250505050505050565b5f5f8260200151836040015184606001518560800151604051602001610e4f9493929190614886565b60408051601f198184030181529082905260a085015160c0860151610120870151610140880151939550610e88948694906020016148b6565b60405160208183030381529060405280519060200120915050919050565b610eae612522565b80610ee5576040517faddb789600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8281526001602052604090205480610f2d576040517fa4486cae00000000000000000000000000000000000000000000000000000000815260048101849052602401610b24565b818103610f69576040517f06008f8500000000000000000000000000000000000000000000000000000000815260048101849052602401610b24565b5f83815260016020908152604091829020849055815183815290810184905284917f1e8881ab405e136db055487f8f3e020ec5e952a95061623c002a264449cad821910160405180910390a2505050565b610fc2612522565b5f81815260016020526040902054611009576040517fa4486cae00000000000000000000000000000000000000000000000000000000815260048101829052602401610b24565b5f818152600160205260408082208290555182917f9b5d095c8354ef4da91e9579e4b230ec3defdc8c80e745876a8de9d0b084da6f91a250565b61104d3382612598565b50565b60606110ab60028585604051611067929190614902565b602060405180830381855afa158015611082573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906110a59190614911565b836125a3565b90505b9392505050565b6110bd612522565b6110c78282612629565b5050565b638b78c6d8600c9081525f8390526020902054811681145b92915050565b5f6202a30067ffffffffffffffff164201905063389a75e1600c52335f52806020600c2055337fdbf36a107da19e49527a7176a1babf963b4b0ff8cde35ee35d6cd8f1f9ac7e1d5f5fa250565b61113e612522565b81611175576040517f1fc6e64800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806111ac576040517faddb789600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82815260016020526040902054156111f4576040517f1590e84f00000000000000000000000000000000000000000000000000000000815260048101839052602401610b24565b5f82815260016020526040908190208290555182907f972eb62c619695cd1e41196721a7061d801c77056a21b469646a19199dcc1d77906112389084815260200190565b60405180910390a25050565b61124c612522565b611254612635565b565b6112be60408051610140810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e0840181905261010084018190528451808201865281815291820152928301529061012082015290565b5f8281526007602090815260409182902082516101408101845281548152600182015492810192909252600281015473ffffffffffffffffffffffffffffffffffffffff81169383019390935274010000000000000000000000000000000000000000830467ffffffffffffffff166060830152909160808301907c0100000000000000000000000000000000000000000000000000000000900460ff16600481111561136d5761136d6142d4565b600481111561137e5761137e6142d4565b815260200160028201601d9054906101000a900460ff1660068111156113a6576113a66142d4565b60068111156113b7576113b76142d4565b8152600382015467ffffffffffffffff1660208201526004820180546040909201916113e290614766565b80601f016020809104026020016040519081016040528092919081815260200182805461140e90614766565b80156114595780601f1061143057610100808354040283529160200191611459565b820191905f5260205f20905b81548152906001019060200180831161143c57829003601f168201915b5050505050815260200160058201805461147290614766565b80601f016020809104026020016040519081016040528092919081815260200182805461149e90614766565b80156114e95780601f106114c0576101008083540402835291602001916114e9565b820191905f5260205f20905b8154815290600101906020018083116114cc57829003601f168201915b50505050508152602001600682016040518060600160405290815f820180548060200260200160405190810160405280929190818152602001828054801561158f57602002820191905f5260205f20905f905b82829054906101000a900460e01b7bffffffffffffffffffffffffffffffffffffffffffffffffffffffff19168152602001906004019060208260030104928301926001038202915080841161153c5790505b505050505081526020016001820180548060200260200160405190810160405280929190818152602001828054801561161a57602002820191905f5260205f20905f905b82829054906101000a900460801b6fffffffffffffffffffffffffffffffff191681526020019060100190602082600f010492830192600103820291508084116115d35790505b50505091835250506002919091015461ffff1660209091015290525092915050565b611644612522565b6110c78282612598565b638b78c6d8600c9081525f838152602090912054821615156110ae565b63389a75e1600c52335f525f6020600c2055337ffa7b8eab7da67f412cc9575ed43464468f9bfbae89d1675917346ca6d8fe3c925f5fa2565b5f818152600760205260408120600160028201547c0100000000000000000000000000000000000000000000000000000000900460ff1660048111156116ec576116ec6142d4565b1480156110ae57506002015474010000000000000000000000000000000000000000900467ffffffffffffffff16421092915050565b905090565b6002611732816126b1565b61173a6126fd565b6117448383612739565b60025460108110611781576040517f5a4dc80e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8484604051611792929190614902565b604051809103902090505f5b8281101561181a5781600282815481106117ba576117ba614928565b905f5260205f20016040516117cf9190614955565b6040518091039020036118125785856040517f5733c6fb000000000000000000000000000000000000000000000000000000008152600401610b249291906149e4565b60010161179e565b50600280546001810182555f919091527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace01611857858783614a49565b507f3cd00bca44f750851119073c1d150e89919cce6f0437f24e46e6edac56e9671985858460405161188b93929190614b03565b60405180910390a15050505050565b6040517f55ab5ab800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60016118d7816129ff565b6118df6126fd565b5f6118e984612a23565b600281015490915073ffffffffffffffffffffffffffffffffffffffff163314611942576040517f257cc8da00000000000000000000000000000000000000000000000000000000815260048101859052602401610b24565b600281015474010000000000000000000000000000000000000000900467ffffffffffffffff1642106119d15760028101546040517f428dc529000000000000000000000000000000000000000000000000000000008152600481018690527401000000000000000000000000000000000000000090910467ffffffffffffffff166024820152604401610b24565b6119da83612b30565b82600682016119e98282614dd4565b905050837f28678bfd7cb9fe508fee3e1dd8d6b93c346c0bb69556b76572f2651b38c0a1d384604051611a1c9190614fa2565b60405180910390a250505050565b611a32612522565b611254612d65565b5f6117227fffffffffffffffffffffffffffffffffffffffffffffffffffffffff748739275490565b6002611a6e816126b1565b611a766126fd565b6002546040515f90611a8b9086908690614902565b604051809103902090505f5b82811015611bbb578160028281548110611ab357611ab3614928565b905f5260205f2001604051611ac89190614955565b604051809103902003611bb3575f611ae18260016150a0565b90505b83811015611b435760028181548110611aff57611aff614928565b905f5260205f20016002600183611b1691906150b3565b81548110611b2657611b26614928565b905f5260205f20019081611b3a91906150c6565b50600101611ae4565b506002805480611b5557611b5561519b565b600190038181905f5260205f20015f611b6e9190613b90565b90557fa96b0a794afd2e6b87e45f683bddc4a3bc43626f33abede319880943c6110bc9868683604051611ba393929190614b03565b60405180910390a1505050505050565b600101611a97565b5084846040517f9619edd7000000000000000000000000000000000000000000000000000000008152600401610b249291906149e4565b505050565b5f5f611c0285612a23565b905080600101548484604051611c19929190614902565b604051809103902014611c5b576040517f44a20a6d00000000000000000000000000000000000000000000000000000000815260048101869052602401610b24565b5f611c668585612dbf565b90505f815f0151611c7c57506020810151611ceb565b82545f90815260016020526040902054611cb757507f574f524b4c4f41445f4e4f545f414c4c4f574544000000000000000000000000611ceb565b611cc48260400151612eb9565b611ceb57507f5443425f4e4f545f4143434550544544000000000000000000000000000000005b80611cfc57600193505050506110ae565b60085f84600401604051611d109190614955565b604080519182900390912082526020808301939093529081015f908120556002850180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c04000000000000000000000000000000000000000000000000000000001790555182815288917fe54e7fe7be5f796969c3391fffb9043aa10cfc94241a5f067fb6d396a449be67910160405180910390a2505f9695505050505050565b6040805160a0810182525f8082526020820152606091810182905281810182905260808101919091526040805160a08101825260035467ffffffffffffffff808216808452680100000000000000009092048116602080850191825260045473ffffffffffffffffffffffffffffffffffffffff90811696860196909652600554861660608601526006549095166080850152918552905181169284019290925280519091165f03611e64575090565b611e718160400151612f01565b60408301526060810151611e8490612f01565b6060830152608081015173ffffffffffffffffffffffffffffffffffffffff1615611ebc57611eb68160800151612f01565b60808301525b5090565b5f60085f8484604051611ed4929190614902565b604051809103902081526020019081526020015f2054905092915050565b5f611efc82612a23565b600281015490915074010000000000000000000000000000000000000000900467ffffffffffffffff16421015611f8f5760028101546040517f743e43e1000000000000000000000000000000000000000000000000000000008152600481018490527401000000000000000000000000000000000000000090910467ffffffffffffffff166024820152604401610b24565b6110c78282612f2d565b611fa1612522565b61104d81612fd3565b5f6001611fb6816129ff565b611fbe6126fd565b60418614158061200f575086865f818110611fdb57611fdb614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1916600460f81b14155b15612046576040517fa2d0fee800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6120508585613046565b612086576040517f3d36cb8d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61208f83612b30565b600287876040516120a1929190614902565b602060405180830381855afa1580156120bc573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906120df9190614911565b5f81815260076020526040902060028082015492945090917c0100000000000000000000000000000000000000000000000000000000900460ff169081600481111561212d5761212d6142d4565b03612167576040517f0592fc7b00000000000000000000000000000000000000000000000000000000815260048101859052602401610b24565b600181600481111561217b5761217b6142d4565b1480156121a25750600282015473ffffffffffffffffffffffffffffffffffffffff163314155b156121dc576040517f257cc8da00000000000000000000000000000000000000000000000000000000815260048101859052602401610b24565b6121e882858d8d61330d565b60018160048111156121fc576121fc6142d4565b0361222e5760085f836004016040516122159190614955565b604051809103902081526020019081526020015f205f90555b6122398787866134e3565b5f81600481111561224c5761224c6142d4565b036122625760058201612260898b83614a49565b505b60048201612271878983614a49565b5084600683016122818282614dd4565b90505061228e82856135b3565b505050979650505050505050565b6122a4612522565b61104d81613715565b6122b5612522565b61104d8161381a565b6122c6612522565b63389a75e1600c52805f526020600c2080544211156122ec57636f5e88185f526004601cfd5b5f905561104d81613904565b5f818152600760205260408120600281015490917c010000000000000000000000000000000000000000000000000000000090910460ff1690816004811115612343576123436142d4565b0361237d576040517f10832a0200000000000000000000000000000000000000000000000000000000815260048101849052602401610b24565b6002816004811115612391576123916142d4565b036123cb576040517f0592fc7b00000000000000000000000000000000000000000000000000000000815260048101849052602401610b24565b6123d3611a3a565b73ffffffffffffffffffffffffffffffffffffffff163373ffffffffffffffffffffffffffffffffffffffff16141580156124285750600282015473ffffffffffffffffffffffffffffffffffffffff163314155b15612462576040517f257cc8da00000000000000000000000000000000000000000000000000000000815260048101849052602401610b24565b6001816004811115612476576124766142d4565b036124a85760085f8360040160405161248f9190614955565b604051809103902081526020019081526020015f205f90555b6002820180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0200000000000000000000000000000000000000000000000000000000179055604051339084907f6b98ec921dccf1b3ff8ad9816b57688b0a2c279b0f5b131dc5a545c5d00c9ef5905f90a3505050565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff74873927543314611254576382b429005f526004601cfd5b5f81518060401b6bfe61000180600a3d393df3000161fffe8211840152600b8101601584015ff09150816125925763301164255f526004601cfd5b90915290565b6110c782825f613969565b6060824630846040516020016125e29392919092835273ffffffffffffffffffffffffffffffffffffffff918216602084015216604082015260600190565b60405160208183030381529060405280519060200120604051602001612612929190918252602082015260400190565b604051602081830303815290604052905092915050565b6110c782826001613969565b61263d6139c0565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200160405180910390a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff7487392754331461104d57638b78c6d8600c52335f52806020600c20541661104d576382b429005f526004601cfd5b5f5460ff1615611254576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b818180610200811115612778576040517f2fb0068000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b8181101561281257602184848381811061279657612796614928565b9050013560f81c60f81b60f81c60ff1610806127d35750607e8484838181106127c1576127c1614928565b9050013560f81c60f81b60f81c60ff16115b1561280a576040517f2fb0068000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60010161277a565b505f61281e84846139fb565b90508015806128375750816128348260036150a0565b10155b1561286e576040517f2fb0068000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61287b828286886151c8565b604051612889929190614902565b604051809103902090507f6a603067aa0b7d8d62a19310c0c00b6f48bb0247ca55bbff66604db1b5508efa81141580156128e357507fec608becfa25f080ae2dd6d22f44c37c2aec1fbf004b9ef4fe43792a8f1ac1f18114155b801561290f57507fd86825c3ba48d71746d7cb35f2f5728b597e9619dd9348d2f2ed166a4a7a94f18114155b801561293b57507f185f9bba2cbb55ccc551bf477b28898af6285f41b66d7d6120c887ba9a9b24f98114155b801561296757507feb4e81cedb3c5b1e3a5e990a429c6b675d734dd32d7281e0a9a91cf3f228b36d8114155b801561299357507f23c14fceac7676b670aa56866076586ea1ce15ddcf19208ec6346cf748dffbee8114155b80156129bf57507f07a17bd3c7c8d7b88e93a4d9007e3bc230b0a586a434de0bed6500e9f343deb78114155b156129f6576040517fc1ffed2d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050505050565b638b78c6d8600c52335f52806020600c20541661104d576382b429005f526004601cfd5b5f8181526007602052604081209060028201547c0100000000000000000000000000000000000000000000000000000000900460ff166004811115612a6a57612a6a6142d4565b03612aa4576040517f10832a0200000000000000000000000000000000000000000000000000000000815260048101839052602401610b24565b600160028201547c0100000000000000000000000000000000000000000000000000000000900460ff166004811115612adf57612adf6142d4565b14612b2b578181600201601c9054906101000a900460ff166040517f97453054000000000000000000000000000000000000000000000000000000008152600401610b249291906151ef565b919050565b5f612b3b8280614b26565b91505f9050612b4d6020840184614b26565b9150612b5b905081836150a0565b5f03612b93576040517fb2e79f0500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004821180612ba25750600481115b15612bd9576040517f7e1d76fb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612be96060840160408501615203565b61ffff165f03612c25576040517f4be8735700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b82811015612cc0575f612c3a8580614b26565b83818110612c4a57612c4a614928565b9050602002016020810190612c5f919061521e565b7fffffffff000000000000000000000000000000000000000000000000000000001603612cb8576040517fecd9801900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600101612c27565b505f5b81811015612d5f575f612cd96020860186614b26565b83818110612ce957612ce9614928565b9050602002016020810190612cfe9190615239565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000001603612d57576040517fecd9801900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600101612cc3565b50505050565b612d6d6126fd565b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586126873390565b612dc7613bc7565b5f54610100900473ffffffffffffffffffffffffffffffffffffffff1680612e1b576040517ff1f0584200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f38b2988a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216906338b2988a90612e6f90879087906004016149e4565b5f604051808303815f875af1158015612e8a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612eb19190810190615552565b949350505050565b5f816006811115612ecc57612ecc6142d4565b5f547d0100000000000000000000000000000000000000000000000000000000009004600160ff9283161b1616151592915050565b60405164ffffffffff5f19833b0116602181015f601f8401853c80825260408201810160405250919050565b60085f82600401604051612f419190614955565b60408051918290039091208252602082019290925281015f9081208190556002830180547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0300000000000000000000000000000000000000000000000000000000179055905183917f21279dbcc5f3455ac00a4f322c4613eb2ca421eb8d2f562fbef5932b60a0579091a25050565b5f80547fffffffffffffffffffffff0000000000000000000000000000000000000000ff1661010073ffffffffffffffffffffffffffffffffffffffff841690810291909117825560405190917fbd27ef0bec9de298346ffd806ed0deb22c44486cdf981f14dcb3093b03860e2091a250565b5f8282808015806130575750603f81115b15613067575f93505050506110e3565b82825f81811061307957613079614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19167f2d000000000000000000000000000000000000000000000000000000000000001480613138575082826130da6001846150b3565b8181106130e9576130e9614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19167f2d00000000000000000000000000000000000000000000000000000000000000145b15613148575f93505050506110e3565b5f5b81811015613300575f84848381811061316557613165614928565b909101357fff00000000000000000000000000000000000000000000000000000000000000169150507f6100000000000000000000000000000000000000000000000000000000000000811080159061320057507f7a000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000821611155b8061329a57507f30000000000000000000000000000000000000000000000000000000000000007fff0000000000000000000000000000000000000000000000000000000000000082161080159061329a57507f39000000000000000000000000000000000000000000000000000000000000007fff00000000000000000000000000000000000000000000000000000000000000821611155b806132e657507f2d000000000000000000000000000000000000000000000000000000000000007fff000000000000000000000000000000000000000000000000000000000000008216145b6132f7575f955050505050506110e3565b5060010161314a565b5060019695505050505050565b5f6133188383612dbf565b805190915061335b5780602001516040517fbc04c3a3000000000000000000000000000000000000000000000000000000008152600401610b2491815260200190565b61336584336125a3565b805190602001208160800151610160015180519060200120146133b4576040517f95e586e400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6133c28260800151610e26565b5f8181526001602052604090205490915061340c576040517fa4486cae00000000000000000000000000000000000000000000000000000000815260048101829052602401610b24565b6134198260400151612eb9565b6134555781604001516040517f1a9cc8a0000000000000000000000000000000000000000000000000000000008152600401610b24919061561b565b80865560408201516002870180547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d0100000000000000000000000000000000000000000000000000000000008360068111156134b6576134b66142d4565b021790555083836040516134cb929190614902565b60405180910390208660010181905550505050505050565b5f83836040516134f4929190614902565b60408051918290039091205f81815260086020529190912054909150801580159061351f5750828114155b156135a0575f818152600760205260409020600281015474010000000000000000000000000000000000000000900467ffffffffffffffff16421015613594576040517f0dab5aeb00000000000000000000000000000000000000000000000000000000815260048101839052602401610b24565b61359e8282612f2d565b505b505f908152600860205260409020555050565b6002820180547fffffffffffffffffffffffff000000000000000000000000000000000000000016331790555f5461360f9067ffffffffffffffff750100000000000000000000000000000000000000000090910416426147de565b60028301805467ffffffffffffffff92831674010000000000000000000000000000000000000000027fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff909116177c01000000000000000000000000000000000000000000000000000000001790556003830180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001642909216919091179055815460405133919083907f474a700aab8464b8ed9ba312642a2cb09989ea70012c2107b107074d5547149090613709908790615b96565b60405180910390a45050565b60ff8116158061372757506040811615155b806137555750600161373a600682615c6d565b60ff166001901b61374b91906150b3565b19811660ff165f14155b15613791576040517f3430d2c600000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610b24565b5f80547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d01000000000000000000000000000000000000000000000000000000000060ff8416908102919091179091556040519081527f18f0dde12fee8c2c98632c45da70044a01fe97fe7754ee61d42ade73b90bd482906020015b60405180910390a150565b603c67ffffffffffffffff8216108061384057506301e1338067ffffffffffffffff8216115b15613883576040517fb1497f8a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610b24565b5f80547fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000067ffffffffffffffff8416908102919091179091556040519081527f98d6ba3a582bd188f3507bf3000cfa87debfc9828efca377679ea728ba1fbea29060200161380f565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff74873927805473ffffffffffffffffffffffffffffffffffffffff9092169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a355565b638b78c6d8600c52825f526020600c2080548381178361398a575080841681185b80835580600c5160601c7f715ad5ce61fc9595c7b415289d59cf203f23a94fa06f04af7e489a0a76e1fe265f5fa3505050505050565b5f5460ff16611254576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8160015b81613a0c8260026150a0565b108015613a1a575060088111155b15613b8157848482818110613a3157613a31614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19167f3a00000000000000000000000000000000000000000000000000000000000000148015613af157508484613a938360016150a0565b818110613aa257613aa2614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19167f2f00000000000000000000000000000000000000000000000000000000000000145b8015613b6357508484613b058360026150a0565b818110613b1457613b14614928565b9050013560f81c60f81b7effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff19167f2f00000000000000000000000000000000000000000000000000000000000000145b15613b715791506110e39050565b613b7a81615c86565b9050613a00565b505f949350505050565b905290565b508054613b9c90614766565b5f825580601f10613bab575050565b601f0160209004905f5260205f209081019061104d9190613c97565b6040805160a0810182525f808252602082018190529091820190815260200160608152602001613b8b6040518061018001604052805f6fffffffffffffffffffffffffffffffff1916815260200160608152602001606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff191681526020015f77ffffffffffffffffffffffffffffffffffffffffffffffff19168152602001606081525090565b5b80821115611ebc575f8155600101613c98565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015613d4e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc0878603018452613d39858351613cab565b94506020938401939190910190600101613cff565b50929695505050505050565b5f5f83601f840112613d6a575f5ffd5b50813567ffffffffffffffff811115613d81575f5ffd5b602083019150836020828501011115613d98575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215613db4575f5ffd5b863567ffffffffffffffff811115613dca575f5ffd5b613dd689828a01613d5a565b909750955050602087013567ffffffffffffffff811115613df5575f5ffd5b613e0189828a01613d5a565b909550935050604087013567ffffffffffffffff811115613e20575f5ffd5b613e2c89828a01613d5a565b979a9699509497509295939492505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610180810167ffffffffffffffff81118282101715613e8f57613e8f613e3e565b60405290565b60405160a0810167ffffffffffffffff81118282101715613e8f57613e8f613e3e565b604051601f8201601f1916810167ffffffffffffffff81118282101715613ee157613ee1613e3e565b604052919050565b7fffffffffffffffffffffffffffffffff000000000000000000000000000000008116811461104d575f5ffd5b8035612b2b81613ee9565b5f67ffffffffffffffff821115613f3a57613f3a613e3e565b50601f01601f191660200190565b5f82601f830112613f57575f5ffd5b8135613f6a613f6582613f21565b613eb8565b818152846020838601011115613f7e575f5ffd5b816020850160208301375f918101602001919091529392505050565b7fffffffffffffffff0000000000000000000000000000000000000000000000008116811461104d575f5ffd5b8035612b2b81613f9a565b5f60208284031215613fe2575f5ffd5b813567ffffffffffffffff811115613ff8575f5ffd5b8201610180818503121561400a575f5ffd5b614012613e6b565b61401b82613f16565b8152602082013567ffffffffffffffff811115614036575f5ffd5b61404286828501613f48565b602083015250604082013567ffffffffffffffff811115614061575f5ffd5b61406d86828501613f48565b604083015250606082013567ffffffffffffffff81111561408c575f5ffd5b61409886828501613f48565b606083015250608082013567ffffffffffffffff8111156140b7575f5ffd5b6140c386828501613f48565b60808301525060a082013567ffffffffffffffff8111156140e2575f5ffd5b6140ee86828501613f48565b60a08301525060c082013567ffffffffffffffff81111561410d575f5ffd5b61411986828501613f48565b60c08301525060e082013567ffffffffffffffff811115614138575f5ffd5b61414486828501613f48565b60e08301525061010082013567ffffffffffffffff811115614164575f5ffd5b61417086828501613f48565b610100830152506141846101208301613fc7565b6101208201526141976101408301613fc7565b61014082015261016082013567ffffffffffffffff8111156141b7575f5ffd5b6141c386828501613f48565b61016083015250949350505050565b5f5f604083850312156141e3575f5ffd5b50508035926020909101359150565b5f60208284031215614202575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff8116811461104d575f5ffd5b5f5f5f6040848603121561423c575f5ffd5b833567ffffffffffffffff811115614252575f5ffd5b61425e86828701613d5a565b909450925050602084013561427281614209565b809150509250925092565b602081525f6110ae6020830184613cab565b5f5f604083850312156142a0575f5ffd5b82356142ab81614209565b946020939093013593505050565b5f602082840312156142c9575f5ffd5b81356110ae81614209565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110614311576143116142d4565b9052565b60078110614311576143116142d4565b8051606080845281519084018190525f9160200190829060808601905b80831015614387577fffffffff000000000000000000000000000000000000000000000000000000008451168252602082019150602084019350600183019250614342565b506020858101518783038883015280518084529082019450910191505f905b808210156143eb577fffffffffffffffffffffffffffffffff0000000000000000000000000000000084511683526020830192506020840193506001820191506143a6565b505060408401519150612eb1604086018361ffff169052565b6020815281516020820152602082015160408201525f6040830151614441606084018273ffffffffffffffffffffffffffffffffffffffff169052565b50606083015167ffffffffffffffff8116608084015250608083015161446a60a0840182614301565b5060a083015161447d60c0840182614315565b5060c083015167ffffffffffffffff811660e08401525060e08301516101406101008401526144b0610160840182613cab565b9050610100840151601f19848303016101208501526144cf8282613cab565b915050610120840151601f19848303016101408501526144ef8282614325565b95945050505050565b5f5f60208385031215614509575f5ffd5b823567ffffffffffffffff81111561451f575f5ffd5b61452b85828601613d5a565b90969095509350505050565b5f60608284031215614547575f5ffd5b50919050565b5f5f6040838503121561455e575f5ffd5b82359150602083013567ffffffffffffffff81111561457b575f5ffd5b61458785828601614537565b9150509250929050565b5f5f5f604084860312156145a3575f5ffd5b83359250602084013567ffffffffffffffff8111156145c0575f5ffd5b6145cc86828701613d5a565b9497909650939450505050565b6020815267ffffffffffffffff825116602082015267ffffffffffffffff60208301511660408201525f604083015160a0606084015261461c60c0840182613cab565b90506060840151601f198483030160808501526146398282613cab565b9150506080840151601f198483030160a08501526144ef8282613cab565b5f5f5f5f5f5f5f6080888a03121561466d575f5ffd5b873567ffffffffffffffff811115614683575f5ffd5b61468f8a828b01613d5a565b909850965050602088013567ffffffffffffffff8111156146ae575f5ffd5b6146ba8a828b01613d5a565b909650945050604088013567ffffffffffffffff8111156146d9575f5ffd5b6146e58a828b01613d5a565b909450925050606088013567ffffffffffffffff811115614704575f5ffd5b6147108a828b01614537565b91505092959891949750929550565b5f6020828403121561472f575f5ffd5b813560ff811681146110ae575f5ffd5b5f6020828403121561474f575f5ffd5b813567ffffffffffffffff811681146110ae575f5ffd5b600181811c9082168061477a57607f821691505b602082108103614547577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156110e3576110e36147b1565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b606081525f61483a60608301888a6147fe565b828103602084015261484d8187896147fe565b905082810360408401526148628185876147fe565b9998505050505050505050565b5f81518060208401855e5f93019283525090919050565b5f6148ac6148a66148a061489a858a61486f565b8861486f565b8661486f565b8461486f565b9695505050505050565b5f6148c76148a061489a848a61486f565b7fffffffffffffffff000000000000000000000000000000000000000000000000948516815292909316600883015250601001949350505050565b818382375f9101908152919050565b5f60208284031215614921575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f835461496281614766565b60018216801561497957600181146149ac576149d9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00831686528115158202860193506149d9565b865f5260205f205f5b838110156149d1578154888201526001909101906020016149b5565b505081860193505b509195945050505050565b602081525f6110ab6020830184866147fe565b5b818110156110c7575f81556001016149f8565b601f821115611bf257805f5260205f20601f840160051c81016020851015614a305750805b614a42601f850160051c8301826149f7565b5050505050565b67ffffffffffffffff831115614a6157614a61613e3e565b614a7583614a6f8354614766565b83614a0b565b5f601f841160018114614aa6575f8515614a8f5750838201355b5f19600387901b1c1916600186901b178355614a42565b5f83815260208120601f198716915b82811015614ad55786850135825560209485019460019092019101614ab5565b5086821015614af1575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b604081525f614b166040830185876147fe565b9050826020830152949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614b59575f5ffd5b83018035915067ffffffffffffffff821115614b73575f5ffd5b6020019150600581901b3603821315613d98575f5ffd5b68010000000000000000821115614ba357614ba3613e3e565b805482825580831015611bf257815f5260205f206007840160031c8101601c8560021b168015614be857614be8815f19840180545f198360200360031b1c1681555050565b50614a426007840160031c8301826149f7565b7fffffffff000000000000000000000000000000000000000000000000000000008116811461104d575f5ffd5b5f81356110e381614bfb565b68010000000000000000821115614c4d57614c4d613e3e565b805482825580831015611bf257815f5260205f206001840160011c810160108560041b168015614c9257614c92815f19840180545f198360200360031b1c1681555050565b50614a426001840160011c8301826149f7565b5f81356110e381613ee9565b67ffffffffffffffff831115614cc957614cc9613e3e565b614cd38382614c34565b5f8181526020902082908460011c5f5b81811015614d50575f5f5b6002811015614d4357614d32614d0c614d0688614ca5565b60801c90565b6fffffffffffffffffffffffffffffffff908116600784901b90811b91901b1984161790565b602096909601959150600101614cee565b5083820155600101614ce3565b507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe8616808703818814614daf575f5f5b82811015614da957614d98614d0c614d0689614ca5565b602097909701969150600101614d81565b50848401555b5050505050505050565b61ffff8116811461104d575f5ffd5b5f81356110e381614db9565b614dde8283614b26565b67ffffffffffffffff811115614df657614df6613e3e565b614e008184614b8a565b5f838152602090208160031c5f5b81811015614e6f575f5f5b6008811015614e6257614e51614e37614e3189614c28565b60e01c90565b63ffffffff908116600584901b90811b91901b1984161790565b602097909701969150600101614e19565b5083820155600101614e0e565b507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff88316808403818514614ece575f5f5b82811015614ec857614eb7614e37614e318a614c28565b602098909801979150600101614ea0565b50848401555b505050505050614ee16020830183614b26565b614eef818360018601614cb1565b50506110c7614f0060408401614dc8565b6002830161ffff82167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00008254161781555050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614f67575f5ffd5b830160208101925035905067ffffffffffffffff811115614f86575f5ffd5b8060051b3603821315613d98575f5ffd5b8035612b2b81614db9565b602081525f60808201614fb58485614f34565b6060602086015291829052905f9060a085015b81831015615012578335614fdb81614bfb565b7fffffffff000000000000000000000000000000000000000000000000000000001681526020938401936001939093019201614fc8565b61501f6020880188614f34565b878303601f190160408901528083529450925060200190505f5b8381101561508257823561504c81613ee9565b7fffffffffffffffffffffffffffffffff0000000000000000000000000000000016825260209283019290910190600101615039565b5061508f60408701614f97565b61ffff8116606087015292506144ef565b808201808211156110e3576110e36147b1565b818103818111156110e3576110e36147b1565b8181036150d1575050565b6150db8254614766565b67ffffffffffffffff8111156150f3576150f3613e3e565b615107816151018454614766565b84614a0b565b5f601f821160018114615138575f83156151215750848201545b5f19600385901b1c1916600184901b178455614a42565b5f8581526020808220868352908220601f198616925b8381101561516e578286015482556001958601959091019060200161514e565b508583101561518b57818501545f19600388901b60f8161c191681555b5050505050600190811b01905550565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f5f858511156151d6575f5ffd5b838611156151e2575f5ffd5b5050820193919092039150565b828152604081016110ae6020830184614301565b5f60208284031215615213575f5ffd5b81356110ae81614db9565b5f6020828403121561522e575f5ffd5b81356110ae81614bfb565b5f60208284031215615249575f5ffd5b81356110ae81613ee9565b805160078110612b2b575f5ffd5b5f61526f613f6584613f21565b9050828152838383011115615282575f5ffd5b8282602083015e5f602084830101529392505050565b5f82601f8301126152a7575f5ffd5b815167ffffffffffffffff8111156152c1576152c1613e3e565b8060051b6152d160208201613eb8565b918252602081850181019290810190868411156152ec575f5ffd5b6020860192505b838310156148ac57825167ffffffffffffffff811115615311575f5ffd5b8601603f81018813615321575f5ffd5b61533388602083015160408401615262565b835250602092830192909101906152f3565b8051612b2b81613ee9565b5f82601f83011261535f575f5ffd5b6110ae83835160208501615262565b8051612b2b81613f9a565b5f610180828403121561538a575f5ffd5b615392613e6b565b905061539d82615345565b8152602082015167ffffffffffffffff8111156153b8575f5ffd5b6153c484828501615350565b602083015250604082015167ffffffffffffffff8111156153e3575f5ffd5b6153ef84828501615350565b604083015250606082015167ffffffffffffffff81111561540e575f5ffd5b61541a84828501615350565b606083015250608082015167ffffffffffffffff811115615439575f5ffd5b61544584828501615350565b60808301525060a082015167ffffffffffffffff811115615464575f5ffd5b61547084828501615350565b60a08301525060c082015167ffffffffffffffff81111561548f575f5ffd5b61549b84828501615350565b60c08301525060e082015167ffffffffffffffff8111156154ba575f5ffd5b6154c684828501615350565b60e08301525061010082015167ffffffffffffffff8111156154e6575f5ffd5b6154f284828501615350565b61010083015250615506610120830161536e565b610120820152615519610140830161536e565b61014082015261016082015167ffffffffffffffff811115615539575f5ffd5b61554584828501615350565b6101608301525092915050565b5f60208284031215615562575f5ffd5b815167ffffffffffffffff811115615578575f5ffd5b820160a08185031215615589575f5ffd5b615591613e95565b815180151581146155a0575f5ffd5b8152602082810151908201526155b860408301615254565b6040820152606082015167ffffffffffffffff8111156155d6575f5ffd5b6155e286828501615298565b606083015250608082015167ffffffffffffffff811115615601575f5ffd5b61560d86828501615379565b608083015250949350505050565b602081016110e38284614315565b5f815461563581614766565b80855260018216801561564f5760018114615689576156bd565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083166020870152602082151560051b87010193506156bd565b845f5260205f205f5b838110156156b45781546020828a010152600182019150602081019050615692565b87016020019450505b50505092915050565b80548083525f8281526020808220940193909190825b82600182011015615753578154615717878260801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169052565b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000166020870152604090950194600191909101906002016156dc565b905490828110156157975761578c868360801b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000169052565b602095909501946001015b828110156157cb577fffffffffffffffffffffffffffffffff00000000000000000000000000000000821686526020860195505b5093949350505050565b5f60608301606084528083546157ef818490815260200190565b5f8681526020812094509092505b81600782011015615980578354615838848260e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b60c081901b7fffffffff0000000000000000000000000000000000000000000000000000000016602085015260a081901b7fffffffff00000000000000000000000000000000000000000000000000000000166040850152608081901b7fffffffff00000000000000000000000000000000000000000000000000000000166060850152606081901b7fffffffff00000000000000000000000000000000000000000000000000000000166080850152604081901b7fffffffff000000000000000000000000000000000000000000000000000000001660a0850152602081901b7fffffffff000000000000000000000000000000000000000000000000000000001660c08501527fffffffff00000000000000000000000000000000000000000000000000000000811660e0850152506001939093019261010092909201916008016157fd565b925492818110156159c4576159b9838560e01b7fffffffff00000000000000000000000000000000000000000000000000000000169052565b602092909201916001015b818110156159ff577fffffffff0000000000000000000000000000000000000000000000000000000060c085901b1683526020909201916001015b81811015615a3a577fffffffff0000000000000000000000000000000000000000000000000000000060a085901b1683526020909201916001015b81811015615a75577fffffffff00000000000000000000000000000000000000000000000000000000608085901b1683526020909201916001015b81811015615ab0577fffffffff00000000000000000000000000000000000000000000000000000000606085901b1683526020909201916001015b81811015615aeb577fffffffff00000000000000000000000000000000000000000000000000000000604085901b1683526020909201916001015b81811015615b2757602084901b7fffffffff00000000000000000000000000000000000000000000000000000000168352602092909201916001015b81811015615b5b577fffffffff00000000000000000000000000000000000000000000000000000000841683526020830192505b50508481036020860152615b7281600186016156c6565b915050615b84600284015461ffff1690565b61ffff81166040860152509392505050565b602080825282549082015260018201546040820152600282015473ffffffffffffffffffffffffffffffffffffffff811660608301525f9060a081901c67ffffffffffffffff166080840152615bf560a0840160ff8360e01c16614301565b615c0860c0840160ff8360e81c16614315565b50600383015467ffffffffffffffff1660e0830152610140610100830152615c37610160830160048501615629565b601f1983820301610120840152615c518160058601615629565b9050601f1983820301610140840152612eb181600686016157d5565b60ff81811683821601908111156110e3576110e36147b1565b5f5f198203615c9757615c976147b1565b506001019056",
}

// RegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RegistryMetaData.ABI instead.
var RegistryABI = RegistryMetaData.ABI

// RegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RegistryMetaData.Bin instead.
var RegistryBin = RegistryMetaData.Bin

// DeployRegistry deploys a new Ethereum contract, binding an instance of Registry to it.
func DeployRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address, verifier common.Address, ttl uint64) (common.Address, *types.Transaction, *Registry, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RegistryBin), backend, admin, verifier, ttl)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	RegistryCaller     // Read-only binding to the contract
	RegistryTransactor // Write-only binding to the contract
	RegistryFilterer   // Log filterer for contract events
}

// RegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RegistrySession struct {
	Contract     *Registry         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RegistryCallerSession struct {
	Contract *RegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// RegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RegistryTransactorSession struct {
	Contract     *RegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RegistryRaw struct {
	Contract *Registry // Generic contract binding to access the raw methods on
}

// RegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RegistryCallerRaw struct {
	Contract *RegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RegistryTransactorRaw struct {
	Contract *RegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRegistry creates a new instance of Registry, bound to a specific deployed contract.
func NewRegistry(address common.Address, backend bind.ContractBackend) (*Registry, error) {
	contract, err := bindRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// NewRegistryCaller creates a new read-only instance of Registry, bound to a specific deployed contract.
func NewRegistryCaller(address common.Address, caller bind.ContractCaller) (*RegistryCaller, error) {
	contract, err := bindRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryCaller{contract: contract}, nil
}

// NewRegistryTransactor creates a new write-only instance of Registry, bound to a specific deployed contract.
func NewRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RegistryTransactor, error) {
	contract, err := bindRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryTransactor{contract: contract}, nil
}

// NewRegistryFilterer creates a new log filterer instance of Registry, bound to a specific deployed contract.
func NewRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RegistryFilterer, error) {
	contract, err := bindRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RegistryFilterer{contract: contract}, nil
}

// bindRegistry binds a generic wrapper to an already deployed contract.
func bindRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.RegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTTCBPOLICY is a free data retrieval call binding the contract method 0xb7abcc60.
//
// Solidity: function DEFAULT_TCB_POLICY() view returns(uint8)
func (_Registry *RegistryCaller) DEFAULTTCBPOLICY(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "DEFAULT_TCB_POLICY")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// DEFAULTTCBPOLICY is a free data retrieval call binding the contract method 0xb7abcc60.
//
// Solidity: function DEFAULT_TCB_POLICY() view returns(uint8)
func (_Registry *RegistrySession) DEFAULTTCBPOLICY() (uint8, error) {
	return _Registry.Contract.DEFAULTTCBPOLICY(&_Registry.CallOpts)
}

// DEFAULTTCBPOLICY is a free data retrieval call binding the contract method 0xb7abcc60.
//
// Solidity: function DEFAULT_TCB_POLICY() view returns(uint8)
func (_Registry *RegistryCallerSession) DEFAULTTCBPOLICY() (uint8, error) {
	return _Registry.Contract.DEFAULTTCBPOLICY(&_Registry.CallOpts)
}

// MAXADDRESSES is a free data retrieval call binding the contract method 0x634da787.
//
// Solidity: function MAX_ADDRESSES() view returns(uint256)
func (_Registry *RegistryCaller) MAXADDRESSES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_ADDRESSES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXADDRESSES is a free data retrieval call binding the contract method 0x634da787.
//
// Solidity: function MAX_ADDRESSES() view returns(uint256)
func (_Registry *RegistrySession) MAXADDRESSES() (*big.Int, error) {
	return _Registry.Contract.MAXADDRESSES(&_Registry.CallOpts)
}

// MAXADDRESSES is a free data retrieval call binding the contract method 0x634da787.
//
// Solidity: function MAX_ADDRESSES() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXADDRESSES() (*big.Int, error) {
	return _Registry.Contract.MAXADDRESSES(&_Registry.CallOpts)
}

// MAXBACKENDS is a free data retrieval call binding the contract method 0x78ace5c0.
//
// Solidity: function MAX_BACKENDS() view returns(uint256)
func (_Registry *RegistryCaller) MAXBACKENDS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_BACKENDS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXBACKENDS is a free data retrieval call binding the contract method 0x78ace5c0.
//
// Solidity: function MAX_BACKENDS() view returns(uint256)
func (_Registry *RegistrySession) MAXBACKENDS() (*big.Int, error) {
	return _Registry.Contract.MAXBACKENDS(&_Registry.CallOpts)
}

// MAXBACKENDS is a free data retrieval call binding the contract method 0x78ace5c0.
//
// Solidity: function MAX_BACKENDS() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXBACKENDS() (*big.Int, error) {
	return _Registry.Contract.MAXBACKENDS(&_Registry.CallOpts)
}

// MAXCACERTIFICATESIZE is a free data retrieval call binding the contract method 0xc47a0a43.
//
// Solidity: function MAX_CA_CERTIFICATE_SIZE() view returns(uint256)
func (_Registry *RegistryCaller) MAXCACERTIFICATESIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_CA_CERTIFICATE_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCACERTIFICATESIZE is a free data retrieval call binding the contract method 0xc47a0a43.
//
// Solidity: function MAX_CA_CERTIFICATE_SIZE() view returns(uint256)
func (_Registry *RegistrySession) MAXCACERTIFICATESIZE() (*big.Int, error) {
	return _Registry.Contract.MAXCACERTIFICATESIZE(&_Registry.CallOpts)
}

// MAXCACERTIFICATESIZE is a free data retrieval call binding the contract method 0xc47a0a43.
//
// Solidity: function MAX_CA_CERTIFICATE_SIZE() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXCACERTIFICATESIZE() (*big.Int, error) {
	return _Registry.Contract.MAXCACERTIFICATESIZE(&_Registry.CallOpts)
}

// MAXKMSATTESTATIONSIZE is a free data retrieval call binding the contract method 0xb6f53100.
//
// Solidity: function MAX_KMS_ATTESTATION_SIZE() view returns(uint256)
func (_Registry *RegistryCaller) MAXKMSATTESTATIONSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_KMS_ATTESTATION_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXKMSATTESTATIONSIZE is a free data retrieval call binding the contract method 0xb6f53100.
//
// Solidity: function MAX_KMS_ATTESTATION_SIZE() view returns(uint256)
func (_Registry *RegistrySession) MAXKMSATTESTATIONSIZE() (*big.Int, error) {
	return _Registry.Contract.MAXKMSATTESTATIONSIZE(&_Registry.CallOpts)
}

// MAXKMSATTESTATIONSIZE is a free data retrieval call binding the contract method 0xb6f53100.
//
// Solidity: function MAX_KMS_ATTESTATION_SIZE() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXKMSATTESTATIONSIZE() (*big.Int, error) {
	return _Registry.Contract.MAXKMSATTESTATIONSIZE(&_Registry.CallOpts)
}

// MAXSECRETSKEYSIZE is a free data retrieval call binding the contract method 0xbe6aa4b2.
//
// Solidity: function MAX_SECRETS_KEY_SIZE() view returns(uint256)
func (_Registry *RegistryCaller) MAXSECRETSKEYSIZE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_SECRETS_KEY_SIZE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSECRETSKEYSIZE is a free data retrieval call binding the contract method 0xbe6aa4b2.
//
// Solidity: function MAX_SECRETS_KEY_SIZE() view returns(uint256)
func (_Registry *RegistrySession) MAXSECRETSKEYSIZE() (*big.Int, error) {
	return _Registry.Contract.MAXSECRETSKEYSIZE(&_Registry.CallOpts)
}

// MAXSECRETSKEYSIZE is a free data retrieval call binding the contract method 0xbe6aa4b2.
//
// Solidity: function MAX_SECRETS_KEY_SIZE() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXSECRETSKEYSIZE() (*big.Int, error) {
	return _Registry.Contract.MAXSECRETSKEYSIZE(&_Registry.CallOpts)
}

// MAXTTL is a free data retrieval call binding the contract method 0xe01b402d.
//
// Solidity: function MAX_TTL() view returns(uint64)
func (_Registry *RegistryCaller) MAXTTL(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_TTL")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXTTL is a free data retrieval call binding the contract method 0xe01b402d.
//
// Solidity: function MAX_TTL() view returns(uint64)
func (_Registry *RegistrySession) MAXTTL() (uint64, error) {
	return _Registry.Contract.MAXTTL(&_Registry.CallOpts)
}

// MAXTTL is a free data retrieval call binding the contract method 0xe01b402d.
//
// Solidity: function MAX_TTL() view returns(uint64)
func (_Registry *RegistryCallerSession) MAXTTL() (uint64, error) {
	return _Registry.Contract.MAXTTL(&_Registry.CallOpts)
}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_Registry *RegistryCaller) MAXURILENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MAX_URI_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_Registry *RegistrySession) MAXURILENGTH() (*big.Int, error) {
	return _Registry.Contract.MAXURILENGTH(&_Registry.CallOpts)
}

// MAXURILENGTH is a free data retrieval call binding the contract method 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (_Registry *RegistryCallerSession) MAXURILENGTH() (*big.Int, error) {
	return _Registry.Contract.MAXURILENGTH(&_Registry.CallOpts)
}

// METADATAWRITERROLE is a free data retrieval call binding the contract method 0xebef922d.
//
// Solidity: function METADATA_WRITER_ROLE() view returns(uint256)
func (_Registry *RegistryCaller) METADATAWRITERROLE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "METADATA_WRITER_ROLE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// METADATAWRITERROLE is a free data retrieval call binding the contract method 0xebef922d.
//
// Solidity: function METADATA_WRITER_ROLE() view returns(uint256)
func (_Registry *RegistrySession) METADATAWRITERROLE() (*big.Int, error) {
	return _Registry.Contract.METADATAWRITERROLE(&_Registry.CallOpts)
}

// METADATAWRITERROLE is a free data retrieval call binding the contract method 0xebef922d.
//
// Solidity: function METADATA_WRITER_ROLE() view returns(uint256)
func (_Registry *RegistryCallerSession) METADATAWRITERROLE() (*big.Int, error) {
	return _Registry.Contract.METADATAWRITERROLE(&_Registry.CallOpts)
}

// MINTTL is a free data retrieval call binding the contract method 0x4640d926.
//
// Solidity: function MIN_TTL() view returns(uint64)
func (_Registry *RegistryCaller) MINTTL(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "MIN_TTL")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MINTTL is a free data retrieval call binding the contract method 0x4640d926.
//
// Solidity: function MIN_TTL() view returns(uint64)
func (_Registry *RegistrySession) MINTTL() (uint64, error) {
	return _Registry.Contract.MINTTL(&_Registry.CallOpts)
}

// MINTTL is a free data retrieval call binding the contract method 0x4640d926.
//
// Solidity: function MIN_TTL() view returns(uint64)
func (_Registry *RegistryCallerSession) MINTTL() (uint64, error) {
	return _Registry.Contract.MINTTL(&_Registry.CallOpts)
}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(uint256)
func (_Registry *RegistryCaller) OPERATORROLE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "OPERATOR_ROLE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(uint256)
func (_Registry *RegistrySession) OPERATORROLE() (*big.Int, error) {
	return _Registry.Contract.OPERATORROLE(&_Registry.CallOpts)
}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(uint256)
func (_Registry *RegistryCallerSession) OPERATORROLE() (*big.Int, error) {
	return _Registry.Contract.OPERATORROLE(&_Registry.CallOpts)
}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_Registry *RegistryCaller) PUBKEYLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "PUBKEY_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_Registry *RegistrySession) PUBKEYLENGTH() (*big.Int, error) {
	return _Registry.Contract.PUBKEYLENGTH(&_Registry.CallOpts)
}

// PUBKEYLENGTH is a free data retrieval call binding the contract method 0xa4d55d1d.
//
// Solidity: function PUBKEY_LENGTH() view returns(uint256)
func (_Registry *RegistryCallerSession) PUBKEYLENGTH() (*big.Int, error) {
	return _Registry.Contract.PUBKEYLENGTH(&_Registry.CallOpts)
}

// AcceptedTcbStatuses is a free data retrieval call binding the contract method 0x333e617d.
//
// Solidity: function acceptedTcbStatuses() view returns(uint8)
func (_Registry *RegistryCaller) AcceptedTcbStatuses(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "acceptedTcbStatuses")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// AcceptedTcbStatuses is a free data retrieval call binding the contract method 0x333e617d.
//
// Solidity: function acceptedTcbStatuses() view returns(uint8)
func (_Registry *RegistrySession) AcceptedTcbStatuses() (uint8, error) {
	return _Registry.Contract.AcceptedTcbStatuses(&_Registry.CallOpts)
}

// AcceptedTcbStatuses is a free data retrieval call binding the contract method 0x333e617d.
//
// Solidity: function acceptedTcbStatuses() view returns(uint8)
func (_Registry *RegistryCallerSession) AcceptedTcbStatuses() (uint8, error) {
	return _Registry.Contract.AcceptedTcbStatuses(&_Registry.CallOpts)
}

// ConfigHashOf is a free data retrieval call binding the contract method 0x0dc5b294.
//
// Solidity: function configHashOf(bytes32 workloadId) view returns(bytes32)
func (_Registry *RegistryCaller) ConfigHashOf(opts *bind.CallOpts, workloadId [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "configHashOf", workloadId)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ConfigHashOf is a free data retrieval call binding the contract method 0x0dc5b294.
//
// Solidity: function configHashOf(bytes32 workloadId) view returns(bytes32)
func (_Registry *RegistrySession) ConfigHashOf(workloadId [32]byte) ([32]byte, error) {
	return _Registry.Contract.ConfigHashOf(&_Registry.CallOpts, workloadId)
}

// ConfigHashOf is a free data retrieval call binding the contract method 0x0dc5b294.
//
// Solidity: function configHashOf(bytes32 workloadId) view returns(bytes32)
func (_Registry *RegistryCallerSession) ConfigHashOf(workloadId [32]byte) ([32]byte, error) {
	return _Registry.Contract.ConfigHashOf(&_Registry.CallOpts, workloadId)
}

// HasAllRoles is a free data retrieval call binding the contract method 0x1cd64df4.
//
// Solidity: function hasAllRoles(address user, uint256 roles) view returns(bool)
func (_Registry *RegistryCaller) HasAllRoles(opts *bind.CallOpts, user common.Address, roles *big.Int) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "hasAllRoles", user, roles)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasAllRoles is a free data retrieval call binding the contract method 0x1cd64df4.
//
// Solidity: function hasAllRoles(address user, uint256 roles) view returns(bool)
func (_Registry *RegistrySession) HasAllRoles(user common.Address, roles *big.Int) (bool, error) {
	return _Registry.Contract.HasAllRoles(&_Registry.CallOpts, user, roles)
}

// HasAllRoles is a free data retrieval call binding the contract method 0x1cd64df4.
//
// Solidity: function hasAllRoles(address user, uint256 roles) view returns(bool)
func (_Registry *RegistryCallerSession) HasAllRoles(user common.Address, roles *big.Int) (bool, error) {
	return _Registry.Contract.HasAllRoles(&_Registry.CallOpts, user, roles)
}

// HasAnyRole is a free data retrieval call binding the contract method 0x514e62fc.
//
// Solidity: function hasAnyRole(address user, uint256 roles) view returns(bool)
func (_Registry *RegistryCaller) HasAnyRole(opts *bind.CallOpts, user common.Address, roles *big.Int) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "hasAnyRole", user, roles)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasAnyRole is a free data retrieval call binding the contract method 0x514e62fc.
//
// Solidity: function hasAnyRole(address user, uint256 roles) view returns(bool)
func (_Registry *RegistrySession) HasAnyRole(user common.Address, roles *big.Int) (bool, error) {
	return _Registry.Contract.HasAnyRole(&_Registry.CallOpts, user, roles)
}

// HasAnyRole is a free data retrieval call binding the contract method 0x514e62fc.
//
// Solidity: function hasAnyRole(address user, uint256 roles) view returns(bool)
func (_Registry *RegistryCallerSession) HasAnyRole(user common.Address, roles *big.Int) (bool, error) {
	return _Registry.Contract.HasAnyRole(&_Registry.CallOpts, user, roles)
}

// Instance is a free data retrieval call binding the contract method 0x4218b704.
//
// Solidity: function instance(bytes32 instanceId) view returns((bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)))
func (_Registry *RegistryCaller) Instance(opts *bind.CallOpts, instanceId [32]byte) (IRegistryInstance, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "instance", instanceId)

	if err != nil {
		return *new(IRegistryInstance), err
	}

	out0 := *abi.ConvertType(out[0], new(IRegistryInstance)).(*IRegistryInstance)

	return out0, err

}

// Instance is a free data retrieval call binding the contract method 0x4218b704.
//
// Solidity: function instance(bytes32 instanceId) view returns((bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)))
func (_Registry *RegistrySession) Instance(instanceId [32]byte) (IRegistryInstance, error) {
	return _Registry.Contract.Instance(&_Registry.CallOpts, instanceId)
}

// Instance is a free data retrieval call binding the contract method 0x4218b704.
//
// Solidity: function instance(bytes32 instanceId) view returns((bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)))
func (_Registry *RegistryCallerSession) Instance(instanceId [32]byte) (IRegistryInstance, error) {
	return _Registry.Contract.Instance(&_Registry.CallOpts, instanceId)
}

// InstanceIdByLabel is a free data retrieval call binding the contract method 0xb8b2b7c2.
//
// Solidity: function instanceIdByLabel(string label) view returns(bytes32)
func (_Registry *RegistryCaller) InstanceIdByLabel(opts *bind.CallOpts, label string) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "instanceIdByLabel", label)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// InstanceIdByLabel is a free data retrieval call binding the contract method 0xb8b2b7c2.
//
// Solidity: function instanceIdByLabel(string label) view returns(bytes32)
func (_Registry *RegistrySession) InstanceIdByLabel(label string) ([32]byte, error) {
	return _Registry.Contract.InstanceIdByLabel(&_Registry.CallOpts, label)
}

// InstanceIdByLabel is a free data retrieval call binding the contract method 0xb8b2b7c2.
//
// Solidity: function instanceIdByLabel(string label) view returns(bytes32)
func (_Registry *RegistryCallerSession) InstanceIdByLabel(label string) ([32]byte, error) {
	return _Registry.Contract.InstanceIdByLabel(&_Registry.CallOpts, label)
}

// InstanceTtl is a free data retrieval call binding the contract method 0x0497d4dd.
//
// Solidity: function instanceTtl() view returns(uint64)
func (_Registry *RegistryCaller) InstanceTtl(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "instanceTtl")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// InstanceTtl is a free data retrieval call binding the contract method 0x0497d4dd.
//
// Solidity: function instanceTtl() view returns(uint64)
func (_Registry *RegistrySession) InstanceTtl() (uint64, error) {
	return _Registry.Contract.InstanceTtl(&_Registry.CallOpts)
}

// InstanceTtl is a free data retrieval call binding the contract method 0x0497d4dd.
//
// Solidity: function instanceTtl() view returns(uint64)
func (_Registry *RegistryCallerSession) InstanceTtl() (uint64, error) {
	return _Registry.Contract.InstanceTtl(&_Registry.CallOpts)
}

// IsActive is a free data retrieval call binding the contract method 0x5c36901c.
//
// Solidity: function isActive(bytes32 instanceId) view returns(bool)
func (_Registry *RegistryCaller) IsActive(opts *bind.CallOpts, instanceId [32]byte) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isActive", instanceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActive is a free data retrieval call binding the contract method 0x5c36901c.
//
// Solidity: function isActive(bytes32 instanceId) view returns(bool)
func (_Registry *RegistrySession) IsActive(instanceId [32]byte) (bool, error) {
	return _Registry.Contract.IsActive(&_Registry.CallOpts, instanceId)
}

// IsActive is a free data retrieval call binding the contract method 0x5c36901c.
//
// Solidity: function isActive(bytes32 instanceId) view returns(bool)
func (_Registry *RegistryCallerSession) IsActive(instanceId [32]byte) (bool, error) {
	return _Registry.Contract.IsActive(&_Registry.CallOpts, instanceId)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistrySession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_Registry *RegistryCallerSession) Owner() (common.Address, error) {
	return _Registry.Contract.Owner(&_Registry.CallOpts)
}

// OwnershipHandoverExpiresAt is a free data retrieval call binding the contract method 0xfee81cf4.
//
// Solidity: function ownershipHandoverExpiresAt(address pendingOwner) view returns(uint256 result)
func (_Registry *RegistryCaller) OwnershipHandoverExpiresAt(opts *bind.CallOpts, pendingOwner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "ownershipHandoverExpiresAt", pendingOwner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OwnershipHandoverExpiresAt is a free data retrieval call binding the contract method 0xfee81cf4.
//
// Solidity: function ownershipHandoverExpiresAt(address pendingOwner) view returns(uint256 result)
func (_Registry *RegistrySession) OwnershipHandoverExpiresAt(pendingOwner common.Address) (*big.Int, error) {
	return _Registry.Contract.OwnershipHandoverExpiresAt(&_Registry.CallOpts, pendingOwner)
}

// OwnershipHandoverExpiresAt is a free data retrieval call binding the contract method 0xfee81cf4.
//
// Solidity: function ownershipHandoverExpiresAt(address pendingOwner) view returns(uint256 result)
func (_Registry *RegistryCallerSession) OwnershipHandoverExpiresAt(pendingOwner common.Address) (*big.Int, error) {
	return _Registry.Contract.OwnershipHandoverExpiresAt(&_Registry.CallOpts, pendingOwner)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Registry *RegistryCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Registry *RegistrySession) Paused() (bool, error) {
	return _Registry.Contract.Paused(&_Registry.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_Registry *RegistryCallerSession) Paused() (bool, error) {
	return _Registry.Contract.Paused(&_Registry.CallOpts)
}

// Pki is a free data retrieval call binding the contract method 0xaa7ae5ef.
//
// Solidity: function pki() view returns((uint64,uint64,bytes,bytes,bytes) p)
func (_Registry *RegistryCaller) Pki(opts *bind.CallOpts) (IRegistryPki, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "pki")

	if err != nil {
		return *new(IRegistryPki), err
	}

	out0 := *abi.ConvertType(out[0], new(IRegistryPki)).(*IRegistryPki)

	return out0, err

}

// Pki is a free data retrieval call binding the contract method 0xaa7ae5ef.
//
// Solidity: function pki() view returns((uint64,uint64,bytes,bytes,bytes) p)
func (_Registry *RegistrySession) Pki() (IRegistryPki, error) {
	return _Registry.Contract.Pki(&_Registry.CallOpts)
}

// Pki is a free data retrieval call binding the contract method 0xaa7ae5ef.
//
// Solidity: function pki() view returns((uint64,uint64,bytes,bytes,bytes) p)
func (_Registry *RegistryCallerSession) Pki() (IRegistryPki, error) {
	return _Registry.Contract.Pki(&_Registry.CallOpts)
}

// QuoteVerifier is a free data retrieval call binding the contract method 0x384909fa.
//
// Solidity: function quoteVerifier() view returns(address)
func (_Registry *RegistryCaller) QuoteVerifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "quoteVerifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// QuoteVerifier is a free data retrieval call binding the contract method 0x384909fa.
//
// Solidity: function quoteVerifier() view returns(address)
func (_Registry *RegistrySession) QuoteVerifier() (common.Address, error) {
	return _Registry.Contract.QuoteVerifier(&_Registry.CallOpts)
}

// QuoteVerifier is a free data retrieval call binding the contract method 0x384909fa.
//
// Solidity: function quoteVerifier() view returns(address)
func (_Registry *RegistryCallerSession) QuoteVerifier() (common.Address, error) {
	return _Registry.Contract.QuoteVerifier(&_Registry.CallOpts)
}

// ReportDataFor is a free data retrieval call binding the contract method 0x1abe30c9.
//
// Solidity: function reportDataFor(bytes pubkey, address operator) view returns(bytes)
func (_Registry *RegistryCaller) ReportDataFor(opts *bind.CallOpts, pubkey []byte, operator common.Address) ([]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "reportDataFor", pubkey, operator)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// ReportDataFor is a free data retrieval call binding the contract method 0x1abe30c9.
//
// Solidity: function reportDataFor(bytes pubkey, address operator) view returns(bytes)
func (_Registry *RegistrySession) ReportDataFor(pubkey []byte, operator common.Address) ([]byte, error) {
	return _Registry.Contract.ReportDataFor(&_Registry.CallOpts, pubkey, operator)
}

// ReportDataFor is a free data retrieval call binding the contract method 0x1abe30c9.
//
// Solidity: function reportDataFor(bytes pubkey, address operator) view returns(bytes)
func (_Registry *RegistryCallerSession) ReportDataFor(pubkey []byte, operator common.Address) ([]byte, error) {
	return _Registry.Contract.ReportDataFor(&_Registry.CallOpts, pubkey, operator)
}

// RolesOf is a free data retrieval call binding the contract method 0x2de94807.
//
// Solidity: function rolesOf(address user) view returns(uint256 roles)
func (_Registry *RegistryCaller) RolesOf(opts *bind.CallOpts, user common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "rolesOf", user)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RolesOf is a free data retrieval call binding the contract method 0x2de94807.
//
// Solidity: function rolesOf(address user) view returns(uint256 roles)
func (_Registry *RegistrySession) RolesOf(user common.Address) (*big.Int, error) {
	return _Registry.Contract.RolesOf(&_Registry.CallOpts, user)
}

// RolesOf is a free data retrieval call binding the contract method 0x2de94807.
//
// Solidity: function rolesOf(address user) view returns(uint256 roles)
func (_Registry *RegistryCallerSession) RolesOf(user common.Address) (*big.Int, error) {
	return _Registry.Contract.RolesOf(&_Registry.CallOpts, user)
}

// StorageBackends is a free data retrieval call binding the contract method 0x00ac8671.
//
// Solidity: function storageBackends() view returns(string[])
func (_Registry *RegistryCaller) StorageBackends(opts *bind.CallOpts) ([]string, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "storageBackends")

	if err != nil {
		return *new([]string), err
	}

	out0 := *abi.ConvertType(out[0], new([]string)).(*[]string)

	return out0, err

}

// StorageBackends is a free data retrieval call binding the contract method 0x00ac8671.
//
// Solidity: function storageBackends() view returns(string[])
func (_Registry *RegistrySession) StorageBackends() ([]string, error) {
	return _Registry.Contract.StorageBackends(&_Registry.CallOpts)
}

// StorageBackends is a free data retrieval call binding the contract method 0x00ac8671.
//
// Solidity: function storageBackends() view returns(string[])
func (_Registry *RegistryCallerSession) StorageBackends() ([]string, error) {
	return _Registry.Contract.StorageBackends(&_Registry.CallOpts)
}

// WorkloadIdOf is a free data retrieval call binding the contract method 0x09f768ec.
//
// Solidity: function workloadIdOf((bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes) report) pure returns(bytes32)
func (_Registry *RegistryCaller) WorkloadIdOf(opts *bind.CallOpts, report IQuoteVerifierTdReport) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "workloadIdOf", report)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// WorkloadIdOf is a free data retrieval call binding the contract method 0x09f768ec.
//
// Solidity: function workloadIdOf((bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes) report) pure returns(bytes32)
func (_Registry *RegistrySession) WorkloadIdOf(report IQuoteVerifierTdReport) ([32]byte, error) {
	return _Registry.Contract.WorkloadIdOf(&_Registry.CallOpts, report)
}

// WorkloadIdOf is a free data retrieval call binding the contract method 0x09f768ec.
//
// Solidity: function workloadIdOf((bytes16,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes,bytes8,bytes8,bytes) report) pure returns(bytes32)
func (_Registry *RegistryCallerSession) WorkloadIdOf(report IQuoteVerifierTdReport) ([32]byte, error) {
	return _Registry.Contract.WorkloadIdOf(&_Registry.CallOpts, report)
}

// AddStorageBackend is a paid mutator transaction binding the contract method 0x6eb61e8e.
//
// Solidity: function addStorageBackend(string uri) returns()
func (_Registry *RegistryTransactor) AddStorageBackend(opts *bind.TransactOpts, uri string) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "addStorageBackend", uri)
}

// AddStorageBackend is a paid mutator transaction binding the contract method 0x6eb61e8e.
//
// Solidity: function addStorageBackend(string uri) returns()
func (_Registry *RegistrySession) AddStorageBackend(uri string) (*types.Transaction, error) {
	return _Registry.Contract.AddStorageBackend(&_Registry.TransactOpts, uri)
}

// AddStorageBackend is a paid mutator transaction binding the contract method 0x6eb61e8e.
//
// Solidity: function addStorageBackend(string uri) returns()
func (_Registry *RegistryTransactorSession) AddStorageBackend(uri string) (*types.Transaction, error) {
	return _Registry.Contract.AddStorageBackend(&_Registry.TransactOpts, uri)
}

// AllowWorkload is a paid mutator transaction binding the contract method 0x32cad12e.
//
// Solidity: function allowWorkload(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistryTransactor) AllowWorkload(opts *bind.TransactOpts, workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "allowWorkload", workloadId, configHash)
}

// AllowWorkload is a paid mutator transaction binding the contract method 0x32cad12e.
//
// Solidity: function allowWorkload(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistrySession) AllowWorkload(workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.AllowWorkload(&_Registry.TransactOpts, workloadId, configHash)
}

// AllowWorkload is a paid mutator transaction binding the contract method 0x32cad12e.
//
// Solidity: function allowWorkload(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistryTransactorSession) AllowWorkload(workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.AllowWorkload(&_Registry.TransactOpts, workloadId, configHash)
}

// CancelOwnershipHandover is a paid mutator transaction binding the contract method 0x54d1f13d.
//
// Solidity: function cancelOwnershipHandover() payable returns()
func (_Registry *RegistryTransactor) CancelOwnershipHandover(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "cancelOwnershipHandover")
}

// CancelOwnershipHandover is a paid mutator transaction binding the contract method 0x54d1f13d.
//
// Solidity: function cancelOwnershipHandover() payable returns()
func (_Registry *RegistrySession) CancelOwnershipHandover() (*types.Transaction, error) {
	return _Registry.Contract.CancelOwnershipHandover(&_Registry.TransactOpts)
}

// CancelOwnershipHandover is a paid mutator transaction binding the contract method 0x54d1f13d.
//
// Solidity: function cancelOwnershipHandover() payable returns()
func (_Registry *RegistryTransactorSession) CancelOwnershipHandover() (*types.Transaction, error) {
	return _Registry.Contract.CancelOwnershipHandover(&_Registry.TransactOpts)
}

// CompleteOwnershipHandover is a paid mutator transaction binding the contract method 0xf04e283e.
//
// Solidity: function completeOwnershipHandover(address pendingOwner) payable returns()
func (_Registry *RegistryTransactor) CompleteOwnershipHandover(opts *bind.TransactOpts, pendingOwner common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "completeOwnershipHandover", pendingOwner)
}

// CompleteOwnershipHandover is a paid mutator transaction binding the contract method 0xf04e283e.
//
// Solidity: function completeOwnershipHandover(address pendingOwner) payable returns()
func (_Registry *RegistrySession) CompleteOwnershipHandover(pendingOwner common.Address) (*types.Transaction, error) {
	return _Registry.Contract.CompleteOwnershipHandover(&_Registry.TransactOpts, pendingOwner)
}

// CompleteOwnershipHandover is a paid mutator transaction binding the contract method 0xf04e283e.
//
// Solidity: function completeOwnershipHandover(address pendingOwner) payable returns()
func (_Registry *RegistryTransactorSession) CompleteOwnershipHandover(pendingOwner common.Address) (*types.Transaction, error) {
	return _Registry.Contract.CompleteOwnershipHandover(&_Registry.TransactOpts, pendingOwner)
}

// ExpireInstance is a paid mutator transaction binding the contract method 0xc5bce432.
//
// Solidity: function expireInstance(bytes32 instanceId) returns()
func (_Registry *RegistryTransactor) ExpireInstance(opts *bind.TransactOpts, instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "expireInstance", instanceId)
}

// ExpireInstance is a paid mutator transaction binding the contract method 0xc5bce432.
//
// Solidity: function expireInstance(bytes32 instanceId) returns()
func (_Registry *RegistrySession) ExpireInstance(instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.ExpireInstance(&_Registry.TransactOpts, instanceId)
}

// ExpireInstance is a paid mutator transaction binding the contract method 0xc5bce432.
//
// Solidity: function expireInstance(bytes32 instanceId) returns()
func (_Registry *RegistryTransactorSession) ExpireInstance(instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.ExpireInstance(&_Registry.TransactOpts, instanceId)
}

// GrantRoles is a paid mutator transaction binding the contract method 0x1c10893f.
//
// Solidity: function grantRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistryTransactor) GrantRoles(opts *bind.TransactOpts, user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "grantRoles", user, roles)
}

// GrantRoles is a paid mutator transaction binding the contract method 0x1c10893f.
//
// Solidity: function grantRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistrySession) GrantRoles(user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.GrantRoles(&_Registry.TransactOpts, user, roles)
}

// GrantRoles is a paid mutator transaction binding the contract method 0x1c10893f.
//
// Solidity: function grantRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistryTransactorSession) GrantRoles(user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.GrantRoles(&_Registry.TransactOpts, user, roles)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Registry *RegistryTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Registry *RegistrySession) Pause() (*types.Transaction, error) {
	return _Registry.Contract.Pause(&_Registry.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_Registry *RegistryTransactorSession) Pause() (*types.Transaction, error) {
	return _Registry.Contract.Pause(&_Registry.TransactOpts)
}

// RegisterInstance is a paid mutator transaction binding the contract method 0xd5830598.
//
// Solidity: function registerInstance(bytes quote, bytes pubkey, string label, (bytes4[],bytes16[],uint16) endpoints) returns(bytes32 instanceId)
func (_Registry *RegistryTransactor) RegisterInstance(opts *bind.TransactOpts, quote []byte, pubkey []byte, label string, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "registerInstance", quote, pubkey, label, endpoints)
}

// RegisterInstance is a paid mutator transaction binding the contract method 0xd5830598.
//
// Solidity: function registerInstance(bytes quote, bytes pubkey, string label, (bytes4[],bytes16[],uint16) endpoints) returns(bytes32 instanceId)
func (_Registry *RegistrySession) RegisterInstance(quote []byte, pubkey []byte, label string, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.Contract.RegisterInstance(&_Registry.TransactOpts, quote, pubkey, label, endpoints)
}

// RegisterInstance is a paid mutator transaction binding the contract method 0xd5830598.
//
// Solidity: function registerInstance(bytes quote, bytes pubkey, string label, (bytes4[],bytes16[],uint16) endpoints) returns(bytes32 instanceId)
func (_Registry *RegistryTransactorSession) RegisterInstance(quote []byte, pubkey []byte, label string, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.Contract.RegisterInstance(&_Registry.TransactOpts, quote, pubkey, label, endpoints)
}

// RemoveStorageBackend is a paid mutator transaction binding the contract method 0x9fe18d65.
//
// Solidity: function removeStorageBackend(string uri) returns()
func (_Registry *RegistryTransactor) RemoveStorageBackend(opts *bind.TransactOpts, uri string) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "removeStorageBackend", uri)
}

// RemoveStorageBackend is a paid mutator transaction binding the contract method 0x9fe18d65.
//
// Solidity: function removeStorageBackend(string uri) returns()
func (_Registry *RegistrySession) RemoveStorageBackend(uri string) (*types.Transaction, error) {
	return _Registry.Contract.RemoveStorageBackend(&_Registry.TransactOpts, uri)
}

// RemoveStorageBackend is a paid mutator transaction binding the contract method 0x9fe18d65.
//
// Solidity: function removeStorageBackend(string uri) returns()
func (_Registry *RegistryTransactorSession) RemoveStorageBackend(uri string) (*types.Transaction, error) {
	return _Registry.Contract.RemoveStorageBackend(&_Registry.TransactOpts, uri)
}

// RemoveWorkload is a paid mutator transaction binding the contract method 0x0e14de5f.
//
// Solidity: function removeWorkload(bytes32 workloadId) returns()
func (_Registry *RegistryTransactor) RemoveWorkload(opts *bind.TransactOpts, workloadId [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "removeWorkload", workloadId)
}

// RemoveWorkload is a paid mutator transaction binding the contract method 0x0e14de5f.
//
// Solidity: function removeWorkload(bytes32 workloadId) returns()
func (_Registry *RegistrySession) RemoveWorkload(workloadId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RemoveWorkload(&_Registry.TransactOpts, workloadId)
}

// RemoveWorkload is a paid mutator transaction binding the contract method 0x0e14de5f.
//
// Solidity: function removeWorkload(bytes32 workloadId) returns()
func (_Registry *RegistryTransactorSession) RemoveWorkload(workloadId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RemoveWorkload(&_Registry.TransactOpts, workloadId)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() payable returns()
func (_Registry *RegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() payable returns()
func (_Registry *RegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _Registry.Contract.RenounceOwnership(&_Registry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() payable returns()
func (_Registry *RegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _Registry.Contract.RenounceOwnership(&_Registry.TransactOpts)
}

// RenounceRoles is a paid mutator transaction binding the contract method 0x183a4f6e.
//
// Solidity: function renounceRoles(uint256 roles) payable returns()
func (_Registry *RegistryTransactor) RenounceRoles(opts *bind.TransactOpts, roles *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "renounceRoles", roles)
}

// RenounceRoles is a paid mutator transaction binding the contract method 0x183a4f6e.
//
// Solidity: function renounceRoles(uint256 roles) payable returns()
func (_Registry *RegistrySession) RenounceRoles(roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.RenounceRoles(&_Registry.TransactOpts, roles)
}

// RenounceRoles is a paid mutator transaction binding the contract method 0x183a4f6e.
//
// Solidity: function renounceRoles(uint256 roles) payable returns()
func (_Registry *RegistryTransactorSession) RenounceRoles(roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.RenounceRoles(&_Registry.TransactOpts, roles)
}

// RequestOwnershipHandover is a paid mutator transaction binding the contract method 0x25692962.
//
// Solidity: function requestOwnershipHandover() payable returns()
func (_Registry *RegistryTransactor) RequestOwnershipHandover(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "requestOwnershipHandover")
}

// RequestOwnershipHandover is a paid mutator transaction binding the contract method 0x25692962.
//
// Solidity: function requestOwnershipHandover() payable returns()
func (_Registry *RegistrySession) RequestOwnershipHandover() (*types.Transaction, error) {
	return _Registry.Contract.RequestOwnershipHandover(&_Registry.TransactOpts)
}

// RequestOwnershipHandover is a paid mutator transaction binding the contract method 0x25692962.
//
// Solidity: function requestOwnershipHandover() payable returns()
func (_Registry *RegistryTransactorSession) RequestOwnershipHandover() (*types.Transaction, error) {
	return _Registry.Contract.RequestOwnershipHandover(&_Registry.TransactOpts)
}

// Revalidate is a paid mutator transaction binding the contract method 0xa2bc3569.
//
// Solidity: function revalidate(bytes32 instanceId, bytes quote) returns(bool valid)
func (_Registry *RegistryTransactor) Revalidate(opts *bind.TransactOpts, instanceId [32]byte, quote []byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "revalidate", instanceId, quote)
}

// Revalidate is a paid mutator transaction binding the contract method 0xa2bc3569.
//
// Solidity: function revalidate(bytes32 instanceId, bytes quote) returns(bool valid)
func (_Registry *RegistrySession) Revalidate(instanceId [32]byte, quote []byte) (*types.Transaction, error) {
	return _Registry.Contract.Revalidate(&_Registry.TransactOpts, instanceId, quote)
}

// Revalidate is a paid mutator transaction binding the contract method 0xa2bc3569.
//
// Solidity: function revalidate(bytes32 instanceId, bytes quote) returns(bool valid)
func (_Registry *RegistryTransactorSession) Revalidate(instanceId [32]byte, quote []byte) (*types.Transaction, error) {
	return _Registry.Contract.Revalidate(&_Registry.TransactOpts, instanceId, quote)
}

// RevokeInstance is a paid mutator transaction binding the contract method 0xf5dccfe5.
//
// Solidity: function revokeInstance(bytes32 instanceId) returns()
func (_Registry *RegistryTransactor) RevokeInstance(opts *bind.TransactOpts, instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "revokeInstance", instanceId)
}

// RevokeInstance is a paid mutator transaction binding the contract method 0xf5dccfe5.
//
// Solidity: function revokeInstance(bytes32 instanceId) returns()
func (_Registry *RegistrySession) RevokeInstance(instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RevokeInstance(&_Registry.TransactOpts, instanceId)
}

// RevokeInstance is a paid mutator transaction binding the contract method 0xf5dccfe5.
//
// Solidity: function revokeInstance(bytes32 instanceId) returns()
func (_Registry *RegistryTransactorSession) RevokeInstance(instanceId [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RevokeInstance(&_Registry.TransactOpts, instanceId)
}

// RevokeRoles is a paid mutator transaction binding the contract method 0x4a4ee7b1.
//
// Solidity: function revokeRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistryTransactor) RevokeRoles(opts *bind.TransactOpts, user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "revokeRoles", user, roles)
}

// RevokeRoles is a paid mutator transaction binding the contract method 0x4a4ee7b1.
//
// Solidity: function revokeRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistrySession) RevokeRoles(user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.RevokeRoles(&_Registry.TransactOpts, user, roles)
}

// RevokeRoles is a paid mutator transaction binding the contract method 0x4a4ee7b1.
//
// Solidity: function revokeRoles(address user, uint256 roles) payable returns()
func (_Registry *RegistryTransactorSession) RevokeRoles(user common.Address, roles *big.Int) (*types.Transaction, error) {
	return _Registry.Contract.RevokeRoles(&_Registry.TransactOpts, user, roles)
}

// SetInstanceTtl is a paid mutator transaction binding the contract method 0xe8aba729.
//
// Solidity: function setInstanceTtl(uint64 ttl) returns()
func (_Registry *RegistryTransactor) SetInstanceTtl(opts *bind.TransactOpts, ttl uint64) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setInstanceTtl", ttl)
}

// SetInstanceTtl is a paid mutator transaction binding the contract method 0xe8aba729.
//
// Solidity: function setInstanceTtl(uint64 ttl) returns()
func (_Registry *RegistrySession) SetInstanceTtl(ttl uint64) (*types.Transaction, error) {
	return _Registry.Contract.SetInstanceTtl(&_Registry.TransactOpts, ttl)
}

// SetInstanceTtl is a paid mutator transaction binding the contract method 0xe8aba729.
//
// Solidity: function setInstanceTtl(uint64 ttl) returns()
func (_Registry *RegistryTransactorSession) SetInstanceTtl(ttl uint64) (*types.Transaction, error) {
	return _Registry.Contract.SetInstanceTtl(&_Registry.TransactOpts, ttl)
}

// SetPki is a paid mutator transaction binding the contract method 0x03efc2e7.
//
// Solidity: function setPki(bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation) returns()
func (_Registry *RegistryTransactor) SetPki(opts *bind.TransactOpts, caCertificate []byte, secretsPublicKey []byte, kmsAttestation []byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setPki", caCertificate, secretsPublicKey, kmsAttestation)
}

// SetPki is a paid mutator transaction binding the contract method 0x03efc2e7.
//
// Solidity: function setPki(bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation) returns()
func (_Registry *RegistrySession) SetPki(caCertificate []byte, secretsPublicKey []byte, kmsAttestation []byte) (*types.Transaction, error) {
	return _Registry.Contract.SetPki(&_Registry.TransactOpts, caCertificate, secretsPublicKey, kmsAttestation)
}

// SetPki is a paid mutator transaction binding the contract method 0x03efc2e7.
//
// Solidity: function setPki(bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation) returns()
func (_Registry *RegistryTransactorSession) SetPki(caCertificate []byte, secretsPublicKey []byte, kmsAttestation []byte) (*types.Transaction, error) {
	return _Registry.Contract.SetPki(&_Registry.TransactOpts, caCertificate, secretsPublicKey, kmsAttestation)
}

// SetQuoteVerifier is a paid mutator transaction binding the contract method 0xce3fe7ee.
//
// Solidity: function setQuoteVerifier(address verifier) returns()
func (_Registry *RegistryTransactor) SetQuoteVerifier(opts *bind.TransactOpts, verifier common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setQuoteVerifier", verifier)
}

// SetQuoteVerifier is a paid mutator transaction binding the contract method 0xce3fe7ee.
//
// Solidity: function setQuoteVerifier(address verifier) returns()
func (_Registry *RegistrySession) SetQuoteVerifier(verifier common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetQuoteVerifier(&_Registry.TransactOpts, verifier)
}

// SetQuoteVerifier is a paid mutator transaction binding the contract method 0xce3fe7ee.
//
// Solidity: function setQuoteVerifier(address verifier) returns()
func (_Registry *RegistryTransactorSession) SetQuoteVerifier(verifier common.Address) (*types.Transaction, error) {
	return _Registry.Contract.SetQuoteVerifier(&_Registry.TransactOpts, verifier)
}

// SetTcbPolicy is a paid mutator transaction binding the contract method 0xd66b5652.
//
// Solidity: function setTcbPolicy(uint8 acceptedStatuses) returns()
func (_Registry *RegistryTransactor) SetTcbPolicy(opts *bind.TransactOpts, acceptedStatuses uint8) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "setTcbPolicy", acceptedStatuses)
}

// SetTcbPolicy is a paid mutator transaction binding the contract method 0xd66b5652.
//
// Solidity: function setTcbPolicy(uint8 acceptedStatuses) returns()
func (_Registry *RegistrySession) SetTcbPolicy(acceptedStatuses uint8) (*types.Transaction, error) {
	return _Registry.Contract.SetTcbPolicy(&_Registry.TransactOpts, acceptedStatuses)
}

// SetTcbPolicy is a paid mutator transaction binding the contract method 0xd66b5652.
//
// Solidity: function setTcbPolicy(uint8 acceptedStatuses) returns()
func (_Registry *RegistryTransactorSession) SetTcbPolicy(acceptedStatuses uint8) (*types.Transaction, error) {
	return _Registry.Contract.SetTcbPolicy(&_Registry.TransactOpts, acceptedStatuses)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address ) payable returns()
func (_Registry *RegistryTransactor) TransferOwnership(opts *bind.TransactOpts, arg0 common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "transferOwnership", arg0)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address ) payable returns()
func (_Registry *RegistrySession) TransferOwnership(arg0 common.Address) (*types.Transaction, error) {
	return _Registry.Contract.TransferOwnership(&_Registry.TransactOpts, arg0)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address ) payable returns()
func (_Registry *RegistryTransactorSession) TransferOwnership(arg0 common.Address) (*types.Transaction, error) {
	return _Registry.Contract.TransferOwnership(&_Registry.TransactOpts, arg0)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Registry *RegistryTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Registry *RegistrySession) Unpause() (*types.Transaction, error) {
	return _Registry.Contract.Unpause(&_Registry.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_Registry *RegistryTransactorSession) Unpause() (*types.Transaction, error) {
	return _Registry.Contract.Unpause(&_Registry.TransactOpts)
}

// UpdateEndpoints is a paid mutator transaction binding the contract method 0x755d9430.
//
// Solidity: function updateEndpoints(bytes32 instanceId, (bytes4[],bytes16[],uint16) endpoints) returns()
func (_Registry *RegistryTransactor) UpdateEndpoints(opts *bind.TransactOpts, instanceId [32]byte, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "updateEndpoints", instanceId, endpoints)
}

// UpdateEndpoints is a paid mutator transaction binding the contract method 0x755d9430.
//
// Solidity: function updateEndpoints(bytes32 instanceId, (bytes4[],bytes16[],uint16) endpoints) returns()
func (_Registry *RegistrySession) UpdateEndpoints(instanceId [32]byte, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.Contract.UpdateEndpoints(&_Registry.TransactOpts, instanceId, endpoints)
}

// UpdateEndpoints is a paid mutator transaction binding the contract method 0x755d9430.
//
// Solidity: function updateEndpoints(bytes32 instanceId, (bytes4[],bytes16[],uint16) endpoints) returns()
func (_Registry *RegistryTransactorSession) UpdateEndpoints(instanceId [32]byte, endpoints IRegistryEndpoints) (*types.Transaction, error) {
	return _Registry.Contract.UpdateEndpoints(&_Registry.TransactOpts, instanceId, endpoints)
}

// UpdateWorkloadConfig is a paid mutator transaction binding the contract method 0x0a1be369.
//
// Solidity: function updateWorkloadConfig(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistryTransactor) UpdateWorkloadConfig(opts *bind.TransactOpts, workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "updateWorkloadConfig", workloadId, configHash)
}

// UpdateWorkloadConfig is a paid mutator transaction binding the contract method 0x0a1be369.
//
// Solidity: function updateWorkloadConfig(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistrySession) UpdateWorkloadConfig(workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.UpdateWorkloadConfig(&_Registry.TransactOpts, workloadId, configHash)
}

// UpdateWorkloadConfig is a paid mutator transaction binding the contract method 0x0a1be369.
//
// Solidity: function updateWorkloadConfig(bytes32 workloadId, bytes32 configHash) returns()
func (_Registry *RegistryTransactorSession) UpdateWorkloadConfig(workloadId [32]byte, configHash [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.UpdateWorkloadConfig(&_Registry.TransactOpts, workloadId, configHash)
}

// RegistryInstanceEndpointsUpdatedIterator is returned from FilterInstanceEndpointsUpdated and is used to iterate over the raw logs and unpacked data for InstanceEndpointsUpdated events raised by the Registry contract.
type RegistryInstanceEndpointsUpdatedIterator struct {
	Event *RegistryInstanceEndpointsUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceEndpointsUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceEndpointsUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceEndpointsUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceEndpointsUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceEndpointsUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceEndpointsUpdated represents a InstanceEndpointsUpdated event raised by the Registry contract.
type RegistryInstanceEndpointsUpdated struct {
	InstanceId [32]byte
	Endpoints  IRegistryEndpoints
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterInstanceEndpointsUpdated is a free log retrieval operation binding the contract event 0x28678bfd7cb9fe508fee3e1dd8d6b93c346c0bb69556b76572f2651b38c0a1d3.
//
// Solidity: event InstanceEndpointsUpdated(bytes32 indexed instanceId, (bytes4[],bytes16[],uint16) endpoints)
func (_Registry *RegistryFilterer) FilterInstanceEndpointsUpdated(opts *bind.FilterOpts, instanceId [][32]byte) (*RegistryInstanceEndpointsUpdatedIterator, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceEndpointsUpdated", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceEndpointsUpdatedIterator{contract: _Registry.contract, event: "InstanceEndpointsUpdated", logs: logs, sub: sub}, nil
}

// WatchInstanceEndpointsUpdated is a free log subscription operation binding the contract event 0x28678bfd7cb9fe508fee3e1dd8d6b93c346c0bb69556b76572f2651b38c0a1d3.
//
// Solidity: event InstanceEndpointsUpdated(bytes32 indexed instanceId, (bytes4[],bytes16[],uint16) endpoints)
func (_Registry *RegistryFilterer) WatchInstanceEndpointsUpdated(opts *bind.WatchOpts, sink chan<- *RegistryInstanceEndpointsUpdated, instanceId [][32]byte) (event.Subscription, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceEndpointsUpdated", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceEndpointsUpdated)
				if err := _Registry.contract.UnpackLog(event, "InstanceEndpointsUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceEndpointsUpdated is a log parse operation binding the contract event 0x28678bfd7cb9fe508fee3e1dd8d6b93c346c0bb69556b76572f2651b38c0a1d3.
//
// Solidity: event InstanceEndpointsUpdated(bytes32 indexed instanceId, (bytes4[],bytes16[],uint16) endpoints)
func (_Registry *RegistryFilterer) ParseInstanceEndpointsUpdated(log types.Log) (*RegistryInstanceEndpointsUpdated, error) {
	event := new(RegistryInstanceEndpointsUpdated)
	if err := _Registry.contract.UnpackLog(event, "InstanceEndpointsUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryInstanceExpiredIterator is returned from FilterInstanceExpired and is used to iterate over the raw logs and unpacked data for InstanceExpired events raised by the Registry contract.
type RegistryInstanceExpiredIterator struct {
	Event *RegistryInstanceExpired // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceExpiredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceExpired)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceExpired)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceExpiredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceExpiredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceExpired represents a InstanceExpired event raised by the Registry contract.
type RegistryInstanceExpired struct {
	InstanceId [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterInstanceExpired is a free log retrieval operation binding the contract event 0x21279dbcc5f3455ac00a4f322c4613eb2ca421eb8d2f562fbef5932b60a05790.
//
// Solidity: event InstanceExpired(bytes32 indexed instanceId)
func (_Registry *RegistryFilterer) FilterInstanceExpired(opts *bind.FilterOpts, instanceId [][32]byte) (*RegistryInstanceExpiredIterator, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceExpired", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceExpiredIterator{contract: _Registry.contract, event: "InstanceExpired", logs: logs, sub: sub}, nil
}

// WatchInstanceExpired is a free log subscription operation binding the contract event 0x21279dbcc5f3455ac00a4f322c4613eb2ca421eb8d2f562fbef5932b60a05790.
//
// Solidity: event InstanceExpired(bytes32 indexed instanceId)
func (_Registry *RegistryFilterer) WatchInstanceExpired(opts *bind.WatchOpts, sink chan<- *RegistryInstanceExpired, instanceId [][32]byte) (event.Subscription, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceExpired", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceExpired)
				if err := _Registry.contract.UnpackLog(event, "InstanceExpired", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceExpired is a log parse operation binding the contract event 0x21279dbcc5f3455ac00a4f322c4613eb2ca421eb8d2f562fbef5932b60a05790.
//
// Solidity: event InstanceExpired(bytes32 indexed instanceId)
func (_Registry *RegistryFilterer) ParseInstanceExpired(log types.Log) (*RegistryInstanceExpired, error) {
	event := new(RegistryInstanceExpired)
	if err := _Registry.contract.UnpackLog(event, "InstanceExpired", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryInstanceInvalidatedIterator is returned from FilterInstanceInvalidated and is used to iterate over the raw logs and unpacked data for InstanceInvalidated events raised by the Registry contract.
type RegistryInstanceInvalidatedIterator struct {
	Event *RegistryInstanceInvalidated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceInvalidatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceInvalidated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceInvalidated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceInvalidatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceInvalidatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceInvalidated represents a InstanceInvalidated event raised by the Registry contract.
type RegistryInstanceInvalidated struct {
	InstanceId [32]byte
	Reason     [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterInstanceInvalidated is a free log retrieval operation binding the contract event 0xe54e7fe7be5f796969c3391fffb9043aa10cfc94241a5f067fb6d396a449be67.
//
// Solidity: event InstanceInvalidated(bytes32 indexed instanceId, bytes32 reason)
func (_Registry *RegistryFilterer) FilterInstanceInvalidated(opts *bind.FilterOpts, instanceId [][32]byte) (*RegistryInstanceInvalidatedIterator, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceInvalidated", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceInvalidatedIterator{contract: _Registry.contract, event: "InstanceInvalidated", logs: logs, sub: sub}, nil
}

// WatchInstanceInvalidated is a free log subscription operation binding the contract event 0xe54e7fe7be5f796969c3391fffb9043aa10cfc94241a5f067fb6d396a449be67.
//
// Solidity: event InstanceInvalidated(bytes32 indexed instanceId, bytes32 reason)
func (_Registry *RegistryFilterer) WatchInstanceInvalidated(opts *bind.WatchOpts, sink chan<- *RegistryInstanceInvalidated, instanceId [][32]byte) (event.Subscription, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceInvalidated", instanceIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceInvalidated)
				if err := _Registry.contract.UnpackLog(event, "InstanceInvalidated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceInvalidated is a log parse operation binding the contract event 0xe54e7fe7be5f796969c3391fffb9043aa10cfc94241a5f067fb6d396a449be67.
//
// Solidity: event InstanceInvalidated(bytes32 indexed instanceId, bytes32 reason)
func (_Registry *RegistryFilterer) ParseInstanceInvalidated(log types.Log) (*RegistryInstanceInvalidated, error) {
	event := new(RegistryInstanceInvalidated)
	if err := _Registry.contract.UnpackLog(event, "InstanceInvalidated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryInstanceRegisteredIterator is returned from FilterInstanceRegistered and is used to iterate over the raw logs and unpacked data for InstanceRegistered events raised by the Registry contract.
type RegistryInstanceRegisteredIterator struct {
	Event *RegistryInstanceRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceRegistered represents a InstanceRegistered event raised by the Registry contract.
type RegistryInstanceRegistered struct {
	InstanceId [32]byte
	WorkloadId [32]byte
	Operator   common.Address
	Record     IRegistryInstance
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterInstanceRegistered is a free log retrieval operation binding the contract event 0x474a700aab8464b8ed9ba312642a2cb09989ea70012c2107b107074d55471490.
//
// Solidity: event InstanceRegistered(bytes32 indexed instanceId, bytes32 indexed workloadId, address indexed operator, (bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)) record)
func (_Registry *RegistryFilterer) FilterInstanceRegistered(opts *bind.FilterOpts, instanceId [][32]byte, workloadId [][32]byte, operator []common.Address) (*RegistryInstanceRegisteredIterator, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}
	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceRegistered", instanceIdRule, workloadIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceRegisteredIterator{contract: _Registry.contract, event: "InstanceRegistered", logs: logs, sub: sub}, nil
}

// WatchInstanceRegistered is a free log subscription operation binding the contract event 0x474a700aab8464b8ed9ba312642a2cb09989ea70012c2107b107074d55471490.
//
// Solidity: event InstanceRegistered(bytes32 indexed instanceId, bytes32 indexed workloadId, address indexed operator, (bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)) record)
func (_Registry *RegistryFilterer) WatchInstanceRegistered(opts *bind.WatchOpts, sink chan<- *RegistryInstanceRegistered, instanceId [][32]byte, workloadId [][32]byte, operator []common.Address) (event.Subscription, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}
	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceRegistered", instanceIdRule, workloadIdRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceRegistered)
				if err := _Registry.contract.UnpackLog(event, "InstanceRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceRegistered is a log parse operation binding the contract event 0x474a700aab8464b8ed9ba312642a2cb09989ea70012c2107b107074d55471490.
//
// Solidity: event InstanceRegistered(bytes32 indexed instanceId, bytes32 indexed workloadId, address indexed operator, (bytes32,bytes32,address,uint64,uint8,uint8,uint64,string,bytes,(bytes4[],bytes16[],uint16)) record)
func (_Registry *RegistryFilterer) ParseInstanceRegistered(log types.Log) (*RegistryInstanceRegistered, error) {
	event := new(RegistryInstanceRegistered)
	if err := _Registry.contract.UnpackLog(event, "InstanceRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryInstanceRevokedIterator is returned from FilterInstanceRevoked and is used to iterate over the raw logs and unpacked data for InstanceRevoked events raised by the Registry contract.
type RegistryInstanceRevokedIterator struct {
	Event *RegistryInstanceRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceRevoked represents a InstanceRevoked event raised by the Registry contract.
type RegistryInstanceRevoked struct {
	InstanceId [32]byte
	By         common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterInstanceRevoked is a free log retrieval operation binding the contract event 0x6b98ec921dccf1b3ff8ad9816b57688b0a2c279b0f5b131dc5a545c5d00c9ef5.
//
// Solidity: event InstanceRevoked(bytes32 indexed instanceId, address indexed by)
func (_Registry *RegistryFilterer) FilterInstanceRevoked(opts *bind.FilterOpts, instanceId [][32]byte, by []common.Address) (*RegistryInstanceRevokedIterator, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceRevoked", instanceIdRule, byRule)
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceRevokedIterator{contract: _Registry.contract, event: "InstanceRevoked", logs: logs, sub: sub}, nil
}

// WatchInstanceRevoked is a free log subscription operation binding the contract event 0x6b98ec921dccf1b3ff8ad9816b57688b0a2c279b0f5b131dc5a545c5d00c9ef5.
//
// Solidity: event InstanceRevoked(bytes32 indexed instanceId, address indexed by)
func (_Registry *RegistryFilterer) WatchInstanceRevoked(opts *bind.WatchOpts, sink chan<- *RegistryInstanceRevoked, instanceId [][32]byte, by []common.Address) (event.Subscription, error) {

	var instanceIdRule []interface{}
	for _, instanceIdItem := range instanceId {
		instanceIdRule = append(instanceIdRule, instanceIdItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceRevoked", instanceIdRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceRevoked)
				if err := _Registry.contract.UnpackLog(event, "InstanceRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceRevoked is a log parse operation binding the contract event 0x6b98ec921dccf1b3ff8ad9816b57688b0a2c279b0f5b131dc5a545c5d00c9ef5.
//
// Solidity: event InstanceRevoked(bytes32 indexed instanceId, address indexed by)
func (_Registry *RegistryFilterer) ParseInstanceRevoked(log types.Log) (*RegistryInstanceRevoked, error) {
	event := new(RegistryInstanceRevoked)
	if err := _Registry.contract.UnpackLog(event, "InstanceRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryInstanceTtlSetIterator is returned from FilterInstanceTtlSet and is used to iterate over the raw logs and unpacked data for InstanceTtlSet events raised by the Registry contract.
type RegistryInstanceTtlSetIterator struct {
	Event *RegistryInstanceTtlSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryInstanceTtlSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryInstanceTtlSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryInstanceTtlSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryInstanceTtlSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryInstanceTtlSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryInstanceTtlSet represents a InstanceTtlSet event raised by the Registry contract.
type RegistryInstanceTtlSet struct {
	Ttl uint64
	Raw types.Log // Blockchain specific contextual infos
}

// FilterInstanceTtlSet is a free log retrieval operation binding the contract event 0x98d6ba3a582bd188f3507bf3000cfa87debfc9828efca377679ea728ba1fbea2.
//
// Solidity: event InstanceTtlSet(uint64 ttl)
func (_Registry *RegistryFilterer) FilterInstanceTtlSet(opts *bind.FilterOpts) (*RegistryInstanceTtlSetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "InstanceTtlSet")
	if err != nil {
		return nil, err
	}
	return &RegistryInstanceTtlSetIterator{contract: _Registry.contract, event: "InstanceTtlSet", logs: logs, sub: sub}, nil
}

// WatchInstanceTtlSet is a free log subscription operation binding the contract event 0x98d6ba3a582bd188f3507bf3000cfa87debfc9828efca377679ea728ba1fbea2.
//
// Solidity: event InstanceTtlSet(uint64 ttl)
func (_Registry *RegistryFilterer) WatchInstanceTtlSet(opts *bind.WatchOpts, sink chan<- *RegistryInstanceTtlSet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "InstanceTtlSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryInstanceTtlSet)
				if err := _Registry.contract.UnpackLog(event, "InstanceTtlSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInstanceTtlSet is a log parse operation binding the contract event 0x98d6ba3a582bd188f3507bf3000cfa87debfc9828efca377679ea728ba1fbea2.
//
// Solidity: event InstanceTtlSet(uint64 ttl)
func (_Registry *RegistryFilterer) ParseInstanceTtlSet(log types.Log) (*RegistryInstanceTtlSet, error) {
	event := new(RegistryInstanceTtlSet)
	if err := _Registry.contract.UnpackLog(event, "InstanceTtlSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryOwnershipHandoverCanceledIterator is returned from FilterOwnershipHandoverCanceled and is used to iterate over the raw logs and unpacked data for OwnershipHandoverCanceled events raised by the Registry contract.
type RegistryOwnershipHandoverCanceledIterator struct {
	Event *RegistryOwnershipHandoverCanceled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryOwnershipHandoverCanceledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryOwnershipHandoverCanceled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryOwnershipHandoverCanceled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryOwnershipHandoverCanceledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryOwnershipHandoverCanceledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryOwnershipHandoverCanceled represents a OwnershipHandoverCanceled event raised by the Registry contract.
type RegistryOwnershipHandoverCanceled struct {
	PendingOwner common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterOwnershipHandoverCanceled is a free log retrieval operation binding the contract event 0xfa7b8eab7da67f412cc9575ed43464468f9bfbae89d1675917346ca6d8fe3c92.
//
// Solidity: event OwnershipHandoverCanceled(address indexed pendingOwner)
func (_Registry *RegistryFilterer) FilterOwnershipHandoverCanceled(opts *bind.FilterOpts, pendingOwner []common.Address) (*RegistryOwnershipHandoverCanceledIterator, error) {

	var pendingOwnerRule []interface{}
	for _, pendingOwnerItem := range pendingOwner {
		pendingOwnerRule = append(pendingOwnerRule, pendingOwnerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "OwnershipHandoverCanceled", pendingOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryOwnershipHandoverCanceledIterator{contract: _Registry.contract, event: "OwnershipHandoverCanceled", logs: logs, sub: sub}, nil
}

// WatchOwnershipHandoverCanceled is a free log subscription operation binding the contract event 0xfa7b8eab7da67f412cc9575ed43464468f9bfbae89d1675917346ca6d8fe3c92.
//
// Solidity: event OwnershipHandoverCanceled(address indexed pendingOwner)
func (_Registry *RegistryFilterer) WatchOwnershipHandoverCanceled(opts *bind.WatchOpts, sink chan<- *RegistryOwnershipHandoverCanceled, pendingOwner []common.Address) (event.Subscription, error) {

	var pendingOwnerRule []interface{}
	for _, pendingOwnerItem := range pendingOwner {
		pendingOwnerRule = append(pendingOwnerRule, pendingOwnerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "OwnershipHandoverCanceled", pendingOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryOwnershipHandoverCanceled)
				if err := _Registry.contract.UnpackLog(event, "OwnershipHandoverCanceled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipHandoverCanceled is a log parse operation binding the contract event 0xfa7b8eab7da67f412cc9575ed43464468f9bfbae89d1675917346ca6d8fe3c92.
//
// Solidity: event OwnershipHandoverCanceled(address indexed pendingOwner)
func (_Registry *RegistryFilterer) ParseOwnershipHandoverCanceled(log types.Log) (*RegistryOwnershipHandoverCanceled, error) {
	event := new(RegistryOwnershipHandoverCanceled)
	if err := _Registry.contract.UnpackLog(event, "OwnershipHandoverCanceled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryOwnershipHandoverRequestedIterator is returned from FilterOwnershipHandoverRequested and is used to iterate over the raw logs and unpacked data for OwnershipHandoverRequested events raised by the Registry contract.
type RegistryOwnershipHandoverRequestedIterator struct {
	Event *RegistryOwnershipHandoverRequested // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryOwnershipHandoverRequestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryOwnershipHandoverRequested)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryOwnershipHandoverRequested)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryOwnershipHandoverRequestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryOwnershipHandoverRequestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryOwnershipHandoverRequested represents a OwnershipHandoverRequested event raised by the Registry contract.
type RegistryOwnershipHandoverRequested struct {
	PendingOwner common.Address
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterOwnershipHandoverRequested is a free log retrieval operation binding the contract event 0xdbf36a107da19e49527a7176a1babf963b4b0ff8cde35ee35d6cd8f1f9ac7e1d.
//
// Solidity: event OwnershipHandoverRequested(address indexed pendingOwner)
func (_Registry *RegistryFilterer) FilterOwnershipHandoverRequested(opts *bind.FilterOpts, pendingOwner []common.Address) (*RegistryOwnershipHandoverRequestedIterator, error) {

	var pendingOwnerRule []interface{}
	for _, pendingOwnerItem := range pendingOwner {
		pendingOwnerRule = append(pendingOwnerRule, pendingOwnerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "OwnershipHandoverRequested", pendingOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryOwnershipHandoverRequestedIterator{contract: _Registry.contract, event: "OwnershipHandoverRequested", logs: logs, sub: sub}, nil
}

// WatchOwnershipHandoverRequested is a free log subscription operation binding the contract event 0xdbf36a107da19e49527a7176a1babf963b4b0ff8cde35ee35d6cd8f1f9ac7e1d.
//
// Solidity: event OwnershipHandoverRequested(address indexed pendingOwner)
func (_Registry *RegistryFilterer) WatchOwnershipHandoverRequested(opts *bind.WatchOpts, sink chan<- *RegistryOwnershipHandoverRequested, pendingOwner []common.Address) (event.Subscription, error) {

	var pendingOwnerRule []interface{}
	for _, pendingOwnerItem := range pendingOwner {
		pendingOwnerRule = append(pendingOwnerRule, pendingOwnerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "OwnershipHandoverRequested", pendingOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryOwnershipHandoverRequested)
				if err := _Registry.contract.UnpackLog(event, "OwnershipHandoverRequested", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipHandoverRequested is a log parse operation binding the contract event 0xdbf36a107da19e49527a7176a1babf963b4b0ff8cde35ee35d6cd8f1f9ac7e1d.
//
// Solidity: event OwnershipHandoverRequested(address indexed pendingOwner)
func (_Registry *RegistryFilterer) ParseOwnershipHandoverRequested(log types.Log) (*RegistryOwnershipHandoverRequested, error) {
	event := new(RegistryOwnershipHandoverRequested)
	if err := _Registry.contract.UnpackLog(event, "OwnershipHandoverRequested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the Registry contract.
type RegistryOwnershipTransferredIterator struct {
	Event *RegistryOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryOwnershipTransferred represents a OwnershipTransferred event raised by the Registry contract.
type RegistryOwnershipTransferred struct {
	OldOwner common.Address
	NewOwner common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed oldOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, oldOwner []common.Address, newOwner []common.Address) (*RegistryOwnershipTransferredIterator, error) {

	var oldOwnerRule []interface{}
	for _, oldOwnerItem := range oldOwner {
		oldOwnerRule = append(oldOwnerRule, oldOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "OwnershipTransferred", oldOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryOwnershipTransferredIterator{contract: _Registry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed oldOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *RegistryOwnershipTransferred, oldOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var oldOwnerRule []interface{}
	for _, oldOwnerItem := range oldOwner {
		oldOwnerRule = append(oldOwnerRule, oldOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "OwnershipTransferred", oldOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryOwnershipTransferred)
				if err := _Registry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed oldOwner, address indexed newOwner)
func (_Registry *RegistryFilterer) ParseOwnershipTransferred(log types.Log) (*RegistryOwnershipTransferred, error) {
	event := new(RegistryOwnershipTransferred)
	if err := _Registry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the Registry contract.
type RegistryPausedIterator struct {
	Event *RegistryPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryPaused represents a Paused event raised by the Registry contract.
type RegistryPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_Registry *RegistryFilterer) FilterPaused(opts *bind.FilterOpts) (*RegistryPausedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &RegistryPausedIterator{contract: _Registry.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_Registry *RegistryFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *RegistryPaused) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryPaused)
				if err := _Registry.contract.UnpackLog(event, "Paused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_Registry *RegistryFilterer) ParsePaused(log types.Log) (*RegistryPaused, error) {
	event := new(RegistryPaused)
	if err := _Registry.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryPkiUpdatedIterator is returned from FilterPkiUpdated and is used to iterate over the raw logs and unpacked data for PkiUpdated events raised by the Registry contract.
type RegistryPkiUpdatedIterator struct {
	Event *RegistryPkiUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryPkiUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryPkiUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryPkiUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryPkiUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryPkiUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryPkiUpdated represents a PkiUpdated event raised by the Registry contract.
type RegistryPkiUpdated struct {
	Version          uint64
	CaCertificate    []byte
	SecretsPublicKey []byte
	KmsAttestation   []byte
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterPkiUpdated is a free log retrieval operation binding the contract event 0x35ea93c8834544dda0c3f5a00db8391c7e53e0e5262b26a6f98575dd5a9baf9f.
//
// Solidity: event PkiUpdated(uint64 indexed version, bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation)
func (_Registry *RegistryFilterer) FilterPkiUpdated(opts *bind.FilterOpts, version []uint64) (*RegistryPkiUpdatedIterator, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "PkiUpdated", versionRule)
	if err != nil {
		return nil, err
	}
	return &RegistryPkiUpdatedIterator{contract: _Registry.contract, event: "PkiUpdated", logs: logs, sub: sub}, nil
}

// WatchPkiUpdated is a free log subscription operation binding the contract event 0x35ea93c8834544dda0c3f5a00db8391c7e53e0e5262b26a6f98575dd5a9baf9f.
//
// Solidity: event PkiUpdated(uint64 indexed version, bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation)
func (_Registry *RegistryFilterer) WatchPkiUpdated(opts *bind.WatchOpts, sink chan<- *RegistryPkiUpdated, version []uint64) (event.Subscription, error) {

	var versionRule []interface{}
	for _, versionItem := range version {
		versionRule = append(versionRule, versionItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "PkiUpdated", versionRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryPkiUpdated)
				if err := _Registry.contract.UnpackLog(event, "PkiUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePkiUpdated is a log parse operation binding the contract event 0x35ea93c8834544dda0c3f5a00db8391c7e53e0e5262b26a6f98575dd5a9baf9f.
//
// Solidity: event PkiUpdated(uint64 indexed version, bytes caCertificate, bytes secretsPublicKey, bytes kmsAttestation)
func (_Registry *RegistryFilterer) ParsePkiUpdated(log types.Log) (*RegistryPkiUpdated, error) {
	event := new(RegistryPkiUpdated)
	if err := _Registry.contract.UnpackLog(event, "PkiUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryQuoteVerifierSetIterator is returned from FilterQuoteVerifierSet and is used to iterate over the raw logs and unpacked data for QuoteVerifierSet events raised by the Registry contract.
type RegistryQuoteVerifierSetIterator struct {
	Event *RegistryQuoteVerifierSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryQuoteVerifierSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryQuoteVerifierSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryQuoteVerifierSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryQuoteVerifierSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryQuoteVerifierSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryQuoteVerifierSet represents a QuoteVerifierSet event raised by the Registry contract.
type RegistryQuoteVerifierSet struct {
	Verifier common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterQuoteVerifierSet is a free log retrieval operation binding the contract event 0xbd27ef0bec9de298346ffd806ed0deb22c44486cdf981f14dcb3093b03860e20.
//
// Solidity: event QuoteVerifierSet(address indexed verifier)
func (_Registry *RegistryFilterer) FilterQuoteVerifierSet(opts *bind.FilterOpts, verifier []common.Address) (*RegistryQuoteVerifierSetIterator, error) {

	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "QuoteVerifierSet", verifierRule)
	if err != nil {
		return nil, err
	}
	return &RegistryQuoteVerifierSetIterator{contract: _Registry.contract, event: "QuoteVerifierSet", logs: logs, sub: sub}, nil
}

// WatchQuoteVerifierSet is a free log subscription operation binding the contract event 0xbd27ef0bec9de298346ffd806ed0deb22c44486cdf981f14dcb3093b03860e20.
//
// Solidity: event QuoteVerifierSet(address indexed verifier)
func (_Registry *RegistryFilterer) WatchQuoteVerifierSet(opts *bind.WatchOpts, sink chan<- *RegistryQuoteVerifierSet, verifier []common.Address) (event.Subscription, error) {

	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "QuoteVerifierSet", verifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryQuoteVerifierSet)
				if err := _Registry.contract.UnpackLog(event, "QuoteVerifierSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseQuoteVerifierSet is a log parse operation binding the contract event 0xbd27ef0bec9de298346ffd806ed0deb22c44486cdf981f14dcb3093b03860e20.
//
// Solidity: event QuoteVerifierSet(address indexed verifier)
func (_Registry *RegistryFilterer) ParseQuoteVerifierSet(log types.Log) (*RegistryQuoteVerifierSet, error) {
	event := new(RegistryQuoteVerifierSet)
	if err := _Registry.contract.UnpackLog(event, "QuoteVerifierSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryRolesUpdatedIterator is returned from FilterRolesUpdated and is used to iterate over the raw logs and unpacked data for RolesUpdated events raised by the Registry contract.
type RegistryRolesUpdatedIterator struct {
	Event *RegistryRolesUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryRolesUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryRolesUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryRolesUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryRolesUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryRolesUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryRolesUpdated represents a RolesUpdated event raised by the Registry contract.
type RegistryRolesUpdated struct {
	User  common.Address
	Roles *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterRolesUpdated is a free log retrieval operation binding the contract event 0x715ad5ce61fc9595c7b415289d59cf203f23a94fa06f04af7e489a0a76e1fe26.
//
// Solidity: event RolesUpdated(address indexed user, uint256 indexed roles)
func (_Registry *RegistryFilterer) FilterRolesUpdated(opts *bind.FilterOpts, user []common.Address, roles []*big.Int) (*RegistryRolesUpdatedIterator, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var rolesRule []interface{}
	for _, rolesItem := range roles {
		rolesRule = append(rolesRule, rolesItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "RolesUpdated", userRule, rolesRule)
	if err != nil {
		return nil, err
	}
	return &RegistryRolesUpdatedIterator{contract: _Registry.contract, event: "RolesUpdated", logs: logs, sub: sub}, nil
}

// WatchRolesUpdated is a free log subscription operation binding the contract event 0x715ad5ce61fc9595c7b415289d59cf203f23a94fa06f04af7e489a0a76e1fe26.
//
// Solidity: event RolesUpdated(address indexed user, uint256 indexed roles)
func (_Registry *RegistryFilterer) WatchRolesUpdated(opts *bind.WatchOpts, sink chan<- *RegistryRolesUpdated, user []common.Address, roles []*big.Int) (event.Subscription, error) {

	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var rolesRule []interface{}
	for _, rolesItem := range roles {
		rolesRule = append(rolesRule, rolesItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "RolesUpdated", userRule, rolesRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryRolesUpdated)
				if err := _Registry.contract.UnpackLog(event, "RolesUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRolesUpdated is a log parse operation binding the contract event 0x715ad5ce61fc9595c7b415289d59cf203f23a94fa06f04af7e489a0a76e1fe26.
//
// Solidity: event RolesUpdated(address indexed user, uint256 indexed roles)
func (_Registry *RegistryFilterer) ParseRolesUpdated(log types.Log) (*RegistryRolesUpdated, error) {
	event := new(RegistryRolesUpdated)
	if err := _Registry.contract.UnpackLog(event, "RolesUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryStorageBackendAddedIterator is returned from FilterStorageBackendAdded and is used to iterate over the raw logs and unpacked data for StorageBackendAdded events raised by the Registry contract.
type RegistryStorageBackendAddedIterator struct {
	Event *RegistryStorageBackendAdded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryStorageBackendAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryStorageBackendAdded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryStorageBackendAdded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryStorageBackendAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryStorageBackendAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryStorageBackendAdded represents a StorageBackendAdded event raised by the Registry contract.
type RegistryStorageBackendAdded struct {
	Uri      string
	Position *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStorageBackendAdded is a free log retrieval operation binding the contract event 0x3cd00bca44f750851119073c1d150e89919cce6f0437f24e46e6edac56e96719.
//
// Solidity: event StorageBackendAdded(string uri, uint256 position)
func (_Registry *RegistryFilterer) FilterStorageBackendAdded(opts *bind.FilterOpts) (*RegistryStorageBackendAddedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "StorageBackendAdded")
	if err != nil {
		return nil, err
	}
	return &RegistryStorageBackendAddedIterator{contract: _Registry.contract, event: "StorageBackendAdded", logs: logs, sub: sub}, nil
}

// WatchStorageBackendAdded is a free log subscription operation binding the contract event 0x3cd00bca44f750851119073c1d150e89919cce6f0437f24e46e6edac56e96719.
//
// Solidity: event StorageBackendAdded(string uri, uint256 position)
func (_Registry *RegistryFilterer) WatchStorageBackendAdded(opts *bind.WatchOpts, sink chan<- *RegistryStorageBackendAdded) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "StorageBackendAdded")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryStorageBackendAdded)
				if err := _Registry.contract.UnpackLog(event, "StorageBackendAdded", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStorageBackendAdded is a log parse operation binding the contract event 0x3cd00bca44f750851119073c1d150e89919cce6f0437f24e46e6edac56e96719.
//
// Solidity: event StorageBackendAdded(string uri, uint256 position)
func (_Registry *RegistryFilterer) ParseStorageBackendAdded(log types.Log) (*RegistryStorageBackendAdded, error) {
	event := new(RegistryStorageBackendAdded)
	if err := _Registry.contract.UnpackLog(event, "StorageBackendAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryStorageBackendRemovedIterator is returned from FilterStorageBackendRemoved and is used to iterate over the raw logs and unpacked data for StorageBackendRemoved events raised by the Registry contract.
type RegistryStorageBackendRemovedIterator struct {
	Event *RegistryStorageBackendRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryStorageBackendRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryStorageBackendRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryStorageBackendRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryStorageBackendRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryStorageBackendRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryStorageBackendRemoved represents a StorageBackendRemoved event raised by the Registry contract.
type RegistryStorageBackendRemoved struct {
	Uri      string
	Position *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStorageBackendRemoved is a free log retrieval operation binding the contract event 0xa96b0a794afd2e6b87e45f683bddc4a3bc43626f33abede319880943c6110bc9.
//
// Solidity: event StorageBackendRemoved(string uri, uint256 position)
func (_Registry *RegistryFilterer) FilterStorageBackendRemoved(opts *bind.FilterOpts) (*RegistryStorageBackendRemovedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "StorageBackendRemoved")
	if err != nil {
		return nil, err
	}
	return &RegistryStorageBackendRemovedIterator{contract: _Registry.contract, event: "StorageBackendRemoved", logs: logs, sub: sub}, nil
}

// WatchStorageBackendRemoved is a free log subscription operation binding the contract event 0xa96b0a794afd2e6b87e45f683bddc4a3bc43626f33abede319880943c6110bc9.
//
// Solidity: event StorageBackendRemoved(string uri, uint256 position)
func (_Registry *RegistryFilterer) WatchStorageBackendRemoved(opts *bind.WatchOpts, sink chan<- *RegistryStorageBackendRemoved) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "StorageBackendRemoved")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryStorageBackendRemoved)
				if err := _Registry.contract.UnpackLog(event, "StorageBackendRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStorageBackendRemoved is a log parse operation binding the contract event 0xa96b0a794afd2e6b87e45f683bddc4a3bc43626f33abede319880943c6110bc9.
//
// Solidity: event StorageBackendRemoved(string uri, uint256 position)
func (_Registry *RegistryFilterer) ParseStorageBackendRemoved(log types.Log) (*RegistryStorageBackendRemoved, error) {
	event := new(RegistryStorageBackendRemoved)
	if err := _Registry.contract.UnpackLog(event, "StorageBackendRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryTcbPolicySetIterator is returned from FilterTcbPolicySet and is used to iterate over the raw logs and unpacked data for TcbPolicySet events raised by the Registry contract.
type RegistryTcbPolicySetIterator struct {
	Event *RegistryTcbPolicySet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryTcbPolicySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryTcbPolicySet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryTcbPolicySet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryTcbPolicySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryTcbPolicySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryTcbPolicySet represents a TcbPolicySet event raised by the Registry contract.
type RegistryTcbPolicySet struct {
	AcceptedStatuses uint8
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterTcbPolicySet is a free log retrieval operation binding the contract event 0x18f0dde12fee8c2c98632c45da70044a01fe97fe7754ee61d42ade73b90bd482.
//
// Solidity: event TcbPolicySet(uint8 acceptedStatuses)
func (_Registry *RegistryFilterer) FilterTcbPolicySet(opts *bind.FilterOpts) (*RegistryTcbPolicySetIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "TcbPolicySet")
	if err != nil {
		return nil, err
	}
	return &RegistryTcbPolicySetIterator{contract: _Registry.contract, event: "TcbPolicySet", logs: logs, sub: sub}, nil
}

// WatchTcbPolicySet is a free log subscription operation binding the contract event 0x18f0dde12fee8c2c98632c45da70044a01fe97fe7754ee61d42ade73b90bd482.
//
// Solidity: event TcbPolicySet(uint8 acceptedStatuses)
func (_Registry *RegistryFilterer) WatchTcbPolicySet(opts *bind.WatchOpts, sink chan<- *RegistryTcbPolicySet) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "TcbPolicySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryTcbPolicySet)
				if err := _Registry.contract.UnpackLog(event, "TcbPolicySet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTcbPolicySet is a log parse operation binding the contract event 0x18f0dde12fee8c2c98632c45da70044a01fe97fe7754ee61d42ade73b90bd482.
//
// Solidity: event TcbPolicySet(uint8 acceptedStatuses)
func (_Registry *RegistryFilterer) ParseTcbPolicySet(log types.Log) (*RegistryTcbPolicySet, error) {
	event := new(RegistryTcbPolicySet)
	if err := _Registry.contract.UnpackLog(event, "TcbPolicySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the Registry contract.
type RegistryUnpausedIterator struct {
	Event *RegistryUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryUnpaused represents a Unpaused event raised by the Registry contract.
type RegistryUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_Registry *RegistryFilterer) FilterUnpaused(opts *bind.FilterOpts) (*RegistryUnpausedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &RegistryUnpausedIterator{contract: _Registry.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_Registry *RegistryFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *RegistryUnpaused) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryUnpaused)
				if err := _Registry.contract.UnpackLog(event, "Unpaused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_Registry *RegistryFilterer) ParseUnpaused(log types.Log) (*RegistryUnpaused, error) {
	event := new(RegistryUnpaused)
	if err := _Registry.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryWorkloadAllowedIterator is returned from FilterWorkloadAllowed and is used to iterate over the raw logs and unpacked data for WorkloadAllowed events raised by the Registry contract.
type RegistryWorkloadAllowedIterator struct {
	Event *RegistryWorkloadAllowed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryWorkloadAllowedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryWorkloadAllowed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryWorkloadAllowed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryWorkloadAllowedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryWorkloadAllowedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryWorkloadAllowed represents a WorkloadAllowed event raised by the Registry contract.
type RegistryWorkloadAllowed struct {
	WorkloadId [32]byte
	ConfigHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterWorkloadAllowed is a free log retrieval operation binding the contract event 0x972eb62c619695cd1e41196721a7061d801c77056a21b469646a19199dcc1d77.
//
// Solidity: event WorkloadAllowed(bytes32 indexed workloadId, bytes32 configHash)
func (_Registry *RegistryFilterer) FilterWorkloadAllowed(opts *bind.FilterOpts, workloadId [][32]byte) (*RegistryWorkloadAllowedIterator, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "WorkloadAllowed", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryWorkloadAllowedIterator{contract: _Registry.contract, event: "WorkloadAllowed", logs: logs, sub: sub}, nil
}

// WatchWorkloadAllowed is a free log subscription operation binding the contract event 0x972eb62c619695cd1e41196721a7061d801c77056a21b469646a19199dcc1d77.
//
// Solidity: event WorkloadAllowed(bytes32 indexed workloadId, bytes32 configHash)
func (_Registry *RegistryFilterer) WatchWorkloadAllowed(opts *bind.WatchOpts, sink chan<- *RegistryWorkloadAllowed, workloadId [][32]byte) (event.Subscription, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "WorkloadAllowed", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryWorkloadAllowed)
				if err := _Registry.contract.UnpackLog(event, "WorkloadAllowed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWorkloadAllowed is a log parse operation binding the contract event 0x972eb62c619695cd1e41196721a7061d801c77056a21b469646a19199dcc1d77.
//
// Solidity: event WorkloadAllowed(bytes32 indexed workloadId, bytes32 configHash)
func (_Registry *RegistryFilterer) ParseWorkloadAllowed(log types.Log) (*RegistryWorkloadAllowed, error) {
	event := new(RegistryWorkloadAllowed)
	if err := _Registry.contract.UnpackLog(event, "WorkloadAllowed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryWorkloadConfigUpdatedIterator is returned from FilterWorkloadConfigUpdated and is used to iterate over the raw logs and unpacked data for WorkloadConfigUpdated events raised by the Registry contract.
type RegistryWorkloadConfigUpdatedIterator struct {
	Event *RegistryWorkloadConfigUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryWorkloadConfigUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryWorkloadConfigUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryWorkloadConfigUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryWorkloadConfigUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryWorkloadConfigUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryWorkloadConfigUpdated represents a WorkloadConfigUpdated event raised by the Registry contract.
type RegistryWorkloadConfigUpdated struct {
	WorkloadId         [32]byte
	PreviousConfigHash [32]byte
	ConfigHash         [32]byte
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterWorkloadConfigUpdated is a free log retrieval operation binding the contract event 0x1e8881ab405e136db055487f8f3e020ec5e952a95061623c002a264449cad821.
//
// Solidity: event WorkloadConfigUpdated(bytes32 indexed workloadId, bytes32 previousConfigHash, bytes32 configHash)
func (_Registry *RegistryFilterer) FilterWorkloadConfigUpdated(opts *bind.FilterOpts, workloadId [][32]byte) (*RegistryWorkloadConfigUpdatedIterator, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "WorkloadConfigUpdated", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryWorkloadConfigUpdatedIterator{contract: _Registry.contract, event: "WorkloadConfigUpdated", logs: logs, sub: sub}, nil
}

// WatchWorkloadConfigUpdated is a free log subscription operation binding the contract event 0x1e8881ab405e136db055487f8f3e020ec5e952a95061623c002a264449cad821.
//
// Solidity: event WorkloadConfigUpdated(bytes32 indexed workloadId, bytes32 previousConfigHash, bytes32 configHash)
func (_Registry *RegistryFilterer) WatchWorkloadConfigUpdated(opts *bind.WatchOpts, sink chan<- *RegistryWorkloadConfigUpdated, workloadId [][32]byte) (event.Subscription, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "WorkloadConfigUpdated", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryWorkloadConfigUpdated)
				if err := _Registry.contract.UnpackLog(event, "WorkloadConfigUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWorkloadConfigUpdated is a log parse operation binding the contract event 0x1e8881ab405e136db055487f8f3e020ec5e952a95061623c002a264449cad821.
//
// Solidity: event WorkloadConfigUpdated(bytes32 indexed workloadId, bytes32 previousConfigHash, bytes32 configHash)
func (_Registry *RegistryFilterer) ParseWorkloadConfigUpdated(log types.Log) (*RegistryWorkloadConfigUpdated, error) {
	event := new(RegistryWorkloadConfigUpdated)
	if err := _Registry.contract.UnpackLog(event, "WorkloadConfigUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryWorkloadRemovedIterator is returned from FilterWorkloadRemoved and is used to iterate over the raw logs and unpacked data for WorkloadRemoved events raised by the Registry contract.
type RegistryWorkloadRemovedIterator struct {
	Event *RegistryWorkloadRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RegistryWorkloadRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryWorkloadRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RegistryWorkloadRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RegistryWorkloadRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryWorkloadRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryWorkloadRemoved represents a WorkloadRemoved event raised by the Registry contract.
type RegistryWorkloadRemoved struct {
	WorkloadId [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterWorkloadRemoved is a free log retrieval operation binding the contract event 0x9b5d095c8354ef4da91e9579e4b230ec3defdc8c80e745876a8de9d0b084da6f.
//
// Solidity: event WorkloadRemoved(bytes32 indexed workloadId)
func (_Registry *RegistryFilterer) FilterWorkloadRemoved(opts *bind.FilterOpts, workloadId [][32]byte) (*RegistryWorkloadRemovedIterator, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "WorkloadRemoved", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return &RegistryWorkloadRemovedIterator{contract: _Registry.contract, event: "WorkloadRemoved", logs: logs, sub: sub}, nil
}

// WatchWorkloadRemoved is a free log subscription operation binding the contract event 0x9b5d095c8354ef4da91e9579e4b230ec3defdc8c80e745876a8de9d0b084da6f.
//
// Solidity: event WorkloadRemoved(bytes32 indexed workloadId)
func (_Registry *RegistryFilterer) WatchWorkloadRemoved(opts *bind.WatchOpts, sink chan<- *RegistryWorkloadRemoved, workloadId [][32]byte) (event.Subscription, error) {

	var workloadIdRule []interface{}
	for _, workloadIdItem := range workloadId {
		workloadIdRule = append(workloadIdRule, workloadIdItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "WorkloadRemoved", workloadIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryWorkloadRemoved)
				if err := _Registry.contract.UnpackLog(event, "WorkloadRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWorkloadRemoved is a log parse operation binding the contract event 0x9b5d095c8354ef4da91e9579e4b230ec3defdc8c80e745876a8de9d0b084da6f.
//
// Solidity: event WorkloadRemoved(bytes32 indexed workloadId)
func (_Registry *RegistryFilterer) ParseWorkloadRemoved(log types.Log) (*RegistryWorkloadRemoved, error) {
	event := new(RegistryWorkloadRemoved)
	if err := _Registry.contract.UnpackLog(event, "WorkloadRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
