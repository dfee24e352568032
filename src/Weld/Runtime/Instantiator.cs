using System.Text;
using Weld.Execution;
using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>The spec's module instantiation, step by step.</summary>
internal static class Instantiator
{
    /// <summary>Instantiates <paramref name="module"/> with <paramref name="externs"/>, one per import.</summary>
    /// <param name="store">The store.</param>
    /// <param name="module">The module.</param>
    /// <param name="externs">One extern per import, in order.</param>
    /// <param name="prechecked">True when the caller already matched every extern against its import (InstancePre).</param>
    public static Instance Instantiate(Store store, Module module, IReadOnlyList<Extern?> externs, bool prechecked = false)
    {
        var def = module.Definition;
        if (!prechecked) CheckImports(store, module, externs);

        var inst = new ModuleInstance(module, store) { Types = def.Types.ToArray() };
        // Every index space is allocated once at its final size: imports first, then the module's own entries.
        var funcs = new FunctionInstance[def.TotalFunctions];
        var tables = new TableInstance[def.TotalTables];
        var mems = new MemoryInstance[def.TotalMemories];
        var globals = new GlobalInstance[def.TotalGlobals];
        int nf = 0, nt = 0, nm = 0, ng = 0;
        foreach (var e in externs)
        {
            switch (e)
            {
                case Function f: funcs[nf++] = f.Instance; break;
                case Table t: tables[nt++] = t.Instance; break;
                case Memory m: mems[nm++] = m.Instance; break;
                case Global g: globals[ng++] = g.Instance; break;
            }
        }
        for (int i = 0; i < def.Functions.Count; i++)
            funcs[nf++] = new WasmFunctionInstance(def.Types[def.Functions[i]], store, inst, def.ImportedFunctionCount + i);
        inst.Functions = funcs;
        // A global's initializer reads only imported (2.0) or earlier (3.0) globals, which are already in place.
        inst.Globals = globals;
        foreach (var g in def.Globals)
        {
            var gi = new GlobalInstance(g.Type);
            gi.Write(ConstExpr.Evaluate(g.Init, g.Type.ValueType, inst));
            globals[ng++] = gi;
        }
        var limits = store.Engine.Options;
        // The engine's table limit also bounds the sum of a module's own tables, so that a small module cannot make
        // the host allocate without bound (table elements are real managed memory, unlike reserved linear memory).
        ulong tableElements = 0;
        foreach (var t in def.Tables)
        {
            tableElements += t.Limits.Min;
            if (tableElements > limits.MaxTableElements)
                throw new LinkException($"the module's tables need {tableElements}+ elements, over the engine's limit of {limits.MaxTableElements}");
            tables[nt++] = new TableInstance(t, null, limits.MaxTableElements);
        }
        foreach (var m in def.Memories)
        {
            if (m.Limits.Min > limits.MaxMemoryPages) throw new LinkException($"memory of {m.Limits.Min} pages exceeds the engine's limit");
            var mi = new MemoryInstance(m, limits.MaxMemoryPages);
            store.Track(mi);
            mems[nm++] = mi;
        }
        inst.Tables = tables;
        inst.Memories = mems;

        inst.Elems = new ElemInstance[def.Elements.Count];
        for (int i = 0; i < def.Elements.Count; i++)
        {
            var seg = def.Elements[i];
            var items = new object?[seg.Items.Length];
            for (int j = 0; j < items.Length; j++) items[j] = ConstExpr.Evaluate(seg.Items[j], seg.ElementType, inst).Ref;
            inst.Elems[i] = new ElemInstance(seg.ElementType, items);
        }
        inst.Datas = def.Datas.Select(d => new DataInstance(d.Bytes)).ToArray();

        var instance = new Instance(store, module, inst);

        // Segments in order; a trap leaves earlier writes in place (the spec's instantiation semantics).
        for (int i = 0; i < def.Elements.Count; i++)
        {
            var seg = def.Elements[i];
            if (seg.Mode == SegmentMode.Active)
            {
                uint offset = (uint)ConstExpr.Evaluate(seg.Offset, ValueType.I32, inst).Lo;
                var table = inst.Tables[seg.TableIndex];
                var items = inst.Elems[i].Items;
                if ((ulong)offset + (ulong)items.Length > table.Length) throw new TrapException(TrapCode.TableOutOfBounds);
                Array.Copy(items, 0, table.Elements, offset, items.Length);
            }
            if (seg.Mode != SegmentMode.Passive) inst.Elems[i].Items = [];
        }
        for (int i = 0; i < def.Datas.Count; i++)
        {
            var seg = def.Datas[i];
            if (seg.Mode != SegmentMode.Active) continue;
            ulong offset = (uint)ConstExpr.Evaluate(seg.Offset, ValueType.I32, inst).Lo;
            var mem = inst.Memories[seg.MemoryIndex];
            var bytes = inst.Datas[i].Bytes;
            if (offset + (ulong)bytes.Length > mem.ByteLength) throw new TrapException(TrapCode.MemoryOutOfBounds);
            unsafe { bytes.AsSpan().CopyTo(new Span<byte>(mem.Base + offset, bytes.Length)); }
            inst.Datas[i].Bytes = [];
        }

        if (def.Start is int start)
        {
            var f = Function.Wrap(inst.Functions[start])!;
            f.Invoke([]);
        }
        return instance;
    }

    /// <summary>Checks count, store and type of every extern; one error lists every failing import.</summary>
    private static void CheckImports(Store store, Module module, IReadOnlyList<Extern?> externs)
    {
        var imports = module.Imports;
        if (externs.Count != imports.Count)
            throw new LinkException($"{Diagnostics.Messages.UnknownImport}: module has {imports.Count} imports but {externs.Count} externs were given");
        StringBuilder? errors = null;
        int failures = 0;
        string? firstKind = null;
        for (int i = 0; i < imports.Count; i++)
        {
            var imp = imports[i];
            var ext = externs[i];
            string? problem = null;
            string kind = Diagnostics.Messages.IncompatibleImportType;
            if (ext is null)
            {
                problem = "no extern given";
                kind = Diagnostics.Messages.UnknownImport;
            }
            else if (ext.Store != store) problem = "extern belongs to another store";
            else if (!ext.Type.Matches(imp.Type)) problem = $"expected {imp.Type}, got {ext.Type}";
            if (problem is null) continue;
            failures++;
            firstKind ??= kind;
            errors ??= new StringBuilder();
            errors.Append($"\n  import {i} {ImportType.Quote(imp.Module)} {ImportType.Quote(imp.Name)}: {problem}");
        }
        if (errors is not null)
            throw new LinkException($"{firstKind}: {failures} import(s) failed to link:{errors}");
    }
}
