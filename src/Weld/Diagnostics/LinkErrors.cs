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

    public static LinkException ExternCount(int imports, int given) =>
        new($"{Messages.UnknownImport}: module has {imports} imports but {given} externs were given");

    /// <summary>One line of <see cref="Unresolved"/>.</summary>
    public static string UnresolvedLine(int index, ImportType import) => $"\n  import {index} {import}";

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
