using Weld.Diagnostics;
using Weld.Execution;
using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>How much of import matching an instantiation may skip.</summary>
internal enum ImportCheck
{
    /// <summary>Match every extern's type against its import (the spec's instantiation).</summary>
    Full,
    /// <summary>The caller matched the types already and they cannot have changed (host functions, whose types are
    /// fixed, checked by <c>InstantiatePre</c>): only kinds, stores and the count are checked.</summary>
    TypesKnown,
}

/// <summary>
/// The spec's module instantiation, step by step: the one entry every route into instantiation takes
/// (<c>Instance.Create</c>, the linker, <c>InstancePre</c>, loading linking). Each step is linear in the size of
/// what it allocates or initializes.
/// </summary>
internal static class Instantiator
{
    /// <summary>Instantiates <paramref name="module"/> in <paramref name="store"/> with <paramref name="externs"/>,
    /// one per import in order (null: none given). Throws <see cref="LinkException"/> before allocating anything
    /// when an extern does not fit, and <see cref="TrapException"/> when a segment or the start function traps
    /// (writes of earlier segments stay, as the spec says).</summary>
    public static ModuleInstance Instantiate(RuntimeStore store, CompiledModule module, ReadOnlySpan<ExternInstance?> externs,
        ImportCheck check = ImportCheck.Full)
    {
        CheckEngine(store, module);
        // Inside the store: data segments are written through raw addresses, which a dispose must not free.
        store.Enter();
        try
        {
            ImportMatching.Check(store, module, externs, check);
            var def = module.Definition;
            store.ChargeInstantiation(def);
            var inst = new ModuleInstance(module, store) { Types = [.. module.ClosedTypes], RuntimeTypes = module.RuntimeTypes };
            Allocate(store, inst, externs);
            InitializeSegments(inst);
            if (def.Start is int start) HostEntry.Invoke(inst.Functions[start], [], []);
            return inst;
        }
        finally
        {
            store.Exit();
        }
    }

    /// <summary>A module runs only on the engine that compiled it.</summary>
    public static void CheckEngine(RuntimeStore store, CompiledModule module)
    {
        if (module.Engine != store.Engine) throw LinkErrors.DifferentEngines();
    }

    /// <summary>Builds every index space once at its final size (imports first), evaluates global initializers and
    /// element items, and allocates the module's own tables and memories.</summary>
    private static void Allocate(RuntimeStore store, ModuleInstance inst, ReadOnlySpan<ExternInstance?> externs)
    {
        var def = inst.Definition;
        var funcs = new FunctionInstance[def.TotalFunctions];
        var tables = new TableInstance[def.TotalTables];
        var mems = new MemoryInstance[def.TotalMemories];
        var globals = new GlobalInstance[def.TotalGlobals];
        var tags = new TagInstance[def.TotalTags];
        int nf = 0, nt = 0, nm = 0, ng = 0, nx = 0;
        foreach (var e in externs)
        {
            switch (e)
            {
                case FunctionInstance f: funcs[nf++] = f; break;
                case TableInstance t: tables[nt++] = t; break;
                case MemoryInstance m: mems[nm++] = m; break;
                case GlobalInstance g: globals[ng++] = g; break;
                case TagInstance x: tags[nx++] = x; break;
            }
        }
        // Each definition is a new tag (identity, not type, is what handlers match).
        foreach (int t in def.Tags) tags[nx++] = new TagInstance(store, new TagType(inst.Types[t]));
        inst.Tags = tags;
        for (int i = 0; i < def.Functions.Count; i++)
            funcs[nf++] = new WasmFunctionInstance(inst.Types[def.Functions[i]], store, inst, def.ImportedFunctionCount + i);
        inst.Functions = funcs;
        // A global's initializer reads only imported (2.0) or earlier (3.0) globals, which are in place by then.
        inst.Globals = globals;
        var ids = inst.Module.TypeIds;
        foreach (var g in def.Globals)
        {
            var type = new GlobalType(Subtyping.Close(g.Type.ValType, ids), g.Type.Mutable);
            globals[ng++] = store.AllocateGlobal(type, ConstExpr.Evaluate(g.Init, type.ValType, inst));
        }

        var limits = store.Engine.Options;
        // The engine's table limit also bounds the sum of a module's own tables, so that a small module cannot make
        // the host allocate without bound (table elements are real managed memory, unlike reserved linear memory).
        ulong tableElements = 0;
        for (int i = 0; i < def.Tables.Count; i++)
        {
            var t = def.Tables[i];
            tableElements += t.Limits.Min;
            if (tableElements > limits.MaxTableElements) throw LinkErrors.TablesOverLimit(tableElements, limits.MaxTableElements);
            var closed = new TableType(Subtyping.Close(t.ElementType, ids), t.Limits, t.AddressType);
            // 3.0: a table's initializer gives every element (else null).
            object? initial = def.TableInits.TryGetValue(i, out var init) ? ConstExpr.Evaluate(init, closed.ElementType, inst).Ref : null;
            tables[nt++] = store.AllocateTable(closed, initial);
        }
        foreach (var m in def.Memories)
        {
            if (m.Limits.Min > limits.MaxMemoryPages) throw LinkErrors.MemoryOverLimit(m.Limits.Min);
            mems[nm++] = store.AllocateMemory(m);
        }
        inst.Tables = tables;
        inst.Memories = mems;

        inst.Elems = new ElemInstance[def.Elements.Count];
        for (int i = 0; i < inst.Elems.Length; i++)
        {
            var seg = def.Elements[i];
            var items = new object?[seg.Items.Length];
            for (int j = 0; j < items.Length; j++) items[j] = ConstExpr.Evaluate(seg.Items[j], seg.ElementType, inst).Ref;
            inst.Elems[i] = new ElemInstance(Subtyping.Close(seg.ElementType, ids), items);
        }
        inst.Datas = new DataInstance[def.Datas.Count];
        for (int i = 0; i < inst.Datas.Length; i++) inst.Datas[i] = new DataInstance(def.Datas[i].Bytes);
    }

    /// <summary>Active segments in order, then drops; a trap leaves earlier writes in place.</summary>
    private static void InitializeSegments(ModuleInstance inst)
    {
        var def = inst.Definition;
        for (int i = 0; i < def.Elements.Count; i++)
        {
            var seg = def.Elements[i];
            if (seg.Mode == SegmentMode.Active)
            {
                var table = inst.Tables[seg.TableIndex];
                ulong offset = table.Is64
                    ? ConstExpr.Evaluate(seg.Offset, ValType.I64, inst).Lo
                    : (uint)ConstExpr.Evaluate(seg.Offset, ValType.I32, inst).Lo;
                var items = inst.Elems[i].Items;
                // Overflow-safe for 64-bit offsets: offset + count <= length.
                if (offset > table.Length || (ulong)items.Length > table.Length - offset) Trap.TableOutOfBounds();
                Array.Copy(items, 0, table.Elements, (long)offset, items.Length);
            }
            if (seg.Mode != SegmentMode.Passive) inst.Elems[i].Items = [];
        }
        for (int i = 0; i < def.Datas.Count; i++)
        {
            var seg = def.Datas[i];
            if (seg.Mode != SegmentMode.Active) continue;
            var mem = inst.Memories[seg.MemoryIndex];
            ulong offset = mem.Is64
                ? ConstExpr.Evaluate(seg.Offset, ValType.I64, inst).Lo
                : (uint)ConstExpr.Evaluate(seg.Offset, ValType.I32, inst).Lo;
            var bytes = inst.Datas[i].Bytes;
            // Overflow-safe for 64-bit offsets: offset + length <= the memory's length.
            if (offset > mem.ByteLength || (ulong)bytes.Length > mem.ByteLength - offset) Trap.MemoryOutOfBounds();
            unsafe { bytes.AsSpan().CopyTo(new Span<byte>(mem.Base + offset, bytes.Length)); }
            inst.Datas[i].Bytes = [];
        }
    }
}
