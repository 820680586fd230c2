package dnsd

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/miekg/dns"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// udpSocketBuffer is the requested size of the UDP socket buffers.
const udpSocketBuffer = 4 << 20

// Server is the authoritative DNS server. New binds its sockets; Run serves
// until its context is done.
type Server struct {
	cfg     Config
	params  zoneParams
	log     *slog.Logger
	reg     *prometheus.Registry
	h       *handler
	m       *metrics
	udp     *net.UDPConn
	tcp     *net.TCPListener
	metrics net.Listener

	// reloaded is signalled (non-blocking) after every successful reload;
	// the NOTIFY sender waits on it.
	notifyKick chan struct{}

	mu    sync.Mutex
	conns map[net.Conn]struct{}
}

// New checks cfg, registers the metrics in reg and binds the UDP and TCP
// sockets (and the metrics listener) so that a port in use is reported here.
// Nothing is served and the database is not contacted before Run.
func New(cfg Config, log *slog.Logger, reg *prometheus.Registry) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, params: paramsFrom(cfg), log: log, reg: reg, conns: map[net.Conn]struct{}{},
		notifyKick: make(chan struct{}, 1)}
	s.h = &handler{udpSize: cfg.UDPSize, axfr: cfg.AXFRAllow}
	s.m = newMetrics(reg, s.h.snap.Load)
	s.h.m = s.m
	if cfg.RRLRate > 0 {
		s.h.rrl = newRateLimiter(cfg.RRLRate, cfg.RRLSlip)
	}
	if err := s.bind(); err != nil {
		s.closeListeners()
		return nil, err
	}
	return s, nil
}

// bind opens TCP first and then UDP on the same port, which for port 0 is
// the one the kernel chose for TCP.
func (s *Server) bind() error {
	tl, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("dnsd: listen on TCP %s: %w", s.cfg.Listen, err)
	}
	s.tcp = tl.(*net.TCPListener)
	uaddr := s.tcp.Addr().(*net.TCPAddr)
	uc, err := net.ListenUDP("udp", &net.UDPAddr{IP: uaddr.IP, Port: uaddr.Port, Zone: uaddr.Zone})
	if err != nil {
		return fmt.Errorf("dnsd: listen on UDP %s: %w", uaddr, err)
	}
	s.udp = uc
	// A deep receive buffer rides out scheduling hiccups under load instead
	// of dropping queries (capped by net.core.rmem_max).
	if err := uc.SetReadBuffer(udpSocketBuffer); err != nil {
		s.log.Warn("dnsd: cannot size the UDP receive buffer", "err", err)
	}
	if err := uc.SetWriteBuffer(udpSocketBuffer); err != nil {
		s.log.Warn("dnsd: cannot size the UDP send buffer", "err", err)
	}
	if s.cfg.MetricsListen != "" {
		ml, err := net.Listen("tcp", s.cfg.MetricsListen)
		if err != nil {
			return fmt.Errorf("dnsd: listen for metrics on %s: %w", s.cfg.MetricsListen, err)
		}
		s.metrics = ml
	}
	return nil
}

func (s *Server) closeListeners() {
	if s.tcp != nil {
		s.tcp.Close()
	}
	if s.udp != nil {
		s.udp.Close()
	}
	if s.metrics != nil {
		s.metrics.Close()
	}
}

// Addr is the address DNS is served on (UDP and TCP).
func (s *Server) Addr() netip.AddrPort {
	return s.tcp.Addr().(*net.TCPAddr).AddrPort()
}

// MetricsAddr is the address of the metrics endpoint, if enabled.
func (s *Server) MetricsAddr() net.Addr {
	if s.metrics == nil {
		return nil
	}
	return s.metrics.Addr()
}

// Snapshot returns the snapshot being served, nil before the first load.
func (s *Server) Snapshot() *Snapshot { return s.h.snap.Load() }

// Run serves DNS, follows the database and sends NOTIFYs until ctx is done,
// then closes the sockets and waits for in-flight work to finish.
func (s *Server) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.log.Info("dnsd: serving", "zone", s.cfg.Zone, "addr", s.Addr().String(), "metrics", s.cfg.MetricsListen)

	var wg sync.WaitGroup
	workers := s.cfg.UDPWorkers
	if workers <= 0 {
		workers = 2 * runtime.GOMAXPROCS(0)
	}
	for range workers {
		wg.Go(s.serveUDP)
	}
	wg.Go(s.serveTCP)
	wg.Go(func() { s.watch(ctx) })
	if len(s.cfg.Notify) > 0 {
		wg.Go(func() { s.notifyLoop(ctx) })
	}
	var srv *http.Server
	if s.metrics != nil {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
		srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		wg.Go(func() {
			if err := srv.Serve(s.metrics); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("dnsd: metrics server failed", "err", err)
			}
		})
	}

	<-ctx.Done()
	s.log.Info("dnsd: shutting down")
	s.udp.Close()
	s.tcp.Close()
	if srv != nil {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		srv.Shutdown(sctx) //nolint:errcheck // closing anyway
		scancel()
	}
	// Finish the query being answered on each connection, then close.
	s.mu.Lock()
	for c := range s.conns {
		c.SetReadDeadline(time.Now()) //nolint:errcheck // closed below if this fails
	}
	s.mu.Unlock()
	wg.Wait()
	return nil
}

func (s *Server) serveUDP() {
	in := make([]byte, 65535)
	out := make([]byte, 0, 65535)
	for {
		n, from, err := s.udp.ReadFromUDPAddrPort(in)
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			s.log.Debug("dnsd: UDP read", "err", err)
			continue
		}
		resp, act, _ := s.h.answer(out, in[:n], from.Addr(), udp)
		if act != sendResponse {
			continue
		}
		if _, err := s.udp.WriteToUDPAddrPort(resp, from); err != nil && !errors.Is(err, net.ErrClosed) {
			s.log.Debug("dnsd: UDP write", "to", from.String(), "err", err)
		}
	}
}

func (s *Server) serveTCP() {
	var wg sync.WaitGroup
	defer wg.Wait()
	sem := make(chan struct{}, s.cfg.TCPMaxConns)
	for {
		c, err := s.tcp.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
				s.log.Warn("dnsd: TCP accept: out of file descriptors", "err", err)
				time.Sleep(100 * time.Millisecond)
			}
			continue
		}
		select {
		case sem <- struct{}{}:
		default:
			s.m.tcpRefused.Inc()
			c.Close()
			continue
		}
		s.mu.Lock()
		s.conns[c] = struct{}{}
		s.mu.Unlock()
		s.m.tcpConns.Inc()
		wg.Go(func() {
			defer func() {
				c.Close()
				s.mu.Lock()
				delete(s.conns, c)
				s.mu.Unlock()
				s.m.tcpConns.Dec()
				<-sem
			}()
			s.serveConn(c)
		})
	}
}

// serveConn answers the queries of one TCP connection in order (RFC 7766
// pipelining; dnsd answers each before reading the next) until the client
// closes it or is idle for TCPIdleTimeout.
func (s *Server) serveConn(c net.Conn) {
	from := c.RemoteAddr().(*net.TCPAddr).AddrPort().Addr()
	in := make([]byte, 65535)
	out := make([]byte, 2, 65535+2)
	for {
		c.SetReadDeadline(time.Now().Add(s.cfg.TCPIdleTimeout)) //nolint:errcheck // a dead conn fails the read
		if _, err := io.ReadFull(c, in[:2]); err != nil {
			return
		}
		n := int(binary.BigEndian.Uint16(in))
		if _, err := io.ReadFull(c, in[:n]); err != nil {
			return
		}
		resp, act, q := s.h.answer(out[2:], in[:n], from, tcp)
		c.SetWriteDeadline(time.Now().Add(s.cfg.TCPIdleTimeout)) //nolint:errcheck // a dead conn fails the write
		switch act {
		case dropRequest:
			return
		case startTransfer:
			if err := s.transferZone(c, in[:n], q, from); err != nil {
				s.log.Warn("dnsd: zone transfer failed", "client", from.String(), "err", err)
				return
			}
			continue
		}
		msg := out[:2+len(resp)]
		if &msg[2] != &resp[0] {
			msg = append(out[:2], resp...) // resp was reallocated (cannot happen: cap 65535)
		}
		binary.BigEndian.PutUint16(msg, uint16(len(resp)))
		if _, err := c.Write(msg); err != nil {
			return
		}
	}
}

// transferZone streams the zone (AXFR, RFC 5936): SOA, every record, SOA,
// in messages of about 16 KiB. An IXFR is answered the same way, which RFC
// 1995 4 allows when no increment is kept.
func (s *Server) transferZone(c net.Conn, req []byte, q *query, from netip.Addr) error {
	snap := s.h.snap.Load()
	qname, _, err := dns.UnpackDomainName(req, headerLen)
	if err != nil {
		return fmt.Errorf("transfer: question name: %w", err)
	}
	recs := snap.Records()
	all := make([]dns.RR, 0, len(recs)+1)
	all = append(all, recs...)
	all = append(all, recs[0]) // the SOA again ends the transfer
	const chunk = 16 << 10
	first := true
	for len(all) > 0 {
		m := &dns.Msg{MsgHdr: dns.MsgHdr{Id: q.id, Response: true, Authoritative: true, Opcode: dns.OpcodeQuery}, Compress: true}
		if first {
			m.Question = []dns.Question{{Name: qname, Qtype: q.qtype, Qclass: q.qclass}}
		}
		size := 0
		for len(all) > 0 && (len(m.Answer) == 0 || size+dns.Len(all[0]) < chunk) {
			size += dns.Len(all[0])
			m.Answer = append(m.Answer, all[0])
			all = all[1:]
		}
		if q.edns {
			m.SetEdns0(uint16(s.cfg.UDPSize), q.do)
		}
		wire, err := m.Pack()
		if err != nil {
			s.m.transfer("error")
			return fmt.Errorf("transfer: pack message: %w", err)
		}
		buf := make([]byte, 2+len(wire))
		binary.BigEndian.PutUint16(buf, uint16(len(wire)))
		copy(buf[2:], wire)
		c.SetWriteDeadline(time.Now().Add(s.cfg.TCPIdleTimeout)) //nolint:errcheck // a dead conn fails the write
		if _, err := c.Write(buf); err != nil {
			s.m.transfer("error")
			return fmt.Errorf("transfer: write: %w", err)
		}
		first = false
	}
	s.m.transfer("ok")
	s.m.count(q.qtype, rcodeNoError, tcp)
	s.log.Info("dnsd: zone transferred", "client", from.String(), "serial", snap.Serial, "records", len(recs)+1)
	return nil
}
