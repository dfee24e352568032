;; The smallest WASI program: writes "Hello, world!" to stdout with fd_write and returns from _start.
;; Used to time a whole `weld run` process (docs/BENCHMARKS.md) and by the CLI and package tests.
;; hello.wasm is this module in binary: weld wat2wasm hello.wat -o hello.wasm
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; one iovec at 0: the text at 16, 14 bytes long
  (data (i32.const 0) "\10\00\00\00\0e\00\00\00")
  (data (i32.const 16) "Hello, world!\n")
  (func (export "_start")
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
