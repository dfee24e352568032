namespace Weld.Diagnostics;

/// <summary>Link errors: texts and exceptions. Errors that list imports start with the spec's message
/// (<see cref="Messages.UnknownImport"/> or <see cref="Messages.IncompatibleImportType"/>), which
/// <c>assert_unlinkable</c> matches by prefix, followed by one line per failing import.</summary>
internal static class LinkErrors
{
    // What is wrong with one extern given for an import.
    public const string NoExternGiven = "no extern given";
    public const string ExternOfAnotherStore = "extern belongs to another store";

    public static string TypeMismatch(ExternType expected, ExternType actual) => $"expected {expected}, got {actual}";

    /// <summary>One line of <see cref="ImportsFailed"/>.</summary>
    public static string ImportLine(int index, string module, string name, string problem) =>
        $"\n  import {index} {ImportType.Quote(module)} {ImportType.Quote(name)}: {problem}";

    public static LinkException ImportsFailed(string kind, int failures, string lines) =>
        new($"{kind}: {failures} import(s) failed to link:{lines}");

    public static LinkException ExternCount(IReadOnlyList<ImportType> imports, int given) => new(ExternCountText(imports, given));

    /// <summary>A wrong number of externs for a module's imports: the imports left without one, or how many extra.</summary>
    public static string ExternCountText(IReadOnlyList<ImportType> imports, int given)
    {
        var text = new System.Text.StringBuilder(
            $"{Messages.UnknownImport}: module has {imports.Count} imports but {given} externs were given");
        if (given > imports.Count) return text.Append($" ({given - imports.Count} more than imports)").ToString();
        text.Append("; without an extern:");
        for (int i = given; i < imports.Count; i++) text.Append(UnresolvedLine(i, imports[i]));
        return text.ToString();
    }

    /// <summary>One line of <see cref="Unresolved"/>.</summary>
    public static string UnresolvedLine(int index, ImportType import) =>
        $"\n  import {index} {ImportType.Quote(import.Module)} {ImportType.Quote(import.Name)} {import.Type}";

    public static LinkException Unresolved(int count, string lines) =>
        new($"{Messages.UnknownImport}: {count} unresolved import(s):{lines}");

    /// <summary>One line of <see cref="Incompatible"/>.</summary>
    public static string IncompatibleLine(int index, ImportType import, ExternType actual) =>
        $"\n  import {index} {import}: {Messages.IncompatibleImportType}, got {actual}";

    public static LinkException Incompatible(string lines) => new($"{Messages.IncompatibleImportType}:{lines}");

    public static LinkException NotDefined(string module, string name) =>
        new($"{Messages.UnknownImport}: {ImportType.Quote(module)} {ImportType.Quote(name)} is not defined");

    public static LinkException AlreadyDefined(string module, string name) =>
        new($"{ImportType.Quote(module)} {ImportType.Quote(name)} is already defined (set AllowShadowing to replace it)");

    public static string AlreadyRegistered(string module, string name, FuncType type) =>
        $"{ImportType.Quote(module)} {ImportType.Quote(name)} {type} is already registered";

    public static LinkException DifferentEngines() => new("module and store belong to different engines");

    /// <summary>A dependency that loading linking found failed to link: its own error, then which module and file it
    /// was (the import lines are that module's, not the importer's).</summary>
    public static LinkException InDependency(LinkException inner, string module, string path) =>
        new($"{inner.Message}\n  (in module {ImportType.Quote(module)}, loaded from {path})", inner);

    /// <summary>Imports that no layer of a linker can resolve, found when an <c>InstancePre</c> is made.</summary>
    public static LinkException UnresolvedAtPrepare(int count, string lines) =>
        new($"{Messages.UnknownImport}: {count} unresolved import(s) (nothing in the linker defines or can provide them):{lines}");

    public static LinkException ImportCycle(IEnumerable<string> chain) => new($"import cycle: {string.Join(" -> ", chain)}");

    public static LinkException TablesOverLimit(ulong elements, uint limit) =>
        new($"the module's tables need {elements}+ elements, over the engine's limit of {limit}");

    public static LinkException TableOverLimit(ulong elements, uint limit) =>
        new($"a table of {elements} elements exceeds the engine's limit of {limit}");

    public static LinkException MemoryOverLimit(ulong pages) => new($"memory of {pages} pages exceeds the engine's limit");

    public static LinkException StoreLimit(string limit, ulong max, string what, ulong wanted) =>
        new($"store limit exceeded: {limit} is {max}, and this would make {wanted} {what}");

    public static LinkException StoreLimit(string limit, long max, string what, long wanted) =>
        StoreLimit(limit, (ulong)max, what, (ulong)wanted);

    public static LinkException GrowthRefused(string kind, ulong size, string unit) =>
        new($"store limiter refused a {kind} of {size} {unit}");
}
