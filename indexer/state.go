package indexer

import (
	"fmt"
	"math/big"
	"net/netip"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/bindings"
)

// Instance statuses (IRegistry.InstanceStatus).
const (
	StatusActive      = 1
	StatusRevoked     = 2
	StatusExpired     = 3
	StatusInvalidated = 4
)

// RegistryRow is the registry's singletons.
type RegistryRow struct {
	Admin         common.Address
	Paused        bool
	QuoteVerifier common.Address
	InstanceTTL   uint64
	TcbPolicy     uint8
	Block         uint64
}

// RoleRow is one account's role bitmap.
type RoleRow struct {
	Roles *big.Int
	Block uint64
}

// WorkloadRow is an allowlisted workload.
type WorkloadRow struct {
	ConfigHash common.Hash
	Block      uint64
}

// BackendRow is one storage backend.
type BackendRow struct {
	URI   string
	Block uint64
}

// PkiRow is one PKI version.
type PkiRow struct {
	CaCertificate    []byte
	SecretsPublicKey []byte
	KmsAttestation   []byte
	Block            uint64
}

// InstanceRow is an instance record.
type InstanceRow struct {
	WorkloadID         common.Hash
	Operator           common.Address
	QuoteHash          common.Hash
	Status             uint8
	TcbStatus          uint8
	RegisteredAt       uint64
	ExpiresAt          uint64
	Label              string
	Pubkey             []byte
	IPv4               []netip.Addr
	IPv6               []netip.Addr
	Port               uint16
	InvalidationReason []byte // nil unless Invalidated
	Block              uint64
}

// ArtifactRow is a stored artifact.
type ArtifactRow struct {
	Writer common.Address
	Data   []byte
	Block  uint64
}

// IntermediateRow is a verified intermediate CA certificate.
type IntermediateRow struct {
	SubjectHash  common.Hash
	SerialNumber *big.Int
	Block        uint64
}

// CrlRow is the current CRL of an issuer.
type CrlRow struct {
	ThisUpdate, NextUpdate uint64
	Crl                    []byte
	Block                  uint64
}

// CollateralDocRow is a TCB Info (per FMSPC) or the QE identity.
type CollateralDocRow struct {
	TcbEvaluationDataNumber uint32
	IssueDate, NextUpdate   uint64
	JSON                    string
	Block                   uint64
}

// State is the indexed state, or the part of it a batch touches: a row
// missing from a map is absent (deleted or never created).
type State struct {
	Registry      *RegistryRow
	Roles         map[common.Address]RoleRow
	Workloads     map[common.Hash]WorkloadRow
	Backends      []BackendRow // nil unless loaded/touched
	BackendsSet   bool         // Backends is authoritative (loaded or rebuilt)
	Pki           map[uint64]PkiRow
	Instances     map[common.Hash]InstanceRow
	Artifacts     map[common.Hash]ArtifactRow
	Intermediates map[common.Hash]IntermediateRow
	Crls          map[common.Hash]CrlRow
	TcbInfo       map[[6]byte]CollateralDocRow
	QeIdentity    *CollateralDocRow
}

// NewState returns an empty state.
func NewState() *State {
	return &State{
		Roles:         make(map[common.Address]RoleRow),
		Workloads:     make(map[common.Hash]WorkloadRow),
		Pki:           make(map[uint64]PkiRow),
		Instances:     make(map[common.Hash]InstanceRow),
		Artifacts:     make(map[common.Hash]ArtifactRow),
		Intermediates: make(map[common.Hash]IntermediateRow),
		Crls:          make(map[common.Hash]CrlRow),
		TcbInfo:       make(map[[6]byte]CollateralDocRow),
	}
}

// Apply applies one event. The state must hold the event's row as it was
// before the event (loaded, or absent because it does not exist). An event
// that contradicts the state (an update of a row that does not exist) is an
// error: the mirror has lost track of the chain and must not guess.
func (s *State) Apply(ev *Event) error {
	n := ev.Log.BlockNumber
	reg := func() *RegistryRow {
		if s.Registry == nil {
			s.Registry = &RegistryRow{}
		}
		s.Registry.Block = n
		return s.Registry
	}
	switch v := ev.Value.(type) {
	case *bindings.RegistryOwnershipTransferred:
		reg().Admin = v.NewOwner
	case *bindings.RegistryOwnershipHandoverRequested, *bindings.RegistryOwnershipHandoverCanceled:
		// informational: pending handovers are not state the system acts on.
	case *bindings.RegistryPaused:
		reg().Paused = true
	case *bindings.RegistryUnpaused:
		reg().Paused = false
	case *bindings.RegistryQuoteVerifierSet:
		reg().QuoteVerifier = v.Verifier
	case *bindings.RegistryInstanceTtlSet:
		reg().InstanceTTL = v.Ttl
	case *bindings.RegistryTcbPolicySet:
		reg().TcbPolicy = v.AcceptedStatuses
	case *bindings.RegistryRolesUpdated:
		if v.Roles.Sign() == 0 {
			delete(s.Roles, v.User)
		} else {
			s.Roles[v.User] = RoleRow{Roles: new(big.Int).Set(v.Roles), Block: n}
		}
	case *bindings.RegistryWorkloadAllowed:
		if _, ok := s.Workloads[v.WorkloadId]; ok {
			return fmt.Errorf("WorkloadAllowed for workload %x that is already allowlisted", v.WorkloadId)
		}
		s.Workloads[v.WorkloadId] = WorkloadRow{ConfigHash: v.ConfigHash, Block: n}
	case *bindings.RegistryWorkloadConfigUpdated:
		w, ok := s.Workloads[v.WorkloadId]
		if !ok {
			return fmt.Errorf("WorkloadConfigUpdated for workload %x that is not allowlisted", v.WorkloadId)
		}
		if w.ConfigHash != v.PreviousConfigHash {
			return fmt.Errorf("WorkloadConfigUpdated for workload %x: previous hash %x, mirror has %x", v.WorkloadId, v.PreviousConfigHash, w.ConfigHash)
		}
		s.Workloads[v.WorkloadId] = WorkloadRow{ConfigHash: v.ConfigHash, Block: n}
	case *bindings.RegistryWorkloadRemoved:
		if _, ok := s.Workloads[v.WorkloadId]; !ok {
			return fmt.Errorf("WorkloadRemoved for workload %x that is not allowlisted", v.WorkloadId)
		}
		delete(s.Workloads, v.WorkloadId)
	case *bindings.RegistryStorageBackendAdded:
		if !v.Position.IsUint64() || v.Position.Uint64() != uint64(len(s.Backends)) {
			return fmt.Errorf("StorageBackendAdded at position %s, mirror has %d backends", v.Position, len(s.Backends))
		}
		s.Backends = append(s.Backends, BackendRow{URI: v.Uri, Block: n})
	case *bindings.RegistryStorageBackendRemoved:
		p := v.Position.Uint64()
		if !v.Position.IsUint64() || p >= uint64(len(s.Backends)) || s.Backends[p].URI != v.Uri {
			return fmt.Errorf("StorageBackendRemoved %q at position %s does not match the mirror", v.Uri, v.Position)
		}
		s.Backends = append(s.Backends[:p:p], s.Backends[p+1:]...)
		for i := p; i < uint64(len(s.Backends)); i++ {
			s.Backends[i].Block = n // moved up by one
		}
	case *bindings.RegistryPkiUpdated:
		s.Pki[v.Version] = PkiRow{CaCertificate: v.CaCertificate, SecretsPublicKey: v.SecretsPublicKey, KmsAttestation: v.KmsAttestation, Block: n}
	case *bindings.RegistryInstanceRegistered:
		r := v.Record
		row := InstanceRow{
			WorkloadID: r.WorkloadId, Operator: r.Operator, QuoteHash: r.QuoteHash, Status: r.Status,
			TcbStatus: r.TcbStatus, RegisteredAt: r.RegisteredAt, ExpiresAt: r.ExpiresAt, Label: r.Label,
			Pubkey: r.Pubkey, Block: n,
		}
		setEndpoints(&row, r.Endpoints)
		s.Instances[v.InstanceId] = row
	case *bindings.RegistryInstanceEndpointsUpdated:
		row, err := s.instance(v.InstanceId, ev.Name)
		if err != nil {
			return err
		}
		setEndpoints(&row, v.Endpoints)
		row.Block = n
		s.Instances[v.InstanceId] = row
	case *bindings.RegistryInstanceRevoked:
		return s.setStatus(v.InstanceId, ev.Name, StatusRevoked, nil, n)
	case *bindings.RegistryInstanceExpired:
		return s.setStatus(v.InstanceId, ev.Name, StatusExpired, nil, n)
	case *bindings.RegistryInstanceInvalidated:
		return s.setStatus(v.InstanceId, ev.Name, StatusInvalidated, v.Reason[:], n)
	case *bindings.ArtifactStoreArtifactStored:
		s.Artifacts[v.Hash] = ArtifactRow{Writer: v.Writer, Data: v.Data, Block: n}
	case *bindings.ArtifactStoreArtifactRemoved:
		if _, ok := s.Artifacts[v.Hash]; !ok {
			return fmt.Errorf("ArtifactRemoved for artifact %x that is not stored", v.Hash)
		}
		delete(s.Artifacts, v.Hash)
	case *bindings.DcapCollateralStoreIntermediateVerified:
		s.Intermediates[v.DerHash] = IntermediateRow{SubjectHash: v.SubjectHash, SerialNumber: new(big.Int).Set(v.SerialNumber), Block: n}
	case *bindings.DcapCollateralStoreCrlUpdated:
		s.Crls[v.IssuerSubjectHash] = CrlRow{ThisUpdate: v.ThisUpdate, NextUpdate: v.NextUpdate, Crl: v.Crl, Block: n}
	case *bindings.DcapCollateralStoreTcbInfoUpdated:
		s.TcbInfo[v.Fmspc] = CollateralDocRow{TcbEvaluationDataNumber: v.TcbEvaluationDataNumber, IssueDate: v.IssueDate, NextUpdate: v.NextUpdate, JSON: v.TcbInfo, Block: n}
	case *bindings.DcapCollateralStoreQeIdentityUpdated:
		s.QeIdentity = &CollateralDocRow{TcbEvaluationDataNumber: v.TcbEvaluationDataNumber, IssueDate: v.IssueDate, NextUpdate: v.NextUpdate, JSON: v.QeIdentity, Block: n}
	default:
		return fmt.Errorf("no state rule for event %s (%T)", ev.Name, ev.Value)
	}
	return nil
}

func (s *State) instance(id common.Hash, event string) (InstanceRow, error) {
	row, ok := s.Instances[id]
	if !ok {
		return row, fmt.Errorf("%s for instance %x that the mirror does not hold", event, id)
	}
	return row, nil
}

func (s *State) setStatus(id common.Hash, event string, status uint8, reason []byte, block uint64) error {
	row, err := s.instance(id, event)
	if err != nil {
		return err
	}
	row.Status, row.InvalidationReason, row.Block = status, reason, block
	s.Instances[id] = row
	return nil
}

func setEndpoints(row *InstanceRow, e bindings.IRegistryEndpoints) {
	row.IPv4 = make([]netip.Addr, len(e.Ipv4))
	for i, a := range e.Ipv4 {
		row.IPv4[i] = netip.AddrFrom4(a)
	}
	row.IPv6 = make([]netip.Addr, len(e.Ipv6))
	for i, a := range e.Ipv6 {
		row.IPv6[i] = netip.AddrFrom16(a)
	}
	row.Port = e.Port
}
