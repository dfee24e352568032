using System.Globalization;
using System.Text;
using Weld.Binary;
using Weld.Syntax;

namespace Weld.Tests.Binary;

/// <summary>Byte helpers: hex literals and the module header.</summary>
internal static class Hex
{
    public static readonly byte[] Header = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00];

    /// <summary>Parses hex pairs, ignoring spaces.</summary>
    public static byte[] Parse(string hex)
    {
        var s = hex.Replace(" ", "").Replace("\n", "");
        var bytes = new byte[s.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = byte.Parse(s.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return bytes;
    }

    /// <summary>A module: the header followed by the given hex.</summary>
    public static byte[] Module(string hex) => [.. Header, .. Parse(hex)];

    /// <summary>A section: id, LEB size, then the payload hex.</summary>
    public static string Section(byte id, string payloadHex) => $"{id:x2}{Leb(Parse(payloadHex).Length)}{payloadHex}";

    /// <summary>A code entry: LEB size, then the body hex (locals and instructions).</summary>
    public static string Body(string bodyHex) => Leb(Parse(bodyHex).Length) + bodyHex;

    public static string Leb(int n)
    {
        var sb = new StringBuilder();
        uint v = (uint)n;
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            if (v != 0) b |= 0x80;
            sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        } while (v != 0);
        return sb.ToString();
    }

    /// <summary>One function of type () -> () with the given body, plus type, function and code sections.</summary>
    public static byte[] OneFunc(string bodyHex, string between = "", string after = "") =>
        Module(Section(1, "016000 00") + Section(3, "0100") + between + Section(10, "01" + Body(bodyHex)) + after);

    public static MalformedModuleException Malformed(byte[] bytes) =>
        Assert.Throws<MalformedModuleException>(() => BinaryDecoder.Decode(bytes));

    public static void AssertMalformed(string expectedPrefix, byte[] bytes)
    {
        var e = Malformed(bytes);
        Assert.StartsWith(expectedPrefix, e.Message);
    }
}

/// <summary>A small fluent builder of module definitions for tests.</summary>
internal sealed class ModuleBuilder
{
    public ModuleDefinition Module { get; } = new();

    public ModuleBuilder Type(ValType[] parameters, ValType[] results)
    {
        Module.AddType(new FuncType(parameters, results));
        return this;
    }

    public ModuleBuilder ImportFunc(string module, string name, int typeIndex)
    {
        Module.Imports.Add(new Import(module, name, ExternKind.Function) { TypeIndex = typeIndex, Type = Module.FuncTypeAt(typeIndex) });
        Module.CountImports();
        return this;
    }

    public ModuleBuilder Import(string module, string name, ExternType type)
    {
        Module.Imports.Add(new Import(module, name, type.Kind) { Type = type });
        Module.CountImports();
        return this;
    }

    public ModuleBuilder Func(int typeIndex, ValType[] locals, Instr[] code, int[]? brTables = null)
    {
        Module.Functions.Add(typeIndex);
        Module.Codes.Add(new FunctionBody { Locals = locals, Code = [.. code, new Instr(Opcode.End)], BrTables = brTables ?? [] });
        return this;
    }

    public ModuleBuilder Table(TableType t) { Module.Tables.Add(t); return this; }
    public ModuleBuilder Memory(MemoryType t) { Module.Memories.Add(t); return this; }

    public ModuleBuilder Global(GlobalType t, params Instr[] init)
    {
        Module.Globals.Add(new GlobalDef(t, [.. init, new Instr(Opcode.End)]));
        return this;
    }

    public ModuleBuilder Export(string name, ExternKind kind, int index) { Module.Exports.Add(new Export(name, kind, index)); return this; }
    public ModuleBuilder Start(int func) { Module.Start = func; return this; }
    public ModuleBuilder Elem(ElementSegment e) { Module.Elements.Add(e); return this; }
    public ModuleBuilder Data(DataSegment d) { Module.Datas.Add(d); return this; }
    public ModuleBuilder DataCount(int n) { Module.DataCount = n; return this; }
    public ModuleBuilder Custom(string name, byte[] data, int afterId) { Module.Customs.Add(new CustomSection(name, data, afterId)); return this; }

    public byte[] Encode() => BinaryEncoder.Encode(Module);

    public static Instr[] Expr(params Instr[] code) => [.. code, new Instr(Opcode.End)];
    public static Instr I32(int v) => new(Opcode.I32Const, c: (uint)v);
    public static Instr RefFunc(int f) => new(Opcode.RefFunc, f);
}

/// <summary>A canonical text dump of a module definition, to compare two definitions structurally.</summary>
internal static class ModuleDump
{
    public static string Of(ModuleDefinition m)
    {
        var sb = new StringBuilder();
        foreach (var t in m.Types) sb.AppendLine($"type {t}");
        foreach (var i in m.Imports) sb.AppendLine($"import {i.Module} {i.Name} {i.Kind} {i.TypeIndex} {i.Type}");
        foreach (var f in m.Functions) sb.AppendLine($"func {f}");
        foreach (var t in m.Tables) sb.AppendLine($"table {t}");
        foreach (var t in m.Memories) sb.AppendLine($"memory {t}");
        foreach (var g in m.Globals) sb.AppendLine($"global {g.Type} {Code(g.Init)}");
        foreach (var e in m.Exports) sb.AppendLine($"export {e.Name} {e.Kind} {e.Index}");
        sb.AppendLine($"start {m.Start}");
        foreach (var e in m.Elements)
            sb.AppendLine($"elem {e.Mode} {e.TableIndex} {Code(e.Offset)} {e.ElementType} [{string.Join(" | ", e.Items.Select(Code))}]");
        sb.AppendLine($"datacount {m.DataCount}");
        foreach (var c in m.Codes)
            sb.AppendLine($"code ({string.Join(' ', c.Locals)}) {Code(c.Code)} br[{string.Join(',', c.BrTables)}]");
        foreach (var d in m.Datas) sb.AppendLine($"data {d.Mode} {d.MemoryIndex} {Code(d.Offset)} {Convert.ToHexString(d.Bytes)}");
        foreach (var c in m.Customs) sb.AppendLine($"custom {c.Name} {c.AfterSectionId} {Convert.ToHexString(c.Data)}");
        sb.AppendLine($"names {m.Names.ModuleName}");
        foreach (var (i, n) in m.Names.FunctionNames.OrderBy(p => p.Key)) sb.AppendLine($"fname {i} {n}");
        foreach (var (i, map) in m.Names.LocalNames.OrderBy(p => p.Key))
            foreach (var (j, n) in map.OrderBy(p => p.Key)) sb.AppendLine($"lname {i} {j} {n}");
        sb.AppendLine($"imported {m.ImportedFunctionCount} {m.ImportedTableCount} {m.ImportedMemoryCount} {m.ImportedGlobalCount}");
        return sb.ToString();
    }

    private static string Code(Instr[] code) => string.Join("; ", code.Select(i => $"{i.Op} {i.A} {i.B} {i.C} {i.D}"));
}
