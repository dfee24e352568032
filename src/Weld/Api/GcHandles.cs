using Weld.Runtime.Gc;

namespace Weld;

/// <summary>How GC objects cross to the host: a struct or array as a new <see cref="StructRef"/> / <see cref="ArrayRef"/>
/// wrapper (equal to any other wrapper of the same object), an i31 as its int; back the other way, the wrapper as the
/// object itself. Any other object passes unchanged both ways.</summary>
internal static class GcHandles
{
    public static object? Wrap(object? o) => o switch
    {
        GcStruct s => new StructRef(s),
        GcArray a => new ArrayRef(a),
        I31Ref i => i.Value,
        _ => o,
    };

    public static object? Unwrap(object? o) => o switch
    {
        StructRef s => s.Struct,
        ArrayRef a => a.Array,
        _ => o,
    };
}
