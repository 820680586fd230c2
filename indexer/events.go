package indexer

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teereg/teereg/bindings"
)

// Contracts are the addresses the indexer follows. Registry is required; a
// zero ArtifactStore or CollateralStore is not followed.
type Contracts struct {
	Registry        common.Address `json:"registry"`
	ArtifactStore   common.Address `json:"artifactStore"`
	CollateralStore common.Address `json:"collateralStore"`
}

func (c Contracts) addresses() []common.Address {
	out := []common.Address{c.Registry}
	if c.ArtifactStore != (common.Address{}) {
		out = append(out, c.ArtifactStore)
	}
	if c.CollateralStore != (common.Address{}) {
		out = append(out, c.CollateralStore)
	}
	return out
}

// Entities name the state row an event changes.
const (
	entityRegistry     = "registry"     // key: empty
	entityHandover     = "handover"     // key: pending owner (no state row)
	entityRole         = "role"         // key: account
	entityWorkload     = "workload"     // key: workload id
	entityBackends     = "backends"     // key: empty (the ordered list as a whole)
	entityPki          = "pki"          // key: version, 8 bytes big-endian
	entityInstance     = "instance"     // key: instance id
	entityArtifact     = "artifact"     // key: sha256
	entityIntermediate = "intermediate" // key: keccak256(der)
	entityCrl          = "crl"          // key: issuer subject hash
	entityTcbInfo      = "tcb_info"     // key: fmspc
	entityQeIdentity   = "qe_identity"  // key: empty
)

// Event is one decoded log of a followed contract.
type Event struct {
	Log    types.Log
	Name   string // the ABI event name
	Entity string // which state it changes, see the entity constants
	Key    []byte // which row of Entity
	// Value is the binding's decoded event (*bindings.RegistryWorkloadAllowed, ...).
	Value any
}

// ref is where an entity row lives.
type ref struct {
	entity string
	key    string // raw bytes as a string, usable as a map key
}

func (e *Event) ref() ref { return ref{e.Entity, string(e.Key)} }

// Decoder turns logs of the followed contracts into Events with the
// generated bindings. A log it cannot decode is an error: a followed
// contract emitting an event this binary does not know means the deployment
// and the binary disagree, and skipping it would make the mirror wrong.
type Decoder struct {
	contracts  Contracts
	registry   *bindings.RegistryFilterer
	artifacts  *bindings.ArtifactStoreFilterer
	collateral *bindings.DcapCollateralStoreFilterer
	abis       map[common.Address]*abi.ABI
}

// NewDecoder builds a decoder for the given contracts.
func NewDecoder(c Contracts) (*Decoder, error) {
	d := &Decoder{contracts: c, abis: make(map[common.Address]*abi.ABI)}
	var err error
	if d.registry, err = bindings.NewRegistryFilterer(c.Registry, nil); err != nil {
		return nil, fmt.Errorf("registry binding: %w", err)
	}
	if d.artifacts, err = bindings.NewArtifactStoreFilterer(c.ArtifactStore, nil); err != nil {
		return nil, fmt.Errorf("artifact store binding: %w", err)
	}
	if d.collateral, err = bindings.NewDcapCollateralStoreFilterer(c.CollateralStore, nil); err != nil {
		return nil, fmt.Errorf("collateral store binding: %w", err)
	}
	for addr, md := range map[common.Address]interface{ GetAbi() (*abi.ABI, error) }{
		c.Registry:        bindings.RegistryMetaData,
		c.ArtifactStore:   bindings.ArtifactStoreMetaData,
		c.CollateralStore: bindings.DcapCollateralStoreMetaData,
	} {
		if addr == (common.Address{}) {
			continue
		}
		a, err := md.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("parse ABI: %w", err)
		}
		d.abis[addr] = a
	}
	return d, nil
}

// Decode decodes one log.
func (d *Decoder) Decode(l types.Log) (Event, error) {
	ev := Event{Log: l}
	a, ok := d.abis[l.Address]
	if !ok {
		return ev, fmt.Errorf("log %d of block %d: address %s is not a followed contract", l.Index, l.BlockNumber, l.Address)
	}
	if len(l.Topics) == 0 {
		return ev, fmt.Errorf("log %d of block %d from %s: anonymous log", l.Index, l.BlockNumber, l.Address)
	}
	abiEvent, err := a.EventByID(l.Topics[0])
	if err != nil {
		return ev, fmt.Errorf("log %d of block %d from %s: unknown event topic %s: %w", l.Index, l.BlockNumber, l.Address, l.Topics[0], err)
	}
	ev.Name = abiEvent.Name
	switch l.Address {
	case d.contracts.Registry:
		err = d.decodeRegistry(&ev)
	case d.contracts.ArtifactStore:
		err = d.decodeArtifact(&ev)
	case d.contracts.CollateralStore:
		err = d.decodeCollateral(&ev)
	}
	if err != nil {
		return ev, fmt.Errorf("decode %s (log %d of block %d, tx %s): %w", ev.Name, l.Index, l.BlockNumber, l.TxHash, err)
	}
	return ev, nil
}

func (d *Decoder) decodeRegistry(ev *Event) error {
	r, l := d.registry, ev.Log
	var err error
	set := func(entity string, key []byte, v any, e error) { ev.Entity, ev.Key, ev.Value, err = entity, key, v, e }
	switch ev.Name {
	case "OwnershipTransferred":
		v, e := r.ParseOwnershipTransferred(l)
		set(entityRegistry, nil, v, e)
	case "OwnershipHandoverRequested":
		v, e := r.ParseOwnershipHandoverRequested(l)
		set(entityHandover, nonNil(v, func() []byte { return v.PendingOwner.Bytes() }), v, e)
	case "OwnershipHandoverCanceled":
		v, e := r.ParseOwnershipHandoverCanceled(l)
		set(entityHandover, nonNil(v, func() []byte { return v.PendingOwner.Bytes() }), v, e)
	case "RolesUpdated":
		v, e := r.ParseRolesUpdated(l)
		set(entityRole, nonNil(v, func() []byte { return v.User.Bytes() }), v, e)
	case "Paused":
		v, e := r.ParsePaused(l)
		set(entityRegistry, nil, v, e)
	case "Unpaused":
		v, e := r.ParseUnpaused(l)
		set(entityRegistry, nil, v, e)
	case "QuoteVerifierSet":
		v, e := r.ParseQuoteVerifierSet(l)
		set(entityRegistry, nil, v, e)
	case "InstanceTtlSet":
		v, e := r.ParseInstanceTtlSet(l)
		set(entityRegistry, nil, v, e)
	case "TcbPolicySet":
		v, e := r.ParseTcbPolicySet(l)
		set(entityRegistry, nil, v, e)
	case "WorkloadAllowed":
		v, e := r.ParseWorkloadAllowed(l)
		set(entityWorkload, nonNil(v, func() []byte { return v.WorkloadId[:] }), v, e)
	case "WorkloadConfigUpdated":
		v, e := r.ParseWorkloadConfigUpdated(l)
		set(entityWorkload, nonNil(v, func() []byte { return v.WorkloadId[:] }), v, e)
	case "WorkloadRemoved":
		v, e := r.ParseWorkloadRemoved(l)
		set(entityWorkload, nonNil(v, func() []byte { return v.WorkloadId[:] }), v, e)
	case "StorageBackendAdded":
		v, e := r.ParseStorageBackendAdded(l)
		set(entityBackends, nil, v, e)
	case "StorageBackendRemoved":
		v, e := r.ParseStorageBackendRemoved(l)
		set(entityBackends, nil, v, e)
	case "PkiUpdated":
		v, e := r.ParsePkiUpdated(l)
		set(entityPki, nonNil(v, func() []byte { return binary.BigEndian.AppendUint64(nil, v.Version) }), v, e)
	case "InstanceRegistered":
		v, e := r.ParseInstanceRegistered(l)
		set(entityInstance, nonNil(v, func() []byte { return v.InstanceId[:] }), v, e)
	case "InstanceEndpointsUpdated":
		v, e := r.ParseInstanceEndpointsUpdated(l)
		set(entityInstance, nonNil(v, func() []byte { return v.InstanceId[:] }), v, e)
	case "InstanceRevoked":
		v, e := r.ParseInstanceRevoked(l)
		set(entityInstance, nonNil(v, func() []byte { return v.InstanceId[:] }), v, e)
	case "InstanceExpired":
		v, e := r.ParseInstanceExpired(l)
		set(entityInstance, nonNil(v, func() []byte { return v.InstanceId[:] }), v, e)
	case "InstanceInvalidated":
		v, e := r.ParseInstanceInvalidated(l)
		set(entityInstance, nonNil(v, func() []byte { return v.InstanceId[:] }), v, e)
	default:
		return fmt.Errorf("registry event %s is not handled by this indexer", ev.Name)
	}
	return err
}

func (d *Decoder) decodeArtifact(ev *Event) error {
	a, l := d.artifacts, ev.Log
	var err error
	switch ev.Name {
	case "ArtifactStored":
		var v *bindings.ArtifactStoreArtifactStored
		v, err = a.ParseArtifactStored(l)
		ev.Entity, ev.Value = entityArtifact, v
		if err == nil {
			ev.Key = v.Hash[:]
		}
	case "ArtifactRemoved":
		var v *bindings.ArtifactStoreArtifactRemoved
		v, err = a.ParseArtifactRemoved(l)
		ev.Entity, ev.Value = entityArtifact, v
		if err == nil {
			ev.Key = v.Hash[:]
		}
	default:
		return fmt.Errorf("artifact store event %s is not handled by this indexer", ev.Name)
	}
	return err
}

func (d *Decoder) decodeCollateral(ev *Event) error {
	c, l := d.collateral, ev.Log
	var err error
	switch ev.Name {
	case "IntermediateVerified":
		var v *bindings.DcapCollateralStoreIntermediateVerified
		v, err = c.ParseIntermediateVerified(l)
		ev.Entity, ev.Value = entityIntermediate, v
		if err == nil {
			ev.Key = v.DerHash[:]
		}
	case "CrlUpdated":
		var v *bindings.DcapCollateralStoreCrlUpdated
		v, err = c.ParseCrlUpdated(l)
		ev.Entity, ev.Value = entityCrl, v
		if err == nil {
			ev.Key = v.IssuerSubjectHash[:]
		}
	case "TcbInfoUpdated":
		var v *bindings.DcapCollateralStoreTcbInfoUpdated
		v, err = c.ParseTcbInfoUpdated(l)
		ev.Entity, ev.Value = entityTcbInfo, v
		if err == nil {
			ev.Key = v.Fmspc[:]
		}
	case "QeIdentityUpdated":
		var v *bindings.DcapCollateralStoreQeIdentityUpdated
		v, err = c.ParseQeIdentityUpdated(l)
		ev.Entity, ev.Value = entityQeIdentity, v
	default:
		return fmt.Errorf("collateral store event %s is not handled by this indexer", ev.Name)
	}
	return err
}

// nonNil returns key() when v is not nil (a failed parse returns nil).
func nonNil[T any](v *T, key func() []byte) []byte {
	if v == nil {
		return nil
	}
	return key()
}

// Fields renders the event's decoded arguments as JSON for the events table:
// byte arrays and slices as 0x-hex, integers wider than 53 bits as decimal
// strings, tuples as objects keyed by their ABI names.
func (e *Event) Fields() ([]byte, error) {
	v := reflect.ValueOf(e.Value)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	out := make(map[string]any, v.NumField())
	t := v.Type()
	for i := range v.NumField() {
		if t.Field(i).Name == "Raw" {
			continue
		}
		out[lowerFirst(t.Field(i).Name)] = jsonValue(v.Field(i))
	}
	return json.Marshal(out)
}

var bigIntType = reflect.TypeFor[*big.Int]()

func jsonValue(v reflect.Value) any {
	switch {
	case v.Type() == bigIntType:
		if v.IsNil() {
			return nil
		}
		return v.Interface().(*big.Int).String()
	case v.Type() == reflect.TypeFor[common.Address]():
		return v.Interface().(common.Address).Hex()
	}
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return "0x" + hex.EncodeToString(b)
		}
		list := make([]any, v.Len())
		for i := range list {
			list[i] = jsonValue(v.Index(i))
		}
		return list
	case reflect.Struct:
		m := make(map[string]any, v.NumField())
		for i := range v.NumField() {
			m[lowerFirst(v.Type().Field(i).Name)] = jsonValue(v.Field(i))
		}
		return m
	case reflect.Uint64, reflect.Int64:
		return v.Interface()
	default:
		return v.Interface()
	}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A'
	}
	return string(b)
}
