package store

import (
	"crypto/aes"
	"crypto/cipher"
	"errors"
	"fmt"
)

// sealVersion is the first byte of every sealed value, so the format (or key) can change later
// while old rows stay readable.
const sealVersion byte = 1

// Labels bind a sealed value to the column it belongs to (GCM additional data): a value copied
// into another column does not decrypt.
const (
	labelMessageText = "messages.text"
	labelOutboxText  = "outbox.text"
	labelSlots       = "profiles.slots"
	labelHitText     = "compliance_hits.text"
	labelEngineState = "conversations.engine_state"
)

var errBadCiphertext = errors.New("store: encrypted value is corrupt or was sealed with another key")

// sealer encrypts personal data at rest with AES-256-GCM. A sealed value is
// version (1 byte) || random nonce (12 bytes) || ciphertext || tag (16 bytes).
type sealer struct {
	aead cipher.AEAD
}

func newSealer(key []byte) (*sealer, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("data key must be 32 bytes (AES-256), got %d: %w", len(key), ErrInvalid)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("data key: %w", err)
	}
	aead, err := cipher.NewGCMWithRandomNonce(block)
	if err != nil {
		return nil, fmt.Errorf("data key: %w", err)
	}
	return &sealer{aead: aead}, nil
}

// seal encrypts plain for the column label. Empty input gives nil (stored as NULL).
func (s *sealer) seal(label string, plain []byte) []byte {
	if len(plain) == 0 {
		return nil
	}
	out := make([]byte, 1, 1+len(plain)+s.aead.Overhead())
	out[0] = sealVersion
	return s.aead.Seal(out, nil, plain, []byte(label))
}

// open decrypts a value sealed for label. nil or empty input gives nil.
func (s *sealer) open(label string, sealed []byte) ([]byte, error) {
	if len(sealed) == 0 {
		return nil, nil
	}
	if sealed[0] != sealVersion || len(sealed) < 1+s.aead.Overhead() {
		return nil, fmt.Errorf("%s: %w", label, errBadCiphertext)
	}
	plain, err := s.aead.Open(nil, nil, sealed[1:], []byte(label))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, errBadCiphertext)
	}
	return plain, nil
}

func (s *sealer) sealString(label, plain string) []byte { return s.seal(label, []byte(plain)) }

func (s *sealer) openString(label string, sealed []byte) (string, error) {
	b, err := s.open(label, sealed)
	return string(b), err
}
