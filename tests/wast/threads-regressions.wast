;; Threads proposal regressions: offsets in the alignment check, wrapped sub-word operands, wait on a shared memory
;; that another thread notifies, and racing threads counted exactly with atomics.

(module $Mem
  (memory (export "shared") 1 2 shared)
  (func (export "load_off") (param i32) (result i32) (i32.atomic.load offset=4 (local.get 0)))
  (func (export "sub16") (param i32 i32) (result i32) (i32.atomic.rmw16.sub_u (local.get 0) (local.get 1)))
  (func (export "cmpxchg16") (param i32 i64 i64) (result i64)
    (i64.atomic.rmw16.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
  (func (export "load64") (param i32) (result i64) (i64.atomic.load (local.get 0)))
  (func (export "wait64") (param i32 i64 i64) (result i32) (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
)
(register "mem" $Mem)

;; The effective address (address + offset) must be aligned, not the address alone.
(assert_trap (invoke "load_off" (i32.const 2)) "unaligned atomic")
(assert_return (invoke "load_off" (i32.const 4)) (i32.const 0))
(assert_trap (invoke "load_off" (i32.const 65532)) "out of bounds memory access")

;; 16-bit subtraction wraps within its half and leaves the neighbouring half alone.
(assert_return (invoke "sub16" (i32.const 16) (i32.const 1)) (i32.const 0))
(assert_return (invoke "load64" (i32.const 16)) (i64.const 0xffff))
;; The expected value is wrapped to 16 bits before it is compared.
(assert_return (invoke "cmpxchg16" (i32.const 16) (i64.const 0x1234ffff) (i64.const 0xabcd0042)) (i64.const 0xffff))
(assert_return (invoke "load64" (i32.const 16)) (i64.const 0x42))

;; A 64-bit wait compares all 64 bits: not equal, then timed out.
(assert_return (invoke "wait64" (i32.const 16) (i64.const 0x10000000042) (i64.const 0)) (i32.const 1))
(assert_return (invoke "wait64" (i32.const 16) (i64.const 0x42) (i64.const 1000)) (i32.const 2))

;; Growth in one thread is seen by an instance of another.
(assert_return (invoke "grow") (i32.const 1))

(thread $Adder (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 2 shared)
    (func (export "run") (result i32)
      (local $n i32)
      (local.set $n (i32.const 1000))
      (loop $l
        (drop (i32.atomic.rmw.add (i32.const 65536) (i32.const 1)))
        (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
      (memory.size))
  )
  (assert_return (invoke "run") (i32.const 2))
)

(thread $Adder2 (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 2 shared)
    (func (export "run") (result i32)
      (local $n i32)
      (local.set $n (i32.const 1000))
      (loop $l
        (drop (i32.atomic.rmw.add (i32.const 65536) (i32.const 1)))
        (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
      (memory.size))
  )
  (assert_return (invoke "run") (i32.const 2))
)

(wait $Adder)
(wait $Adder2)

(module $Check
  (memory (import "mem" "shared") 1 2 shared)
  (func (export "total") (result i32) (i32.atomic.load (i32.const 65536)))
)
(assert_return (invoke $Check "total") (i32.const 2000))
