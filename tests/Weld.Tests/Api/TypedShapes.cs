using System.Runtime.Intrinsics;

namespace Weld.Tests.Api;

/// <summary>Sixteen parameters of every numeric kind (v128 included, which takes two slots), for typed calls and typed
/// host functions at the upper arity bound: their wasm types, constants, and the CLR values those constants are.</summary>
internal static class TypedShapes
{
    public static readonly string[] Types =
        ["i32", "i64", "f32", "f64", "i32", "i64", "f32", "v128", "i32", "i64", "f32", "f64", "i32", "i64", "f32", "f64"];

    public static string Params => string.Join(" ", Types);

    /// <summary>The constant for parameter <paramref name="i"/> (1-based), different at every position.</summary>
    public static string Const(int i) => Types[i - 1] switch
    {
        "i32" => $"(i32.const {i})",
        "i64" => $"(i64.const {i})",
        "f32" => $"(f32.const {i}.5)",
        "f64" => $"(f64.const {i}.25)",
        _ => $"(v128.const i64x2 {i} -{i})",
    };

    /// <summary>The CLR value of <see cref="Const"/>.</summary>
    public static object ValueAt(int i) => Types[i - 1] switch
    {
        "i32" => i,
        "i64" => (long)i,
        "f32" => i + 0.5f,
        "f64" => i + 0.25,
        _ => Vector128.Create((ulong)i, unchecked((ulong)-i)).AsByte(),
    };

    public static string AllConsts => string.Join(" ", Enumerable.Range(1, 16).Select(Const));

    /// <summary>Stores parameter i (1-based) of the enclosing function at 8 * (i - 1) as an i64 or f64, and the v128 at
    /// 200, so each position can be checked in memory.</summary>
    public static string StoreAll => string.Join("\n", Enumerable.Range(1, 16).Select(i => Types[i - 1] switch
    {
        "i32" => $"(i64.store offset={8 * (i - 1)} (i32.const 0) (i64.extend_i32_s (local.get {i - 1})))",
        "i64" => $"(i64.store offset={8 * (i - 1)} (i32.const 0) (local.get {i - 1}))",
        "f32" => $"(f64.store offset={8 * (i - 1)} (i32.const 0) (f64.promote_f32 (local.get {i - 1})))",
        "f64" => $"(f64.store offset={8 * (i - 1)} (i32.const 0) (local.get {i - 1}))",
        _ => $"(v128.store offset=200 (i32.const 0) (local.get {i - 1}))",
    }));

    /// <summary>Checks what <see cref="StoreAll"/> stored.</summary>
    public static void AssertStored(Memory memory)
    {
        for (int i = 1; i <= 16; i++)
        {
            ulong at = (ulong)(8 * (i - 1));
            switch (Types[i - 1])
            {
                case "i32" or "i64": Assert.Equal(i, memory.ReadInt64(at)); break;
                case "f32": Assert.Equal(i + 0.5, memory.ReadDouble(at)); break;
                case "f64": Assert.Equal(i + 0.25, memory.ReadDouble(at)); break;
                default:
                    Assert.Equal(i, memory.ReadInt64(200));
                    Assert.Equal(-i, memory.ReadInt64(208));
                    break;
            }
        }
    }
}
