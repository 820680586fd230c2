package storage

import (
	"bytes"
	"crypto/sha256"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

const (
	testS3Key    = "AKIATEEREGTEST"
	testS3Secret = "teereg-test-secret"
)

// fakeS3 is gofakes3 (an in-process S3 implementation) on 127.0.0.1. It does
// not check signatures, so a middleware checks that each request is SigV4
// signed with the test key and records the authorization headers.
type fakeS3 struct {
	ts     *httptest.Server
	admin  *minio.Client // writes objects through the S3 API
	mu     sync.Mutex
	auths  []string
	region string
}

func startFakeS3(t testing.TB, tls bool) *fakeS3 {
	t.Helper()
	f := &fakeS3{region: "us-east-1"}
	s3 := gofakes3.New(s3mem.New()).Server()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		f.mu.Lock()
		f.auths = append(f.auths, auth)
		f.mu.Unlock()
		if !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential="+testS3Key+"/") {
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`))
			return
		}
		s3.ServeHTTP(w, r)
	})
	if tls {
		f.ts = startTLS(t, h)
	} else {
		f.ts = startPlain(t, h)
	}
	var err error
	f.admin, err = minio.New(hostOf(f.ts), &minio.Options{
		Creds:     credentials.NewStaticV4(testS3Key, testS3Secret, ""),
		Secure:    tls,
		Transport: f.ts.Client().Transport,
		Region:    f.region,
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fakeS3) put(t testing.TB, bucket, key string, data []byte) {
	t.Helper()
	ctx := t.Context()
	if ok, _ := f.admin.BucketExists(ctx, bucket); !ok {
		if err := f.admin.MakeBucket(ctx, bucket, minio.MakeBucketOptions{Region: f.region}); err != nil {
			t.Fatalf("make bucket %s: %v", bucket, err)
		}
	}
	if _, err := f.admin.PutObject(ctx, bucket, key, bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{}); err != nil {
		t.Fatalf("put %s/%s: %v", bucket, key, err)
	}
}

func (f *fakeS3) uri(bucketAndPrefix string, plain bool) string {
	u := "s3://" + bucketAndPrefix + "?endpoint=" + hostOf(f.ts) + "&region=" + f.region
	if plain {
		u += "&tls=false"
	}
	return u
}

func s3Options(t testing.TB, f *fakeS3) Options {
	o := testOptions(t, f.ts)
	o.Credentials = Credentials{S3AccessKeyID: testS3Key, S3SecretAccessKey: testS3Secret}
	return o
}

func TestS3Backend(t *testing.T) {
	s3 := startFakeS3(t, true)
	blob := testBlob(70_000, "s3")
	hash := sha256.Sum256(blob)
	s3.put(t, "teereg-configs", "prod/v1/"+hexHash(hash), blob)
	opts := s3Options(t, s3)
	uri := s3.uri("teereg-configs/prod/v1", false)

	got, err := fetch(t, uri, opts, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}

	t.Run("plain http to a loopback endpoint", func(t *testing.T) {
		s3 := startFakeS3(t, false)
		s3.put(t, "plain", hexHash(hash), blob)
		got, err := fetch(t, s3.uri("plain", true), s3Options(t, s3), hash)
		if err != nil || !bytes.Equal(got, blob) {
			t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
		}
	})
	t.Run("not found", func(t *testing.T) {
		_, err := fetch(t, uri, opts, sha256.Sum256([]byte("absent")))
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, "NoSuchKey", "teereg-configs", "prod/v1/")
	})
	t.Run("no such bucket", func(t *testing.T) {
		_, err := fetch(t, s3.uri("no-such-bucket", false), opts, hash)
		mustContain(t, err, "NoSuchBucket")
	})
	t.Run("wrong credentials", func(t *testing.T) {
		o := opts
		o.Credentials.S3AccessKeyID = "AKIAWRONG"
		_, err := fetch(t, uri, o, hash)
		mustContain(t, err, "AccessDenied", "status 403")
	})
	t.Run("tampered object", func(t *testing.T) {
		h := sha256.Sum256([]byte("the real one"))
		s3.put(t, "teereg-configs", "prod/v1/"+hexHash(h), []byte("a replaced one"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
	})
	t.Run("too large", func(t *testing.T) {
		o := opts
		o.MaxSize = int64(len(blob) - 1)
		_, err := fetch(t, uri, o, hash)
		mustErrIs(t, err, ErrTooLarge)
		mustContain(t, err, "object of more than 69999 bytes")
	})
	t.Run("garbage S3 responses", func(t *testing.T) {
		for _, c := range []struct {
			status int
			body   string
			want   string
		}{
			{500, "<<<not xml", "status 500"},
			{503, `<?xml version="1.0"?><Error><Code>SlowDown</Code><Message>Reduce your request rate</Message></Error>`, "SlowDown"},
			{404, "", "blob not found"},
		} {
			ts := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(c.status)
				w.Write([]byte(c.body))
			}))
			_, err := fetch(t, "s3://bucket?endpoint="+hostOf(ts)+"&region=us-east-1", testOptions(t, ts), hash)
			mustContain(t, err, c.want)
		}
	})
}
