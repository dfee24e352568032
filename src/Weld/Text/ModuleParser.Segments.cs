using Weld.Syntax;

namespace Weld.Text;

internal sealed partial class ModuleParser
{
    /// <summary>
    /// <c>(elem id? elemlist)</c> passive, <c>(elem id? declare elemlist)</c>, or active
    /// <c>(elem id? (table x)? (offset ...)|(instr) elemlist)</c>, where elemlist is <c>reftype item*</c>,
    /// <c>func x*</c>, or (active without a table, the 1.0 form) just <c>x*</c>.
    /// </summary>
    private void ParseElem()
    {
        Ts.TryId();
        var mode = SegmentMode.Passive;
        int table = 0;
        Instr[] offset = [];
        if (Ts.PeekKeyword("declare"))
        {
            Ts.Next();
            mode = SegmentMode.Declarative;
        }
        else
        {
            if (Ts.PeekParen("table"))
            {
                Ts.ExpectParen("table");
                table = Names.Tables.Resolve(Ts);
                Ts.ExpectRParen();
                mode = SegmentMode.Active;
            }
            else if (IndexSpace.AtIndex(Ts) && Ts.Peek(1).Kind == TokenKind.LParen)
            {
                table = Names.Tables.Resolve(Ts); // 1.0 form: a bare table index
                mode = SegmentMode.Active;
            }
            if (mode == SegmentMode.Active || Ts.Peek().Kind == TokenKind.LParen && !Ts.PeekParen("ref"))
            {
                mode = SegmentMode.Active;
                offset = ReadOffset();
            }
        }
        // func x* (and the bare x*) means (ref func) (ref.func x)* in 3.0, which 2.0's funcref accepts as its subtype.
        ValType type = ValType.Ref(AbstractHeapType.Func, nullable: false);
        Instr[][] items;
        if (Ts.PeekKeyword("func"))
        {
            Ts.Next();
            items = ReadFuncIndexItems();
        }
        else if (AtRefType())
        {
            type = ReadRefType();
            items = ReadElemExprs();
        }
        else items = ReadFuncIndexItems();
        Module.Elements.Add(new ElementSegment { Mode = mode, TableIndex = table, Offset = offset, ElementType = type, Items = items });
    }

    /// <summary><c>(offset instr*)</c> or a single folded instruction.</summary>
    private Instr[] ReadOffset()
    {
        if (!Ts.PeekParen("offset")) return ReadFoldedExpr();
        Ts.ExpectParen("offset");
        var e = ReadExpr();
        Ts.ExpectRParen();
        return e;
    }

    /// <summary>Function indices as items: each becomes <c>ref.func x</c>.</summary>
    private Instr[][] ReadFuncIndexItems()
    {
        var items = new List<Instr[]>();
        while (IndexSpace.AtIndex(Ts))
            items.Add([new Instr(Opcode.RefFunc, Names.Funcs.Resolve(Ts)), new Instr(Opcode.End)]);
        return [.. items];
    }

    /// <summary>Items <c>(item instr*)</c> or single folded instructions.</summary>
    private Instr[][] ReadElemExprs()
    {
        var items = new List<Instr[]>();
        while (Ts.Peek().Kind == TokenKind.LParen)
        {
            if (Ts.PeekParen("item"))
            {
                Ts.ExpectParen("item");
                items.Add(ReadExpr());
                Ts.ExpectRParen();
            }
            else items.Add(ReadFoldedExpr());
        }
        return [.. items];
    }

    /// <summary><c>(data id? string*)</c> passive or <c>(data id? (memory x)? (offset ...)|(instr) string*)</c> active.</summary>
    private void ParseData()
    {
        Ts.TryId();
        var mode = SegmentMode.Passive;
        int memory = 0;
        Instr[] offset = [];
        if (Ts.PeekParen("memory"))
        {
            Ts.ExpectParen("memory");
            memory = Names.Memories.Resolve(Ts);
            Ts.ExpectRParen();
            mode = SegmentMode.Active;
        }
        else if (IndexSpace.AtIndex(Ts))
        {
            memory = Names.Memories.Resolve(Ts); // 1.0 form: a bare memory index
            mode = SegmentMode.Active;
        }
        if (mode == SegmentMode.Active || Ts.Peek().Kind == TokenKind.LParen)
        {
            mode = SegmentMode.Active;
            offset = ReadOffset();
        }
        Module.Datas.Add(new DataSegment { Mode = mode, MemoryIndex = memory, Offset = offset, Bytes = ReadDataStrings() });
    }

    private byte[] ReadDataStrings()
    {
        var bytes = new List<byte>();
        while (Ts.Peek().Kind == TokenKind.String) bytes.AddRange(Ts.ExpectString());
        return [.. bytes];
    }
}
