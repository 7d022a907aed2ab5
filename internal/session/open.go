package session

// Open returns the store that LOANBOT_REDIS_URL asks for: a Redis store under
// prefix for a redis:// URL, or a new in-process store when rawURL is empty.
func Open(rawURL, prefix string) (Store, error) {
	if rawURL == "" {
		return NewMemory(), nil
	}
	r, err := OpenRedis(rawURL, prefix)
	if err != nil {
		return nil, err
	}
	return r, nil
}
