package safe

//go:generate go run ./internal/gensafe
