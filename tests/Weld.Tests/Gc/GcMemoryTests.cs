using Weld.Tests.Runtime;
using Weld.Tests.Support;

namespace Weld.Tests.Gc;

/// <summary>GC objects are ordinary .NET objects: what wasm stops referring to is collected, so a program that
/// allocates far more than memory in short-lived objects runs in bounded memory.</summary>
[Collection(nameof(MemoryDensityTests))]
public class GcMemoryTests
{
    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void ShortLivedStructsAreCollected(Backend backend)
    {
        // 32,768 rounds, each a struct holding a fresh 64 KiB array and the previous round's struct (dropped the round
        // after): 2 GiB allocated in all, at most two rounds alive at a time. The host samples the heap as it runs.
        const int Rounds = 32_768, Size = 64 * 1024;
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: true), peak = 0;
        var probe = Function.FromDelegate(store, () => { peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)); });
        var instance = Instance.Create(store, Module.FromText(engine, """
            (module
              (type $chunk (array (mut i8)))
              (type $node (struct (field $data (ref $chunk)) (field $prev (mut (ref null $node)))))
              (import "env" "probe" (func $probe))
              (func (export "churn") (param $n i32) (param $size i32) (result i64)
                (local $last (ref null $node)) (local $i i32) (local $total i64)
                (loop $round
                  (local.set $last (struct.new $node (array.new $chunk (local.get $i) (local.get $size)) (local.get $last)))
                  ;; forget the round before the previous one
                  (block $first
                    (struct.set $node $prev (br_on_null $first (struct.get $node $prev (local.get $last))) (ref.null $node)))
                  (local.set $total (i64.add (local.get $total)
                    (i64.extend_i32_u (array.len (struct.get $node $data (local.get $last))))))
                  (if (i32.eqz (i32.and (local.get $i) (i32.const 255))) (then (call $probe)))
                  (br_if $round (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
                (local.get $total)))
            """), [probe]);
        var churn = instance.GetFunction<int, int, long>("churn")!;
        Assert.Equal((long)Rounds * Size, churn(Rounds, Size));
        long grown = peak - baseline;
        Assert.True(grown < 512L * 1024 * 1024, $"the heap grew by {grown / (1024 * 1024)} MiB while 2 GiB were allocated");
    }
}
