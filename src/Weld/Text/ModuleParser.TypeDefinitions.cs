using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Text;

/// <summary>Type definitions: <c>(type $t? deftype)</c> and <c>(rec (type ...)*)</c>, where a definition is
/// <c>(func ...)</c>, <c>(struct (field $f? fieldtype)*)</c>, <c>(array fieldtype)</c> or
/// <c>(sub final? $super* comptype)</c>. The scan binds each name and reserves its place with the right form (so that
/// a reference to it knows its hierarchy before it is read); the definitions are read once every name is known.</summary>
internal sealed partial class ModuleParser
{
    private readonly List<(int Position, int Index)> _typeDefinitions = [];

    /// <summary>After <c>(type</c>: binds the name and reserves the type's place (in the open group, if any).</summary>
    private void ScanTypeDefinition(Token kw, int groupStart)
    {
        var id = Ts.TryId();
        Names.Types.Add(id, kw, Ts);
        int index = Module.Types.Count;
        _typeDefinitions.Add((Ts.Position, index));
        var placeholder = new SubType(true, [], PlaceholderOf(PeekCompositeKind()));
        if (groupStart < 0) Module.AddType(placeholder);
        else Module.Types.Add(placeholder);
    }

    /// <summary>After <c>(rec</c>: every <c>(type ...)</c> of the group, which becomes one recursion group.</summary>
    private void ScanRecGroup()
    {
        int start = Module.Types.Count;
        while (Ts.PeekParen("type"))
        {
            int open = Ts.Position;
            Ts.ExpectLParen();
            var kw = Ts.Next();
            ScanTypeDefinition(kw, start);
            Ts.Position = open;
            Ts.SkipSExpr();
        }
        if (Ts.Peek().Kind != TokenKind.RParen) throw Ts.Unexpected(Ts.Peek());
        Module.RecGroups.Add(new RecGroup(start, Module.Types.Count - start));
    }

    private static CompositeType PlaceholderOf(CompositeKind kind) => kind switch
    {
        CompositeKind.Struct => CompositeType.OfStruct([]),
        CompositeKind.Array => CompositeType.OfArray(FieldType.Of(ValType.I32, false)),
        _ => CompositeType.OfFunc(new FuncType([], [], true)),
    };

    /// <summary>The form of the definition ahead (looking through <c>(sub final? x*</c>); a function when unclear,
    /// leaving the error to the parse.</summary>
    private CompositeKind PeekCompositeKind()
    {
        int k = 0;
        if (Ts.Peek(k).Kind == TokenKind.LParen && Ts.Is(Ts.Peek(k + 1), "sub"))
        {
            k += 2;
            while (Ts.Peek(k).Kind is TokenKind.Keyword or TokenKind.Id or TokenKind.Number && !Ts.Is(Ts.Peek(k), "func")) k++;
        }
        if (Ts.Peek(k).Kind != TokenKind.LParen) return CompositeKind.Func;
        var kw = Ts.Peek(k + 1);
        return Ts.Is(kw, "struct") ? CompositeKind.Struct : Ts.Is(kw, "array") ? CompositeKind.Array : CompositeKind.Func;
    }

    /// <summary>Reads each definition into the place its scan reserved.</summary>
    private void ParseTypeDefinitions()
    {
        foreach (var (position, index) in _typeDefinitions)
        {
            Ts.Position = position;
            Module.Types[index] = ReadSubType(index);
            Ts.ExpectRParen();
        }
    }

    private SubType ReadSubType(int index)
    {
        if (!Ts.PeekParen("sub")) return new SubType(true, [], ReadCompositeType(index));
        Ts.ExpectParen("sub");
        bool final = false;
        if (Ts.PeekKeyword("final"))
        {
            Ts.Next();
            final = true;
        }
        var supers = new List<int>();
        while (IndexSpace.AtIndex(Ts)) supers.Add(Names.Types.Resolve(Ts));
        var composite = ReadCompositeType(index);
        Ts.ExpectRParen();
        return new SubType(final, [.. supers], composite);
    }

    private CompositeType ReadCompositeType(int index)
    {
        Ts.ExpectLParen();
        var kw = Ts.Next();
        CompositeType result;
        switch (Ts.Text(kw))
        {
            case "func":
                var use = ReadTypeUse(allowType: false, allowParamNames: true);
                result = CompositeType.OfFunc(new FuncType([.. use.Params], [.. use.Results], true));
                break;
            case "struct": result = CompositeType.OfStruct(ReadFields(index)); break;
            case "array": result = CompositeType.OfArray(ReadFieldType()); break;
            default: throw Ts.Unexpected(kw);
        }
        Ts.ExpectRParen();
        return result;
    }

    /// <summary><c>(field $f fieldtype)</c> or <c>(field fieldtype*)</c>, repeated; names go to the type's field
    /// index space.</summary>
    private FieldType[] ReadFields(int typeIndex)
    {
        var fields = new List<FieldType>();
        var names = Names.FieldsOf(typeIndex);
        while (Ts.PeekParen("field"))
        {
            Ts.ExpectParen("field");
            var at = Ts.Peek();
            if (Ts.TryId() is string id)
            {
                names.Add(id, at, Ts);
                fields.Add(ReadFieldType());
            }
            else
            {
                while (Ts.Peek().Kind != TokenKind.RParen)
                {
                    names.Add(null, at, Ts);
                    fields.Add(ReadFieldType());
                }
            }
            Ts.ExpectRParen();
        }
        return [.. fields];
    }

    /// <summary><c>storagetype</c> or <c>(mut storagetype)</c>; a storage type is a value type, i8 or i16.</summary>
    private FieldType ReadFieldType()
    {
        if (!Ts.PeekParen("mut")) return ReadStorageType(mutable: false);
        Ts.ExpectParen("mut");
        var f = ReadStorageType(mutable: true);
        Ts.ExpectRParen();
        return f;
    }

    private FieldType ReadStorageType(bool mutable)
    {
        if (Ts.PeekKeyword("i8") || Ts.PeekKeyword("i16"))
        {
            var packed = Ts.PeekKeyword("i8") ? PackedType.I8 : PackedType.I16;
            Ts.Next();
            return FieldType.OfPacked(packed, mutable);
        }
        return FieldType.Of(ReadValueType(), mutable);
    }

    /// <summary>The implicit type of an inline signature: the first plain function type (final, no supertypes, a
    /// group of its own) equal to it, or -1.</summary>
    private int FindPlainFuncType(FuncType sig)
    {
        foreach (var g in Module.RecGroups)
        {
            if (g.Count != 1) continue;
            var t = Module.Types[g.Start];
            if (t.Final && t.Supers.Length == 0 && sig.Equals(t.Func)) return g.Start;
        }
        return -1;
    }
}
