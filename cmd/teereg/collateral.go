package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/dcap"
)

func collateralCommand() *cli.Command {
	return &cli.Command{
		Name:  "collateral",
		Usage: "manage the DCAP collateral held on chain",
		Subcommands: []*cli.Command{
			collateralPushCommand(),
		},
	}
}

func collateralPushCommand() *cli.Command {
	return &cli.Command{
		Name:      "push",
		Usage:     "upload a collateral file to a DcapCollateralStore",
		UsageText: "teereg collateral push --collateral FILE --rpc-url URL --collateral-store ADDRESS (--private-key HEX | --keystore FILE) [--json]",
		Description: `Sends one transaction per piece of collateral, each mined before the next:
the root CA CRL, the PCK CRL (with its issuing CA), the TCB info and the QE
identity. The store verifies each against its pinned root and keeps only
newer collateral; a piece the store provably already holds in the same or a
newer version is skipped, not sent. Prints each step's transaction hash and
gas. A failing step is reported with the contract's decoded error, e.g.
"upload TCB info: CollateralNotValidNow(1750329147, 1752921147)".

The signer is --private-key (hex; better passed as TEEREG_PRIVATE_KEY than on
the command line) or an encrypted --keystore file whose password is read from
--password-file or TEEREG_KEYSTORE_PASSWORD. Anyone may upload collateral.

Example:
   TEEREG_PRIVATE_KEY=... teereg collateral push --collateral collateral.json \
       --rpc-url http://127.0.0.1:8545 --collateral-store 0x5FbDB2315678afecb367f032d93F642f64180aa3`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "collateral", Required: true, EnvVars: []string{"TEEREG_COLLATERAL"}, Usage: "collateral FILE (teereg's collateral JSON)"},
			&cli.StringFlag{Name: "rpc-url", Aliases: []string{"rpc"}, Required: true, EnvVars: []string{"TEEREG_RPC_URL"}, Usage: "JSON-RPC URL of the chain"},
			&cli.StringFlag{Name: "collateral-store", Aliases: []string{"store"}, Required: true, EnvVars: []string{"TEEREG_COLLATERAL_STORE"}, Usage: "DcapCollateralStore ADDRESS"},
			&cli.StringFlag{Name: "private-key", EnvVars: []string{"TEEREG_PRIVATE_KEY"}, Usage: "signer's private key, HEX"},
			&cli.StringFlag{Name: "keystore", EnvVars: []string{"TEEREG_KEYSTORE"}, Usage: "signer's encrypted keystore FILE"},
			&cli.StringFlag{Name: "password-file", EnvVars: []string{"TEEREG_KEYSTORE_PASSWORD_FILE"}, Usage: "FILE holding the keystore password (else TEEREG_KEYSTORE_PASSWORD)"},
			&cli.BoolFlag{Name: "json", EnvVars: []string{"TEEREG_JSON"}, Usage: "print JSON"},
		},
		Action: runCollateralPush,
	}
}

func runCollateralPush(c *cli.Context) error {
	ctx := c.Context
	coll, err := collateral.Load(c.String("collateral"))
	if err != nil {
		return fmt.Errorf("collateral push: %w", err)
	}
	if !common.IsHexAddress(c.String("collateral-store")) {
		return fmt.Errorf("collateral push: --collateral-store %q is not an address", c.String("collateral-store"))
	}
	store := common.HexToAddress(c.String("collateral-store"))
	key, err := signerKey(c)
	if err != nil {
		return fmt.Errorf("collateral push: %w", err)
	}
	client, err := ethclient.DialContext(ctx, c.String("rpc-url"))
	if err != nil {
		return fmt.Errorf("collateral push: connect to %s: %w", c.String("rpc-url"), err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("collateral push: chain id of %s: %w", c.String("rpc-url"), err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	if err != nil {
		return fmt.Errorf("collateral push: signer: %w", err)
	}
	log := slog.Default().With("store", store, "chainId", chainID)
	ups, pushErr := dcap.PushCollateralWithLogger(ctx, client, auth, store, coll, log)

	out := c.App.Writer
	if c.Bool("json") {
		doc := struct {
			Store   common.Address `json:"store"`
			ChainID uint64         `json:"chainId"`
			From    common.Address `json:"from"`
			Steps   []dcap.Upload  `json:"steps"`
			Error   string         `json:"error,omitempty"`
		}{store, chainID.Uint64(), auth.From, ups, ""}
		if doc.Steps == nil {
			doc.Steps = []dcap.Upload{}
		}
		if pushErr != nil {
			doc.Error = pushErr.Error()
		}
		if err := writeJSON(out, doc); err != nil {
			return fmt.Errorf("collateral push: %w", err)
		}
	} else {
		w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, u := range ups {
			if u.Skipped {
				fmt.Fprintf(w, "%s\tskipped: %s\n", u.Step, u.Reason)
				continue
			}
			fmt.Fprintf(w, "%s\ttx %s\tblock %d\tgas %d\n", u.Step, u.TxHash.Hex(), u.Block, u.GasUsed)
		}
		w.Flush()
	}
	if pushErr != nil {
		return fmt.Errorf("collateral push: %w", pushErr)
	}
	return nil
}

// signerKey loads the key from --private-key, --private-key-file (on the
// commands that have it) or --keystore (exactly one).
func signerKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	hexKey, keyFile, ks := c.String("private-key"), c.String("private-key-file"), c.String("keystore")
	given := 0
	for _, s := range []string{hexKey, keyFile, ks} {
		if s != "" {
			given++
		}
	}
	switch {
	case given > 1 && keyFile == "":
		return nil, errors.New("give either --private-key or --keystore, not both")
	case given > 1:
		return nil, errors.New("give one of --private-key, --private-key-file and --keystore")
	case keyFile != "":
		b, err := os.ReadFile(keyFile)
		if err != nil {
			return nil, fmt.Errorf("--private-key-file: %w", err)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
		if err != nil {
			return nil, fmt.Errorf("--private-key-file %s: %w", keyFile, err)
		}
		return key, nil
	case hexKey != "":
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
		if err != nil {
			return nil, fmt.Errorf("--private-key: %w", err)
		}
		return key, nil
	case ks != "":
		blob, err := os.ReadFile(ks)
		if err != nil {
			return nil, fmt.Errorf("--keystore: %w", err)
		}
		password, ok := os.LookupEnv("TEEREG_KEYSTORE_PASSWORD")
		if f := c.String("password-file"); f != "" {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("--password-file: %w", err)
			}
			password, ok = strings.TrimRight(string(b), "\r\n"), true
		}
		if !ok {
			return nil, errors.New("--keystore needs a password: --password-file or TEEREG_KEYSTORE_PASSWORD")
		}
		k, err := keystore.DecryptKey(blob, password)
		if err != nil {
			return nil, fmt.Errorf("--keystore %s: %w", ks, err)
		}
		return k.PrivateKey, nil
	}
	if hasFlag(c, "private-key-file") {
		return nil, fmt.Errorf("%w: give --private-key (or TEEREG_PRIVATE_KEY), --private-key-file or --keystore", errNoSigner)
	}
	return nil, fmt.Errorf("%w: give --private-key (or TEEREG_PRIVATE_KEY) or --keystore", errNoSigner)
}

// errNoSigner is signerKey's error when no key flag is given.
var errNoSigner = errors.New("no signer")

// hasFlag reports whether c's command defines the flag name.
func hasFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		if slices.Contains(f.Names(), name) {
			return true
		}
	}
	return false
}
