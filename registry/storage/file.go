package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// fileBackend reads <dir>/<hex sha256> from the local file system.
type fileBackend struct {
	dir     string
	maxSize int64
}

// openFile parses file:///<absolute dir>.
func openFile(rest string, o Options) (backend, error) {
	if !strings.HasPrefix(rest, "/") {
		return nil, errors.New(`want file:///<absolute directory> (an empty host and an absolute path)`)
	}
	l, err := parseLocation(rest, false)
	if err != nil {
		return nil, err
	}
	if l.query != nil {
		return nil, errors.New("file URIs take no query")
	}
	return &fileBackend{dir: "/" + strings.Join(l.segments, "/"), maxSize: o.MaxSize}, nil
}

func (b *fileBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// os.Root keeps the lookup inside dir, symbolic links included.
	root, err := os.OpenRoot(b.dir)
	if err != nil {
		return nil, fmt.Errorf("open directory %s: %w", b.dir, err)
	}
	defer root.Close()
	name := hexHash(hash)
	// O_NONBLOCK: opening a FIFO planted under the hash's name must not hang.
	f, err := root.OpenFile(name, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s/%s: %w", b.dir, name, ErrNotFound)
		}
		return nil, fmt.Errorf("open %s/%s: %w", b.dir, name, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat %s/%s: %w", b.dir, name, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s/%s is not a regular file (%s)", b.dir, name, st.Mode().Type())
	}
	if st.Size() > b.maxSize {
		return nil, fmt.Errorf("%s/%s: %d bytes: %w (%d bytes)", b.dir, name, st.Size(), ErrTooLarge, b.maxSize)
	}
	data, err := readAtMost(f, b.maxSize)
	if err != nil {
		return nil, fmt.Errorf("read %s/%s: %w", b.dir, name, err)
	}
	return data, nil
}
