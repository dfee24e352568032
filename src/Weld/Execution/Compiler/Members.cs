using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Weld.Execution.Compiler;

/// <summary>The methods and fields compiled code refers to, looked up by name once (reflection is slow next to
/// emitting IL, and the same few members are referred to thousands of times).</summary>
internal static class Members
{
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> s_methods = new();
    private static readonly ConcurrentDictionary<(Type, string), FieldInfo> s_fields = new();

    /// <summary>The public static method <paramref name="name"/> of <paramref name="type"/> (not overloaded).</summary>
    public static MethodInfo Method([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type, string name) =>
        s_methods.TryGetValue((type, name), out var method) ? method
            : s_methods.GetOrAdd((type, name), type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{type.Name}.{name} not found"));

    /// <summary>The public field <paramref name="name"/> of <paramref name="type"/>.</summary>
    public static FieldInfo Field([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type, string name) =>
        s_fields.TryGetValue((type, name), out var field) ? field
            : s_fields.GetOrAdd((type, name), type.GetField(name) ?? throw new InvalidOperationException($"{type.Name}.{name} not found"));
}
