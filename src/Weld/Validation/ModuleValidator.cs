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

    public static ValidatedModule Validate(ModuleDefinition module)
    {
        if (module.Functions.Count != module.Codes.Count) ValidationErrors.Throw(Messages.FunctionCodeInconsistent);
        var c = new ModuleContext(module);

        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternKind.Table: CheckTableType((TableType)import.Type!); break;
                case ExternKind.Memory: CheckMemoryType((MemoryType)import.Type!); break;
                case ExternKind.Tag: CheckTagType(c.TypeAt(import.TypeIndex)); break;
            }
        }
        foreach (int t in module.Tags) CheckTagType(c.TypeAt(t));
        // 2.0 reads only imported globals in constant expressions; 3.0 will pass "globals defined so far".
        int visible = c.ImportedGlobalCount;
        foreach (var g in module.Globals) ConstantExpressions.Validate(c, g.Init, g.Type.ValType, visible);
        foreach (var t in module.Tables) CheckTableType(t);
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
        if (c.MemoryCount > 1) ValidationErrors.Throw(Messages.MultipleMemories);
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

    /// <summary>A tag's type describes the payload alone: it has no results.</summary>
    private static void CheckTagType(FuncType t)
    {
        if (t.ResultArray.Length != 0) ValidationErrors.Throw(Messages.NonEmptyTagResult);
    }

    private static void CheckTableType(TableType t) => CheckLimits(t.Limits, MaxTableSize, Messages.TableSizeLimit);

    private static void CheckMemoryType(MemoryType m)
    {
        CheckLimits(m.Limits, MaxMemoryPages, Messages.MemorySizeLimit);
        // Threads: a shared memory is reserved at its maximum up front, so it must have one.
        if (m.Shared && m.Limits.Max is null) ValidationErrors.Throw(Messages.SharedMemoryMaximum);
    }

    private static void CheckElement(ModuleContext c, ElementSegment e, int visibleGlobals)
    {
        foreach (var item in e.Items) ConstantExpressions.Validate(c, item, e.ElementType, visibleGlobals);
        if (e.Mode != SegmentMode.Active) return;
        var table = c.TableAt(e.TableIndex);
        ConstantExpressions.Validate(c, e.Offset, ValType.I32, visibleGlobals);
        if (table.ElementType != e.ElementType) ValidationErrors.TypeMismatch();
    }

    private static void CheckData(ModuleContext c, DataSegment d, int visibleGlobals)
    {
        if (d.Mode != SegmentMode.Active) return;
        c.CheckMemory(d.MemoryIndex);
        ConstantExpressions.Validate(c, d.Offset, ValType.I32, visibleGlobals);
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
