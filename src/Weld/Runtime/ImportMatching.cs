using System.Text;
using Weld.Diagnostics;

namespace Weld.Runtime;

/// <summary>The first step of instantiation: every extern is checked against its import before anything is
/// allocated, and one error lists every import that fails.</summary>
internal static class ImportMatching
{
    public static void Check(RuntimeStore store, CompiledModule module, ReadOnlySpan<ExternInstance?> externs, ImportCheck check)
    {
        var imports = module.Imports;
        if (externs.Length != imports.Length) throw LinkErrors.ExternCount(imports, externs.Length);
        StringBuilder? errors = null;
        int failures = 0;
        string? firstKind = null;
        for (int i = 0; i < imports.Length; i++)
        {
            var problem = ProblemOf(store, imports[i], module.ClosedImportTypes[i], externs[i], check, out string kind);
            if (problem is null) continue;
            failures++;
            firstKind ??= kind;
            (errors ??= new StringBuilder()).Append(LinkErrors.ImportLine(i, imports[i].Module, imports[i].Name, problem));
        }
        if (errors is not null) throw LinkErrors.ImportsFailed(firstKind!, failures, errors.ToString());
    }

    private static string? ProblemOf(RuntimeStore store, ImportType import, ExternType closedType, ExternInstance? given,
        ImportCheck check, out string kind)
    {
        kind = Messages.IncompatibleImportType;
        if (given is null)
        {
            kind = Messages.UnknownImport;
            return LinkErrors.NoExternGiven;
        }
        // A shared memory is the one object threads share: another store of the same engine may import it.
        bool sharedAcrossStores = given is MemoryInstance { Shared: true } && given.Store.Engine == store.Engine;
        if (given.Store != store && !sharedAcrossStores) return LinkErrors.ExternOfAnotherStore;
        // The kind is checked even when the types are known: the index spaces are filled by kind.
        if (given.Kind != import.Type.Kind || (check == ImportCheck.Full && !given.CurrentType.Matches(closedType)))
            return LinkErrors.TypeMismatch(import.Type, given.CurrentType);
        return null;
    }
}
