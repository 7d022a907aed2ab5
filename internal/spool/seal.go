package spool

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// sealer encrypts entry data with AES-256-GCM; the group is bound as additional data so an
// entry cannot be moved to another applicant.
type sealer struct{ aead cipher.AEAD }

func newSealer(key []byte) (*sealer, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("spool: key must be 32 bytes, got %d", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("spool: key: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("spool: key: %w", err)
	}
	return &sealer{aead: aead}, nil
}

func (s *sealer) seal(group string, plain []byte) []byte {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(plain)+s.aead.Overhead())
	_, _ = rand.Read(nonce) // crypto/rand never fails on Linux
	return s.aead.Seal(nonce, nonce, plain, []byte("spool:"+group))
}

func (s *sealer) open(group string, sealed []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(sealed) < n {
		return nil, errors.New("spool: sealed entry too short")
	}
	plain, err := s.aead.Open(nil, sealed[:n], sealed[n:], []byte("spool:"+group))
	if err != nil {
		return nil, fmt.Errorf("spool: open sealed entry: %w", err)
	}
	return plain, nil
}
