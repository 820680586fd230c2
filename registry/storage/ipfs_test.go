package storage

import (
	"crypto/sha256"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	offline "github.com/ipfs/boxo/exchange/offline"
	"github.com/ipfs/boxo/gateway"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	"github.com/prometheus/client_golang/prometheus"
)

// boxoGateway is a trustless IPFS gateway (boxo/gateway, the library behind
// kubo's and rainbow's gateways) over an in-memory blockstore, served on
// 127.0.0.1 for the test.
type boxoGateway struct {
	bs blockstore.Blockstore
}

func startBoxoGateway(t testing.TB, tls bool) (*boxoGateway, *httptest.Server) {
	t.Helper()
	bs := blockstore.NewBlockstore(dssync.MutexWrap(datastore.NewMapDatastore()))
	backend, err := gateway.NewBlocksBackend(blockservice.New(bs, offline.Exchange(bs)))
	if err != nil {
		t.Fatal(err)
	}
	handler := gateway.NewHandler(gateway.Config{
		DeserializedResponses: false, // trustless: raw blocks and CARs only
		DisableHTMLErrors:     true,
		MetricsRegistry:       prometheus.NewRegistry(),
	}, backend)
	mux := http.NewServeMux()
	mux.Handle("/ipfs/", handler)
	if tls {
		return &boxoGateway{bs: bs}, startTLS(t, mux)
	}
	return &boxoGateway{bs: bs}, startPlain(t, mux)
}

// add stores data as a raw block, as `ipfs block put --cid-codec raw
// --mhtype sha2-256` does, and returns its CID.
func (g *boxoGateway) add(t testing.TB, data []byte) cid.Cid {
	t.Helper()
	c, err := cid.Prefix{Version: 1, Codec: cid.Raw, MhType: 0x12, MhLength: -1}.Sum(data)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.bs.Put(t.Context(), blk); err != nil {
		t.Fatal(err)
	}
	return c
}

// corrupt stores data under c without checking, like a gateway whose disk
// or operator lies.
func (g *boxoGateway) corrupt(t testing.TB, c cid.Cid, data []byte) {
	t.Helper()
	blk, err := blocks.NewBlockWithCid(data, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := g.bs.Put(t.Context(), blk); err != nil {
		t.Fatal(err)
	}
}

func TestCID(t *testing.T) {
	// The CID IPFS gives the empty raw block (e.g. `ipfs block put
	// --cid-codec raw` of an empty file).
	const empty = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	if got := CID(sha256.Sum256(nil)).String(); got != empty {
		t.Fatalf("CID(sha256(\"\")) = %s, want %s", got, empty)
	}
	blob := testBlob(300, "cid")
	c := CID(sha256.Sum256(blob))
	sum, err := c.Prefix().Sum(blob)
	if err != nil || !sum.Equals(c) || c.Type() != cid.Raw || c.Version() != 1 {
		t.Fatalf("CID %s: prefix %+v does not reproduce it from the blob (%v)", c, c.Prefix(), err)
	}
}

func TestIPFSBackend(t *testing.T) {
	gw, ts := startBoxoGateway(t, true)
	blob := testBlob(100_000, "ipfs")
	hash := sha256.Sum256(blob)
	if c := gw.add(t, blob); !c.Equals(CID(hash)) {
		t.Fatalf("gateway stored %s, backend will ask for %s", c, CID(hash))
	}
	opts := testOptions(t, ts)
	uri := "ipfs://" + hostOf(ts)

	got, err := fetch(t, uri, opts, hash)
	if err != nil || string(got) != string(blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}

	t.Run("plain http to a loopback gateway", func(t *testing.T) {
		gw, ts := startBoxoGateway(t, false)
		gw.add(t, blob)
		got, err := fetch(t, "ipfs://"+hostOf(ts)+"?tls=false", opts, hash)
		if err != nil || string(got) != string(blob) {
			t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
		}
	})
	t.Run("not in the gateway", func(t *testing.T) {
		h := sha256.Sum256([]byte("absent"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, CID(h).String(), "status 404")
	})
	t.Run("gateway serves a corrupted block", func(t *testing.T) {
		want := []byte("the configuration")
		h := sha256.Sum256(want)
		gw.corrupt(t, CID(h), []byte("a different configuration"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
		mustContain(t, err, CID(h).String(), "gateway returned a block")
	})
	t.Run("block too large", func(t *testing.T) {
		o := opts
		o.MaxSize = int64(len(blob) - 1)
		_, err := fetch(t, uri, o, hash)
		mustErrIs(t, err, ErrTooLarge)
	})
	t.Run("request is a trustless raw block request", func(t *testing.T) {
		srv := newBlobServer()
		ts := startTLS(t, srv)
		srv.set("/gw/ipfs/"+CID(hash).String(), blob)
		if _, err := fetch(t, "ipfs://"+hostOf(ts)+"/gw", opts, hash); err != nil {
			t.Fatal(err)
		}
		r := srv.last()
		if r.URL.Query().Get("format") != "raw" || r.Header.Get("Accept") != "application/vnd.ipld.raw" {
			t.Fatalf("request %s with Accept %q", r.URL, r.Header.Get("Accept"))
		}
	})
}
