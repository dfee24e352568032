using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>
/// The spec's validation context C for one module, flattened into arrays so that function bodies can look up
/// index spaces in O(1) (imports first in each space, as the spec orders them).
/// </summary>
internal sealed class ModuleContext
{
    public readonly ModuleDefinition Module;
    /// <summary>The defined types (function, struct, array) by type index.</summary>
    public readonly SubType[] Types;
    /// <summary>The type of every function in the function index space.</summary>
    public readonly FuncType[] Functions;
    public readonly TableType[] Tables;
    public readonly int MemoryCount;
    /// <summary>The address type of every memory (memory64).</summary>
    public readonly AddressType[] MemoryAddressTypes;
    public readonly GlobalType[] Globals;
    public readonly int ImportedGlobalCount;
    /// <summary>Element type of every element segment.</summary>
    public readonly ValType[] Elems;
    public readonly int DataCount;
    /// <summary>C.refs: functions that ref.func may name inside function bodies.</summary>
    public readonly bool[] Refs;
    /// <summary>The type index of every function in the function index space.</summary>
    public readonly int[] FunctionTypeIndices;
    /// <summary>Canonical ids of the types (equivalent types share one), for subtyping between type indices.</summary>
    public readonly int[] TypeIds;

    /// <summary>Builds C; checks the type indexes of imported and defined functions on the way ("unknown type").</summary>
    /// <summary>The proposals the engine accepts (those that change what validation allows).</summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Default;

    public ModuleContext(ModuleDefinition module)
    {
        Module = module;
        Types = [.. module.Types];
        TypeIds = TypeRegistry.Shared.Register(module);
        var funcs = new List<FuncType>(module.Functions.Count + 8);
        var funcTypeIndices = new List<int>(module.Functions.Count + 8);
        var tables = new List<TableType>(module.Tables.Count + 1);
        var globals = new List<GlobalType>(module.Globals.Count + 4);
        int memories = 0, importedGlobals = 0;
        var memoryTypes = new List<AddressType>(module.Memories.Count + 1);
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Function:
                    funcs.Add(TypeAt(import.TypeIndex));
                    funcTypeIndices.Add(import.TypeIndex);
                    break;
                case ExternKind.Table: tables.Add((TableType)import.Type!); break;
                case ExternKind.Memory: memories++; memoryTypes.Add(((MemoryType)import.Type!).AddressType); break;
                case ExternKind.Global: globals.Add((GlobalType)import.Type!); importedGlobals++; break;
            }
        }
        foreach (int typeIndex in module.Functions) funcs.Add(TypeAt(typeIndex));
        funcTypeIndices.AddRange(module.Functions);
        FunctionTypeIndices = [.. funcTypeIndices];
        tables.AddRange(module.Tables);
        foreach (var g in module.Globals) globals.Add(g.Type);

        Functions = [.. funcs];
        Tables = [.. tables];
        MemoryCount = memories + module.Memories.Count;
        foreach (var m in module.Memories) memoryTypes.Add(m.AddressType);
        MemoryAddressTypes = [.. memoryTypes];
        Globals = [.. globals];
        ImportedGlobalCount = importedGlobals;
        Elems = new ValType[module.Elements.Count];
        for (int i = 0; i < Elems.Length; i++) Elems[i] = module.Elements[i].ElementType;
        DataCount = module.Datas.Count;
        Refs = CollectRefs(module, Functions.Length);
    }

    /// <summary>The function type at a type index ("unknown type"; a struct or array type is not one).</summary>
    public FuncType TypeAt(int index)
    {
        var t = DefinedTypeAt(index);
        if (t.Func is null) ValidationErrors.Throw(GcMessages.ExpectedFunctionType);
        return t.Func!;
    }

    /// <summary>The defined type (function, struct or array) at a type index ("unknown type").</summary>
    public SubType DefinedTypeAt(int index)
    {
        if ((uint)index >= (uint)Types.Length) ValidationErrors.Unknown(Messages.UnknownType, (uint)index);
        return Types[index];
    }

    public FuncType FunctionAt(int index)
    {
        if ((uint)index >= (uint)Functions.Length) ValidationErrors.Unknown(Messages.UnknownFunction, (uint)index);
        return Functions[index];
    }

    /// <summary>The type of ref.func of a function: a non-null reference to its type.</summary>
    public ValType FunctionRefType(int funcIndex) => ValType.Ref(FunctionTypeIndices[funcIndex], nullable: false, ValueKind.FuncRef);

    /// <summary>A value type is valid when the type index it names exists ("unknown type").</summary>
    public void CheckValType(ValType t)
    {
        if (t.TypeIndex is int i) DefinedTypeAt(i);
        if (t.IsReference && !HeapTypes.HasRepresentation(t.Kind)) ValidationErrors.Throw($"{Messages.UnsupportedReferenceType} {t}");
    }

    public void CheckValTypes(ValType[] types)
    {
        foreach (var t in types) CheckValType(t);
    }

    public TableType TableAt(int index)
    {
        if ((uint)index >= (uint)Tables.Length) ValidationErrors.Unknown(Messages.UnknownTable, (uint)index);
        return Tables[index];
    }

    public void CheckMemory(int index)
    {
        if ((uint)index >= (uint)MemoryCount) ValidationErrors.Unknown(Messages.UnknownMemory, (uint)index);
    }

    /// <summary>The value type of memory <paramref name="index"/>'s addresses (i64 for a memory64 memory).</summary>
    public ValueKind MemoryAddress(int index)
    {
        CheckMemory(index);
        return MemoryAddressTypes[index] == AddressType.I64 ? ValueKind.I64 : ValueKind.I32;
    }

    /// <summary>The value type of table <paramref name="index"/>'s indexes (i64 for a table64 table).</summary>
    public ValueKind TableAddress(int index) => TableAt(index).AddressType == AddressType.I64 ? ValueKind.I64 : ValueKind.I32;

    public GlobalType GlobalAt(int index)
    {
        if ((uint)index >= (uint)Globals.Length) ValidationErrors.Unknown(Messages.UnknownGlobal, (uint)index);
        return Globals[index];
    }

    public ValType ElemAt(int index)
    {
        if ((uint)index >= (uint)Elems.Length) ValidationErrors.Unknown(Messages.UnknownElemSegment, (uint)index);
        return Elems[index];
    }

    private int[]? _tagTypes;

    /// <summary>The function type of tag <paramref name="index"/> ("unknown tag", or "unknown type" for its type index).</summary>
    public FuncType TagAt(int index)
    {
        if (_tagTypes is null)
        {
            var types = new List<int>();
            foreach (var i in Module.Imports) if (i.Kind == ExternKind.Tag) types.Add(i.TypeIndex);
            types.AddRange(Module.Tags);
            _tagTypes = [.. types];
        }
        if ((uint)index >= (uint)_tagTypes.Length) ValidationErrors.Unknown(Messages.UnknownTag, (uint)index);
        return TypeAt(_tagTypes[index]);
    }

    public void CheckData(int index)
    {
        if ((uint)index >= (uint)DataCount) ValidationErrors.Unknown(Messages.UnknownDataSegment, (uint)index);
    }

    /// <summary>
    /// The spec's C.refs = funcidx(module with funcs and start removed): every ref.func in global initializers and
    /// element segments (offsets included), plus every exported function. Out-of-range indexes are ignored here;
    /// the owning construct reports them.
    /// </summary>
    private static bool[] CollectRefs(ModuleDefinition module, int functionCount)
    {
        var refs = new bool[functionCount];
        void Scan(Instr[] expr)
        {
            foreach (ref readonly var ins in expr.AsSpan())
                if (ins.Op == Opcode.RefFunc && (uint)ins.A < (uint)functionCount) refs[ins.A] = true;
        }
        foreach (var g in module.Globals) Scan(g.Init);
        foreach (var e in module.Elements)
        {
            Scan(e.Offset);
            foreach (var item in e.Items) Scan(item);
        }
        foreach (var d in module.Datas) Scan(d.Offset);
        foreach (var init in module.TableInits.Values) Scan(init);
        foreach (var x in module.Exports)
            if (x.Kind == ExternKind.Function && (uint)x.Index < (uint)functionCount) refs[x.Index] = true;
        return refs;
    }
}
