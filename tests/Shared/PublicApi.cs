using System.Reflection;
using System.Text;
using Xunit;

namespace Weld.TestSupport;

/// <summary>
/// Describes an assembly's public surface as stable, sorted text and compares it with an approved file, so that any
/// change to the surface is made on purpose. One line per type (kind, full name, then base type and the interfaces
/// the type adds beyond its base's), then one indented line per public member declared by the type.
/// </summary>
internal static class PublicApi
{
    /// <summary>Fails, writing the actual text next to the test binaries, unless <paramref name="assembly"/>'s surface
    /// matches the approved file (copied to the output folder at <paramref name="approvedFile"/>, relative to it;
    /// <paramref name="sourcePath"/> is where it lives in the repository).</summary>
    public static void AssertMatchesApproved(Assembly assembly, string approvedFile, string sourcePath)
    {
        string actual = Describe(assembly);
        string approvedPath = Path.Combine(AppContext.BaseDirectory, approvedFile);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == actual) return;
        string received = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        File.WriteAllText(received, actual);
        Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review {received} and copy it over {sourcePath} if intended.");
    }

    public static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(type.FullName).Append(Supertypes(type)).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not FieldInfo { IsSpecialName: true })
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Select(Member)
                .OrderBy(s => s, StringComparer.Ordinal);
            foreach (var m in members) sb.Append("  ").Append(m).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>" : Base, IAdded, ..." — the base unless it is implied by the kind, and the public interfaces that
    /// the base type does not already implement.</summary>
    private static string Supertypes(Type type)
    {
        var list = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(System.ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
            list.Add(Name(b));
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        list.AddRange(type.GetInterfaces().Where(i => i.IsPublic && !inherited.Contains(i)).Select(Name).Order(StringComparer.Ordinal));
        return list.Count == 0 ? "" : " : " + string.Join(", ", list);
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" :
        typeof(Delegate).IsAssignableFrom(t) ? "delegate" : t.IsAbstract && t.IsSealed ? "static class" :
        t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Params(c)})",
        MethodInfo mi => $"{Static(mi.IsStatic)}{Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Params(mi)})",
        PropertyInfo p => $"{Static(p.GetMethod?.IsStatic == true)}{Name(p.PropertyType)} {p.Name} {Accessors(p)}",
        FieldInfo f => f.DeclaringType!.IsEnum ? $"{f.Name} = {f.GetRawConstantValue()}" : $"{Static(f.IsStatic)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {nested.Name}",
        _ => m.ToString() ?? "",
    };

    private static string Static(bool isStatic) => isStatic ? "static " : "";

    private static string Accessors(PropertyInfo p) =>
        $"{{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? Setter(p.SetMethod) : "")} }}";

    private static string Setter(MethodInfo set) =>
        set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) ? " init;" : " set;";

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Params(MethodBase m) => string.Join(", ", m.GetParameters().Select(Param));

    private static string Param(ParameterInfo p) =>
        $"{ParamType(p)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}";

    private static string ParamType(ParameterInfo p) =>
        !p.ParameterType.IsByRef ? Name(p.ParameterType)
        : (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") + Name(p.ParameterType.GetElementType()!);

    private static string Name(Type t)
    {
        if (t.IsGenericParameter) return t.Name;
        if (t.IsByRef) return "ref " + Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsGenericType)
        {
            string n = t.Name[..t.Name.IndexOf('`')];
            return n + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }
        return t.Name;
    }
}
