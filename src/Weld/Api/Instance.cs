using System.Collections;
using Weld.Runtime;

namespace Weld;

/// <summary>An instantiated module: its exports (typed delegates for exported functions: Instance.Typed.g.cs).</summary>
public sealed partial class Instance
{
    // One wrapper per export, made when first asked for: instantiation itself allocates none.
    private readonly Extern?[] _exports;
    private ExportList? _exportList;

    private Instance(ModuleInstance runtime)
    {
        Runtime = runtime;
        Store = Store.Of(runtime.Store);
        Module = Module.Of(runtime.Module);
        _exports = new Extern?[runtime.Definition.Exports.Count];
    }

    /// <summary>The store the instance lives in.</summary>
    public Store Store { get; }
    /// <summary>The module it was instantiated from.</summary>
    public Module Module { get; }
    internal ModuleInstance Runtime { get; }

    /// <summary>The instance that wraps <paramref name="runtime"/>, made on first request (a dependency that loading
    /// linking instantiated gets one only when the host meets it, e.g. as a <see cref="Caller"/>).</summary>
    internal static Instance Of(ModuleInstance runtime)
    {
        if (runtime.Owner is Instance known) return known;
        var made = new Instance(runtime);
        return Interlocked.CompareExchange(ref runtime.Owner, made, null) as Instance ?? made;
    }

    /// <summary>Instantiates <paramref name="module"/> with one extern per import, in order (the spec's module_instantiate).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="store"/>, <paramref name="module"/> or <paramref name="externs"/> is null.</exception>
    /// <exception cref="LinkException"><paramref name="externs"/> does not have one entry per import, an entry is null,
    /// does not match its import or belongs to another store (a shared memory of another store of the same engine is
    /// allowed: that is how threads share memory), the module and the store belong to different engines, or
    /// a table or memory exceeds the engine's limits, or the
    /// store's limits (<see cref="StoreLimits"/>) forbid what it would allocate.</exception>
    /// <exception cref="TrapException">A segment or the start function traps, or a memory cannot be allocated.</exception>
    /// <exception cref="ExitException">The start function ends the program (e.g. WASI <c>proc_exit</c>).</exception>
    /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
    /// <exception cref="InvalidOperationException">Another thread is running code or accessing memory in the store.</exception>
    public static Instance Create(Store store, Module module, IReadOnlyList<Extern?> externs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(externs);
        return Of(Instantiator.Instantiate(store.Runtime, module.Compiled, Extern.ToRuntime(externs)));
    }

    /// <summary>The exports in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, Extern>> Exports => _exportList ??= new ExportList(this);

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Extern? GetExport(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int index = Runtime.Module.ExportIndex(name);
        return index < 0 ? null : ExportAt(index);
    }

    private Extern ExportAt(int index) =>
        _exports[index] ??= Extern.Wrap(Runtime.ExternOf(Runtime.Definition.Exports[index]));

    /// <summary>The exported function named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Function? GetFunction(string name) => GetExport(name) as Function;
    /// <summary>The exported memory named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Memory? GetMemory(string name) => GetExport(name) as Memory;
    /// <summary>The exported table named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Table? GetTable(string name) => GetExport(name) as Table;
    /// <summary>The exported global named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Global? GetGlobal(string name) => GetExport(name) as Global;
    /// <summary>The exported tag named <paramref name="name"/>, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Tag? GetTag(string name) => GetExport(name) as Tag;

    /// <summary>The exports as a list, wrapping each one when it is first read.</summary>
    private sealed class ExportList(Instance instance) : IReadOnlyList<KeyValuePair<string, Extern>>
    {
        public int Count => instance._exports.Length;

        public KeyValuePair<string, Extern> this[int index] =>
            new(instance.Runtime.Definition.Exports[index].Name, instance.ExportAt(index));

        public IEnumerator<KeyValuePair<string, Extern>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
