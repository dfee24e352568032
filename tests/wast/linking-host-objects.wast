;; Linking through the runner's Linker: a registered memory and table are one object for every importer.
(module $lib
  (memory (export "mem") 1 4)
  (table (export "tab") 2 10 funcref)
  (global (export "counter") (mut i32) (i32.const 0))
  (func (export "bump") (global.set 0 (i32.add (global.get 0) (i32.const 1)))))
(register "lib" $lib)

(module $a
  (import "lib" "mem" (memory 1))
  (import "lib" "counter" (global $c (mut i32)))
  (import "lib" "bump" (func $bump))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "store") (i32.store (i32.const 65536) (i32.const 42)))
  (func (export "bump-and-read") (result i32) (call $bump) (global.get $c)))

(assert_return (invoke $a "grow") (i32.const 1))
;; $b needs two pages: only the grown memory satisfies it.
(module $b
  (import "lib" "mem" (memory 2))
  (import "lib" "counter" (global $c (mut i32)))
  (func (export "size") (result i32) (memory.size))
  (func (export "load") (result i32) (i32.load (i32.const 65536)))
  (func (export "read") (result i32) (global.get $c)))

(assert_return (invoke $b "size") (i32.const 2))
(invoke $a "store")
(assert_return (invoke $b "load") (i32.const 42))
(assert_return (invoke $a "bump-and-read") (i32.const 1))
(assert_return (invoke $b "read") (i32.const 1))
(assert_return (get $lib "counter") (i32.const 1))

;; An import whose maximum is below the registered memory's maximum (4) cannot link.
(assert_unlinkable
  (module (import "lib" "mem" (memory 1 2)))
  "incompatible import type")
(assert_unlinkable
  (module (import "lib" "missing" (func)))
  "unknown import")

;; Segment writes before a trapping segment stay visible through the imported table and memory.
(assert_trap
  (module
    (import "lib" "mem" (memory 1))
    (import "lib" "tab" (table 2 funcref))
    (func $f)
    (elem (i32.const 0) $f)
    (data (i32.const 0) "hi")
    (data (i32.const 1000000) "out of bounds"))
  "out of bounds memory access")
(module $c
  (import "lib" "mem" (memory 1))
  (import "lib" "tab" (table 2 funcref))
  (func (export "byte") (result i32) (i32.load8_u (i32.const 1)))
  (func (export "tab0-null") (result i32) (ref.is_null (table.get 0 (i32.const 0)))))
(assert_return (invoke $c "byte") (i32.const 0x69))
(assert_return (invoke $c "tab0-null") (i32.const 0))
