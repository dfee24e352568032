using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Weld.Tests.Api;

/// <summary>
/// Which layer (source folder of src/Weld) every type and method of Weld.dll belongs to, read from the portable PDB
/// next to the assembly, and which Weld types and methods each method uses, read from its signature, locals and IL.
/// A method's layer is the folder of its source file, so the members of a partial type declared in two folders (such
/// as <see cref="Value"/>) each count where they are written. A type's layer is its namespace's (Weld.X is X); for
/// namespace Weld, the lowest layer its members are written in.
/// </summary>
internal sealed class LayerMap
{
    /// <summary>The layers bottom first; a layer may use its own tier and every tier below it.</summary>
    public static readonly string[][] Tiers =
    [
        ["Types", "Diagnostics", "Syntax"],
        ["Binary", "Text", "Validation"],
        ["Runtime", "Execution"],
        ["Linking", "Hosts"],
        ["Api"],
        ["Script"],
    ];

    // TypeDefinitionDocuments: where the compiler records the files of types that have no method bodies (enums...).
    private static readonly Guid TypeDocumentsKind = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly _assembly;
    private readonly Dictionary<int, string> _methodFolders = [];
    private readonly Dictionary<int, List<string>> _typeFolders = [];

    private LayerMap(Assembly assembly, MetadataReader pdb)
    {
        _assembly = assembly;
        foreach (var handle in pdb.MethodDebugInformation)
        {
            var info = pdb.GetMethodDebugInformation(handle);
            var document = info.Document;
            if (document.IsNil)
                foreach (var point in info.GetSequencePoints()) { document = point.Document; break; }
            if (!document.IsNil && FolderOf(pdb, document) is { } folder)
                _methodFolders[MetadataTokens.GetToken(handle.ToDefinitionHandle())] = folder;
        }
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var cdi = pdb.GetCustomDebugInformation(handle);
            if (cdi.Parent.Kind != HandleKind.TypeDefinition || pdb.GetGuid(cdi.Kind) != TypeDocumentsKind) continue;
            var blob = pdb.GetBlobReader(cdi.Value);
            var folders = new List<string>();
            while (blob.RemainingBytes > 0)
                if (FolderOf(pdb, MetadataTokens.DocumentHandle(blob.ReadCompressedInteger())) is { } folder) folders.Add(folder);
            _typeFolders[MetadataTokens.GetToken(cdi.Parent)] = folders;
        }
    }

    public static LayerMap Load(Assembly assembly)
    {
        string pdbPath = Path.ChangeExtension(assembly.Location, ".pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        return new LayerMap(assembly, provider.GetMetadataReader());
    }

    public static int TierOf(string layer, string[][] tiers) => Array.FindIndex(tiers, t => t.Contains(layer));

    /// <summary>Every Weld type, nested and compiler-generated ones included, except the attributes the compiler embeds.</summary>
    public IEnumerable<Type> Types => _assembly.GetTypes().Where(t => Outermost(t).Namespace?.StartsWith("Weld", StringComparison.Ordinal) == true);

    /// <summary>The source folder a method is written in, or null when the PDB does not say (compiler-generated).</summary>
    public string? FolderOf(MethodBase method) =>
        method.Module.Assembly == _assembly && _methodFolders.TryGetValue(method.MetadataToken, out var f) ? f : null;

    /// <summary>The folders a type's own members (or, for types without bodies, its declarations) are written in.</summary>
    public IEnumerable<string> FoldersOf(Type type)
    {
        const BindingFlags all =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var folders = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)).Select(FolderOf).OfType<string>().ToList();
        if (_typeFolders.TryGetValue(type.MetadataToken, out var declared)) folders.AddRange(declared);
        return folders.Distinct();
    }

    /// <summary>The layer of a Weld type (null: not placed). Nested types belong to the type they are nested in.</summary>
    public string? LayerOf(Type type, string[][] tiers)
    {
        type = Outermost(type);
        if (type.Assembly != _assembly || type.Namespace is not { } ns) return null;
        if (ns.StartsWith("Weld.", StringComparison.Ordinal)) return ns.Split('.')[1];
        if (ns != "Weld") return null;
        return FoldersOf(type).OrderBy(f => TierOf(f, tiers) is var t && t < 0 ? int.MaxValue : t).FirstOrDefault();
    }

    /// <summary>The layer a method is written in: its file's folder, else its type's layer.</summary>
    public string? LayerOf(MethodBase method, string[][] tiers) =>
        FolderOf(method) ?? (method.DeclaringType is { } t ? LayerOf(t, tiers) : null);

    /// <summary>Every use of a Weld type or method from a layer that may not use it, one line each.</summary>
    public List<string> Violations(string[][] tiers)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (LayerOf(type, tiers) is not { } home) continue;
            var typeUses = new List<Type>();
            if (type.BaseType is { } b) typeUses.Add(b);
            typeUses.AddRange(type.GetInterfaces());
            const BindingFlags all =
            BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            typeUses.AddRange(type.GetFields(all).Select(f => f.FieldType));
            foreach (var used in typeUses) Check(found, tiers, home, type.FullName!, used, null);

            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (LayerOf(method, tiers) is not { } layer) continue;
                string user = $"{type.FullName}.{method.Name}";
                foreach (var (usedType, usedMethod) in Uses(method)) Check(found, tiers, layer, user, usedType, usedMethod);
            }
        }
        return [.. found];
    }

    private void Check(SortedSet<string> found, string[][] tiers, string layer, string user, Type used, MethodBase? usedMethod)
    {
        int tier = TierOf(layer, tiers);
        foreach (var t in Expand(used))
        {
            if (LayerOf(t, tiers) is { } target && TierOf(target, tiers) > tier)
                found.Add($"{layer} uses {target}: {user} -> {t.FullName ?? t.Name}");
        }
        if (usedMethod is not null && LayerOf(usedMethod, tiers) is { } written && TierOf(written, tiers) > tier)
            found.Add($"{layer} uses {written}: {user} -> {usedMethod.DeclaringType?.FullName}.{usedMethod.Name}");
    }

    /// <summary>The types a method's signature, locals and IL name, with the methods it calls.</summary>
    private static IEnumerable<(Type Type, MethodBase? Method)> Uses(MethodBase method)
    {
        if (method is MethodInfo mi) yield return (mi.ReturnType, null);
        foreach (var p in method.GetParameters()) yield return (p.ParameterType, null);
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return (local.LocalType, null);
        foreach (var member in ReferencedMembers(method, body.GetILAsByteArray() ?? []))
        {
            switch (member)
            {
                case Type t: yield return (t, null); break;
                case FieldInfo f: yield return (f.DeclaringType!, null); yield return (f.FieldType, null); break;
                case MethodBase m:
                    yield return (m.DeclaringType!, m);
                    if (m.IsGenericMethod) foreach (var a in m.GetGenericArguments()) yield return (a, null);
                    break;
            }
        }
    }

    /// <summary>The members the IL's type, field, method and token operands name.</summary>
    private static IEnumerable<MemberInfo> ReferencedMembers(MethodBase method, byte[] il)
    {
        var typeArgs = method.DeclaringType is { IsGenericType: true } dt ? dt.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var op))
                throw new InvalidOperationException($"unknown IL opcode 0x{value:X} in {method.DeclaringType}.{method.Name}");
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineField or OperandType.InlineMethod:
                    yield return method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs)!;
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>A type and the types it is made of (elements, generic arguments).</summary>
    private static IEnumerable<Type> Expand(Type t)
    {
        if (t.IsGenericParameter) yield break;
        if (t.HasElementType)
        {
            foreach (var e in Expand(t.GetElementType()!)) yield return e;
            yield break;
        }
        if (t.IsGenericType && !t.IsGenericTypeDefinition)
        {
            yield return t.GetGenericTypeDefinition();
            foreach (var a in t.GetGenericArguments())
                foreach (var e in Expand(a)) yield return e;
            yield break;
        }
        yield return t;
    }

    private static Type Outermost(Type t)
    {
        while (t.DeclaringType is { } outer) t = outer;
        return t;
    }

    /// <summary>The folder under src/Weld/ of a source document, or null (generated files, files outside src/Weld).</summary>
    private static string? FolderOf(MetadataReader pdb, DocumentHandle handle)
    {
        string path = pdb.GetString(pdb.GetDocument(handle).Name).Replace('\\', '/');
        int at = path.LastIndexOf("/src/Weld/", StringComparison.Ordinal);
        if (at < 0) return null;
        string rest = path[(at + "/src/Weld/".Length)..];
        int slash = rest.IndexOf('/');
        return slash < 0 || rest.StartsWith("obj/", StringComparison.Ordinal) ? null : rest[..slash];
    }
}
