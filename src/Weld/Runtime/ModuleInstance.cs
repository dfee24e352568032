using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>The spec's module instance: the resolved index spaces of one instantiation.</summary>
internal sealed class ModuleInstance(Module module, Store store)
{
    public Module Module { get; } = module;
    public ModuleDefinition Definition => Module.Definition;
    public Store Store { get; } = store;
    public FuncType[] Types = [];
    public FunctionInstance[] Functions = [];
    public TableInstance[] Tables = [];
    public MemoryInstance[] Memories = [];
    public GlobalInstance[] Globals = [];
    public ElemInstance[] Elems = [];
    public DataInstance[] Datas = [];
    /// <summary>The public face of this instance (set once instantiation has made it).</summary>
    public Instance? Public;
}
