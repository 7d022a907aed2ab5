package store

import (
	"bytes"
	"errors"
	"testing"
)

func testKey(b byte) []byte { return bytes.Repeat([]byte{b}, 32) }

func TestSealerRoundTrip(t *testing.T) {
	s, err := newSealer(testKey(7))
	if err != nil {
		t.Fatal(err)
	}
	for _, plain := range []string{
		"我想借二十万，月收入１２０００元",        // full-width digits
		"身份證號碼110101199003074514", // traditional + an ID number
		"贷款😀🙏急用",                  // emoji (4-byte UTF-8)
		"我想贷款二十万分三年还月收入八千左右",      // voice text, no punctuation
		"好的👌",
	} {
		sealed := s.sealString(labelMessageText, plain)
		if bytes.Contains(sealed, []byte(plain)) {
			t.Errorf("sealed %q contains the plaintext", plain)
		}
		got, err := s.openString(labelMessageText, sealed)
		if err != nil || got != plain {
			t.Errorf("open(seal(%q)) = %q, %v", plain, got, err)
		}
		if again := s.sealString(labelMessageText, plain); bytes.Equal(again, sealed) {
			t.Errorf("sealing %q twice gave the same bytes: nonce reused", plain)
		}
	}
}

func TestSealerRejects(t *testing.T) {
	s, _ := newSealer(testKey(7))
	other, _ := newSealer(testKey(8))
	sealed := s.sealString(labelMessageText, "月收入一万")
	flipped := bytes.Clone(sealed)
	flipped[len(flipped)-1] ^= 1
	tests := []struct {
		name   string
		label  string
		sealed []byte
		with   *sealer
	}{
		{"other key", labelMessageText, sealed, other},
		{"other column", labelSlots, sealed, s},
		{"tampered", labelMessageText, flipped, s},
		{"truncated", labelMessageText, sealed[:10], s},
		{"unknown version", labelMessageText, append([]byte{9}, sealed[1:]...), s},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.with.open(tt.label, tt.sealed); !errors.Is(err, errBadCiphertext) {
				t.Errorf("open = %v, want errBadCiphertext", err)
			}
		})
	}
}

func TestSealerEmptyAndKeySize(t *testing.T) {
	s, _ := newSealer(testKey(1))
	if got := s.sealString(labelSlots, ""); got != nil {
		t.Errorf("seal(\"\") = %x, want nil", got)
	}
	if got, err := s.openString(labelSlots, nil); got != "" || err != nil {
		t.Errorf("open(nil) = %q, %v", got, err)
	}
	for _, n := range []int{0, 16, 24, 31, 33} {
		if _, err := newSealer(make([]byte, n)); !errors.Is(err, ErrInvalid) {
			t.Errorf("newSealer(%d bytes) = %v, want ErrInvalid", n, err)
		}
	}
}
