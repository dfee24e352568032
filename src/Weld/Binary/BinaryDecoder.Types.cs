using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Binary;

/// <summary>The type section: recursion groups (0x4E), subtypes (0x50, 0x4F final) and composite types (0x60 func,
/// 0x5F struct, 0x5E array). Without GC only plain function types (0x60) exist, as in 2.0.</summary>
internal static partial class BinaryDecoder
{
    private const byte RecForm = 0x4E, SubForm = 0x50, SubFinalForm = 0x4F, FuncForm = 0x60, StructForm = 0x5F, ArrayForm = 0x5E;

    private static void ReadTypes(ref WasmReader r, ModuleDefinition m)
    {
        bool gc = (r.Features & WasmFeatures.Gc) != 0;
        int n = r.ReadLength();
        for (int i = 0; i < n; i++)
        {
            if (gc && r.Peek() == RecForm)
            {
                r.Pos++;
                int count = r.ReadLength();
                var group = new List<SubType>(Math.Min(count, 1024));
                for (int k = 0; k < count; k++) group.Add(ReadSubType(ref r, gc));
                int start = m.AddRecGroup(group);
                FixGroupKinds(m, start, count);
            }
            else
            {
                int start = m.AddType(ReadSubType(ref r, gc));
                FixGroupKinds(m, start, 1);
            }
        }
    }

    private static SubType ReadSubType(ref WasmReader r, bool gc)
    {
        int at = r.Pos;
        byte form = r.ReadByte();
        if ((form & 0x80) != 0) throw r.Error(Messages.IntegerTooLong, r.Pos);
        if (gc && form is SubForm or SubFinalForm)
        {
            var supers = new int[r.ReadLength()];
            for (int k = 0; k < supers.Length; k++) supers[k] = r.ReadIndex();
            int compAt = r.Pos;
            return new SubType(form == SubFinalForm, supers, ReadCompositeType(ref r, r.ReadByte(), compAt, gc));
        }
        return new SubType(true, [], ReadCompositeType(ref r, form, at, gc));
    }

    private static CompositeType ReadCompositeType(ref WasmReader r, byte form, int at, bool gc)
    {
        switch (form)
        {
            case FuncForm:
                var parameters = ReadValueTypes(ref r);
                var results = ReadValueTypes(ref r);
                return CompositeType.OfFunc(new FuncType(parameters, results, true));
            case StructForm when gc:
                var fields = new FieldType[r.ReadLength()];
                for (int k = 0; k < fields.Length; k++) fields[k] = ReadFieldType(ref r);
                return CompositeType.OfStruct(fields);
            case ArrayForm when gc:
                return CompositeType.OfArray(ReadFieldType(ref r));
            default:
                throw r.Error(Messages.MalformedFunctionType, at);
        }
    }

    /// <summary>A storage type (0x78 i8, 0x77 i16, or a value type) and its mutability byte.</summary>
    private static FieldType ReadFieldType(ref WasmReader r)
    {
        var packed = r.Peek() switch
        {
            0x78 => PackedType.I8,
            0x77 => PackedType.I16,
            _ => PackedType.None,
        };
        ValType type;
        if (packed != PackedType.None)
        {
            r.Pos++;
            type = ValType.I32;
        }
        else type = r.ReadValueType();
        int at = r.Pos;
        byte mutability = r.ReadByte();
        if (mutability > 1) throw r.Error(Messages.MalformedMutability, at);
        return new FieldType(type, packed, mutability == 1);
    }

    /// <summary>A group's types may name each other before they are read: once the group is complete, every type
    /// index inside it gets the reference kind of the type it names.</summary>
    internal static void FixGroupKinds(ModuleDefinition m, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            var t = m.Types[i];
            bool stale = false;
            foreach (var v in t.Composite.ValueTypes())
                if (v.TypeIndex is int x && v.Kind != m.RefKindOf(x)) stale = true;
            if (stale) m.Types[i] = t.Map(v => v.TypeIndex is int x ? v.WithKind(m.RefKindOf(x)) : v);
        }
    }
}
