package chain

//go:generate go run ../internal/gen/errors -artifacts ../contracts/artifacts -sources ../contracts -out errors_gen.go -pkg chain
