package kms

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
)

// NewHandler serves the KMS admin endpoints:
//
//	GET  /v1/kms/status  → 200 Status
//	POST /v1/kms/unseal  Submission JSON → 200 Status after acceptance, or
//	                     {"error": "…", "status": Status} with 400 (malformed
//	                     submission or bad signature), 403 (not a custodian,
//	                     or another custodian's share), 409 (stale nonce,
//	                     duplicate custodian, not sealed), 422 (forged share,
//	                     failed recovery), 502 (the custodian check failed), 500 (other)
//
// Submissions authenticate themselves (custodian signature over the current
// nonce); the status is public. Mount it on the registry's admin listener.
func NewHandler(k *KMS, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &handler{k: k, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/kms/status", h.status)
	mux.HandleFunc("POST /v1/kms/unseal", h.unseal)
	return mux
}

type handler struct {
	k   *KMS
	log *slog.Logger
}

type errorResponse struct {
	Error  string  `json:"error"`
	Status *Status `json:"status,omitempty"`
}

func (h *handler) status(w http.ResponseWriter, r *http.Request) {
	h.write(w, http.StatusOK, h.k.Status())
}

func (h *handler) unseal(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxSubmissionSize))
	defer clear(body)
	if err != nil {
		h.write(w, http.StatusRequestEntityTooLarge, errorResponse{Error: "kms: reading the submission: " + err.Error()})
		return
	}
	sub, err := ParseSubmission(body)
	if err != nil {
		h.write(w, http.StatusBadRequest, errorResponse{Error: err.Error()})
		return
	}
	defer clear(sub.Share)
	st, err := h.k.SubmitShare(r.Context(), sub)
	if err != nil {
		h.write(w, unsealErrorCode(err), errorResponse{Error: err.Error(), Status: &st})
		return
	}
	h.write(w, http.StatusOK, st)
}

func unsealErrorCode(err error) int {
	switch {
	case errors.Is(err, ErrMalformedShare), errors.Is(err, ErrBadSignature):
		return http.StatusBadRequest
	case errors.Is(err, ErrNotCustodian), errors.Is(err, ErrWrongShare):
		return http.StatusForbidden
	case errors.Is(err, ErrStaleNonce), errors.Is(err, ErrDuplicateCustodian), errors.Is(err, ErrNotSealed):
		return http.StatusConflict
	case errors.Is(err, ErrForgedShare), errors.Is(err, ErrRecoveryFailed):
		return http.StatusUnprocessableEntity
	case errors.Is(err, ErrCustodianLookup):
		return http.StatusBadGateway
	default:
		return http.StatusInternalServerError
	}
}

func (h *handler) write(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		h.log.Debug("Writing a KMS admin response failed", "err", err)
	}
}
