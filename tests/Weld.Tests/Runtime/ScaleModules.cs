using Weld.Binary;
using Weld.Syntax;

namespace Weld.Tests.Runtime;

/// <summary>Binary modules with many entries of one kind, for the instantiation scale tests.</summary>
internal static class ScaleModules
{
    private static readonly FuncType Nullary = new([], []);

    /// <summary>n immutable i32 globals, each initialized by a constant; the last one is exported.</summary>
    public static byte[] Globals(int n)
    {
        var m = new ModuleDefinition();
        for (int i = 0; i < n; i++) m.Globals.Add(new GlobalDef(new GlobalType(ValType.I32, false), [Const(i), End]));
        m.Exports.Add(new Export("last", ExternKind.Global, n - 1));
        return Encode(m);
    }

    /// <summary>n functions of type [] -> [], every one exported (so the export table has n entries too).</summary>
    public static byte[] Functions(int n)
    {
        var m = new ModuleDefinition();
        m.AddType(Nullary);
        for (int i = 0; i < n; i++)
        {
            m.Functions.Add(0);
            m.Codes.Add(new FunctionBody { Code = [End] });
            m.Exports.Add(new Export("f" + i, ExternKind.Function, i));
        }
        return Encode(m);
    }

    /// <summary>n function imports <c>"env" "f{i}"</c> of type [] -> [], each re-exported as <c>"e{i}"</c>, and one
    /// function that calls the last.</summary>
    public static byte[] Imports(int n)
    {
        var m = new ModuleDefinition();
        m.AddType(Nullary);
        for (int i = 0; i < n; i++)
        {
            m.Imports.Add(new Import("env", "f" + i, ExternKind.Function) { TypeIndex = 0, Type = Nullary });
            m.Exports.Add(new Export("e" + i, ExternKind.Function, i));
        }
        m.Functions.Add(0);
        m.Codes.Add(new FunctionBody { Code = [new Instr(Opcode.Call, n - 1), End] });
        m.Exports.Add(new Export("callLast", ExternKind.Function, n));
        return Encode(m);
    }

    /// <summary>A table of n funcrefs and n active element segments, segment i writing function 0 at index i.</summary>
    public static byte[] Elements(int n)
    {
        var m = new ModuleDefinition();
        m.AddType(Nullary);
        m.Functions.Add(0);
        m.Codes.Add(new FunctionBody { Code = [End] });
        m.Tables.Add(new TableType(ValType.FuncRef, (ulong)n, (ulong)n));
        for (int i = 0; i < n; i++)
        {
            m.Elements.Add(new ElementSegment
            {
                Mode = SegmentMode.Active,
                TableIndex = 0,
                Offset = [Const(i), End],
                ElementType = ValType.FuncRef,
                Items = [[new Instr(Opcode.RefFunc, 0), End]],
            });
        }
        m.Exports.Add(new Export("table", ExternKind.Table, 0));
        return Encode(m);
    }

    /// <summary>A memory large enough for n bytes and n active data segments, segment i writing one byte at i.</summary>
    public static byte[] Datas(int n)
    {
        var m = new ModuleDefinition();
        ulong pages = ((ulong)n + 65535) / 65536;
        m.Memories.Add(new MemoryType(pages, pages));
        for (int i = 0; i < n; i++)
            m.Datas.Add(new DataSegment { Mode = SegmentMode.Active, MemoryIndex = 0, Offset = [Const(i), End], Bytes = [(byte)(i % 251 + 1)] });
        m.DataCount = n;
        m.Exports.Add(new Export("memory", ExternKind.Memory, 0));
        return Encode(m);
    }

    private static Instr Const(int v) => new(Opcode.I32Const, c: (uint)v);

    private static Instr End => new(Opcode.End);

    private static byte[] Encode(ModuleDefinition m)
    {
        m.CountImports();
        return BinaryEncoder.Encode(m);
    }
}
