package agent

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/bindings"
)

// DecodeRevert names the Registry custom error in a failed call's revert
// data (for example "QuoteRejected(0x…)"), or returns err unchanged.
func DecodeRevert(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err
	}
	for _, md := range []interface{ GetAbi() (*abi.ABI, error) }{bindings.RegistryMetaData, bindings.DcapQuoteVerifierMetaData} {
		a, aerr := md.GetAbi()
		if aerr != nil {
			continue
		}
		for _, e := range a.Errors {
			if string(e.ID[:4]) != string(data[:4]) {
				continue
			}
			args, uerr := e.Inputs.Unpack(data[4:])
			if uerr != nil {
				return fmt.Errorf("%s (undecodable arguments): %w", e.Name, err)
			}
			parts := make([]string, len(args))
			for i, v := range args {
				parts[i] = fmt.Sprint(v)
				if b, ok := v.([32]byte); ok {
					parts[i] = strings.TrimRight(string(b[:]), "\x00")
					if !isPrint(parts[i]) {
						parts[i] = hexutil.Encode(b[:])
					}
				}
			}
			return fmt.Errorf("reverted with %s(%s): %w", e.Name, strings.Join(parts, ", "), err)
		}
	}
	return err
}

func isPrint(s string) bool {
	for _, r := range s {
		if r < 0x20 || r > 0x7e {
			return false
		}
	}
	return s != ""
}
