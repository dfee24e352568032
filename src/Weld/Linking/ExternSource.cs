using Weld.Runtime;

namespace Weld.Linking;

/// <summary>A source of externs that a linker asks after its own names and the engine's natives: the built-in
/// providers (spectest) and, through an adapter in the API layer, user providers such as WASI.</summary>
internal abstract class ExternSource
{
    /// <summary>The extern for <paramref name="import"/> in <paramref name="store"/>, or null when this source has none.</summary>
    public abstract ExternInstance? Provide(RuntimeStore store, ImportType import);
}
