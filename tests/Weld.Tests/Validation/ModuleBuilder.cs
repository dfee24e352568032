using Weld.Syntax;
using Weld.Validation;

namespace Weld.Tests.Validation;

/// <summary>Builds <see cref="ModuleDefinition"/>s directly (no decoder or parser needed) for validator tests.</summary>
internal sealed class ModuleBuilder
{
    public ModuleDefinition Def { get; } = new();

#pragma warning disable IDE1006 // lower case on purpose: reads like the text format
    public static readonly ValType i32 = ValType.I32, i64 = ValType.I64, f32 = ValType.F32, f64 = ValType.F64,
        v128 = ValType.V128, funcref = ValType.FuncRef, externref = ValType.ExternRef;
#pragma warning restore IDE1006

    /// <summary>Adds (or reuses) a function type; returns its index.</summary>
    public int Type(ValType[] parameters, ValType[] results)
    {
        var ft = new FuncType(parameters, results);
        int i = Def.Types.FindIndex(t => t.Equals(ft));
        if (i >= 0) return i;
        Def.AddType(ft);
        return Def.Types.Count - 1;
    }

    /// <summary>Adds a function whose body is <paramref name="code"/> followed by the final end; returns its function index.</summary>
    public int Func(ValType[] parameters, ValType[] results, ValType[] locals, params Instr[] code) =>
        FuncWithType(Type(parameters, results), locals, [], code);

    /// <summary>A [] -> [] function with no locals.</summary>
    public int Func(params Instr[] code) => Func([], [], [], code);

    public int FuncWithType(int typeIndex, ValType[] locals, int[] brTables, params Instr[] code)
    {
        Def.Functions.Add(typeIndex);
        Def.Codes.Add(new FunctionBody { Locals = locals, Code = [.. code, new Instr(Opcode.End)], BrTables = brTables });
        return Def.TotalFunctions - 1;
    }

    public ModuleBuilder Import(ExternKind kind, ExternType? type, int typeIndex = -1)
    {
        Def.Imports.Add(new Import("m", "n" + Def.Imports.Count, kind) { Type = type, TypeIndex = typeIndex });
        Def.CountImports();
        return this;
    }

    public ModuleBuilder ImportFunc(int typeIndex) =>
        Import(ExternKind.Function, Def.FuncTypeOrNull(typeIndex), typeIndex);

    public ModuleBuilder ImportGlobal(ValType t, bool mutable = false) => Import(ExternKind.Global, new GlobalType(t, mutable));

    public ModuleBuilder Memory(ulong min = 1, ulong? max = null)
    {
        Def.Memories.Add(new MemoryType(min, max));
        return this;
    }

    public ModuleBuilder Table(ulong min = 1, ulong? max = null, ValType? elem = null)
    {
        Def.Tables.Add(new TableType(elem ?? funcref, min, max));
        return this;
    }

    public ModuleBuilder Global(ValType t, bool mutable, params Instr[] init)
    {
        Def.Globals.Add(new GlobalDef(new GlobalType(t, mutable), [.. init, new Instr(Opcode.End)]));
        return this;
    }

    public ModuleBuilder Export(string name, ExternKind kind, int index)
    {
        Def.Exports.Add(new Export(name, kind, index));
        return this;
    }

    public ModuleBuilder ActiveElem(int table, Instr[] offset, params Instr[][] items) =>
        Elem(new ElementSegment { Mode = SegmentMode.Active, TableIndex = table, Offset = offset, ElementType = ValType.FuncRef, Items = items });

    public ModuleBuilder Elem(ElementSegment e)
    {
        Def.Elements.Add(e);
        return this;
    }

    public ModuleBuilder Data(SegmentMode mode, int memory = 0, params Instr[] offset)
    {
        Def.Datas.Add(new DataSegment { Mode = mode, MemoryIndex = memory, Offset = offset, Bytes = [1, 2] });
        return this;
    }

    /// <summary>The proposals validation accepts (default: all Weld implements).</summary>
    public WasmFeatures Features { get; set; } = WasmFeatures.Default;

    /// <summary>Validates as WebAssembly 2.0 alone does.</summary>
    public ModuleBuilder As20()
    {
        Features = WasmFeatures.None;
        return this;
    }

    public ValidatedModule Validate() => Validator.Validate(Def, Features);

    /// <summary>Asserts validation fails with a message starting with <paramref name="prefix"/> (the spec's matching).</summary>
    public void Invalid(string prefix)
    {
        var ex = Assert.Throws<InvalidModuleException>(() => Validate());
        Assert.StartsWith(prefix, ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>Short instruction constructors.</summary>
internal static class Ins
{
    public static Instr Op(Opcode op, int a = 0, int b = 0) => new(op, a, b);
    public static Instr I32(int v) => new(Opcode.I32Const, c: (uint)v);
    public static Instr I64(long v) => new(Opcode.I64Const, c: (ulong)v);
    public static Instr F32() => new(Opcode.F32Const);
    public static Instr F64() => new(Opcode.F64Const);
    public static Instr Block(int blockType = BlockTypes.Empty) => new(Opcode.Block, blockType);
    public static Instr Block(ValType result) => new(Opcode.Block, BlockTypes.OfValue(result));
    public static Instr Loop(int blockType = BlockTypes.Empty) => new(Opcode.Loop, blockType);
    public static Instr If(int blockType = BlockTypes.Empty) => new(Opcode.If, blockType);
    public static Instr If(ValType result) => new(Opcode.If, BlockTypes.OfValue(result));
    public static readonly Instr Else = new(Opcode.Else), End = new(Opcode.End), Drop = new(Opcode.Drop),
        Select = new(Opcode.Select), Unreachable = new(Opcode.Unreachable), Return = new(Opcode.Return), Nop = new(Opcode.Nop);
    public static Instr Br(int depth) => new(Opcode.Br, depth);
    public static Instr BrIf(int depth) => new(Opcode.BrIf, depth);
    public static Instr LocalGet(int i) => new(Opcode.LocalGet, i);
    public static Instr LocalSet(int i) => new(Opcode.LocalSet, i);
    public static Instr GlobalGet(int i) => new(Opcode.GlobalGet, i);
    public static Instr GlobalSet(int i) => new(Opcode.GlobalSet, i);
    public static Instr Call(int f) => new(Opcode.Call, f);
    public static Instr RefNull(ValType t) => new(Opcode.RefNull, (int)t.Kind);
    public static Instr RefFunc(int f) => new(Opcode.RefFunc, f);
    public static Instr SelectT(ValType t) => new(Opcode.SelectT, (int)t.Kind);
    /// <summary>A load or store: alignment exponent, memory index.</summary>
    public static Instr Mem(Opcode op, int align, int memory = 0) => new(op, align, memory);
}
