using Weld.Syntax;

namespace Weld.Runtime;

/// <summary>The spec's module instance: the resolved index spaces of one instantiation.</summary>
internal sealed class ModuleInstance(CompiledModule module, RuntimeStore store)
{
    public CompiledModule Module { get; } = module;
    public ModuleDefinition Definition => Module.Definition;
    public RuntimeStore Store { get; } = store;
    public FuncType[] Types = [];
    /// <summary>The run-time type of each type index (GC: what struct.new and array.new give their objects, what
    /// casts test against); shared with the module.</summary>
    public RuntimeType[] RuntimeTypes = [];
    public FunctionInstance[] Functions = [];
    public TableInstance[] Tables = [];
    public MemoryInstance[] Memories = [];
    public GlobalInstance[] Globals = [];
    public TagInstance[] Tags = [];
    public ElemInstance[] Elems = [];
    public DataInstance[] Datas = [];

    /// <summary>The public object that wraps this one, once the API layer made it; opaque to the runtime.</summary>
    public object? Owner;

    /// <summary>The value of an export.</summary>
    public ExternInstance ExternOf(Export export) => export.Kind switch
    {
        ExternKind.Function => Functions[export.Index],
        ExternKind.Table => Tables[export.Index],
        ExternKind.Memory => Memories[export.Index],
        ExternKind.Tag => Tags[export.Index],
        _ => Globals[export.Index],
    };

    /// <summary>The value of the export named <paramref name="name"/>, or null (one hash lookup).</summary>
    public ExternInstance? Export(string name) =>
        Module.ExportIndex(name) is int i and >= 0 ? ExternOf(Definition.Exports[i]) : null;
}
