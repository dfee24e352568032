using Weld.Runtime;
using Weld.Syntax;

namespace Weld;

/// <summary>An instantiated module: its exports.</summary>
public sealed class Instance
{
    private readonly Dictionary<string, Extern> _exports;
    private readonly List<KeyValuePair<string, Extern>> _ordered;

    internal Instance(Store store, Module module, ModuleInstance runtime)
    {
        Store = store;
        Module = module;
        Runtime = runtime;
        runtime.Public = this;
        _ordered = new(module.Definition.Exports.Count);
        foreach (var e in module.Definition.Exports)
        {
            Extern x = e.Kind switch
            {
                ExternKind.Function => Function.Wrap(runtime.Functions[e.Index])!,
                ExternKind.Table => new Table(store, runtime.Tables[e.Index]),
                ExternKind.Memory => new Memory(store, runtime.Memories[e.Index]),
                _ => new Global(store, runtime.Globals[e.Index]),
            };
            _ordered.Add(new(e.Name, x));
        }
        _exports = new Dictionary<string, Extern>(_ordered, StringComparer.Ordinal);
    }

    /// <summary>The store the instance lives in.</summary>
    public Store Store { get; }
    /// <summary>The module it was instantiated from.</summary>
    public Module Module { get; }
    internal ModuleInstance Runtime { get; }

    /// <summary>Instantiates <paramref name="module"/> with one extern per import, in order (the spec's module_instantiate).
    /// Throws <see cref="LinkException"/> for missing or mismatched imports and <see cref="TrapException"/> when a
    /// segment or the start function traps.</summary>
    public static Instance Create(Store store, Module module, IReadOnlyList<Extern?> externs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(externs);
        if (module.Engine != store.Engine) throw new LinkException("module and store belong to different engines");
        return Instantiator.Instantiate(store, module, externs);
    }

    /// <summary>The exports in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, Extern>> Exports => _ordered;

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public Extern? GetExport(string name) => _exports.GetValueOrDefault(name);

    /// <summary>The exported function named <paramref name="name"/>, or null.</summary>
    public Function? GetFunction(string name) => GetExport(name) as Function;
    /// <summary>The exported memory named <paramref name="name"/>, or null.</summary>
    public Memory? GetMemory(string name) => GetExport(name) as Memory;
    /// <summary>The exported table named <paramref name="name"/>, or null.</summary>
    public Table? GetTable(string name) => GetExport(name) as Table;
    /// <summary>The exported global named <paramref name="name"/>, or null.</summary>
    public Global? GetGlobal(string name) => GetExport(name) as Global;

    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Func<TResult>? GetFunction<TResult>(string name) => GetFunction(name)?.AsFunc<TResult>();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Func<T1, TResult>? GetFunction<T1, TResult>(string name) => GetFunction(name)?.AsFunc<T1, TResult>();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Func<T1, T2, TResult>? GetFunction<T1, T2, TResult>(string name) => GetFunction(name)?.AsFunc<T1, T2, TResult>();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Func<T1, T2, T3, TResult>? GetFunction<T1, T2, T3, TResult>(string name) => GetFunction(name)?.AsFunc<T1, T2, T3, TResult>();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Action? GetAction(string name) => GetFunction(name)?.AsAction();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Action<T1>? GetAction<T1>(string name) => GetFunction(name)?.AsAction<T1>();
    /// <summary>A typed delegate for the exported function, or null when there is none; throws when its type differs.</summary>
    public Action<T1, T2>? GetAction<T1, T2>(string name) => GetFunction(name)?.AsAction<T1, T2>();
}
