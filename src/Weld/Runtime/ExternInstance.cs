namespace Weld.Runtime;

/// <summary>
/// What an import is bound to and an export names (the spec's external values): a function, table, memory or
/// global instance, with the store it belongs to. The linking layers pass these around; the public API wraps them.
/// </summary>
internal abstract class ExternInstance(RuntimeStore store)
{
    public RuntimeStore Store { get; } = store;

    public abstract ExternKind Kind { get; }

    /// <summary>The type import matching compares (the spec's external type of the value): tables and memories
    /// report their current size.</summary>
    public abstract ExternType CurrentType { get; }
}
