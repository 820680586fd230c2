//go:build unix

package storage

import "syscall"

const oNonblock = syscall.O_NONBLOCK
