using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

/// <summary>A parsed type use: <c>(type x)? (param ...)* (result ...)*</c>, not yet resolved to an index.</summary>
internal sealed class TypeUse
{
    public int? Explicit;
    public Token At;
    public List<ValType> Params { get; } = [];
    public List<string?> ParamNames { get; } = [];
    public List<ValType> Results { get; } = [];
    public bool HasInline => Params.Count > 0 || Results.Count > 0;
}

internal sealed partial class ModuleParser
{
    public static bool IsRefType(string word) => HeapTypes.ParseAbbreviation(word) is not null;

    /// <summary>Whether a reference type starts here: an abbreviation (<c>funcref</c>) or <c>(ref ...)</c>.</summary>
    public bool AtRefType() =>
        Ts.Peek().Kind == TokenKind.Keyword && IsRefType(Ts.Text(Ts.Peek())) || Ts.PeekParen("ref");

    public ValType ReadValueType()
    {
        if (Ts.PeekParen("ref"))
        {
            // (ref null? heaptype)
            Ts.ExpectParen("ref");
            bool nullable = false;
            if (Ts.PeekKeyword("null"))
            {
                Ts.Next();
                nullable = true;
            }
            var r = ReadHeapType(nullable);
            Ts.ExpectRParen();
            return r;
        }
        var t = Ts.Next();
        if (t.Kind == TokenKind.Keyword)
        {
            if (HeapTypes.ParseAbbreviation(Ts.Text(t)) is { } abbreviated) return ValType.Ref(abbreviated);
            switch (Ts.Text(t))
            {
                case "i32": return ValType.I32;
                case "i64": return ValType.I64;
                case "f32": return ValType.F32;
                case "f64": return ValType.F64;
                case "v128": return ValType.V128;
            }
        }
        // (ref null exn) is exnref; other typed references come with the function references proposal.
        if (t.Kind == TokenKind.LParen && Ts.PeekKeyword("ref"))
        {
            Ts.Next();
            var nul = Ts.Next();
            var heap = Ts.Next();
            if (Ts.Is(nul, "null") && Ts.Is(heap, "exn") && Ts.Peek().Kind == TokenKind.RParen)
            {
                Ts.ExpectRParen();
                return ValType.ExnRef;
            }
            throw Ts.Unexpected(heap);
        }
        throw Ts.Unexpected(t);
    }

    /// <summary>A heap type (an abstract keyword or a type index) as the reference type that names it.</summary>
    public ValType ReadHeapType(bool nullable)
    {
        var t = Ts.Peek();
        if (t.Kind == TokenKind.Keyword && HeapTypes.Parse(Ts.Text(t)) is { } abstractHeap)
        {
            Ts.Next();
            return ValType.Ref(abstractHeap, nullable);
        }
        if (!IndexSpace.AtIndex(Ts)) throw Ts.Unexpected(t);
        int index = Names.Types.Resolve(Ts);
        return ValType.Ref(index, nullable, Module.RefKindOf(index));
    }

    public ValType ReadRefType()
    {
        var t = Ts.Peek();
        var vt = ReadValueType();
        if (!vt.IsReference) throw Ts.Unexpected(t);
        return vt;
    }

    /// <summary>Reads <c>(type x)? (param ...)* (result ...)*</c>. Parameter ids are allowed in function headers,
    /// imports and type definitions, never in block types or call_indirect.</summary>
    public TypeUse ReadTypeUse(bool allowType, bool allowParamNames)
    {
        var use = new TypeUse { At = Ts.Peek() };
        if (allowType && Ts.PeekParen("type"))
        {
            Ts.ExpectParen("type");
            use.Explicit = Names.Types.Resolve(Ts);
            Ts.ExpectRParen();
        }
        while (Ts.PeekParen("param"))
        {
            Ts.ExpectParen("param");
            if (Ts.Peek().Kind == TokenKind.Id)
            {
                if (!allowParamNames) throw Ts.Unexpected(Ts.Peek());
                use.ParamNames.Add(Ts.TryId());
                use.Params.Add(ReadValueType());
            }
            else
            {
                while (Ts.Peek().Kind != TokenKind.RParen)
                {
                    use.Params.Add(ReadValueType());
                    use.ParamNames.Add(null);
                }
            }
            Ts.ExpectRParen();
        }
        while (Ts.PeekParen("result"))
        {
            Ts.ExpectParen("result");
            while (Ts.Peek().Kind != TokenKind.RParen) use.Results.Add(ReadValueType());
            Ts.ExpectRParen();
        }
        // Clauses out of order are a syntax error, reported before any type check.
        if (Ts.PeekParen("param") || Ts.PeekParen("type")) throw Ts.Unexpected(Ts.Peek(1));
        return use;
    }

    /// <summary>The type index of a type use: the explicit one (checked against inline params and results when both
    /// are written), or the first type equal to the inline signature, appended at the end when there is none.</summary>
    public int ResolveTypeUse(TypeUse use)
    {
        if (use.Explicit is int x)
        {
            if (use.HasInline)
            {
                if (x < 0 || x >= Module.Types.Count) throw Ts.Error(use.At, Messages.UnknownType);
                var ft = Module.FuncTypeOrNull(x);
                if (ft is null) throw Ts.Error(use.At, Messages.InlineFunctionType);
                if (!ft.ParamArray.AsSpan().SequenceEqual(use.Params.ToArray()) ||
                    !ft.ResultArray.AsSpan().SequenceEqual(use.Results.ToArray()))
                    throw Ts.Error(use.At, Messages.InlineFunctionType);
            }
            return x;
        }
        var sig = new FuncType([.. use.Params], [.. use.Results], true);
        int found = FindPlainFuncType(sig);
        return found >= 0 ? found : Module.AddType(sig);
    }

    /// <summary>A block type: empty or one result needs no type index; anything else is a type use. A single 3.0
    /// reference type that 2.0 cannot write in one byte goes packed in C (<see cref="BlockTypes.Packed"/>).</summary>
    public Instr ReadBlockType(Opcode op)
    {
        var use = ReadTypeUse(allowType: true, allowParamNames: false);
        if (use.Explicit is null && use.Params.Count == 0)
        {
            if (use.Results.Count == 0) return new Instr(op, BlockTypes.Empty);
            if (use.Results.Count == 1) return BlockTypes.Of(op, use.Results[0]);
        }
        return new Instr(op, ResolveTypeUse(use));
    }

    /// <summary>The parameter types a type use gives its function (for local indices), or none when unknown.</summary>
    public IReadOnlyList<ValType> ParamsOf(TypeUse use, int typeIndex) =>
        use.HasInline || use.Explicit is null ? use.Params
        : Module.FuncTypeOrNull(typeIndex)?.ParamArray ?? [];

    private Limits ReadLimits()
    {
        if (Wide)
        {
            // 3.0 reads u64 and lets the validator judge the size against the address type ("memory size").
            ulong min64 = Ts.ExpectU64();
            ulong? max64 = Ts.Peek().Kind == TokenKind.Number ? Ts.ExpectU64() : null;
            return new Limits(min64, max64);
        }
        uint min = Ts.ExpectU32();
        uint? max = Ts.Peek().Kind == TokenKind.Number ? Ts.ExpectU32() : null;
        return new Limits(min, max);
    }

    /// <summary>The optional address type before a memory's or table's limits (memory64), i32 when absent.</summary>
    public AddressType ReadAddressType()
    {
        if (Ts.PeekKeyword("i64"))
        {
            Ts.Next();
            return AddressType.I64;
        }
        if (Ts.PeekKeyword("i32")) Ts.Next();
        return AddressType.I32;
    }

    private TableType ReadTableType()
    {
        var addressType = ReadAddressType();
        var limits = ReadLimits();
        return new TableType(ReadRefType(), limits, addressType);
    }

    private MemoryType ReadMemoryType()
    {
        var addressType = ReadAddressType();
        var limits = ReadLimits();
        bool shared = false;
        if (Ts.PeekKeyword("shared"))
        {
            Ts.Next();
            shared = true;
        }
        return new MemoryType(limits, shared, addressType);
    }

    private GlobalType ReadGlobalType()
    {
        if (Ts.PeekParen("mut"))
        {
            Ts.ExpectParen("mut");
            var t = ReadValueType();
            Ts.ExpectRParen();
            return new GlobalType(t, true);
        }
        return new GlobalType(ReadValueType(), false);
    }
}
