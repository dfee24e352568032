;; Regressions found while bringing the interpreter up on the spec suite.

;; br_if to the function's own label that is not taken must fall through: the code after it stays live.
(module
  (func $dummy)
  (func (export "loop-last") (param i32) (result i32)
    (loop (call $dummy) (drop (br_if 1 (i32.const 7) (local.get 0))))
    (i32.const 9))
  (func (export "block-tail") (param i32) (result i32)
    (block (br_if 1 (i32.const 1) (local.get 0)) (drop))
    (i32.const 2)))
(assert_return (invoke "loop-last" (i32.const 0)) (i32.const 9))
(assert_return (invoke "loop-last" (i32.const 1)) (i32.const 7))
(assert_return (invoke "block-tail" (i32.const 0)) (i32.const 2))
(assert_return (invoke "block-tail" (i32.const 5)) (i32.const 1))

;; Float-to-int truncation: NaN is an invalid conversion, out of range an overflow.
(module
  (func (export "t32") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
  (func (export "t64u") (param f32) (result i64) (i64.trunc_f32_u (local.get 0))))
(assert_trap (invoke "t32" (f64.const nan)) "invalid conversion to integer")
(assert_trap (invoke "t32" (f64.const 2147483648)) "integer overflow")
(assert_return (invoke "t32" (f64.const -2147483648.9)) (i32.const -2147483648))
(assert_trap (invoke "t64u" (f32.const -1)) "integer overflow")
(assert_return (invoke "t64u" (f32.const -0.9)) (i64.const 0))

;; Calls through a null table entry name the index.
(module
  (type $v (func))
  (table 4 funcref)
  (func (export "call") (param i32) (call_indirect (type $v) (local.get 0))))
(assert_trap (invoke "call" (i32.const 2)) "uninitialized element 2")
(assert_trap (invoke "call" (i32.const 4)) "undefined element")
