using Weld.Binary;
using Weld.Syntax;
using static Weld.Tests.Binary.Hex;
using static Weld.Tests.Binary.ModuleBuilder;

namespace Weld.Tests.Binary;

/// <summary>Encode then decode gives the same module; the encoding is canonical and stable.</summary>
public class RoundTripTests
{
    private static readonly ValType I32T = ValType.I32, I64T = ValType.I64, F32T = ValType.F32, F64T = ValType.F64;

    /// <summary>A module touching every section, every element and data form, and every immediate kind.</summary>
    internal static ModuleBuilder Rich()
    {
        var b = new ModuleBuilder()
            .Type([I32T, I32T], [I32T])
            .Type([], [])
            .Type([I64T, F32T, F64T, ValType.V128], [ValType.FuncRef, ValType.ExternRef])
            .ImportFunc("env", "f", 1)
            .Import("env", "t", new TableType(ValType.ExternRef, 1, 10))
            .Import("env", "mem", new MemoryType(1, 2))
            .Import("env", "g", new GlobalType(I64T, true))
            .Table(new TableType(ValType.FuncRef, 4))
            .Global(new GlobalType(I32T, true), I32(-5))
            .Global(new GlobalType(ValType.FuncRef, false), RefFunc(1))
            .Global(new GlobalType(I64T, false), new Instr(Opcode.GlobalGet, 0));
        Instr[] code =
        [
            new(Opcode.Block, Weld.Syntax.BlockTypes.Empty),
            new(Opcode.Loop, -1),
            new(Opcode.LocalGet, 0), new(Opcode.If, 0),
            new(Opcode.Br, 1), new(Opcode.Else), new(Opcode.BrIf, 0), new(Opcode.End),
            new(Opcode.LocalGet, 1), new(Opcode.BrTable, 0, 2),
            new(Opcode.End),
            new(Opcode.End),
            new(Opcode.Call, 0), new(Opcode.CallIndirect, 1, 1),
            new(Opcode.I32Const, c: 0x80000000u), new(Opcode.I64Const, c: 0x8000000000000000UL),
            new(Opcode.F32Const, c: 0x7FC00001u), new(Opcode.F64Const, c: 0xFFF0000000000001UL),
            new(Opcode.Select), new(Opcode.SelectT, (int)ValueKind.F64), new(Opcode.Drop),
            new(Opcode.LocalSet, 2), new(Opcode.LocalTee, 3), new(Opcode.GlobalGet, 1), new(Opcode.GlobalSet, 1),
            new(Opcode.TableGet, 1), new(Opcode.TableSet, 0),
            new(Opcode.I32Load, 2, 0, 16), new(Opcode.I64Store32, 0, 0, 0xFFFFFFFF), new(Opcode.F64Load, 3, 0, 0),
            new(Opcode.MemorySize), new(Opcode.MemoryGrow),
            new(Opcode.I32Add), new(Opcode.F64Copysign), new(Opcode.I64Extend32S),
            new(Opcode.RefNull, (int)ValueKind.ExternRef), new(Opcode.RefIsNull), new(Opcode.RefFunc, 0),
            new(Opcode.I32TruncSatF32S), new(Opcode.I64TruncSatF64U),
            new(Opcode.MemoryInit, 1), new(Opcode.DataDrop, 2), new(Opcode.MemoryCopy), new(Opcode.MemoryFill),
            new(Opcode.TableInit, 3, 1), new(Opcode.ElemDrop, 7), new(Opcode.TableCopy, 0, 1),
            new(Opcode.TableGrow, 1), new(Opcode.TableSize, 0), new(Opcode.TableFill, 1),
            new(Opcode.Nop), new(Opcode.Unreachable), new(Opcode.Return),
        ];
        b.Func(0, [I32T, I32T, I64T, I64T, ValType.V128, ValType.FuncRef], code, [0, 1, 2])
         .Func(1, [], [])
         .Export("add", ExternKind.Function, 1)
         .Export("table", ExternKind.Table, 1)
         .Export("memory", ExternKind.Memory, 0)
         .Export("g", ExternKind.Global, 2)
         .Start(2);
        Instr[][] fns = [Expr(RefFunc(0)), Expr(RefFunc(2))];
        Instr[][] exprs = [Expr(new Instr(Opcode.RefNull, (int)ValueKind.FuncRef)), Expr(RefFunc(1))];
        var offset = Expr(I32(1));
        b.Elem(new ElementSegment { Mode = SegmentMode.Active, TableIndex = 0, Offset = offset, Items = fns })            // 0
         .Elem(new ElementSegment { Mode = SegmentMode.Passive, Items = fns })                                           // 1
         .Elem(new ElementSegment { Mode = SegmentMode.Active, TableIndex = 1, Offset = offset, Items = fns })            // 2
         .Elem(new ElementSegment { Mode = SegmentMode.Declarative, Items = fns })                                       // 3
         .Elem(new ElementSegment { Mode = SegmentMode.Active, TableIndex = 0, Offset = offset, Items = exprs })          // 4
         .Elem(new ElementSegment
         {
             Mode = SegmentMode.Passive, ElementType = ValType.ExternRef,
             Items = [Expr(new Instr(Opcode.RefNull, (int)ValueKind.ExternRef))]
         })                                     // 5
         .Elem(new ElementSegment { Mode = SegmentMode.Active, TableIndex = 1, Offset = offset, Items = exprs })          // 6
         .Elem(new ElementSegment { Mode = SegmentMode.Declarative, Items = exprs })                                     // 7
         .Data(new DataSegment { Mode = SegmentMode.Active, Offset = Expr(I32(8)), Bytes = [1, 2, 3] })
         .Data(new DataSegment { Mode = SegmentMode.Passive, Bytes = [] })
         .Data(new DataSegment { Mode = SegmentMode.Active, MemoryIndex = 1, Offset = Expr(I32(0)), Bytes = "hi"u8.ToArray() })
         .DataCount(3)
         .Custom("first", [1, 2], BinaryDecoder.CustomId)
         .Custom("after-type", [], BinaryDecoder.TypeId)
         .Custom("after-code", [9], BinaryDecoder.CodeId)
         .Custom("last", [7, 7], BinaryDecoder.DataId);
        b.Module.Names.ModuleName = "rich";
        b.Module.Names.FunctionNames[1] = "add";
        b.Module.Names.FunctionNames[2] = "ünïcode";
        b.Module.Names.LocalNames[1] = new() { [0] = "a", [1] = "b" };
        return b;
    }

    private static string DumpWithoutNameCustom(ModuleDefinition m) =>
        string.Join('\n', ModuleDump.Of(m).Split('\n').Where(l => !l.StartsWith("custom name ", StringComparison.Ordinal)));

    [Fact]
    public void RichModuleRoundTrips()
    {
        var b = Rich();
        var bytes = b.Encode();
        var decoded = BinaryDecoder.Decode(bytes);
        Assert.Equal(DumpWithoutNameCustom(b.Module), DumpWithoutNameCustom(decoded));
        // Canonical and stable: re-encoding the decoded module gives the same bytes.
        Assert.Equal(bytes, BinaryEncoder.Encode(decoded));
    }

    [Fact]
    public void DecodedDetailsAreFilledIn()
    {
        var m = BinaryDecoder.Decode(Rich().Encode());
        Assert.Equal((1, 1, 1, 1), (m.ImportedFunctionCount, m.ImportedTableCount, m.ImportedMemoryCount, m.ImportedGlobalCount));
        Assert.Same(m.Types[1].Func, m.Imports[0].Type);
        Assert.Equal(1, m.Imports[0].TypeIndex);
        Assert.Equal("rich", m.Names.ModuleName);
        Assert.Equal("ünïcode", m.Names.FunctionNames[2]);
        Assert.Equal("b", m.Names.LocalNames[1][1]);
        Assert.Equal(["first", "after-type", "after-code", "last", "name"], m.Customs.Select(c => c.Name));
        Assert.Equal([0, 1, 10, 11, 11], m.Customs.Select(c => c.AfterSectionId));
        var code = m.Codes[0].Code;
        Assert.Equal(Opcode.End, code[^1].Op);
        var brTable = Array.Find(code, i => i.Op == Opcode.BrTable);
        Assert.Equal(2, brTable.B);
        Assert.Equal([0, 1, 2], m.Codes[0].BrTables);
        // Offsets point at the opcode bytes.
        var bytes = Rich().Encode();
        Assert.All(code, i => Assert.True(bytes[i.Offset] == (byte)i.Op || (bytes[i.Offset] == 0xFC && (int)i.Op >= 0x100)));
        Assert.Equal(0x80000000u, code.First(i => i.Op == Opcode.I32Const).C);
        var load = code.First(i => i.Op == Opcode.I32Load);
        Assert.Equal((2, 0, 16UL), (load.A, load.B, load.C));
    }

    [Fact]
    public void EncoderPicksTheCompactElementForms()
    {
        var bytes = Rich().Encode();
        var m = BinaryDecoder.Decode(bytes);
        // Find the element section and read each segment's flags.
        var r = new WasmReader(bytes) { Pos = 8 };
        var flags = new List<uint>();
        while (!r.AtEnd)
        {
            byte id = r.ReadByte();
            int size = r.ReadLength();
            if (id != BinaryDecoder.ElementId) { r.Pos += size; continue; }
            Assert.Equal(8, r.ReadLength());
            flags.Add(r.ReadU32());
            break;
        }
        Assert.Equal([0u], flags); // the first segment uses the shortest form
        Assert.Equal(
            [SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative, SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative],
            m.Elements.Select(e => e.Mode));
    }

    [Theory]
    [InlineData("00 41000b 0100", "Active", 0, "FuncRef", 1)]
    [InlineData("01 00 0100", "Passive", 0, "FuncRef", 1)]
    [InlineData("02 00 41000b 00 020000", "Active", 0, "FuncRef", 2)]
    [InlineData("03 00 0100", "Declarative", 0, "FuncRef", 1)]
    [InlineData("04 41000b 01 d2000b", "Active", 0, "FuncRef", 1)]
    [InlineData("05 70 02 d0700b d2000b", "Passive", 0, "FuncRef", 2)]
    [InlineData("06 00 41000b 6f 01 d06f0b", "Active", 0, "ExternRef", 1)]
    [InlineData("07 70 01 d2000b", "Declarative", 0, "FuncRef", 1)]
    public void EachElementForm(string segment, string mode, int table, string type, int items)
    {
        var bytes = Module(Section(1, "01600000") + Section(3, "0100") + Section(4, "01700000")
            + Section(9, "01" + segment) + Section(10, "01" + Body("000b")));
        var m = BinaryDecoder.Decode(bytes);
        var e = Assert.Single(m.Elements);
        Assert.Equal(mode, e.Mode.ToString());
        Assert.Equal(table, e.TableIndex);
        Assert.Equal(type, e.ElementType.Kind.ToString());
        Assert.Equal(items, e.Items.Length);
        Assert.All(e.Items, i => Assert.Equal(Opcode.End, i[^1].Op));
        if (segment[1] is '0' or '1' or '2' or '3') Assert.All(e.Items, i => Assert.Equal(Opcode.RefFunc, i[0].Op));
        Assert.Equal(mode == "Active", e.Offset.Length > 0);
        // Re-encoding keeps the meaning.
        Assert.Equal(ModuleDump.Of(m), ModuleDump.Of(BinaryDecoder.Decode(BinaryEncoder.Encode(m))));
    }

    [Theory]
    [InlineData("00 41000b 026162", "Active", 0, "6162")]
    [InlineData("01 0163", "Passive", 0, "63")]
    [InlineData("02 01 41000b 00", "Active", 1, "")]
    public void EachDataForm(string segment, string mode, int memory, string bytesHex)
    {
        var m = BinaryDecoder.Decode(Module(Section(5, "010001") + Section(11, "01" + segment)));
        var d = Assert.Single(m.Datas);
        Assert.Equal(mode, d.Mode.ToString());
        Assert.Equal(memory, d.MemoryIndex);
        Assert.Equal(bytesHex, Convert.ToHexString(d.Bytes).ToLowerInvariant());
        Assert.Equal(ModuleDump.Of(m), ModuleDump.Of(BinaryDecoder.Decode(BinaryEncoder.Encode(m))));
    }

    [Fact]
    public void EmptyModule()
    {
        var m = BinaryDecoder.Decode(Header);
        Assert.Empty(m.Types);
        Assert.Null(m.Start);
        Assert.Equal(Header, BinaryEncoder.Encode(m));
    }

    [Fact]
    public void OutOfRangeTypeIndexIsLeftToTheValidator()
    {
        // Import of a function with type index 5 (no types) and a function section naming type 9.
        var m = BinaryDecoder.Decode(Module(Section(2, "01 00 00 00 05") + Section(3, "0109") + Section(10, "01" + Body("000b"))));
        Assert.Null(m.Imports[0].Type);
        Assert.Equal(5, m.Imports[0].TypeIndex);
        Assert.Equal([9], m.Functions);
        Assert.Equal(1, m.ImportedFunctionCount);
    }

    [Fact]
    public void HugeIndicesAreClampedNotNegative()
    {
        var m = BinaryDecoder.Decode(OneFunc("00 10ffffffff0f 02ffffffff0f 0b 0b".Replace(" ", "")));
        Assert.Equal(int.MaxValue, m.Codes[0].Code[0].A);
        Assert.Equal(int.MaxValue, m.Codes[0].Code[1].A);
    }

    [Fact]
    public void BlockTypeForms()
    {
        var m = BinaryDecoder.Decode(OneFunc("00 0240 0b 027f 0b 027b 0b 0270 0b 026f 0b 02c000 0b 0b".Replace(" ", "")));
        Assert.Equal([-64, -1, -5, -16, -17, 64], m.Codes[0].Code.Where(i => i.Op == Opcode.Block).Select(i => i.A));
    }

    [Fact]
    public void MalformedNameSectionIsIgnored()
    {
        var bytes = Module(Section(0, "046e616d65" + "01 05 01 00 09 61"));  // function name claims 9 bytes
        var m = BinaryDecoder.Decode(bytes);
        Assert.Empty(m.Names.FunctionNames);
        Assert.Equal("name", Assert.Single(m.Customs).Name);
        var good = BinaryDecoder.Decode(Module(Section(0, "046e616d65" + "00 03 02 6869" + "01 04 01 00 0161")));
        Assert.Equal("hi", good.Names.ModuleName);
        Assert.Equal("a", good.Names.FunctionNames[0]);
    }
}
