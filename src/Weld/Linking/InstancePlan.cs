using System.Runtime.CompilerServices;
using Weld.Runtime;

namespace Weld.Linking;

/// <summary><c>InstancePre</c>'s logic: a module with the linker's names resolved once (see
/// <see cref="LinkerCore.Prepare"/>), instantiated many times through the one instantiation path.</summary>
internal sealed class InstancePlan
{
    private readonly LinkerCore _linker;
    private readonly Definition?[] _plan;
    private readonly bool _allStatic;
    private readonly ConditionalWeakTable<RuntimeStore, ExternInstance[]> _perStore = [];

    public InstancePlan(LinkerCore linker, CompiledModule module, Definition?[] plan)
    {
        _linker = linker;
        Module = module;
        _plan = plan;
        // Host functions have types fixed at definition (checked by Prepare), so a plan made only of them resolves
        // to the same externs in a store every time: resolve once per store, and skip re-matching their types.
        _allStatic = Array.TrueForAll(plan, d => d?.StaticType is not null);
    }

    public CompiledModule Module { get; }

    public ModuleInstance Instantiate(RuntimeStore store)
    {
        if (!_allStatic) return Instantiator.Instantiate(store, Module, _linker.Resolve(store, Module, null, new Resolution(), _plan));
        Instantiator.CheckEngine(store, Module); // before making host functions in a store they cannot serve
        var externs = _perStore.GetValue(store, s => Array.ConvertAll(_plan, d => d!.Get(s)));
        return Instantiator.Instantiate(store, Module, externs, ImportCheck.TypesKnown);
    }
}
