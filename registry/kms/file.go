package kms

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
)

// KeyFileMode is the permission a key file is created with. ReadKeyFile
// refuses a file that grants anything to the group or others.
const KeyFileMode fs.FileMode = 0o600

// ErrKeyFilePermissions is wrapped by ReadKeyFile for a key file that group
// or others may access.
var ErrKeyFilePermissions = errors.New("key file permissions too wide")

// ReadKeyFile reads a key file (see Keys.MarshalPEM). The file must be a
// regular file without group or other permission bits (0600 or stricter).
func ReadKeyFile(path string) (*Keys, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("kms: opening the key file: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("kms: key file %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("kms: key file %s is not a regular file (%v)", path, fi.Mode().Type())
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("kms: key file %s: %w: mode %04o, want 0600 or stricter (chmod 600 %s)", path, ErrKeyFilePermissions, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxKeyFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("kms: reading the key file %s: %w", path, err)
	}
	defer clear(data)
	keys, err := ParseKeys(data)
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return keys, nil
}

// WriteKeyFile writes keys to a new file at path with mode 0600. It never
// replaces an existing file (the error wraps fs.ErrExist): the file appears
// complete or not at all, written to a temporary file in the same directory
// and linked into place.
func WriteKeyFile(path string, keys *Keys) (err error) {
	data, err := keys.MarshalPEM()
	if err != nil {
		return err
	}
	defer clear(data)
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("kms: creating the key file: %w", err)
	}
	defer func() {
		tmp.Close()
		if rmErr := os.Remove(tmp.Name()); rmErr != nil && err == nil {
			err = fmt.Errorf("kms: removing the temporary key file: %w", rmErr)
		}
	}()
	if err := tmp.Chmod(KeyFileMode); err != nil {
		return fmt.Errorf("kms: setting the key file's permissions: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("kms: writing the key file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("kms: syncing the key file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("kms: closing the key file: %w", err)
	}
	// Link, unlike rename, fails when path exists: two processes creating
	// the file at once cannot both win.
	if err := os.Link(tmp.Name(), path); err != nil {
		return fmt.Errorf("kms: putting the key file in place: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		syncErr := d.Sync()
		d.Close()
		if syncErr != nil {
			return fmt.Errorf("kms: syncing the key file's directory: %w", syncErr)
		}
	} else {
		return fmt.Errorf("kms: opening the key file's directory: %w", err)
	}
	return nil
}

// LoadOrCreateKeyFile is file mode's bootstrap (devnet): it reads the key
// file at path, or, when there is no file, generates a key set (default
// CAConfig) and writes it there with mode 0600. Any other failure to read
// the file (permissions, corruption) is an error, never a reason to make
// new keys. created reports whether the keys are new; their PKI must then
// be published on chain.
func LoadOrCreateKeyFile(path string, log *slog.Logger) (keys *Keys, created bool, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	keys, err = ReadKeyFile(path)
	if err == nil {
		log.Info("KMS keys loaded", "file", path)
		return keys, false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	keys, err = GenerateKeys()
	if err != nil {
		return nil, false, err
	}
	err = WriteKeyFile(path, keys)
	if errors.Is(err, fs.ErrExist) {
		// Someone else created it meanwhile: theirs wins.
		keys, err = ReadKeyFile(path)
		return keys, false, err
	}
	if err != nil {
		return nil, false, err
	}
	log.Info("KMS keys generated", "file", path)
	return keys, true, nil
}
