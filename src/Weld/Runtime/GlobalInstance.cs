namespace Weld.Runtime;

/// <summary>A global variable: numeric payload in <see cref="Lo"/>/<see cref="Hi"/> (Hi for v128), references in <see cref="Ref"/>.</summary>
internal sealed class GlobalInstance(RuntimeStore store, GlobalType type) : ExternInstance(store)
{
    public GlobalType Type { get; } = type;
    public ulong Lo;
    public ulong Hi;
    public object? Ref;

    public override ExternKind Kind => ExternKind.Global;
    public override ExternType CurrentType => Type;

    public Value Read() => Value.FromSlots(Type.ValType, Lo, Hi, Ref);

    public void Write(Value v)
    {
        Lo = v.Lo;
        Hi = v.Hi;
        Ref = v.Ref;
    }
}
