using Weld.Runtime;

namespace Weld;

// The funcref members of Value: they speak of the public Function, so they live with the public API while the rest
// of Value is a bottom type every layer may use.
public readonly partial struct Value
{
    /// <summary>A funcref (null when <paramref name="f"/> is null).</summary>
    public static Value FuncRef(Function? f) => new(ValType.FuncRef, 0, 0, f?.Instance);

    /// <summary>The function of a funcref, or null.</summary>
    /// <exception cref="InvalidOperationException">The value is not a funcref.</exception>
    public Function? AsFuncRef() => Type.Kind == ValueKind.FuncRef
        ? Function.Wrap(_ref as FunctionInstance)
        : throw WrongType(ValueKind.FuncRef);
}
