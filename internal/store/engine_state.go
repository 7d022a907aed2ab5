package store

import "fmt"

// The engine state (conversations.engine_state) holds the applicant's slots, tentative values,
// warnings and a summary: personal data, sealed at rest like the other personal columns.
// Callers see plain JSON: Conversation.EngineState and Outcome.EngineState. Inside the store a
// conversationRow's EngineState is the column as stored; the store seals once per write
// (sealState) and opens on every read from the database (openState). Migration 0009 seals the
// states stored in clear before; reads still accept a state in clear (one an instance of the
// previous binary wrote during a rolling upgrade): a sealed value starts with sealVersion, a
// JSON object with '{'. The next turn on such a row seals it.

// sealState seals a plain engine state for the column. nil stays nil (Outcome: unchanged) and
// empty stays empty (a state cleared), so callers' nil tests keep their meaning.
func (s *sealer) sealState(plain []byte) []byte {
	if len(plain) == 0 {
		return plain
	}
	return s.seal(labelEngineState, plain)
}

// openState returns the plain engine state of a stored column value: sealed, or legacy JSON
// stored in clear. Anything else, or a value sealed with another key, is an error.
func (s *sealer) openState(stored []byte) ([]byte, error) {
	switch {
	case len(stored) == 0:
		return stored, nil
	case stateLegacy(stored): // written before the state was sealed
		return stored, nil
	case stored[0] != sealVersion:
		return nil, fmt.Errorf("%s: neither sealed nor a JSON object: %w", labelEngineState, errBadCiphertext)
	}
	return s.open(labelEngineState, stored)
}

// stateSealed reports whether a column value about to be written is sealed (or empty): the
// write paths that take a prepared value check it, so a plain state is never stored by mistake.
func stateSealed(stored []byte) bool { return len(stored) == 0 || stored[0] == sealVersion }

// stateLegacy reports whether a stored value is a state written in clear before sealing.
func stateLegacy(stored []byte) bool { return len(stored) > 0 && stored[0] == '{' }
