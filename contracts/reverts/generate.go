package reverts

//go:generate go run ../../internal/gen/errors -artifacts ../artifacts -sources .. -out errors_gen.go -pkg reverts
