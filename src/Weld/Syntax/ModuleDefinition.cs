namespace Weld.Syntax;

/// <summary>A decoded (or parsed) module, imports unresolved: the spec's abstract syntax of a module.</summary>
internal sealed class ModuleDefinition
{
    /// <summary>The type section: every defined type (function, struct, array), in index order.</summary>
    public List<SubType> Types { get; } = [];
    /// <summary>The recursion groups that partition <see cref="Types"/>, in order (see <see cref="AddRecGroup"/>).</summary>
    public List<RecGroup> RecGroups { get; } = [];
    public List<Import> Imports { get; } = [];
    /// <summary>Type index of each function defined in the module (not imported).</summary>
    public List<int> Functions { get; } = [];
    public List<TableType> Tables { get; } = [];
    /// <summary>Initializer expressions of defined tables that have one (3.0), by index into <see cref="Tables"/>;
    /// a table without one starts null.</summary>
    public Dictionary<int, Instr[]> TableInits { get; } = [];
    public List<MemoryType> Memories { get; } = [];
    public List<GlobalDef> Globals { get; } = [];
    /// <summary>Type index of each tag defined in the module (not imported).</summary>
    public List<int> Tags { get; } = [];
    public List<Export> Exports { get; } = [];
    public int? Start { get; set; }
    public List<ElementSegment> Elements { get; } = [];
    public List<DataSegment> Datas { get; } = [];
    /// <summary>The data count section's value, when present.</summary>
    public int? DataCount { get; set; }
    /// <summary>One body per defined function, in order.</summary>
    public List<FunctionBody> Codes { get; } = [];
    public List<CustomSection> Customs { get; } = [];
    public NameSection Names { get; set; } = new();

    // Index spaces: imports come first in each.
    public int ImportedFunctionCount { get; set; }
    public int ImportedTableCount { get; set; }
    public int ImportedMemoryCount { get; set; }
    public int ImportedGlobalCount { get; set; }
    public int ImportedTagCount { get; set; }

    /// <summary>Appends a type as a recursion group of its own; returns its index.</summary>
    public int AddType(SubType t)
    {
        RecGroups.Add(new RecGroup(Types.Count, 1));
        Types.Add(t);
        return Types.Count - 1;
    }

    /// <summary>Appends a function type as a group of its own (what 2.0 defines); returns its index.</summary>
    public int AddType(FuncType f) => AddType(SubType.Plain(f));

    /// <summary>Appends a recursion group; returns the index of its first type.</summary>
    public int AddRecGroup(IReadOnlyCollection<SubType> group)
    {
        int start = Types.Count;
        RecGroups.Add(new RecGroup(start, group.Count));
        Types.AddRange(group);
        return start;
    }

    /// <summary>The function type at a type index that validation found to be a function type.</summary>
    public FuncType FuncTypeAt(int typeIdx) =>
        Types[typeIdx].Func ?? throw new InvalidOperationException($"type {typeIdx} is not a function type");

    /// <summary>The function type at a type index, or null when out of range or not a function type.</summary>
    public FuncType? FuncTypeOrNull(int typeIdx) => (uint)typeIdx < (uint)Types.Count ? Types[typeIdx].Func : null;

    /// <summary>The value kind of references to type index <paramref name="typeIdx"/> (functions, or GC's any
    /// hierarchy for structs and arrays); FuncRef when out of range (validation reports that).</summary>
    public ValueKind RefKindOf(int typeIdx) => (uint)typeIdx < (uint)Types.Count ? Types[typeIdx].Composite.RefKind : ValueKind.FuncRef;

    /// <summary>Recomputes the imported counts from <see cref="Imports"/>.</summary>
    public void CountImports()
    {
        ImportedFunctionCount = ImportedTableCount = ImportedMemoryCount = ImportedGlobalCount = ImportedTagCount = 0;
        foreach (var i in Imports)
        {
            switch (i.Kind)
            {
                case ExternKind.Function: ImportedFunctionCount++; break;
                case ExternKind.Table: ImportedTableCount++; break;
                case ExternKind.Memory: ImportedMemoryCount++; break;
                case ExternKind.Global: ImportedGlobalCount++; break;
                case ExternKind.Tag: ImportedTagCount++; break;
            }
        }
    }

    public int TotalFunctions => ImportedFunctionCount + Functions.Count;
    public int TotalTables => ImportedTableCount + Tables.Count;
    public int TotalMemories => ImportedMemoryCount + Memories.Count;
    public int TotalGlobals => ImportedGlobalCount + Globals.Count;
    public int TotalTags => ImportedTagCount + Tags.Count;

    /// <summary>The type index of tag <paramref name="tagIdx"/> in the tag index space.</summary>
    public int TagTypeIndex(int tagIdx) =>
        tagIdx < ImportedTagCount ? ImportAt(ExternKind.Tag, tagIdx).TypeIndex : Tags[tagIdx - ImportedTagCount];

    /// <summary>The type of function <paramref name="funcIdx"/> in the function index space.</summary>
    public FuncType FunctionType(int funcIdx)
    {
        if (funcIdx < ImportedFunctionCount) return FuncTypeAt(ImportAt(ExternKind.Function, funcIdx).TypeIndex);
        return FuncTypeAt(Functions[funcIdx - ImportedFunctionCount]);
    }

    public TableType TableTypeAt(int idx) =>
        idx < ImportedTableCount ? (TableType)ImportAt(ExternKind.Table, idx).Type! : Tables[idx - ImportedTableCount];

    public MemoryType MemoryTypeAt(int idx) =>
        idx < ImportedMemoryCount ? (MemoryType)ImportAt(ExternKind.Memory, idx).Type! : Memories[idx - ImportedMemoryCount];

    public GlobalType GlobalTypeAt(int idx) =>
        idx < ImportedGlobalCount ? (GlobalType)ImportAt(ExternKind.Global, idx).Type! : Globals[idx - ImportedGlobalCount].Type;

    /// <summary>The n-th import of a kind.</summary>
    public Import ImportAt(ExternKind kind, int n)
    {
        foreach (var i in Imports)
        {
            if (i.Kind != kind) continue;
            if (n-- == 0) return i;
        }
        throw new ArgumentOutOfRangeException(nameof(n));
    }
}

/// <summary>An import. For functions and tags <see cref="TypeIndex"/> is set and <see cref="Type"/> is filled in
/// from the type section once known; for the other kinds <see cref="Type"/> is the declared type.</summary>
internal sealed class Import(string module, string name, ExternKind kind)
{
    public string Module { get; } = module;
    public string Name { get; } = name;
    public ExternKind Kind { get; } = kind;
    public int TypeIndex { get; init; } = -1;
    public ExternType? Type { get; init; }
}

internal sealed record Export(string Name, ExternKind Kind, int Index);

/// <summary>A defined global: its type and constant initializer.</summary>
internal sealed record GlobalDef(GlobalType Type, Instr[] Init);

internal enum SegmentMode : byte { Passive, Active, Declarative }

/// <summary>An element segment; every item is a constant expression (funcidx forms become ref.func).</summary>
internal sealed class ElementSegment
{
    public SegmentMode Mode { get; init; }
    public int TableIndex { get; init; }
    public Instr[] Offset { get; init; } = [];
    /// <summary>The segment's reference type; function indices (<c>func x*</c>) are (ref func) since 3.0.</summary>
    public ValType ElementType { get; init; } = ValType.Ref(AbstractHeapType.Func, nullable: false);
    public Instr[][] Items { get; init; } = [];
}

internal sealed class DataSegment
{
    public SegmentMode Mode { get; init; }
    public int MemoryIndex { get; init; }
    public Instr[] Offset { get; init; } = [];
    public byte[] Bytes { get; init; } = [];
}

/// <summary>A function body: declared locals (expanded, one entry per local) and its instructions,
/// ending with the final <c>end</c>.</summary>
internal sealed class FunctionBody
{
    public ValType[] Locals { get; init; } = [];
    public Instr[] Code { get; init; } = [];
    /// <summary>Label pool for br_table (see <see cref="Instr"/>).</summary>
    public int[] BrTables { get; init; } = [];
}

internal sealed record CustomSection(string Name, byte[] Data, int AfterSectionId);

/// <summary>Names from the <c>name</c> custom section (best effort: a malformed name section is ignored, as the spec allows).</summary>
internal sealed class NameSection
{
    public string? ModuleName { get; set; }
    public Dictionary<int, string> FunctionNames { get; } = [];
    public Dictionary<int, Dictionary<int, string>> LocalNames { get; } = [];
}
