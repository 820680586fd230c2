package storage

import (
	"context"
	"errors"
	"fmt"
)

// OnchainURI is the one onchain URI: the ArtifactStore deployed with the
// registry, served by Options.Artifacts.
const OnchainURI = "onchain://artifacts"

type onchainBackend struct {
	src ArtifactSource
}

func openOnchain(rest string, o Options) (backend, error) {
	if "onchain://"+rest != OnchainURI {
		return nil, fmt.Errorf("the only onchain URI is %s", OnchainURI)
	}
	if o.Artifacts == nil {
		return nil, errors.New("onchain backend needs Options.Artifacts")
	}
	return &onchainBackend{src: o.Artifacts}, nil
}

func (b *onchainBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	data, err := b.src.Artifact(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("artifact store: %w", err)
	}
	return data, nil
}
