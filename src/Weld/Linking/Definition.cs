using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>Something a name resolves to: a store-bound extern, or a store-independent host function made per store on demand.</summary>
internal abstract class Definition
{
    public abstract ExternInstance Get(RuntimeStore store);

    /// <summary>The type when it is known without a store (host functions), else null.</summary>
    public abstract ExternType? StaticType { get; }
}

internal sealed class ExternDefinition(ExternInstance item) : Definition
{
    public ExternInstance Item { get; } = item;
    public override ExternInstance Get(RuntimeStore store) => Item;
    public override ExternType? StaticType => null;
}

/// <summary>A host function instantiated once per store (so every importer in a store shares one function).</summary>
internal sealed class HostFunctionDefinition(HostFunctionTemplate function) : Definition
{
    private readonly ConditionalWeakTable<RuntimeStore, HostFunctionInstance> _perStore = [];
    public HostFunctionTemplate Function { get; } = function;
    public override ExternInstance Get(RuntimeStore store) => _perStore.GetValue(store, Function.Instantiate);
    public override ExternType? StaticType => Function.Type;
}
