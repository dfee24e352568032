using System.Text;

namespace Weld;

/// <summary>The kinds of external values.</summary>
public enum ExternKind : byte
{
    /// <summary>A function.</summary>
    Function = 0,
    /// <summary>A table.</summary>
    Table = 1,
    /// <summary>A memory.</summary>
    Memory = 2,
    /// <summary>A global.</summary>
    Global = 3,
    /// <summary>An exception tag (exception handling).</summary>
    Tag = 4,
}

/// <summary>The type of an import or export: a function, table, memory, global or tag type.</summary>
public abstract class ExternType
{
    private protected ExternType() { }

    /// <summary>Which kind of extern this type describes.</summary>
    public abstract ExternKind Kind { get; }

    /// <summary>
    /// The spec's match_externtype: whether an extern of this (actual) type may satisfy an import of type <paramref name="expected"/>.
    /// </summary>
    public abstract bool Matches(ExternType expected);
}

/// <summary>A function type: parameter and result types.</summary>
public sealed class FuncType : ExternType, IEquatable<FuncType>
{
    internal readonly ValType[] ParamArray;
    internal readonly ValType[] ResultArray;

    /// <summary>Creates a function type.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="results"/> is null.</exception>
    public FuncType(IEnumerable<ValType> parameters, IEnumerable<ValType> results)
        : this(parameters.ToArray(), results.ToArray(), true) { }

    internal FuncType(ValType[] parameters, ValType[] results, bool _)
    {
        ParamArray = parameters;
        ResultArray = results;
        ParamSlots = SlotsOf(parameters);
        ResultSlots = SlotsOf(results);
    }

    /// <summary>The run-time type of a closed type made by <see cref="TypeRegistry"/> (null for a type built
    /// otherwise, e.g. by the host).</summary>
    internal RuntimeType? Rtt;

    /// <summary>call_indirect's run-time check: whether a function of this type may be called where
    /// <paramref name="expected"/> is required (the same type, or a declared subtype of it).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool IsCallableAs(FuncType expected) => ReferenceEquals(this, expected) || IsCallableAsSlow(expected);

    private bool IsCallableAsSlow(FuncType expected) =>
        Rtt is { } actual && expected.Rtt is { } wanted ? actual.IsSubtypeOf(wanted) : Equals(expected);

    /// <summary>Stack slots the parameters and the results take in the shared calling convention (v128: two).</summary>
    internal readonly int ParamSlots, ResultSlots;

    /// <summary>Slots a call needs from its argument base: the larger of parameters and results.</summary>
    internal int SlotRoom => Math.Max(ParamSlots, ResultSlots);

    private static int SlotsOf(ValType[] types)
    {
        int n = 0;
        foreach (var t in types) n += t.Kind == ValueKind.V128 ? 2 : 1;
        return n;
    }

    /// <summary>The parameter types.</summary>
    public IReadOnlyList<ValType> Parameters => ParamArray;
    /// <summary>The result types.</summary>
    public IReadOnlyList<ValType> Results => ResultArray;
    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Function;

    /// <inheritdoc/>
    public override bool Matches(ExternType expected) => expected is FuncType f && Subtyping.FuncTypeMatches(this, f);

    /// <inheritdoc/>
    public bool Equals(FuncType? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (ParamArray.AsSpan().SequenceEqual(other.ParamArray) && ResultArray.AsSpan().SequenceEqual(other.ResultArray)));
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FuncType f && Equals(f);
    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var p in ParamArray) h.Add(p);
        h.Add(-1);
        foreach (var r in ResultArray) h.Add(r);
        return h.ToHashCode();
    }

    /// <summary>Text-format syntax, e.g. <c>(func (param i32) (result i32))</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("(func");
        if (ParamArray.Length > 0) sb.Append(" (param ").AppendJoin(' ', ParamArray).Append(')');
        if (ResultArray.Length > 0) sb.Append(" (result ").AppendJoin(' ', ResultArray).Append(')');
        return sb.Append(')').ToString();
    }
}

/// <summary>Size limits of a table (in elements) or memory (in pages).</summary>
public readonly struct Limits : IEquatable<Limits>
{
    /// <summary>Creates limits.</summary>
    public Limits(ulong min, ulong? max = null)
    {
        Min = min;
        Max = max;
    }

    /// <summary>The minimum size.</summary>
    public ulong Min { get; }
    /// <summary>The maximum size, if any.</summary>
    public ulong? Max { get; }

    /// <summary>The spec's limits matching: these (actual) limits satisfy <paramref name="expected"/>.</summary>
    public bool Matches(Limits expected) =>
        Min >= expected.Min && (expected.Max is not ulong emax || (Max is ulong amax && amax <= emax));

    /// <inheritdoc/>
    public bool Equals(Limits other) => Min == other.Min && Max == other.Max;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Limits l && Equals(l);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max);
    /// <summary>Equality.</summary>
    public static bool operator ==(Limits a, Limits b) => a.Equals(b);
    /// <summary>Inequality.</summary>
    public static bool operator !=(Limits a, Limits b) => !a.Equals(b);
    /// <summary>Text syntax: <c>min</c> or <c>min max</c>.</summary>
    public override string ToString() => Max is ulong m ? $"{Min} {m}" : $"{Min}";
}

/// <summary>A table type: element reference type and limits.</summary>
public sealed class TableType : ExternType, IEquatable<TableType>
{
    /// <summary>Creates a table type.</summary>
    /// <exception cref="ArgumentException"><paramref name="elementType"/> is not a reference type.</exception>
    public TableType(ValType elementType, Limits limits) : this(elementType, limits, AddressType.I32) { }

    /// <summary>Creates a table type with the given index type (table64: <see cref="AddressType.I64"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="elementType"/> is not a reference type.</exception>
    public TableType(ValType elementType, Limits limits, AddressType addressType)
    {
        if (!elementType.IsReference) throw new ArgumentException("table element type must be a reference type", nameof(elementType));
        ElementType = elementType;
        Limits = limits;
        AddressType = addressType;
    }

    /// <summary>Creates a table type from a minimum and optional maximum.</summary>
    /// <exception cref="ArgumentException"><paramref name="elementType"/> is not a reference type.</exception>
    public TableType(ValType elementType, ulong min, ulong? max = null) : this(elementType, new Limits(min, max)) { }

    /// <summary>The element type.</summary>
    public ValType ElementType { get; }
    /// <summary>The limits, in elements.</summary>
    public Limits Limits { get; }
    /// <summary>The type of the table's indexes and sizes.</summary>
    public AddressType AddressType { get; }
    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Table;
    /// <inheritdoc/>
    public override bool Matches(ExternType expected) =>
        expected is TableType t && ElementType.Matches(t.ElementType) && t.ElementType.Matches(ElementType)
            && AddressType == t.AddressType && Limits.Matches(t.Limits);
    /// <inheritdoc/>
    public bool Equals(TableType? other) =>
        other is not null && ElementType == other.ElementType && Limits == other.Limits && AddressType == other.AddressType;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TableType t && Equals(t);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ElementType, Limits, AddressType);
    /// <summary>Text syntax, e.g. <c>(table 1 10 funcref)</c>.</summary>
    public override string ToString() => AddressType == AddressType.I64 ? $"(table i64 {Limits} {ElementType})" : $"(table {Limits} {ElementType})";
}

/// <summary>A memory type: limits in 64 KiB pages.</summary>
public sealed class MemoryType : ExternType, IEquatable<MemoryType>
{
    /// <summary>Creates a memory type.</summary>
    public MemoryType(Limits limits, bool shared = false) : this(limits, shared, AddressType.I32) { }

    /// <summary>Creates a memory type with the given address type (memory64: <see cref="AddressType.I64"/>).</summary>
    public MemoryType(Limits limits, bool shared, AddressType addressType)
    {
        Limits = limits;
        Shared = shared;
        AddressType = addressType;
    }

    /// <summary>Creates a memory type from a minimum and optional maximum, in pages.</summary>
    public MemoryType(ulong min, ulong? max = null, bool shared = false) : this(new Limits(min, max), shared) { }

    /// <summary>The limits, in pages.</summary>
    public Limits Limits { get; }
    /// <summary>Whether the memory is shared between threads (threads proposal).</summary>
    public bool Shared { get; }
    /// <summary>The type of the memory's addresses and sizes.</summary>
    public AddressType AddressType { get; }
    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Memory;
    /// <inheritdoc/>
    public override bool Matches(ExternType expected) =>
        expected is MemoryType m && Shared == m.Shared && AddressType == m.AddressType && Limits.Matches(m.Limits);
    /// <inheritdoc/>
    public bool Equals(MemoryType? other) =>
        other is not null && Limits == other.Limits && Shared == other.Shared && AddressType == other.AddressType;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MemoryType m && Equals(m);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Limits, Shared, AddressType);
    /// <summary>Text syntax, e.g. <c>(memory 1 16)</c> or <c>(memory i64 1)</c>.</summary>
    public override string ToString()
    {
        string at = AddressType == AddressType.I64 ? "i64 " : "";
        return Shared ? $"(memory {at}{Limits} shared)" : $"(memory {at}{Limits})";
    }
}

/// <summary>A global type: value type and mutability.</summary>
public sealed class GlobalType : ExternType, IEquatable<GlobalType>
{
    /// <summary>Creates a global type.</summary>
    public GlobalType(ValType valueType, bool mutable)
    {
        ValType = valueType;
        Mutable = mutable;
    }

    /// <summary>The value type.</summary>
    public ValType ValType { get; }
    /// <summary>Whether the global can be written.</summary>
    public bool Mutable { get; }
    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Global;
    /// <inheritdoc/>
    public override bool Matches(ExternType expected) =>
        expected is GlobalType g && g.Mutable == Mutable &&
        (Mutable ? ValType.Matches(g.ValType) && g.ValType.Matches(ValType) : ValType.Matches(g.ValType));
    /// <inheritdoc/>
    public bool Equals(GlobalType? other) => other is not null && ValType == other.ValType && Mutable == other.Mutable;
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GlobalType g && Equals(g);
    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ValType, Mutable);
    /// <summary>Text syntax, e.g. <c>(global (mut i32))</c>.</summary>
    public override string ToString() => Mutable ? $"(global (mut {ValType}))" : $"(global {ValType})";
}

/// <summary>One import of a module: two-level name and expected type.</summary>
public sealed class ImportType
{
    internal ImportType(string module, string name, ExternType type)
    {
        Module = module;
        Name = name;
        Type = type;
    }

    /// <summary>The module name.</summary>
    public string Module { get; }
    /// <summary>The field name.</summary>
    public string Name { get; }
    /// <summary>The expected type.</summary>
    public ExternType Type { get; }
    /// <summary>Text syntax: <c>import "m" "n" (func ...)</c>.</summary>
    public override string ToString() => $"import {Quote(Module)} {Quote(Name)} {Type}";

    internal static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

/// <summary>One export of a module: name and type.</summary>
public sealed class ExportType
{
    internal ExportType(string name, ExternType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The export name.</summary>
    public string Name { get; }
    /// <summary>The type.</summary>
    public ExternType Type { get; }
    /// <summary>Text syntax: <c>export "n" (memory 1)</c>.</summary>
    public override string ToString() => $"export {ImportType.Quote(Name)} {Type}";
}
