using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Module-level validation (spec 3.4.10 "Modules"), in the reference interpreter's order.</summary>
internal static class ModuleValidator
{
    /// <summary>Largest memory size in pages (4 GiB).</summary>
    public const ulong MaxMemoryPages = 65536;
    /// <summary>Largest table size in elements (tables are u32-indexed).</summary>
    public const ulong MaxTableSize = uint.MaxValue;
    /// <summary>Largest 64-bit memory size in pages (2^64 bytes).</summary>
    public const ulong MaxMemory64Pages = 1UL << 48;

    public static ValidatedModule Validate(ModuleDefinition module, WasmFeatures features = WasmFeatures.Default)
    {
        if (module.Functions.Count != module.Codes.Count) ValidationErrors.Throw(Messages.FunctionCodeInconsistent);
        var c = new ModuleContext(module) { Features = features };
        TypeDefinitions.Check(c);

        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Table:
                    CheckTableType((TableType)import.Type!);
                    c.CheckValType(((TableType)import.Type!).ElementType);
                    break;
                case ExternKind.Global: c.CheckValType(((GlobalType)import.Type!).ValType); break;
                case ExternKind.Memory: CheckMemoryType((MemoryType)import.Type!); break;
                case ExternKind.Tag: CheckTagType(c.TypeAt(import.TypeIndex)); break;
            }
        }
        foreach (int t in module.Tags) CheckTagType(c.TypeAt(t));
        // 2.0 reads only imported globals in constant expressions; 3.0 (with extended constants here) reads any
        // immutable global defined before: a global initializer the earlier globals, segments every global.
        int visible = c.ImportedGlobalCount;
        // 3.0 (with typed references or extended constants): an initializer reads any earlier global, and the other
        // constant expressions read every global.
        bool allGlobals = (features & (WasmFeatures.FunctionReferences | WasmFeatures.ExtendedConst)) != 0;
        for (int i = 0; i < module.Globals.Count; i++)
        {
            var g = module.Globals[i];
            c.CheckValType(g.Type.ValType);
            ConstantExpressions.Validate(c, g.Init, g.Type.ValType, allGlobals ? c.ImportedGlobalCount + i : visible);
        }
        // Table initializers see only imported globals (the table section precedes the globals').
        for (int i = 0; i < module.Tables.Count; i++) CheckDefinedTable(c, module, i, visible);
        if (allGlobals) visible = c.Globals.Length;
        foreach (var m in module.Memories) CheckMemoryType(m);
        foreach (var e in module.Elements) CheckElement(c, e, visible);
        foreach (var d in module.Datas) CheckData(c, d, visible);

        var fv = new FunctionValidator(c);
        for (int i = 0; i < module.Codes.Count; i++)
            fv.Validate(c.Functions[module.ImportedFunctionCount + i], module.Codes[i]);

        if (module.Start is int start)
        {
            var ft = c.FunctionAt(start);
            if (ft.ParamArray.Length != 0 || ft.ResultArray.Length != 0) ValidationErrors.Throw(Messages.StartFunction);
        }
        CheckExports(c, module.Exports);
        // Multi-memory is a 3.0 feature; multiple tables are allowed since 2.0 (reference types).
        if (c.MemoryCount > 1 && (features & WasmFeatures.MultiMemory) == 0) ValidationErrors.Throw(Messages.MultipleMemories);
        return new ValidatedModule(module);
    }

    private static void CheckLimits(Limits limits, ulong range, string message)
    {
        if (limits.Min > range) ValidationErrors.Throw(message);
        if (limits.Max is ulong max)
        {
            if (max > range) ValidationErrors.Throw(message);
            if (limits.Min > max) ValidationErrors.Throw(Messages.SizeMinimumGreaterThanMaximum);
        }
    }

    private static void CheckTableType(TableType t)
    {
        // table64: any u64 size is in range.
        if (t.AddressType == AddressType.I32) CheckLimits(t.Limits, MaxTableSize, Messages.TableSizeLimit);
        else CheckLimits(t.Limits, ulong.MaxValue, Messages.TableSizeLimit);
    }

    /// <summary>A defined table: its limits, its element type, and its initializer (3.0), which a table of a
    /// non-nullable type needs.</summary>
    private static void CheckDefinedTable(ModuleContext c, ModuleDefinition module, int index, int visibleGlobals)
    {
        var t = module.Tables[index];
        CheckTableType(t);
        c.CheckValType(t.ElementType);
        if (module.TableInits.TryGetValue(index, out var init)) ConstantExpressions.Validate(c, init, t.ElementType, visibleGlobals);
        else if (!t.ElementType.IsNullable) ValidationErrors.TypeMismatch();
    }

    /// <summary>A tag's type describes the payload alone: it has no results.</summary>
    private static void CheckTagType(FuncType t)
    {
        if (t.ResultArray.Length != 0) ValidationErrors.Throw(Messages.NonEmptyTagResult);
    }

    private static void CheckMemoryType(MemoryType m)
    {
        if (m.AddressType == AddressType.I32) CheckLimits(m.Limits, MaxMemoryPages, Messages.MemorySizeLimit);
        else CheckLimits(m.Limits, MaxMemory64Pages, Messages.Memory64SizeLimit);
        // Threads: a shared memory is reserved at its maximum up front, so it must have one.
        if (m.Shared && m.Limits.Max is null) ValidationErrors.Throw(Messages.SharedMemoryMaximum);
    }

    private static void CheckElement(ModuleContext c, ElementSegment e, int visibleGlobals)
    {
        c.CheckValType(e.ElementType);
        foreach (var item in e.Items) ConstantExpressions.Validate(c, item, e.ElementType, visibleGlobals);
        if (e.Mode != SegmentMode.Active) return;
        var table = c.TableAt(e.TableIndex);
        ConstantExpressions.Validate(c, e.Offset, table.AddressType == AddressType.I64 ? ValType.I64 : ValType.I32, visibleGlobals);
        if (!Subtyping.Matches(e.ElementType, table.ElementType, c.TypeIds)) ValidationErrors.TypeMismatch();
    }

    private static void CheckData(ModuleContext c, DataSegment d, int visibleGlobals)
    {
        if (d.Mode != SegmentMode.Active) return;
        var at = c.MemoryAddress(d.MemoryIndex) == ValueKind.I64 ? ValType.I64 : ValType.I32;
        ConstantExpressions.Validate(c, d.Offset, at, visibleGlobals);
    }

    private static void CheckExports(ModuleContext c, List<Export> exports)
    {
        var names = new HashSet<string>(exports.Count, StringComparer.Ordinal);
        foreach (var x in exports)
        {
            switch (x.Kind)
            {
                case ExternKind.Function: c.FunctionAt(x.Index); break;
                case ExternKind.Table: c.TableAt(x.Index); break;
                case ExternKind.Memory: c.CheckMemory(x.Index); break;
                case ExternKind.Global: c.GlobalAt(x.Index); break;
                case ExternKind.Tag: c.TagAt(x.Index); break;
            }
            if (!names.Add(x.Name)) ValidationErrors.Throw(Messages.DuplicateExportName);
        }
    }
}
