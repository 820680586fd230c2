//go:build !unix

package storage

const oNonblock = 0
