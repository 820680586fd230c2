package storage

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/s3utils"
)

// s3Backend GETs the object <prefix>/<hex sha256> from a bucket of any
// S3-compatible service.
type s3Backend struct {
	client   *minio.Client
	endpoint string
	bucket   string
	prefix   string
	maxSize  int64
}

// openS3 parses s3://bucket[/prefix][?endpoint=host[:port]&region=R&tls=false].
func openS3(rest string, o Options) (backend, error) {
	l, err := parseLocation(rest, true, "endpoint", "region", "tls")
	if err != nil {
		return nil, err
	}
	if l.port != "" {
		return nil, errors.New("a bucket name has no port; put host:port in ?endpoint=")
	}
	if err := s3utils.CheckValidBucketNameStrict(l.host); err != nil {
		return nil, fmt.Errorf("bucket %q: %w", l.host, err)
	}
	endpoint := DefaultS3Endpoint
	ep := location{}
	if e, ok := l.query["endpoint"]; ok {
		h, p, err := splitHostPort(e)
		if err != nil {
			return nil, fmt.Errorf("endpoint: %w", err)
		}
		ep = location{host: h, port: p, query: l.query}
		endpoint = ep.hostPort()
	} else {
		ep = location{host: DefaultS3Endpoint, query: l.query}
	}
	plain, err := plaintext(ep)
	if err != nil {
		return nil, err
	}
	region := l.query["region"]
	creds := credentials.NewStaticV4(o.Credentials.S3AccessKeyID, o.Credentials.S3SecretAccessKey, o.Credentials.S3SessionToken)
	transport := o.HTTPClient.Transport
	if transport == nil {
		transport = http.DefaultTransport
	}
	client, err := minio.New(endpoint, &minio.Options{
		Creds:      creds,
		Secure:     !plain,
		Transport:  transport,
		Region:     region,
		MaxRetries: 1, // the Resolver moves on to the next backend instead
	})
	if err != nil {
		return nil, fmt.Errorf("s3 client for %s: %w", endpoint, err)
	}
	return &s3Backend{
		client:   client,
		endpoint: endpoint,
		bucket:   l.host,
		prefix:   strings.Join(l.segments, "/"),
		maxSize:  o.MaxSize,
	}, nil
}

func (b *s3Backend) key(hash [32]byte) string {
	if b.prefix == "" {
		return hexHash(hash)
	}
	return b.prefix + "/" + hexHash(hash)
}

func (b *s3Backend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	key := b.key(hash)
	where := fmt.Sprintf("s3 %s bucket %s key %s", b.endpoint, b.bucket, key)
	obj, err := b.client.GetObject(ctx, b.bucket, key, minio.GetObjectOptions{})
	if err != nil {
		return nil, s3Error(where, err)
	}
	defer obj.Close()
	// The first Read sends the GET (obj.Stat would send a HEAD, whose error
	// responses have no body to tell NoSuchKey from NoSuchBucket).
	data, err := readAtMost(obj, b.maxSize)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("%s: object of %w", where, err)
		}
		return nil, s3Error(where, err)
	}
	return data, nil
}

// s3Error maps NoSuchKey (and a bare 404) to ErrNotFound.
func s3Error(where string, err error) error {
	var er minio.ErrorResponse
	if errors.As(err, &er) {
		if er.Code == minio.NoSuchKey || (er.Code == "" && er.StatusCode == http.StatusNotFound) {
			return fmt.Errorf("%s: %w (%s)", where, ErrNotFound, er.Code)
		}
		return fmt.Errorf("%s: status %d %s: %w", where, er.StatusCode, er.Code, err)
	}
	return fmt.Errorf("%s: %w", where, err)
}
