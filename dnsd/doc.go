// Package dnsd is teereg's authoritative DNS server for peer discovery
// (`teereg dnsd`). It answers for one zone, over UDP and TCP, only from the
// state the indexer mirrored into PostgreSQL, and only about active
// instances: the rows of the active_instances view (status Active, expires_at
// after the last indexed block's time, workload allowlisted, operator holding
// the operator role). A revoked, expired or disallowed instance disappears
// from every answer with the first indexed block that says so.
//
// # Names
//
// With --zone peers.example.com (ZONE), --service app, an instance labelled
// alpha with endpoints 198.51.100.1 and 2001:db8::a on port 8443:
//
//	ZONE                         SOA  MNAME = first --ns, RNAME = --soa-mbox, serial = last indexed block mod 2^32
//	ZONE                         NS   every --ns (glue A/AAAA served for names inside the zone)
//	alpha.ZONE                   A    198.51.100.1          (every IPv4 endpoint)
//	alpha.ZONE                   AAAA 2001:db8::a           (every IPv6 endpoint)
//	alpha.ZONE                   TXT  "workload=0x<workloadId, 32 bytes hex>"
//	alpha.ZONE                   TXT  "key=sha256:<hex sha256 of the attested public key = instanceId>"
//	_8443._tcp.alpha.ZONE        TLSA 2 1 1 <hex sha256 of the app CA's SubjectPublicKeyInfo>
//	_app._tcp.ZONE               SRV  0 0 8443 alpha.ZONE  (one per instance; targets' addresses in additional)
//	instances.ZONE               A, AAAA  every active instance's endpoints (deduplicated)
//	instances.ZONE               PTR  alpha.ZONE            (one per instance: the list of peers)
//
// The TLSA record (DANE-TA, SPKI, SHA-256) is at the standard name for the
// instance's service endpoint (RFC 6698 3, RFC 7673 for SRV targets), so a
// peer that found alpha through SRV looks it up where DANE clients do. Its
// data is the CA certificate of the newest PKI version (table pki); with no
// PKI published, or one whose certificate does not parse, there is no TLSA
// (NODATA). The two TXT strings are separate records, each one "key=value".
//
// The zone as a master file (what AXFR sends, and `teereg dnsd --dump-zone`
// writes):
//
//	$ORIGIN peers.example.com.
//	peers.example.com.  30 IN SOA  ns1.peers.example.com. hostmaster.peers.example.com. 1234 300 60 1209600 30
//	peers.example.com.  30 IN NS   ns1.peers.example.com.
//	_app._tcp.peers.example.com.  30 IN SRV 0 0 8443 alpha.peers.example.com.
//	alpha.peers.example.com.      30 IN A    198.51.100.1
//	alpha.peers.example.com.      30 IN AAAA 2001:db8::a
//	alpha.peers.example.com.      30 IN TXT  "workload=0x1c1c…"
//	alpha.peers.example.com.      30 IN TXT  "key=sha256:9f86…"
//	_8443._tcp.alpha.peers.example.com. 30 IN TLSA 2 1 1 5d41…
//	instances.peers.example.com.  30 IN A    198.51.100.1
//	instances.peers.example.com.  30 IN AAAA 2001:db8::a
//	instances.peers.example.com.  30 IN PTR  alpha.peers.example.com.
//	ns1.peers.example.com.        30 IN A    192.0.2.53
//
// Labels are lower-case LDH (the Registry enforces it). A label that is also
// a name dnsd serves itself ("instances", an in-zone name server) is not
// served and is logged, as is an active row with an invalid label, port 0 or
// an address of the wrong family or with a network mask. Should two active
// rows share a label while the mirror is between states, the newest
// registration is served. An RRset too large for one TCP message (only
// instances.ZONE with thousands of endpoints) is cut to what fits, with a
// warning.
//
// # Answers
//
// As NSD and Knot do: AA on every answer from the zone; NXDOMAIN for a name
// that does not exist and NODATA (NOERROR, no answer) for one that exists
// without the type or is an empty non-terminal (_tcp.ZONE,
// _tcp.alpha.ZONE), both with the SOA in the authority section at TTL
// min(--ttl, --negative-ttl); REFUSED outside the zone or for classes other
// than IN/ANY; NOTIMP for opcodes other than QUERY (NOTIFY and UPDATE
// included), for meta query types and for AXFR over UDP; FORMERR, header only,
// for any malformed message; no answer at all for a message shorter than a
// header or with QR set. The client's question is echoed byte for byte (its
// case, for 0x20), answer owners point at it. EDNS0: the OPT record is
// mirrored when the query has one (payload size --udp-size, default 1232;
// DO copied; options ignored and never echoed); EDNS version > 0 gets BADVERS.
// A UDP response larger than the client's size (512 without EDNS) is sent
// with TC and empty sections, so the client retries over TCP; additional
// records are left out rather than truncating. ANY returns every RRset of the
// name. There is no DNSSEC signing and no TSIG: transfers are authorised by
// source address only.
//
// Zone transfers: AXFR (and IXFR, answered with the whole zone or, when the
// client is current, the SOA) over TCP from --axfr-allow prefixes; REFUSED
// otherwise, NOTAUTH for a name below the apex. Every serial change is sent
// as NOTIFY (with the SOA) to each --notify secondary, retried 5 times.
//
// # Snapshot and database
//
// Queries never touch the database: they read an immutable Snapshot, all of
// whose answers are precomputed wire bytes, swapped atomically. A dedicated
// connection LISTENs on the indexer's channel (schema.Channel); each burst of
// notifications triggers one reload, which reads cursor, active instances and
// PKI in one repeatable-read transaction. Reloads also run every
// --poll-interval and after each reconnect. If the database goes away the
// last snapshot stays in service (dnsd_database_up 0, dnsd_snapshot_stale 1,
// dnsd_snapshot_age_seconds growing) and dnsd reconnects with backoff
// (250 ms to 10 s). Before the indexer has committed a block (no cursor row)
// every query in the zone gets SERVFAIL.
//
// The SOA serial is the block number modulo 2^32. Serial arithmetic (RFC
// 1982) makes the wrap harmless while blocks advance by less than 2^31 between
// two loads. A reorg that makes the cursor go back gives a lower serial,
// which secondaries ignore until the chain passes the old height again.
//
// # Limits
//
// Response rate limiting (off by default): --rrl-rate responses per second per
// client /24 (IPv4) or /56 (IPv6), burst one second's worth, UDP only; every
// --rrl-slip-th limited response is sent truncated instead of dropped. Buckets
// live in a fixed table, so a spoofed flood cannot grow memory. TCP: at most
// --tcp-max-conns connections (more are closed at once), each closed after
// --tcp-idle-timeout without a complete query; queries on a connection are
// answered in order.
//
// # Metrics
//
// dnsd_queries_total{qtype,rcode,transport}, dnsd_truncated_total,
// dnsd_dropped_total{reason}, dnsd_rrl_slipped_total, dnsd_transfers_total,
// dnsd_notify_total, dnsd_snapshot_reloads_total{result},
// dnsd_snapshot_load_seconds, dnsd_snapshot_serial, dnsd_snapshot_block,
// dnsd_snapshot_instances, dnsd_snapshot_skipped_instances,
// dnsd_snapshot_age_seconds, dnsd_database_up, dnsd_snapshot_stale,
// dnsd_tcp_connections, dnsd_tcp_connections_refused_total.
package dnsd
