using Weld.Runtime;

namespace Weld.Linking;

/// <summary>A source of externs that a linker asks after its own names and the engine's natives: the built-in
/// providers (spectest) and, through an adapter in the API layer, user providers such as WASI.</summary>
internal abstract class ExternSource
{
    /// <summary>The extern for <paramref name="import"/> in <paramref name="store"/>, or null when this source has none.</summary>
    public abstract ExternInstance? Provide(RuntimeStore store, ImportType import);

    /// <summary>Whether this source may have an extern for <paramref name="import"/> (asked without a store, when an
    /// <c>InstancePre</c> is made); true unless the source knows it has none.</summary>
    public virtual bool MayProvide(ImportType import) => true;
}
