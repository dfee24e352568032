using System.Runtime.CompilerServices;

namespace Weld.Linking;

/// <summary>Something a name resolves to: a store-bound extern, or a store-independent host function made per store on demand.</summary>
internal abstract class Definition
{
    public abstract Extern Get(Store store);

    /// <summary>The type when it is known without a store (host functions), else null.</summary>
    public abstract ExternType? StaticType { get; }
}

internal sealed class ExternDefinition(Extern item) : Definition
{
    public Extern Item { get; } = item;
    public override Extern Get(Store store) => Item;
    public override ExternType? StaticType => null;
}

/// <summary>A host function instantiated once per store (so every importer in a store shares one function).</summary>
internal sealed class HostFunctionDefinition(HostFunction function) : Definition
{
    private readonly ConditionalWeakTable<Store, Function> _perStore = [];
    public HostFunction Function { get; } = function;
    public override Extern Get(Store store) => _perStore.GetValue(store, Function.Instantiate);
    public override ExternType? StaticType => Function.Type;
}
