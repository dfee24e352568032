using Weld.Execution;

namespace Weld.Runtime;

/// <summary>A function in a store (the spec's function instance): defined by a module or by the host.</summary>
internal abstract class FunctionInstance(FuncType type, RuntimeStore store) : ExternInstance(store)
{
    public FuncType Type { get; } = type;

    /// <summary>A name for backtraces and diagnostics.</summary>
    public abstract string DebugName { get; }

    public override ExternKind Kind => ExternKind.Function;
    public override ExternType CurrentType => Type;

    /// <summary>Machine-code entry of compiled code, for calls from compiled code (0: call through the shared
    /// convention instead), and the instance it runs with. Set together once the function's code is compiled.</summary>
    public nint Entry;
    public ModuleInstance? EntryInstance;
}

/// <summary>A function defined by a module instance; <see cref="Code"/> is the back end's prepared code.</summary>
internal sealed class WasmFunctionInstance(FuncType type, RuntimeStore store, ModuleInstance module, int funcIdx)
    : FunctionInstance(type, store)
{
    private object? _code;

    public ModuleInstance Module { get; } = module;
    /// <summary>Index in the module's function index space (imports included).</summary>
    public int FuncIdx { get; } = funcIdx;
    /// <summary>Index among the module's defined functions (its code entry).</summary>
    public int DefinedIndex => FuncIdx - Module.Definition.ImportedFunctionCount;

    /// <summary>Back-end code (for the interpreter: its lowered function), prepared on first use and shared by all instances of the module.</summary>
    public object Code => _code ??= Module.Module.CodeFor(DefinedIndex);

    public override string DebugName =>
        Module.Definition.Names.FunctionNames.TryGetValue(FuncIdx, out var n) ? n : $"func[{FuncIdx}]";
}

/// <summary>
/// Calling convention for host functions: arguments are in <c>stack.Slots</c> (and <c>stack.Refs</c> for references)
/// from <c>argBase</c> on, one slot per value (two for v128, low half first); results are written from <c>argBase</c> on.
/// </summary>
internal delegate void HostCallback(ExecStack stack, int argBase);

/// <summary>A function created by the host.</summary>
internal sealed class HostFunctionInstance(FuncType type, RuntimeStore store, HostCallback callback, string name)
    : FunctionInstance(type, store)
{
    public HostCallback Callback { get; } = callback;
    public override string DebugName { get; } = name;
}

/// <summary>
/// A host function that belongs to no store: its type, name, and how to make its callback for a given store
/// (a callback may need its store, e.g. to check that returned references belong to it). Linkers and the native
/// registry instantiate one per store on demand.
/// </summary>
internal sealed class HostFunctionTemplate(FuncType type, string name, Func<RuntimeStore, HostCallback> bind)
{
    public FuncType Type { get; } = type;
    public string Name { get; } = name;

    /// <summary>The spec's allocfunc for a host function: a new function instance in <paramref name="store"/>.</summary>
    public HostFunctionInstance Instantiate(RuntimeStore store) => new(Type, store, bind(store), Name);
}
