using Weld.Syntax;
using static Weld.Syntax.Opcode;

namespace Weld.Tests.Execution;

/// <summary>Builds small modules from instructions for execution tests (no text parser needed).</summary>
internal sealed class ModuleBuilder
{
    public readonly ModuleDefinition Def = new();

    public static readonly ValType I32 = ValType.I32, I64 = ValType.I64, F32 = ValType.F32, F64 = ValType.F64,
        FuncRef = ValType.FuncRef, ExternRef = ValType.ExternRef;

    public int Type(ValType[] ps, ValType[] rs)
    {
        Def.AddType(new FuncType(ps, rs));
        return Def.Types.Count - 1;
    }

    /// <summary>Imports a function; returns its function index (imports must come before defined functions).</summary>
    public int ImportFunc(string module, string name, ValType[] ps, ValType[] rs)
    {
        int t = Type(ps, rs);
        Def.Imports.Add(new Import(module, name, ExternKind.Function) { TypeIndex = t, Type = Def.FuncTypeAt(t) });
        Def.CountImports();
        return Def.ImportedFunctionCount - 1;
    }

    public int ImportMemory(string module, string name, MemoryType type)
    {
        Def.Imports.Add(new Import(module, name, ExternKind.Memory) { Type = type });
        Def.CountImports();
        return Def.ImportedMemoryCount - 1;
    }

    /// <summary>Defines a function (the final end is added); returns its function index.</summary>
    public int Func(ValType[] ps, ValType[] rs, Instr[] code, string? export = null, ValType[]? locals = null, int[]? brTables = null)
    {
        int t = Type(ps, rs);
        Def.Functions.Add(t);
        Def.Codes.Add(new FunctionBody { Code = [.. code, I(End)], Locals = locals ?? [], BrTables = brTables ?? [] });
        int idx = Def.ImportedFunctionCount + Def.Functions.Count - 1;
        if (export is not null) Def.Exports.Add(new Export(export, ExternKind.Function, idx));
        return idx;
    }

    public void Memory(ulong min, ulong? max = null, string? export = null)
    {
        Def.Memories.Add(new MemoryType(new Limits(min, max)));
        if (export is not null) Def.Exports.Add(new Export(export, ExternKind.Memory, Def.TotalMemories - 1));
    }

    public void Table(ulong min, ulong? max = null, ValType? type = null, string? export = null)
    {
        Def.Tables.Add(new TableType(type ?? FuncRef, new Limits(min, max)));
        if (export is not null) Def.Exports.Add(new Export(export, ExternKind.Table, Def.TotalTables - 1));
    }

    public void Global(ValType type, bool mutable, Instr init, string? export = null)
    {
        Def.Globals.Add(new GlobalDef(new GlobalType(type, mutable), [init, I(End)]));
        if (export is not null) Def.Exports.Add(new Export(export, ExternKind.Global, Def.TotalGlobals - 1));
    }

    public void ActiveElems(int table, int offset, params int[] funcs) =>
        Def.Elements.Add(new ElementSegment
        {
            Mode = SegmentMode.Active,
            TableIndex = table,
            Offset = [I(I32Const, c: (uint)offset), I(End)],
            Items = funcs.Select(f => new[] { I(RefFunc, f), I(End) }).ToArray(),
        });

    public void PassiveData(byte[] bytes) => Def.Datas.Add(new DataSegment { Mode = SegmentMode.Passive, Bytes = bytes });

    public static Instr I(Opcode op, int a = 0, int b = 0, ulong c = 0) => new(op, a, b, c);
    public static Instr Const(int v) => new(I32Const, c: (uint)v);
    public static Instr Const(long v) => new(I64Const, c: (ulong)v);
    public static Instr Get(int local) => new(LocalGet, local);
    public static Instr Set(int local) => new(LocalSet, local);
    public static Instr Tee(int local) => new(LocalTee, local);
    public static Instr Call(int f) => new(Opcode.Call, f);
    public static Instr Load(Opcode op, ulong offset = 0) => new(op, 0, 0, offset);

    /// <summary>Validates the module and prepares it for <paramref name="engine"/>.</summary>
    public Module Build(Engine engine)
    {
        Def.CountImports();
        return Module.FromDefinition(engine, Def);
    }

    public Instance Instantiate(Store store, params Extern?[] externs) => Instance.Create(store, Build(store.Engine), externs);
}
