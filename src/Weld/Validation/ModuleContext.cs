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
    public readonly FuncType[] Types;
    /// <summary>The type of every function in the function index space.</summary>
    public readonly FuncType[] Functions;
    public readonly TableType[] Tables;
    public readonly int MemoryCount;
    public readonly GlobalType[] Globals;
    public readonly int ImportedGlobalCount;
    /// <summary>Element type of every element segment.</summary>
    public readonly ValType[] Elems;
    public readonly int DataCount;
    /// <summary>C.refs: functions that ref.func may name inside function bodies.</summary>
    public readonly bool[] Refs;

    /// <summary>Builds C; checks the type indexes of imported and defined functions on the way ("unknown type").</summary>
    public ModuleContext(ModuleDefinition module)
    {
        Module = module;
        Types = [.. module.Types];
        var funcs = new List<FuncType>(module.Functions.Count + 8);
        var tables = new List<TableType>(module.Tables.Count + 1);
        var globals = new List<GlobalType>(module.Globals.Count + 4);
        int memories = 0, importedGlobals = 0;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Function: funcs.Add(TypeAt(import.TypeIndex)); break;
                case ExternKind.Table: tables.Add((TableType)import.Type!); break;
                case ExternKind.Memory: memories++; break;
                case ExternKind.Global: globals.Add((GlobalType)import.Type!); importedGlobals++; break;
            }
        }
        foreach (int typeIndex in module.Functions) funcs.Add(TypeAt(typeIndex));
        tables.AddRange(module.Tables);
        foreach (var g in module.Globals) globals.Add(g.Type);

        Functions = [.. funcs];
        Tables = [.. tables];
        MemoryCount = memories + module.Memories.Count;
        Globals = [.. globals];
        ImportedGlobalCount = importedGlobals;
        Elems = new ValType[module.Elements.Count];
        for (int i = 0; i < Elems.Length; i++) Elems[i] = module.Elements[i].ElementType;
        DataCount = module.Datas.Count;
        Refs = CollectRefs(module, Functions.Length);
    }

    public FuncType TypeAt(int index)
    {
        if ((uint)index >= (uint)Types.Length) ValidationErrors.Unknown(Messages.UnknownType, (uint)index);
        return Types[index];
    }

    public FuncType FunctionAt(int index)
    {
        if ((uint)index >= (uint)Functions.Length) ValidationErrors.Unknown(Messages.UnknownFunction, (uint)index);
        return Functions[index];
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
        foreach (var x in module.Exports)
            if (x.Kind == ExternKind.Function && (uint)x.Index < (uint)functionCount) refs[x.Index] = true;
        return refs;
    }
}
