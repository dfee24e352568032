;; Binary trees on the WebAssembly GC heap: every node is a struct, and nothing is ever freed by the program.
;; run(n) builds a stretch tree of depth n+1, keeps one tree of depth n alive, and for every even-offset depth d from
;; 4 to n builds and walks 2^(n-d+4) short-lived trees of depth d. It returns the sum of every walk's node count,
;; which the bench checks against 2^(d+1)-1 nodes per tree of depth d.
(module
  (type $node (struct (field $left (ref null $node)) (field $right (ref null $node))))

  ;; A full tree of the given depth: leaves have two null children.
  (func $build (param $depth i32) (result (ref $node))
    (if (result (ref $node)) (i32.eqz (local.get $depth))
      (then (struct.new $node (ref.null $node) (ref.null $node)))
      (else
        (struct.new $node
          (call $build (i32.sub (local.get $depth) (i32.const 1)))
          (call $build (i32.sub (local.get $depth) (i32.const 1)))))))

  ;; The number of nodes of a tree: reads every field, so the tree is really walked.
  (func $count (param $tree (ref $node)) (result i64)
    (local $left (ref null $node))
    (local.set $left (struct.get $node $left (local.get $tree)))
    (if (result i64) (ref.is_null (local.get $left))
      (then (i64.const 1))
      (else
        (i64.add (i64.const 1)
          (i64.add
            (call $count (ref.as_non_null (local.get $left)))
            (call $count (ref.as_non_null (struct.get $node $right (local.get $tree)))))))))

  (func (export "run") (param $n i32) (result i64)
    (local $total i64) (local $long (ref null $node)) (local $depth i32) (local $iterations i32) (local $i i32)
    (local.set $total (call $count (call $build (i32.add (local.get $n) (i32.const 1)))))
    (local.set $long (call $build (local.get $n)))
    (local.set $depth (i32.const 4))
    (block $done
      (loop $depths
        (br_if $done (i32.gt_s (local.get $depth) (local.get $n)))
        (local.set $iterations (i32.shl (i32.const 1) (i32.add (i32.sub (local.get $n) (local.get $depth)) (i32.const 4))))
        (local.set $i (i32.const 0))
        (loop $trees
          (local.set $total (i64.add (local.get $total) (call $count (call $build (local.get $depth)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $trees (i32.lt_s (local.get $i) (local.get $iterations))))
        (local.set $depth (i32.add (local.get $depth) (i32.const 2)))
        (br $depths)))
    (i64.add (local.get $total) (call $count (ref.as_non_null (local.get $long))))))
