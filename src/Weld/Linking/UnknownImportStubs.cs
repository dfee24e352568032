using Weld.Diagnostics;
using Weld.Execution;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary>What <c>DefineUnknownImportsAsTraps</c> and <c>DefineUnknownImportsAsDefaultValues</c> put where nothing
/// resolves an import.</summary>
internal static class UnknownImportStubs
{
    /// <summary>The stub for <paramref name="import"/>, or null when <paramref name="mode"/> has none for its kind. It has
    /// the import's <paramref name="closed"/> type (the module's type indices closed to the engine's types): a function
    /// type of a recursion group or with declared supertypes is another type than the same signature on its own, so a
    /// stub of the import's open type would not match the import.</summary>
    public static ExternInstance? For(UnknownImports mode, RuntimeStore store, ImportType import, ExternType closed) => mode switch
    {
        UnknownImports.Trap when closed is FuncType t => Trapping(t, import.Module, import.Name).Instantiate(store),
        UnknownImports.DefaultValues => DefaultFor(store, import, closed),
        _ => null,
    };

    /// <summary>A function of <paramref name="type"/> that traps when called.</summary>
    private static HostFunctionTemplate Trapping(FuncType type, string module, string name) =>
        new(type, $"{module}.{name}", _ => (_, _) =>
            throw new TrapException(TrapCode.UnresolvedImport, TrapText.UnresolvedImportCalled(module, name)));

    /// <summary>A function of <paramref name="type"/> that returns default (zero) values.</summary>
    private static HostFunctionTemplate Defaults(FuncType type, string module, string name) =>
        new(type, $"{module}.{name}", _ => (stack, argBase) =>
        {
            int at = argBase;
            foreach (var r in type.ResultArray) at += SlotValues.Write(stack, at, Value.Default(r));
        });

    /// <summary>Zero-returning functions, zero globals, fresh tables and memories of the imported minimum size, and fresh tags.</summary>
    private static ExternInstance DefaultFor(RuntimeStore store, ImportType import, ExternType closed) => closed switch
    {
        FuncType t => Defaults(t, import.Module, import.Name).Instantiate(store),
        GlobalType g => store.AllocateGlobal(g, Value.Default(g.ValType)),
        TableType t => store.AllocateTable(t, null),
        MemoryType m => store.AllocateMemory(m),
        TagType t => new TagInstance(store, t), // a fresh tag: nothing else throws it
        _ => throw new InvalidOperationException("unknown extern type"),
    };
}
