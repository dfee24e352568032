using Weld.Tests.Support;

namespace Weld.Tests.Execution;

/// <summary>When both operands of a binary float instruction are NaNs, every back end returns the first operand's
/// payload, quieted, whatever order the JIT chose for a commutative + or * (fuzzing found the compiler returning the
/// second's): operands from parameters, from memory (which the JIT likes to fold into the instruction) and
/// constants (which it folds at compile time), scalar and per SIMD lane.</summary>
public class NaNPropagationTests
{
    private const ulong F64First = 0x7ff4_0000_0000_1234; // signalling
    private const ulong F64Second = 0x7ff8_0000_0000_5678;
    private const uint F32First = 0x7fa0_1234; // signalling
    private const uint F32Second = 0x7fc0_5678;

    private const string Wat = """
        (module
          (memory 1)
          (func (export "f64") (param $op i32) (param $x f64) (param $y f64) (result f64)
            (f64.store (i32.const 8) (local.get $x))
            (f64.store (i32.const 16) (local.get $y))
            (block $b (br_if $b (local.get $op))
              (return (f64.mul (local.get $x) (local.get $y))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 1)))
              (return (f64.add (local.get $x) (local.get $y))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 2)))
              (return (f64.mul (local.get $x) (f64.load (i32.const 16)))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 3)))
              (return (f64.add (f64.load (i32.const 8)) (local.get $y))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 4)))
              (return (f64.min (local.get $x) (local.get $y))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 5)))
              (return (f64.max (f64.load (i32.const 8)) (f64.load (i32.const 16)))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 6)))
              (return (f64x2.extract_lane 1 (f64x2.mul (f64x2.splat (local.get $x)) (v128.load (i32.const 8))
                (; lane 1 of the load is $y ;)))))
            (f64x2.extract_lane 0 (f64x2.add (v128.load (i32.const 8)) (f64x2.splat (local.get $y)))))
          (func (export "constants") (result f64) (local $x f64) (local $y f64)
            (local.set $x (f64.const nan:0x4000000001234))
            (local.set $y (f64.const nan:0x8000000005678))
            (f64.mul (local.get $x) (local.get $y)))
          (func (export "constants32") (result f32)
            (f32.add (f32.const nan:0x201234) (f32.const nan:0x405678)))
          (func (export "f32") (param $op i32) (param $x f32) (param $y f32) (result f32)
            (f32.store (i32.const 8) (local.get $x))
            (f32.store (i32.const 12) (local.get $y))
            (block $b (br_if $b (local.get $op))
              (return (f32.mul (local.get $x) (local.get $y))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 1)))
              (return (f32.add (local.get $x) (f32.load (i32.const 12)))))
            (block $b (br_if $b (i32.ne (local.get $op) (i32.const 2)))
              (return (f32.min (f32.load (i32.const 8)) (local.get $y))))
            (f32x4.extract_lane 1 (f32x4.mul (f32x4.splat (local.get $x)) (v128.load (i32.const 8))))))
        """;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public void TheFirstNaNOperandWinsOnEveryBackEnd(Backend backend)
    {
        var engine = Engines.Create(backend);
        using var store = new Store(engine);
        var instance = Instance.Create(store, Module.FromText(engine, Wat), []);
        var f64 = instance.GetFunction<int, double, double, double>("f64")!;
        var f32 = instance.GetFunction<int, float, float, float>("f32")!;
        double x64 = BitConverter.UInt64BitsToDouble(F64First), y64 = BitConverter.UInt64BitsToDouble(F64Second);
        float x32 = BitConverter.UInt32BitsToSingle(F32First), y32 = BitConverter.UInt32BitsToSingle(F32Second);
        for (int op = 0; op <= 7; op++)
        {
            // min and max must give an arithmetic NaN; Weld gives the first one, like add and mul.
            Assert.Equal(F64First | 0x0008_0000_0000_0000, BitConverter.DoubleToUInt64Bits(f64(op, x64, y64)));
        }
        for (int op = 0; op <= 3; op++)
        {
            Assert.Equal(F32First | 0x0040_0000, BitConverter.SingleToUInt32Bits(f32(op, x32, y32)));
        }
        // Constants: the JIT folds the operation, with its own order.
        Assert.Equal(F64First | 0x0008_0000_0000_0000, BitConverter.DoubleToUInt64Bits(instance.GetFunction<double>("constants")!()));
        Assert.Equal(F32First | 0x0040_0000, BitConverter.SingleToUInt32Bits(instance.GetFunction<float>("constants32")!()));
        // Only the second a NaN: its payload, quieted.
        Assert.Equal(F64Second, BitConverter.DoubleToUInt64Bits(f64(0, 2.0, y64)));
        Assert.Equal(F32Second, BitConverter.SingleToUInt32Bits(f32(0, 2.0f, y32)));
    }
}
