package spool

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
)

// A record on disk: payload length (uint32 LE), CRC-32C of the payload (uint32 LE), payload.
// The payload is a kind byte, the sequence number (uvarint) and, for an entry, the group's
// length (uvarint), the group and the data.
const (
	headerSize   = 8
	kindEntry    = 'E'
	kindAck      = 'A'
	maxRecordLen = 16 << 20
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

var errCorrupt = errors.New("spool: corrupt record")

type record struct {
	kind  byte
	seq   uint64
	group string
	data  []byte
}

func (r record) encode() []byte {
	payload := make([]byte, 0, 1+2*binary.MaxVarintLen64+len(r.group)+len(r.data))
	payload = append(payload, r.kind)
	payload = binary.AppendUvarint(payload, r.seq)
	if r.kind == kindEntry {
		payload = binary.AppendUvarint(payload, uint64(len(r.group)))
		payload = append(payload, r.group...)
		payload = append(payload, r.data...)
	}
	out := make([]byte, headerSize, headerSize+len(payload))
	binary.LittleEndian.PutUint32(out[0:4], uint32(len(payload)))
	binary.LittleEndian.PutUint32(out[4:8], crc32.Checksum(payload, castagnoli))
	return append(out, payload...)
}

// decodeRecord reads the record at the start of b and its size; errCorrupt for a torn or
// damaged record.
func decodeRecord(b []byte) (record, int, error) {
	if len(b) < headerSize {
		return record{}, 0, errCorrupt
	}
	n := binary.LittleEndian.Uint32(b[0:4])
	if n == 0 || n > maxRecordLen || int(n) > len(b)-headerSize {
		return record{}, 0, errCorrupt
	}
	payload := b[headerSize : headerSize+int(n)]
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(b[4:8]) {
		return record{}, 0, errCorrupt
	}
	r := record{kind: payload[0]}
	rest := payload[1:]
	seq, k := binary.Uvarint(rest)
	if k <= 0 {
		return record{}, 0, errCorrupt
	}
	r.seq, rest = seq, rest[k:]
	switch r.kind {
	case kindAck:
	case kindEntry:
		gl, k := binary.Uvarint(rest)
		if k <= 0 || gl > uint64(len(rest)-k) {
			return record{}, 0, errCorrupt
		}
		rest = rest[k:]
		r.group, r.data = string(rest[:gl]), append([]byte(nil), rest[gl:]...)
	default:
		return record{}, 0, errCorrupt
	}
	return r, headerSize + int(n), nil
}
