namespace Weld.Runtime.Gc;

/// <summary>
/// An i31ref: a 31-bit integer as a reference. A small immutable object (not unboxed: references are plain .NET
/// objects in every back end), so two of the same value may be different objects: <c>ref.eq</c> compares i31s by
/// value (<c>Execution.Gc.GcOps.RefEq</c>). Values in [-256, 256) are cached.
/// </summary>
internal sealed class I31Ref
{
    private static readonly I31Ref[] s_small = MakeSmall();

    private I31Ref(int value) => Value = value;

    /// <summary>The value, sign-extended from 31 bits (i31.get_s); i31.get_u is <c>Value &amp; 0x7FFFFFFF</c>.</summary>
    public readonly int Value;

    /// <summary>ref.i31: the low 31 bits of <paramref name="x"/>.</summary>
    public static I31Ref Of(int x)
    {
        int v = (x << 1) >> 1;
        return (uint)(v + 256) < 512u ? s_small[v + 256] : new I31Ref(v);
    }

    public int Signed => Value;
    public int Unsigned => Value & 0x7FFFFFFF;

    public override bool Equals(object? obj) => obj is I31Ref o && o.Value == Value;
    public override int GetHashCode() => Value;
    public override string ToString() => $"i31 {Value}";

    private static I31Ref[] MakeSmall()
    {
        var a = new I31Ref[512];
        for (int i = 0; i < a.Length; i++) a[i] = new I31Ref(i - 256);
        return a;
    }
}
